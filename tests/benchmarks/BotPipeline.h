// SPDX-License-Identifier: MIT
#pragma once

#include "gateway/GatewayEvent.h"
#include "gateway/GuildTracker.h"
#include "gateway/ZlibStreamInflater.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace ballsdex::bench {

/// The bot's path for one gateway frame without sockets or signals: what GatewayShard's
/// onBinaryMessage/handleRaw/handleDispatch and ShardManager::onShardDispatch run, then the reads
/// the features make (spawn intake for MESSAGE_CREATE, the interaction parser, the guild state).
class BotPipeline final
{
public:
    enum class Mode {
        Eager, ///< today's shard: decodePayload builds the whole JSON tree of every frame
        Lazy, ///< decodePayloadLazily + raw events: handlers read only their fields
    };

    /// What the bot keeps per guild besides GuildTracker's availability sets.
    struct GuildState
    {
        qint64 memberCount = 0;
        QString name;
    };

    explicit BotPipeline(Mode mode);

    /// One uncompressed frame (a text message, or an inflated payload).
    void onFrame(QByteArrayView json);
    /// One zlib-stream WebSocket message.
    void onCompressedMessage(QByteArrayView message);
    /// A new session: sequence numbers and the inflate context start again.
    void resetSession();

    [[nodiscard]] qint64 dispatches() const { return m_dispatches; }
    [[nodiscard]] qint64 spawnCandidates() const { return m_spawnCandidates; }
    [[nodiscard]] qint64 interactions() const { return m_interactions; }
    [[nodiscard]] qsizetype guildCount() const { return m_guilds.size(); }
    [[nodiscard]] const gateway::GuildTracker &tracker() const { return m_tracker; }

private:
    void dispatch(const gateway::GatewayEvent &event);

    Mode m_mode;
    gateway::ZlibStreamInflater m_inflater;
    gateway::GuildTracker m_tracker;
    QHash<domain::Snowflake, GuildState> m_guilds;
    qint64 m_sequence = 0;
    qint64 m_dispatches = 0;
    qint64 m_spawnCandidates = 0;
    qint64 m_interactions = 0;
};

} // namespace ballsdex::bench
