// SPDX-License-Identifier: MIT
#pragma once

#include "PageSource.h"
#include "PaginatorModel.h"
#include "View.h"

#include <memory>
#include <optional>

namespace ballsdex::interactions {

class ViewRegistry;

struct PaginatorOptions
{
    bool compact = false;
    std::chrono::milliseconds timeout = View::DefaultTimeout;
    /// Besides the invoker, who may use it (the application owner).
    std::optional<Snowflake> alsoAllowed;
};

/// The paginator of bot-features §0.2 on top of a PageSource.
class Paginator final : public View
{
public:
    static inline const QString JumpFieldId = QStringLiteral("page");

    Paginator(std::unique_ptr<PageSource> source, Snowflake invoker, PaginatorOptions options = {});

    /// Sends the first page as the answer to `context` and registers the view.
    static QCoro::Task<TransportResult> start(ViewRegistry &views, InteractionContext &context,
                                              std::shared_ptr<Paginator> paginator,
                                              Visibility visibility = Visibility::Public);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(InteractionContext &context, QString action,
                                  QStringList args) override;
    QCoro::Task<void> onModal(InteractionContext &context, QString action,
                              QStringList args) override;

    [[nodiscard]] const PaginatorModel &model() const { return m_model; }
    [[nodiscard]] Modal jumpModal() const;

private:
    QCoro::Task<void> showCurrent(InteractionContext &context);

    std::unique_ptr<PageSource> m_source;
    PaginatorModel m_model;
};

} // namespace ballsdex::interactions
