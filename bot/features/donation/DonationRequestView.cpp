// SPDX-License-Identifier: MIT
#include "features/donation/DonationRequestView.h"

#include "features/common/StorageReplies.h"
#include "interactions/ConfirmPrompt.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {

using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

DonationRequestView::DonationRequestView(storage::Database &database, LockReleaser releaser,
                                         PendingDonation donation, QString text)
    : View(Timeout)
    , m_database(database)
    , m_releaser(releaser)
    , m_donation(std::move(donation))
    , m_text(std::move(text))
{
    setAllowedUsers({m_donation.receiverDiscordId});
}

QJsonArray DonationRequestView::components() const
{
    using interactions::Button;
    using interactions::ButtonStyle;
    Button accept = Button::make(ButtonStyle::Success, customId(QStringLiteral("accept")), {});
    accept.emoji = interactions::Emoji {QStringLiteral("✔️")};
    Button deny = Button::make(ButtonStyle::Danger, customId(QStringLiteral("deny")), {});
    deny.emoji = interactions::Emoji {QStringLiteral("✖️")};
    const QJsonArray rows {interactions::ActionRow::buttons({accept, deny}).toJson()};
    return m_accepted ? interactions::disabledComponents(rows) : rows;
}

QCoro::Task<void> DonationRequestView::onComponent(InteractionContext &context, QString action,
                                                   QStringList)
{
    if (m_accepted) {
        co_await context.reply(Message(interactions::ConfirmPrompt::AlreadyChosen),
                               Visibility::Ephemeral);
        co_return;
    }
    m_accepted = action == QLatin1String("accept");
    markFinished();
    if (*m_accepted) {
        co_await accept(context);
        co_return;
    }
    co_await m_releaser.release(m_donation.lock);
    co_await close(context, QStringLiteral("❌ The donation was denied."));
}

QCoro::Task<void> DonationRequestView::accept(InteractionContext &context)
{
    storage::DonationRepository donations(m_database);
    auto future
        = donations.transfer(m_donation.lock, m_donation.giverId, m_donation.receiverDiscordId);
    const auto receipt = co_await future;
    if (receipt) {
        co_await close(context, QStringLiteral("✅ The donation was accepted!"));
        co_return;
    }
    const storage::StorageError &error = receipt.error();
    const bool gone = error.kind == storage::StorageError::Kind::NotFound
        || error.kind == storage::StorageError::Kind::Conflict;
    qCWarning(lcBot).noquote() << context.describe() << "donation of instance"
                               << domain::displayId(m_donation.lock.instanceId)
                               << "failed:" << error.toString();
    co_await m_releaser.release(m_donation.lock);
    // Named, not a conditional inside co_await: GCC 12 destroys such temporaries twice.
    QString line = QStringLiteral("⚠️ The donation could not be completed");
    line += gone ? QStringLiteral(": this item is no longer available.")
                 : QStringLiteral(". ") + databaseUnavailableMessage();
    co_await close(context, line);
}

QCoro::Task<void> DonationRequestView::close(InteractionContext &context, const QString &line)
{
    m_text += QLatin1Char('\n') + line;
    co_await context.updateMessage(Message(m_text).components(components()));
}

void DonationRequestView::onTimeout()
{
    if (m_accepted)
        return;
    // The registry already disabled the buttons; only the lock remains.
    m_releaser.release(m_donation.lock);
}

} // namespace ballsdex::bot::features
