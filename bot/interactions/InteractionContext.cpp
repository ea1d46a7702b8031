// SPDX-License-Identifier: MIT
#include "InteractionContext.h"

#include "InteractionsLogging.h"
#include "OptionParser.h"
#include "TextLimits.h"

#include <QRandomGenerator>

namespace ballsdex::interactions {

namespace {

int flagsFor(Visibility visibility)
{
    return visibility == Visibility::Ephemeral ? Message::EphemeralFlag : 0;
}

} // namespace

InteractionContext::InteractionContext(Interaction interaction, InteractionTransport &transport)
    : m_interaction(std::move(interaction))
    , m_transport(transport)
{
    m_anchor.applicationId = m_interaction.applicationId;
    m_anchor.token = m_interaction.token;
    m_anchor.channelId = m_interaction.channelId;
}

bool InteractionContext::isAcknowledged() const
{
    return m_state != ResponseState::None && m_state != ResponseState::Pending
        && m_state != ResponseState::Failed;
}

QString InteractionContext::describe() const
{
    QString what;
    switch (m_interaction.type) {
    case InteractionType::ApplicationCommand:
        what = QStringLiteral("command '%1'").arg(m_interaction.commandPath());
        break;
    case InteractionType::Autocomplete:
        what = QStringLiteral("autocomplete '%1'").arg(m_interaction.commandPath());
        break;
    case InteractionType::MessageComponent:
        what = QStringLiteral("component '%1'").arg(m_interaction.customId);
        break;
    case InteractionType::ModalSubmit:
        what = QStringLiteral("modal '%1'").arg(m_interaction.customId);
        break;
    case InteractionType::Ping:
        what = QStringLiteral("ping");
        break;
    }
    what += QStringLiteral(" (interaction %1, user %2").arg(m_interaction.id).arg(userId());
    if (m_interaction.guildId) {
        what += QStringLiteral(", guild %1").arg(*m_interaction.guildId);
    }
    return what + QLatin1Char(')');
}

QString InteractionContext::errorMessage(const QString &errorId)
{
    return QStringLiteral("Something went wrong (error id `%1`). Contact support if this persists.")
        .arg(errorId);
}

bool InteractionContext::comesFromMessage() const
{
    return m_interaction.type == InteractionType::MessageComponent
        || (m_interaction.type == InteractionType::ModalSubmit && m_interaction.messageId);
}

TransportResult InteractionContext::refused(const QString &why) const
{
    qCWarning(lcInteractions).noquote() << "refused to answer" << describe() << ":" << why;
    return ballsdex::fail(TransportError {TransportError::Kind::Refused, 0, 0, why});
}

QCoro::Task<void> InteractionContext::settle()
{
    if (m_state == ResponseState::Pending) {
        co_await m_initialDone.wait();
    }
}

QCoro::Task<TransportResult> InteractionContext::sendInitial(int type, QJsonObject data,
                                                             QList<FileUpload> files,
                                                             ResponseState onSuccess)
{
    m_state = ResponseState::Pending;
    auto result = co_await m_transport.createCallback(m_interaction.id, m_interaction.token, type,
                                                      std::move(data), std::move(files));
    if (result) {
        m_state = onSuccess;
        const QJsonObject message = result->value(QLatin1String("resource"))
                                        .toObject()
                                        .value(QLatin1String("message"))
                                        .toObject();
        m_anchor.followupId.reset();
        if (type == 6 || type == 7) {
            m_anchor.messageId = m_interaction.messageId;
        } else {
            m_anchor.messageId = snowflakeFromJson(message.value(QLatin1String("id")));
        }
        if (!message.isEmpty()) {
            result = message;
        }
    } else {
        m_state = ResponseState::Failed;
        qCWarning(lcInteractions).noquote() << "initial response (type" << type << ") to"
                                            << describe() << "failed:" << result.error().toString();
    }
    m_initialDone.open();
    co_return result;
}

QCoro::Task<TransportResult> InteractionContext::editAnchor(Message message)
{
    auto result = co_await m_transport.editOriginal(
        m_interaction.applicationId, m_interaction.token, message.toJson(), message.files());
    if (result) {
        if (m_state == ResponseState::Deferred) {
            m_deferredEdited = true;
        }
        m_anchor.followupId.reset();
        if (const auto id = snowflakeFromJson(result->value(QLatin1String("id")))) {
            m_anchor.messageId = id;
        }
    } else {
        qCWarning(lcInteractions).noquote() << "editing the original response of" << describe()
                                            << "failed:" << result.error().toString();
    }
    co_return result;
}

QCoro::Task<TransportResult> InteractionContext::sendFollowup(Message message,
                                                              Visibility visibility)
{
    auto result = co_await m_transport.createFollowup(
        m_interaction.applicationId, m_interaction.token, message.toJson(flagsFor(visibility)),
        message.files());
    if (result) {
        if (const auto id = snowflakeFromJson(result->value(QLatin1String("id")))) {
            m_anchor.followupId = id;
            m_anchor.messageId = id;
        }
    } else {
        qCWarning(lcInteractions).noquote()
            << "followup to" << describe() << "failed:" << result.error().toString();
    }
    co_return result;
}

QCoro::Task<TransportResult> InteractionContext::reply(Message message, Visibility visibility)
{
    co_await settle();
    switch (m_state) {
    case ResponseState::None:
        if (m_interaction.type == InteractionType::Autocomplete) {
            co_return refused(QStringLiteral("autocomplete takes choices, not messages"));
        }
        co_return co_await sendInitial(4, message.toJson(flagsFor(visibility)), message.files(),
                                       ResponseState::Replied);
    case ResponseState::Deferred:
        if (!m_deferredEdited) {
            if (visibility != m_deferVisibility) {
                qCDebug(lcInteractions).noquote()
                    << describe() << "was deferred with another visibility; keeping it";
            }
            co_return co_await editAnchor(std::move(message));
        }
        co_return co_await sendFollowup(std::move(message), visibility);
    case ResponseState::DeferredUpdate:
    case ResponseState::Replied:
    case ResponseState::Updated:
        co_return co_await sendFollowup(std::move(message), visibility);
    case ResponseState::Pending:
    case ResponseState::ModalShown:
    case ResponseState::Autocompleted:
    case ResponseState::Failed:
        break;
    }
    co_return refused(QStringLiteral("no message can follow this response"));
}

QCoro::Task<TransportResult> InteractionContext::followup(Message message, Visibility visibility)
{
    co_return co_await reply(std::move(message), visibility);
}

QCoro::Task<TransportResult> InteractionContext::defer(Visibility visibility)
{
    co_await settle();
    if (m_state != ResponseState::None) {
        co_return QJsonObject();
    }
    if (m_interaction.type == InteractionType::Autocomplete) {
        co_return refused(QStringLiteral("autocomplete cannot be deferred"));
    }
    m_deferVisibility = visibility;
    QJsonObject data;
    if (visibility == Visibility::Ephemeral) {
        data.insert(QStringLiteral("flags"), Message::EphemeralFlag);
    }
    co_return co_await sendInitial(5, data, {}, ResponseState::Deferred);
}

QCoro::Task<TransportResult> InteractionContext::deferUpdate()
{
    co_await settle();
    if (m_state != ResponseState::None) {
        co_return QJsonObject();
    }
    if (!comesFromMessage()) {
        co_return co_await defer(m_deferVisibility);
    }
    co_return co_await sendInitial(6, {}, {}, ResponseState::DeferredUpdate);
}

QCoro::Task<TransportResult> InteractionContext::updateMessage(Message message)
{
    co_await settle();
    switch (m_state) {
    case ResponseState::None:
        if (!comesFromMessage()) {
            co_return co_await reply(std::move(message), m_deferVisibility);
        }
        co_return co_await sendInitial(7, message.toJson(), message.files(),
                                       ResponseState::Updated);
    case ResponseState::Deferred:
    case ResponseState::DeferredUpdate:
    case ResponseState::Replied:
    case ResponseState::Updated:
        co_return co_await editAnchor(std::move(message));
    case ResponseState::Pending:
    case ResponseState::ModalShown:
    case ResponseState::Autocompleted:
    case ResponseState::Failed:
        break;
    }
    co_return refused(QStringLiteral("there is no message to edit"));
}

QCoro::Task<TransportResult> InteractionContext::editOriginal(Message message)
{
    co_return co_await updateMessage(std::move(message));
}

QCoro::Task<TransportResult> InteractionContext::showModal(Modal modal)
{
    co_await settle();
    const bool allowedType = m_interaction.type == InteractionType::ApplicationCommand
        || m_interaction.type == InteractionType::MessageComponent;
    if (m_state != ResponseState::None || !allowedType) {
        co_return refused(
            QStringLiteral("a modal can only be the first answer to a command or component"));
    }
    co_return co_await sendInitial(9, modal.toJson(), {}, ResponseState::ModalShown);
}

QCoro::Task<TransportResult> InteractionContext::autocomplete(QList<Choice> choices)
{
    co_await settle();
    if (m_state != ResponseState::None || m_interaction.type != InteractionType::Autocomplete) {
        co_return refused(QStringLiteral("autocomplete results answer autocomplete only"));
    }
    QJsonArray array;
    for (const Choice &choice : std::as_const(choices)) {
        if (array.size() >= limits::Choices) {
            break;
        }
        const bool valueFits = choice.value.isDouble()
            || (choice.value.isString() && !choice.value.toString().isEmpty()
                && choice.value.toString().size() <= limits::ChoiceStringValue);
        if (choice.name.isEmpty() || !valueFits) {
            continue;
        }
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), truncated(choice.name, limits::ChoiceName));
        entry.insert(QStringLiteral("value"), choice.value);
        array.append(entry);
    }
    // GCC 12 miscompiles initializer lists inside coroutines: build objects with insert().
    QJsonObject data;
    data.insert(QStringLiteral("choices"), array);
    co_return co_await sendInitial(8, std::move(data), {}, ResponseState::Autocompleted);
}

