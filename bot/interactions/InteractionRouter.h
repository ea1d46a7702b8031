// SPDX-License-Identifier: MIT
#pragma once

#include "CommandTree.h"
#include "CooldownTracker.h"
#include "Handlers.h"
#include "InteractionContext.h"
#include "Scheduler.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <memory>

namespace ballsdex::interactions {

struct RouterOptions
{
    /// When a handler has not answered this long after receipt, the framework defers.
    std::chrono::milliseconds deferAfter {2000};
    /// Interactions already this old on arrival are dropped (Discord's 3 s would be missed);
    /// zero disables the check.
    std::chrono::milliseconds dropOlderThan {2800};
};

/// Verdict of the global gate (bot not ready, blacklist, ...), checked before any handler.
struct GateDecision
{
    enum class Action { Allow, Refuse, Drop };

    Action action = Action::Allow;
    QString message; ///< Refuse: shown ephemerally (autocomplete gets no choices)

    static GateDecision allow() { return {}; }
    static GateDecision refuse(QString message) { return {Action::Refuse, std::move(message)}; }
    static GateDecision drop() { return {Action::Drop, {}}; }
};
using InteractionGate = std::function<GateDecision(const Interaction &)>;

/// Receives INTERACTION_CREATE payloads and runs the matching handler: commands by path,
/// autocomplete by focused option, components and modals by custom_id prefix. Handles the
/// 3-second deadline, cooldowns, bad input and handler failures; never throws.
class InteractionRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionRouter)

public:
    static inline const QString UnknownCommandMessage
        = QStringLiteral("Commands desynchronized, contact support to fix this.");
    static inline const QString BadArgumentsMessage
        = QStringLiteral("One of the arguments provided cannot be parsed.");
    static inline const QString ExpiredComponentMessage
        = QStringLiteral("This interaction is no longer active.");

    InteractionRouter(const CommandTree &tree, InteractionTransport &transport,
                      Scheduler &scheduler, const util::Clock &clock, RouterOptions options = {},
                      QObject *parent = nullptr);
    ~InteractionRouter() override;

    void setGate(InteractionGate gate);
    /// False when the prefix is already taken.
    bool addComponentHandler(const QString &prefix, ComponentHandler handler);
    bool addModalHandler(const QString &prefix, ComponentHandler handler);

    [[nodiscard]] CooldownTracker &cooldowns() { return m_cooldowns; }
    [[nodiscard]] const RouterOptions &options() const { return m_options; }

    /// Entry point for the `d` of INTERACTION_CREATE; the work continues asynchronously.
    void handle(const QJsonObject &payload);
    /// Interactions received through handle() whose handling has not finished yet. The router
    /// must outlive them: wait for drained() before destroying it.
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    /// The same, awaitable.
    QCoro::Task<void> dispatch(QJsonObject payload);

Q_SIGNALS:
    /// A handler failed; the user got the error id.
    void handlerFailed(const QString &errorId);
    void interactionDropped(const QString &reason);
    /// The last in-flight interaction finished.
    void drained();

private:
    using Invoke = std::function<QCoro::Task<void>(InteractionContext &)>;
    QCoro::Task<void> track(QJsonObject payload);

    QCoro::Task<void> route(std::shared_ptr<InteractionContext> context);
    QCoro::Task<void> runCommand(std::shared_ptr<InteractionContext> context);
    QCoro::Task<void> runAutocomplete(std::shared_ptr<InteractionContext> context);
    QCoro::Task<void> runComponent(std::shared_ptr<InteractionContext> context);
    QCoro::Task<void> runHandler(std::shared_ptr<InteractionContext> context, Invoke invoke);
    static QCoro::Task<void> autoDefer(std::shared_ptr<InteractionContext> context);
    [[nodiscard]] static std::optional<QString> permissionRefusal(const CommandSpec &leaf,
                                                                  const Interaction &interaction);
    [[nodiscard]] std::optional<QString> checkArguments(const CommandSpec &leaf,
                                                        const ParsedOptions &options) const;

    const CommandTree &m_tree;
    InteractionTransport &m_transport;
    Scheduler &m_scheduler;
    const util::Clock &m_clock;
    RouterOptions m_options;
    CooldownTracker m_cooldowns;
    InteractionGate m_gate;
    QHash<QString, ComponentHandler> m_componentHandlers;
    QHash<QString, ComponentHandler> m_modalHandlers;
    QList<Scheduler::TimerId> m_pendingTimers;
    int m_inFlight = 0;
};

} // namespace ballsdex::interactions
