// SPDX-License-Identifier: MIT
#pragma once

#include "CountryballsWorld.h"

#include <QCoro/QCoroTask>

namespace ballsdex::storage {
class Database;
}
namespace ballsdex::game {
class RandomSource;
}
namespace ballsdex::interactions {
class InteractionContext;
class InteractionRouter;
struct CustomId;
} // namespace ballsdex::interactions

namespace ballsdex::features::countryballs {

class SpawnService;

/// The catch button and the name modal (bot-features.md §2.5): blacklist and "caught already"
/// checks, the name check, the atomic claim and the one-transaction write of the instance.
class CatchFlow final
{
public:
    static inline const QString ModalPrefix = QStringLiteral("catchname");
    static inline const QString NameField = QStringLiteral("name");
    static inline const QString CaughtAlreadyMessage = QStringLiteral("I was caught already!");
    static inline const QString ExpiredMessage
        = QStringLiteral("This interaction is no longer active.");
    static inline const QString DatabaseUnavailableMessage
        = QStringLiteral("The database is unavailable right now, please try again in a moment.");

    /// Everything must outlive the flow.
    CatchFlow(CountryballsWorld &world, SpawnService &spawns, storage::Database &database,
              game::RandomSource &random);

    /// Adds the "catch" button and "catchname" modal handlers; false when a prefix is taken.
    bool registerInto(interactions::InteractionRouter &router);

    QCoro::Task<void> onButton(interactions::InteractionContext &ctx,
                               interactions::CustomId customId);
    QCoro::Task<void> onModal(interactions::InteractionContext &ctx,
                              interactions::CustomId customId);

private:
    [[nodiscard]] QString caughtText(const QString &caughtMessage, std::int64_t instanceId,
                                     int attack, int health) const;

    CountryballsWorld &m_world;
    SpawnService &m_spawns;
    storage::Database &m_database;
    game::RandomSource &m_random;
};

} // namespace ballsdex::features::countryballs
