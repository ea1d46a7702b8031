// SPDX-License-Identifier: MIT
#pragma once

#include "AsyncLatch.h"
#include "CommandSpec.h"
#include "Components.h"
#include "Interaction.h"
#include "InteractionTransport.h"
#include "Message.h"

#include <optional>

namespace ballsdex::interactions {

/// Where the interaction's latest response message lives, for later edits (views).
struct MessageAnchor
{
    Snowflake applicationId = 0;
    QString token;
    std::optional<Snowflake> followupId; ///< nullopt: the interaction's @original
    std::optional<Snowflake> channelId;
    std::optional<Snowflake> messageId; ///< known id, for bot-token edits once the token expired
};

enum class ResponseState {
    None, ///< nothing sent yet
    Pending, ///< the initial callback is in flight
    Deferred, ///< type 5: a loading message awaits its content
    DeferredUpdate, ///< type 6: the component's message may be edited later
    Replied, ///< type 4
    Updated, ///< type 7
    ModalShown, ///< type 9
    Autocompleted, ///< type 8
    Failed, ///< the initial callback failed (deadline missed, token dead)
};

/// What a handler answers with. Every method picks the right call for the current state, so a
/// handler cannot acknowledge twice: reply() is a type-4 callback at first, a PATCH @original
/// after a defer (the framework's or the handler's), a followup after that. Only the router's
/// thread may use a context.
class InteractionContext final
{
public:
    InteractionContext(Interaction interaction, InteractionTransport &transport);
    InteractionContext(const InteractionContext &) = delete;
    InteractionContext &operator=(const InteractionContext &) = delete;

    [[nodiscard]] const Interaction &interaction() const { return m_interaction; }
    [[nodiscard]] const ParsedOptions &options() const { return m_interaction.options; }
    [[nodiscard]] Snowflake userId() const { return m_interaction.user.id; }
    [[nodiscard]] const CommandSpec *command() const { return m_command; }
    [[nodiscard]] ResponseState state() const { return m_state; }
    [[nodiscard]] bool isAcknowledged() const;
    [[nodiscard]] const MessageAnchor &lastMessage() const { return m_anchor; }

    void setCommand(const CommandSpec *command) { m_command = command; }
    /// Visibility used when the framework defers on the handler's behalf.
    void setDeferVisibility(Visibility visibility) { m_deferVisibility = visibility; }
    [[nodiscard]] Visibility deferVisibility() const { return m_deferVisibility; }

    QCoro::Task<TransportResult> reply(Message message, Visibility visibility = Visibility::Public);
    /// Same as reply(); reads better after a first answer.
    QCoro::Task<TransportResult> followup(Message message,
                                          Visibility visibility = Visibility::Public);
    /// Type 5 now ("thinking…"); no-op once acknowledged.
    QCoro::Task<TransportResult> defer(Visibility visibility = Visibility::Public);
    /// Type 6 for components and modals from a message; defer() for commands.
    QCoro::Task<TransportResult> deferUpdate();
    /// Edits the component's message (type 7, or PATCH @original once acknowledged).
    QCoro::Task<TransportResult> updateMessage(Message message);
    QCoro::Task<TransportResult> editOriginal(Message message);
    /// Type 9; refused once acknowledged and in answer to a modal.
    QCoro::Task<TransportResult> showModal(Modal modal);
    /// Type 8 with at most 25 valid choices.
    QCoro::Task<TransportResult> autocomplete(QList<Choice> choices);
    /// The one error path: logs `detail` under a new error id and tells the user briefly
    /// (ephemerally where possible). Returns the id.
    QCoro::Task<QString> fail(QString detail);

    /// Framework: the deadline defer (type 5 with the defer visibility, or 6 for components).
    QCoro::Task<void> ensureAcknowledged();
    /// Framework: what to send when a handler returned without answering.
    QCoro::Task<void> finish();

    /// "command 'balls list'", "component 'view:…'" — for logs (never the token).
    [[nodiscard]] QString describe() const;
    [[nodiscard]] static QString errorMessage(const QString &errorId);

private:
    QCoro::Task<void> settle();
    QCoro::Task<TransportResult> sendInitial(int type, QJsonObject data, QList<FileUpload> files,
                                             ResponseState onSuccess);
    QCoro::Task<TransportResult> editAnchor(Message message);
    QCoro::Task<TransportResult> sendFollowup(Message message, Visibility visibility);
    [[nodiscard]] bool comesFromMessage() const;
    [[nodiscard]] TransportResult refused(const QString &why) const;

    Interaction m_interaction;
    InteractionTransport &m_transport;
    const CommandSpec *m_command = nullptr;
    MessageAnchor m_anchor;
    AsyncLatch m_initialDone;
    ResponseState m_state = ResponseState::None;
    Visibility m_deferVisibility = Visibility::Public;
    bool m_deferredEdited = false;
};

} // namespace ballsdex::interactions
