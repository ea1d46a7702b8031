// SPDX-License-Identifier: MIT
#include "ViewRegistry.h"

#include "InteractionsLogging.h"

#include <QRandomGenerator>

namespace ballsdex::interactions {

ViewRegistry::ViewRegistry(InteractionRouter &router, InteractionTransport &transport,
                           Scheduler &scheduler, const util::Clock &clock)
    : m_transport(transport)
    , m_scheduler(scheduler)
    , m_clock(clock)
    // Distinguishes this process's views from those of a previous run still on screen.
    , m_session(QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36), 36))
{
    router.addComponentHandler(Prefix, [this](InteractionContext &context, CustomId id) {
        return onInteraction(context, std::move(id), false);
    });
    router.addModalHandler(Prefix, [this](InteractionContext &context, CustomId id) {
        return onInteraction(context, std::move(id), true);
    });
}

ViewRegistry::~ViewRegistry()
{
    for (Entry &entry : m_entries) {
        m_scheduler.cancel(entry.timer);
        entry.view->m_registry = nullptr;
    }
}

QString ViewRegistry::attach(std::shared_ptr<View> view)
{
    const QString viewId = m_session + QLatin1Char('.') + QString::number(m_counter++, 36);
    view->m_id = viewId;
    view->m_registry = this;
    m_entries.insert(viewId, Entry {std::move(view), {}, {}, 0, false});
    arm(viewId);
    return viewId;
}

void ViewRegistry::bind(const QString &viewId, const MessageAnchor &anchor)
{
    const auto it = m_entries.find(viewId);
    if (it != m_entries.end()) {
        it->anchor = anchor;
        it->anchoredAt = m_clock.now();
        it->bound = true;
    }
}

void ViewRegistry::stop(const QString &viewId)
{
    const auto it = m_entries.find(viewId);
    if (it == m_entries.end()) {
        return;
    }
    m_scheduler.cancel(it->timer);
    it->view->m_registry = nullptr;
    m_entries.erase(it);
}

std::shared_ptr<View> ViewRegistry::find(const QString &viewId) const
{
    const auto it = m_entries.constFind(viewId);
    return it == m_entries.constEnd() ? nullptr : it->view;
}

QCoro::Task<TransportResult> ViewRegistry::send(InteractionContext &context,
                                                std::shared_ptr<View> view, Message message,
                                                Visibility visibility)
{
    const QString viewId = attach(view);
    message.components(view->components());
    auto result = co_await context.reply(std::move(message), visibility);
    if (!result) {
        stop(viewId);
        co_return result;
    }
    bind(viewId, context.lastMessage());
    co_return result;
}

void ViewRegistry::arm(const QString &viewId)
{
    const auto it = m_entries.find(viewId);
    if (it == m_entries.end()) {
        return;
    }
    m_scheduler.cancel(it->timer);
    it->timer = m_scheduler.schedule(it->view->timeout(), [this, viewId] { expire(viewId); });
}

void ViewRegistry::expire(const QString &viewId)
{
    Entry entry = m_entries.take(viewId);
    if (!entry.view) {
        return;
    }
    entry.view->m_registry = nullptr;
    if (!entry.view->isFinished() && entry.bound) {
        const bool tokenValid = entry.anchoredAt.msecsTo(m_clock.now()) < TokenLifetime.count();
        disable(m_transport, entry.anchor, tokenValid,
                disabledComponents(entry.view->components()));
    }
    entry.view->markFinished();
    entry.view->onTimeout();
}

QCoro::Task<void> ViewRegistry::disable(InteractionTransport &transport, MessageAnchor anchor,
                                        bool tokenValid, QJsonArray components)
{
    QJsonObject data;
    data.insert(QStringLiteral("components"), components);
    TransportResult result;
    if (tokenValid && anchor.followupId) {
        result = co_await transport.editFollowup(anchor.applicationId, anchor.token,
                                                 *anchor.followupId, data);
    } else if (tokenValid) {
        result = co_await transport.editOriginal(anchor.applicationId, anchor.token, data, {});
    } else if (anchor.channelId && anchor.messageId) {
        result = co_await transport.editMessage(*anchor.channelId, *anchor.messageId, data);
    } else {
        qCInfo(lcInteractions) << "expired view left enabled: token too old and message unknown";
        co_return;
    }
    if (!result) {
        qCInfo(lcInteractions).noquote()
            << "could not disable an expired view:" << result.error().toString();
    }
}

QCoro::Task<void> ViewRegistry::onInteraction(InteractionContext &context, CustomId id, bool modal)
{
    const QString viewId = id.arg(0);
    const auto it = m_entries.constFind(viewId);
    if (it == m_entries.constEnd()) {
        co_await context.reply(Message(InteractionRouter::ExpiredComponentMessage),
                               Visibility::Ephemeral);
        co_return;
    }
    std::shared_ptr<View> view = it->view;
    if (!view->isAllowed(context.userId())) {
        co_await context.reply(Message(view->refusalMessage()), Visibility::Ephemeral);
        co_return;
    }
    arm(viewId);
    if (modal) {
        co_await view->onModal(context, id.arg(1), id.args.mid(2));
    } else {
        co_await view->onComponent(context, id.arg(1), id.args.mid(2));
    }
    // This interaction's token now edits the view's message, unless the handler answered with
    // a new message (then @original is that one).
    const ResponseState state = context.state();
    const bool editsViewMessage = state == ResponseState::Updated
        || state == ResponseState::DeferredUpdate || state == ResponseState::None;
    if (editsViewMessage && context.interaction().messageId) {
        const Interaction &interaction = context.interaction();
        bind(viewId,
             MessageAnchor {interaction.applicationId, interaction.token, std::nullopt,
                            interaction.channelId, interaction.messageId});
    }
}

} // namespace ballsdex::interactions
