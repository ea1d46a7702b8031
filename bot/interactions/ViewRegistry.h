// SPDX-License-Identifier: MIT
#pragma once

#include "InteractionRouter.h"
#include "View.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace ballsdex::interactions {

/// Keeps the live views, routes their interactions (prefix "view"), enforces their allowed
/// users and inactivity timeouts. Lives on the router's thread; outlives no router.
class ViewRegistry final
{
public:
    static inline const QString Prefix = QStringLiteral("view");
    /// Past this age a view is disabled through the bot (channel message edit), not the token.
    static constexpr std::chrono::milliseconds TokenLifetime {14 * 60'000 + 30'000};

    ViewRegistry(InteractionRouter &router, InteractionTransport &transport, Scheduler &scheduler,
                 const util::Clock &clock);
    ~ViewRegistry();
    ViewRegistry(const ViewRegistry &) = delete;
    ViewRegistry &operator=(const ViewRegistry &) = delete;

    /// Registers the view, answers `context` with `message` plus the view's components
    /// (reply, or edit when already deferred) and arms the timeout.
    QCoro::Task<TransportResult> send(InteractionContext &context, std::shared_ptr<View> view,
                                      Message message, Visibility visibility = Visibility::Public);
    /// Registers without sending, for callers that send themselves and then bind().
    QString attach(std::shared_ptr<View> view);
    void bind(const QString &viewId, const MessageAnchor &anchor);
    void stop(const QString &viewId);

    [[nodiscard]] std::shared_ptr<View> find(const QString &viewId) const;
    [[nodiscard]] qsizetype activeCount() const { return m_entries.size(); }

private:
    struct Entry
    {
        std::shared_ptr<View> view;
        MessageAnchor anchor;
        QDateTime anchoredAt;
        Scheduler::TimerId timer = 0;
        bool bound = false;
    };

    QCoro::Task<void> onInteraction(InteractionContext &context, CustomId id, bool modal);
    void arm(const QString &viewId);
    void expire(const QString &viewId);
    static QCoro::Task<void> disable(InteractionTransport &transport, MessageAnchor anchor,
                                     bool tokenValid, QJsonArray components);

    InteractionTransport &m_transport;
    Scheduler &m_scheduler;
    const util::Clock &m_clock;
    QHash<QString, Entry> m_entries;
    QString m_session;
    quint64 m_counter = 0;
};

} // namespace ballsdex::interactions
