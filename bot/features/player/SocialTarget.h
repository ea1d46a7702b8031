// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "interactions/InteractionContext.h"

#include <QCoroTask>

#include <optional>
#include <utility>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::features {

/// The `user` option of the friend and block commands.
class SocialTarget final
{
public:
    static inline const QString OptionName = QStringLiteral("user");

    struct Refusals
    {
        QString self; ///< "You cannot add yourself as a friend."
        QString bot;
    };

    /// The chosen user, or nullopt after refusing (ephemerally) yourself or a bot.
    static QCoro::Task<std::optional<interactions::User>>
    resolve(interactions::InteractionContext &context, Refusals refusals);
    /// The user's avatar on Discord's CDN; empty without a custom avatar.
    [[nodiscard]] static QString avatarUrl(const interactions::User &user);
    /// Both players' row ids when both have played; `lookedUp` is false after an apology.
    struct ExistingPlayers
    {
        bool lookedUp = false;
        std::optional<std::pair<domain::RowId, domain::RowId>> ids; ///< invoker, target
    };
    static QCoro::Task<ExistingPlayers> existingPlayers(storage::Database &database,
                                                        interactions::InteractionContext &context,
                                                        domain::Snowflake targetId);
    /// Replies ephemerally with `text`.
    static QCoro::Task<void> tell(interactions::InteractionContext &context, QString text);
};

} // namespace ballsdex::bot::features
