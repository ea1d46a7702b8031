// SPDX-License-Identifier: MIT
#include "BotPipeline.h"

#include "gateway/DispatchModels.h"
#include "gateway/GatewayPayload.h"
#include "gateway/Opcode.h"
#include "interactions/InteractionParser.h"

namespace ballsdex::bench {

using namespace ballsdex::gateway;

BotPipeline::BotPipeline(Mode mode)
    : m_mode(mode)
{
}

void BotPipeline::resetSession()
{
    m_sequence = 0;
    m_inflater.reset();
}

void BotPipeline::onCompressedMessage(QByteArrayView message)
{
    auto inflated = m_inflater.feed(message);
    if (inflated && *inflated)
        onFrame(**inflated);
}

void BotPipeline::onFrame(QByteArrayView json)
{
    // Mirrors GatewayShard::handleRaw → handlePayload(op 0) → handleDispatch.
    if (m_mode == Mode::Eager) {
        auto payload = decodePayload(json);
        if (!payload || payload->op != int(Opcode::Dispatch))
            return;
        if (payload->s) {
            if (*payload->s <= m_sequence)
                return;
            m_sequence = *payload->s;
        }
        dispatch(
            GatewayEvent(std::move(payload->t), payload->s.value_or(0), 0, payload->d.toObject()));
        return;
    }
    auto payload = decodePayloadLazily(json);
    if (!payload || payload->op != int(Opcode::Dispatch))
        return;
    if (payload->s) {
        if (*payload->s <= m_sequence)
            return;
        m_sequence = *payload->s;
    }
    dispatch(GatewayEvent(std::move(payload->t), payload->s.value_or(0), 0, std::move(payload->d)));
}

void BotPipeline::dispatch(const GatewayEvent &event)
{
    ++m_dispatches;
    switch (event.type()) {
    case DispatchType::Ready:
        if (const auto ready = parseReady(event.data()))
            m_tracker.onReady(ready->guildIds);
        break;
    case DispatchType::GuildCreate:
        if (const auto guild = parseGuildSummary(event)) {
            m_tracker.onGuildCreate(guild->guildId, guild->unavailable);
            if (!guild->unavailable)
                m_guilds.insert(guild->guildId, GuildState {guild->memberCount, guild->name});
        }
        break;
    case DispatchType::GuildDelete:
        if (const auto guild = parseGuildAvailability(event)) {
            m_tracker.onGuildDelete(guild->guildId, guild->unavailable);
            if (!guild->unavailable)
                m_guilds.remove(guild->guildId);
        }
        break;
    case DispatchType::MessageCreate:
        // Spawn intake (bot-features.md §2.1): ignore bots, webhooks and DMs.
        if (const auto message = parseMessageSummary(event)) {
            if (!message->authorIsBot && !message->fromWebhook && message->guildId != 0
                && m_guilds.contains(message->guildId))
                ++m_spawnCandidates;
        }
        break;
    case DispatchType::InteractionCreate:
        if (interactions::parseInteraction(event.data()))
            ++m_interactions;
        break;
    default:
        break;
    }
}

} // namespace ballsdex::bench
