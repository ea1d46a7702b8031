// SPDX-License-Identifier: MIT
#include "CountryballsFeature.h"

#include "game/RandomSource.h"
#include "gateway/GatewayEvent.h"
#include "util/Logging.h"

namespace ballsdex::features::countryballs {

CountryballsFeature::CountryballsFeature(CountryballsWorld &world, CountryballsSettings settings,
                                         storage::Database &database, discord::DiscordApi &api,
                                         interactions::InteractionRouter &router,
                                         game::SpawnRules rules, game::RandomSource *random,
                                         QObject *parent)
    : QObject(parent)
{
    if (!random) {
        m_ownRandom = std::make_unique<game::SeededRandom>();
        random = m_ownRandom.get();
    }
    m_spawns
        = std::make_unique<SpawnService>(world, std::move(settings), database, api, rules, *random);
    m_catch = std::make_unique<CatchFlow>(world, *m_spawns, database, *random);
    m_registered = m_catch->registerInto(router);
    if (!m_registered)
        qCCritical(lcBot) << "The catch button or modal prefix is already taken";
}

CountryballsFeature::~CountryballsFeature() = default;

void CountryballsFeature::onDispatch(const gateway::GatewayEvent &event)
{
    if (event.type() == gateway::DispatchType::MessageCreate)
        m_spawns->onMessage(event);
    else if (event.type() == gateway::DispatchType::ChannelDelete)
        m_spawns->onChannelDeleted(event);
}

} // namespace ballsdex::features::countryballs
