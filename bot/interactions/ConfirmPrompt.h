// SPDX-License-Identifier: MIT
#pragma once

#include "AsyncLatch.h"
#include "View.h"

namespace ballsdex::interactions {

class ViewRegistry;

struct ConfirmOptions
{
    Snowflake userId = 0; ///< who may answer (usually the invoker)
    QString acceptedLine = QStringLiteral("Confirmed.");
    QString cancelledLine = QStringLiteral("Cancelled.");
    std::chrono::milliseconds timeout {90'000};
    Visibility visibility = Visibility::Public;
};

/// ✔️ / ✖️ prompt of bot-features §0.2. ask() resolves true on accept, false on cancel or
/// timeout; a click disables the buttons and appends the accept/cancel line.
class ConfirmPrompt final : public View
{
public:
    static inline const QString AlreadyChosen = QStringLiteral("You already made a choice.");

    ConfirmPrompt(QString text, ConfirmOptions options);

    static QCoro::Task<bool> ask(ViewRegistry &views, InteractionContext &context, QString text,
                                 ConfirmOptions options);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(InteractionContext &context, QString action,
                                  QStringList args) override;
    void onTimeout() override;

    [[nodiscard]] std::optional<bool> result() const { return m_result; }

private:
    QString m_text;
    ConfirmOptions m_options;
    std::optional<bool> m_result;
    AsyncLatch m_decided;
};

} // namespace ballsdex::interactions
