// SPDX-License-Identifier: MIT
#pragma once

#include "features/player/PendingFriendRequests.h"
#include "interactions/View.h"

#include <memory>
#include <optional>

namespace ballsdex::bot::features {

struct PlayerServices;

struct FriendRequest
{
    domain::Snowflake from = 0;
    domain::RowId fromPlayer = 0;
    domain::Snowflake to = 0;
    PendingFriendRequests::Ticket ticket = 0;
};

/// ✔️ / ✖️ under a friend request; only the target may answer (90 s). Accepting stores the
/// friendship; declining or letting it expire stores nothing. Either way the request stops
/// being pending.
class FriendRequestView final : public interactions::View
{
public:
    static constexpr std::chrono::milliseconds Timeout {90'000};
    static inline const QString AcceptedLine = QStringLiteral("Friend request accepted!");
    static inline const QString DeclinedLine = QStringLiteral("Friend request declined.");
    static inline const QString InvalidLine
        = QStringLiteral("This friend request is no longer valid.");

    FriendRequestView(std::shared_ptr<PlayerServices> services, FriendRequest request,
                      QString text);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(interactions::InteractionContext &context, QString action,
                                  QStringList args) override;
    void onTimeout() override;
    [[nodiscard]] QString refusalMessage() const override;

    [[nodiscard]] std::optional<bool> result() const { return m_result; }

private:
    QCoro::Task<void> accept(interactions::InteractionContext &context);
    QCoro::Task<void> finish(interactions::InteractionContext &context, bool accepted,
                             const QString &line);

    std::shared_ptr<PlayerServices> m_services;
    FriendRequest m_request;
    QString m_text;
    std::optional<bool> m_result;
    bool m_busy = false;
};

} // namespace ballsdex::bot::features