QCoro::Task<QString> InteractionContext::fail(QString detail)
{
    const QString errorId = QString::number(QRandomGenerator::global()->generate(), 16)
                                .toUpper()
                                .rightJustified(8, QLatin1Char('0'));
    qCWarning(lcInteractions).noquote()
        << "error" << errorId << "in" << describe() << ":" << detail;
    co_await settle();
    if (m_interaction.type == InteractionType::Autocomplete) {
        if (m_state == ResponseState::None) {
            co_await autocomplete({});
        }
        co_return errorId;
    }
    switch (m_state) {
    case ResponseState::ModalShown:
    case ResponseState::Autocompleted:
    case ResponseState::Failed:
        co_return errorId;
    default:
        break;
    }
    co_await reply(Message(errorMessage(errorId)), Visibility::Ephemeral);
    co_return errorId;
}

QCoro::Task<void> InteractionContext::ensureAcknowledged()
{
    if (m_state != ResponseState::None) {
        co_return;
    }
    switch (m_interaction.type) {
    case InteractionType::ApplicationCommand:
        co_await defer(m_deferVisibility);
        break;
    case InteractionType::MessageComponent:
    case InteractionType::ModalSubmit:
        co_await deferUpdate();
        break;
    case InteractionType::Autocomplete:
    case InteractionType::Ping:
        break;
    }
}

QCoro::Task<void> InteractionContext::finish()
{
    co_await settle();
    if (m_state != ResponseState::None) {
        co_return;
    }
    if (m_interaction.type == InteractionType::Autocomplete) {
        co_await autocomplete({});
    } else if (comesFromMessage()) {
        co_await deferUpdate();
    } else {
        co_await fail(QStringLiteral("the handler returned without answering"));
    }
}

} // namespace ballsdex::interactions
