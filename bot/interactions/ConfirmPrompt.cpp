// SPDX-License-Identifier: MIT
#include "ConfirmPrompt.h"

#include "ViewRegistry.h"

namespace ballsdex::interactions {

ConfirmPrompt::ConfirmPrompt(QString text, ConfirmOptions options)
    : View(options.timeout)
    , m_text(std::move(text))
    , m_options(std::move(options))
{
    if (m_options.userId != 0) {
        setAllowedUsers({m_options.userId});
    }
}

QCoro::Task<bool> ConfirmPrompt::ask(ViewRegistry &views, InteractionContext &context, QString text,
                                     ConfirmOptions options)
{
    const Visibility visibility = options.visibility;
    auto prompt = std::make_shared<ConfirmPrompt>(text, std::move(options));
    const auto sent = co_await views.send(context, prompt, Message(text), visibility);
    if (!sent) {
        co_return false;
    }
    co_await prompt->m_decided.wait();
    co_return prompt->m_result.value_or(false);
}

QJsonArray ConfirmPrompt::components() const
{
    Button accept = Button::make(ButtonStyle::Success, customId(QStringLiteral("yes")), {});
    accept.emoji = Emoji {QStringLiteral("✔️")};
    Button cancel = Button::make(ButtonStyle::Danger, customId(QStringLiteral("no")), {});
    cancel.emoji = Emoji {QStringLiteral("✖️")};
    QJsonArray rows {ActionRow::buttons({accept, cancel}).toJson()};
    return m_result ? disabledComponents(rows) : rows;
}

QCoro::Task<void> ConfirmPrompt::onComponent(InteractionContext &context, QString action,
                                             QStringList)
{
    if (m_result) {
        co_await context.reply(Message(AlreadyChosen), Visibility::Ephemeral);
        co_return;
    }
    m_result = action == QLatin1String("yes");
    markFinished();
    const QString line = *m_result ? m_options.acceptedLine : m_options.cancelledLine;
    co_await context.updateMessage(
        Message(m_text + QLatin1Char('\n') + line).components(components()));
    m_decided.open();
}

void ConfirmPrompt::onTimeout()
{
    if (!m_result) {
        m_result = false;
    }
    m_decided.open();
}

} // namespace ballsdex::interactions
