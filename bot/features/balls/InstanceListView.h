// SPDX-License-Identifier: MIT
#pragma once

#include "features/balls/InstancePages.h"
#include "interactions/PaginatorModel.h"
#include "interactions/View.h"

#include <functional>
#include <memory>

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::features {

/// The instance select paginator of bot-features.md §0.2: the paginator buttons under a select
/// menu listing the instances of the current page. Picking one calls the pick handler (which
/// answers the pick itself); the list stays where it is.
class InstanceListView final : public interactions::View
{
public:
    static inline const QString PickAction = QStringLiteral("pick");
    static inline const QString JumpField = QStringLiteral("page");

    using OptionFormatter = std::function<interactions::SelectOption(const domain::BallInstance &)>;
    using PickHandler
        = std::function<QCoro::Task<void>(interactions::InteractionContext &, domain::RowId)>;

    InstanceListView(std::unique_ptr<InstancePages> pages, interactions::Snowflake invoker,
                     OptionFormatter formatter, PickHandler onPick, QString placeholder);

    /// Sends the first page as the answer to `context` and registers the view.
    static QCoro::Task<interactions::TransportResult>
    start(interactions::ViewRegistry &views, interactions::InteractionContext &context,
          std::shared_ptr<InstanceListView> view);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(interactions::InteractionContext &context, QString action,
                                  QStringList args) override;
    QCoro::Task<void> onModal(interactions::InteractionContext &context, QString action,
                              QStringList args) override;

    [[nodiscard]] const interactions::PaginatorModel &model() const { return m_model; }
    [[nodiscard]] const InstancePages &pages() const { return *m_pages; }

private:
    [[nodiscard]] interactions::Modal jumpModal() const;
    QCoro::Task<void> showCurrent(interactions::InteractionContext &context);

    std::unique_ptr<InstancePages> m_pages;
    interactions::PaginatorModel m_model;
    OptionFormatter m_formatter;
    PickHandler m_onPick;
    QString m_placeholder;
};

} // namespace ballsdex::bot::features
