// SPDX-License-Identifier: MIT
#pragma once

#include "CatchFlow.h"
#include "CountryballsWorld.h"
#include "SpawnService.h"
#include "game/SpawnRules.h"

#include <QObject>

#include <memory>

namespace ballsdex::discord {
class DiscordApi;
}
namespace ballsdex::gateway {
class GatewayEvent;
}
namespace ballsdex::game {
class RandomSource;
}
namespace ballsdex::interactions {
class InteractionRouter;
}
namespace ballsdex::storage {
class Database;
}

namespace ballsdex::features::countryballs {

/// Spawning and catching, wired: construct it once the router exists (it registers the
/// "catch" button and "catchname" modal handlers) and feed it every gateway dispatch.
/// world, database, api and router must outlive it.
class CountryballsFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryballsFeature)

public:
    /// @p random: nullptr = an own std::random_device-seeded source; else must outlive this.
    CountryballsFeature(CountryballsWorld &world, CountryballsSettings settings,
                        storage::Database &database, discord::DiscordApi &api,
                        interactions::InteractionRouter &router, game::SpawnRules rules,
                        game::RandomSource *random = nullptr, QObject *parent = nullptr);
    ~CountryballsFeature() override;

    /// Every dispatch from gateway::ShardManager::dispatchReceived; uses MESSAGE_CREATE and
    /// CHANNEL_DELETE.
    void onDispatch(const gateway::GatewayEvent &event);

    [[nodiscard]] bool isRegistered() const { return m_registered; }
    [[nodiscard]] SpawnService &spawns() { return *m_spawns; }

private:
    std::unique_ptr<game::RandomSource> m_ownRandom;
    std::unique_ptr<SpawnService> m_spawns;
    std::unique_ptr<CatchFlow> m_catch;
    bool m_registered = false;
};

} // namespace ballsdex::features::countryballs
