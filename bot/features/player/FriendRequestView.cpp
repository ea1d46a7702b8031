// SPDX-License-Identifier: MIT
#include "features/player/FriendRequestView.h"

#include "features/common/StorageReplies.h"
#include "features/player/PlayerServices.h"
#include "interactions/ConfirmPrompt.h"
#include "storage/SocialRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {

using interactions::InteractionContext;
using interactions::Message;
using StorageKind = storage::StorageError::Kind;

FriendRequestView::FriendRequestView(std::shared_ptr<PlayerServices> services,
                                     FriendRequest request, QString text)
    : View(Timeout)
    , m_services(std::move(services))
    , m_request(request)
    , m_text(std::move(text))
{
    setAllowedUsers({m_request.to});
}

QJsonArray FriendRequestView::components() const
{
    using namespace interactions;
    Button accept = Button::make(ButtonStyle::Success, customId(QStringLiteral("yes")), {});
    accept.emoji = Emoji {QStringLiteral("✔️")};
    Button decline = Button::make(ButtonStyle::Danger, customId(QStringLiteral("no")), {});
    decline.emoji = Emoji {QStringLiteral("✖️")};
    QJsonArray rows {ActionRow::buttons({accept, decline}).toJson()};
    return m_result ? disabledComponents(rows) : rows;
}

QString FriendRequestView::refusalMessage() const
{
    return QStringLiteral("Only the player who received this friend request can answer it.");
}

QCoro::Task<void> FriendRequestView::onComponent(InteractionContext &context, QString action,
                                                 QStringList)
{
    if (m_result || m_busy) {
        co_await context.reply(Message(interactions::ConfirmPrompt::AlreadyChosen),
                               interactions::Visibility::Ephemeral);
        co_return;
    }
    if (!m_services->pendingFriends.isCurrent(m_request.from, m_request.to, m_request.ticket)) {
        // The requester deleted their data meanwhile.
        co_await finish(context, false, InvalidLine);
        co_return;
    }
    if (action == QLatin1String("yes"))
        co_await accept(context);
    else
        co_await finish(context, false, DeclinedLine);
}

QCoro::Task<void> FriendRequestView::accept(InteractionContext &context)
{
    m_busy = true;
    const std::optional<domain::Player> target
        = co_await invokerPlayer(m_services->database, context);
    if (!target) {
        m_busy = false; // apologised; the buttons stay usable
        co_return;
    }
    storage::SocialRepository social(m_services->database);
    auto future = social.addFriendship(m_request.fromPlayer, target->id);
    const auto added = co_await future;
    m_busy = false;
    if (!added) {
        const StorageKind kind = added.error().kind;
        // Blocked, already friends (both asked), or the requester's row is gone.
        if (kind == StorageKind::Conflict || kind == StorageKind::UniqueViolation
            || kind == StorageKind::ForeignKeyViolation) {
            co_await finish(context, false, InvalidLine);
        } else {
            co_await apologise(context, added.error());
        }
        co_return;
    }
    co_await finish(context, true, AcceptedLine);
}

QCoro::Task<void> FriendRequestView::finish(InteractionContext &context, bool accepted,
                                            const QString &line)
{
    m_result = accepted;
    markFinished();
    m_services->pendingFriends.remove(m_request.from, m_request.to, m_request.ticket);
    co_await context.updateMessage(Message(m_text + QLatin1Char('\n') + line)
                                       .components(components())
                                       .allowedMentions(interactions::AllowedMentions::none()));
}

void FriendRequestView::onTimeout()
{
    m_services->pendingFriends.remove(m_request.from, m_request.to, m_request.ticket);
}

} // namespace ballsdex::bot::features
