// SPDX-License-Identifier: MIT
#pragma once

#include "features/donation/LockReleaser.h"
#include "interactions/View.h"
#include "storage/DonationRepository.h"

#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::features {

/// A donation waiting for the receiver's approval (REQUEST_APPROVAL policy).
struct PendingDonation
{
    storage::DonationLock lock;
    domain::RowId giverId = 0; ///< player row
    domain::Snowflake receiverDiscordId = 0;
};

/// The ✔️ / ✖️ buttons under "Hey @target, … wants to give you …": only the receiver
/// may answer, 120 s. Accept transfers (the instance must still be locked by this donation), deny
/// or timeout release the lock; the message gets the outcome appended and its buttons disabled.
class DonationRequestView final : public interactions::View
{
public:
    static constexpr std::chrono::milliseconds Timeout {120'000};
    static inline const QString Refusal
        = QStringLiteral("You are not allowed to interact with this menu.");

    DonationRequestView(storage::Database &database, LockReleaser releaser,
                        PendingDonation donation, QString text);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(interactions::InteractionContext &context, QString action,
                                  QStringList args) override;
    void onTimeout() override;
    [[nodiscard]] QString refusalMessage() const override { return Refusal; }

private:
    QCoro::Task<void> accept(interactions::InteractionContext &context);
    QCoro::Task<void> close(interactions::InteractionContext &context, const QString &line);

    storage::Database &m_database;
    LockReleaser m_releaser;
    PendingDonation m_donation;
    QString m_text;
    std::optional<bool> m_accepted;
};

} // namespace ballsdex::bot::features
