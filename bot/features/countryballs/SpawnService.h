// SPDX-License-Identifier: MIT
#pragma once

#include "CountryballsWorld.h"
#include "WildCardLoader.h"
#include "game/SpawnManager.h"
#include "game/SpawnRules.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace ballsdex::discord {
class DiscordApi;
struct RestError;
} // namespace ballsdex::discord
namespace ballsdex::gateway {
class GatewayEvent;
}
namespace ballsdex::game {
class RandomSource;
}
namespace ballsdex::storage {
class Database;
}

namespace ballsdex::features::countryballs {

/// A ball waiting in a channel. Shared so a catch in progress keeps it alive past its expiry.
struct LiveSpawn
{
    QString id; ///< carried by the button's custom id
    domain::Ball ball;
    domain::Snowflake guildId = 0;
    domain::Snowflake channelId = 0;
    domain::Snowflake messageId = 0; ///< 0 while the spawn message is being posted
    QDateTime spawnedAt; ///< creation time of the spawn message (local time until it is posted)
    bool claimed = false; ///< a correct guess is being written (or was)
    bool caught = false; ///< the instance exists
};

/// Listens to guild messages, asks the spawn manager, posts wild balls with their catch button
/// and keeps them in memory until the view expires (bot-features.md §2.1-2.4). A 403 on the spawn
/// message pauses the guild (settings().forbiddenPause); a spawn channel Discord no longer knows
/// (404 10003, or CHANNEL_DELETE) is dropped from the cache and cleared in its guildconfig row.
class SpawnService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpawnService)

public:
    static inline const QString CatchButtonPrefix = QStringLiteral("catch");

    /// @p world, @p database, @p api and @p random must outlive the service.
    SpawnService(CountryballsWorld &world, CountryballsSettings settings,
                 storage::Database &database, discord::DiscordApi &api, game::SpawnRules rules,
                 game::RandomSource &random, QObject *parent = nullptr);
    ~SpawnService() override;

    /// MESSAGE_CREATE dispatches; anything else is ignored.
    void onMessage(const gateway::GatewayEvent &event);
    /// CHANNEL_DELETE dispatches: a deleted spawn channel is dropped like an unknown one.
    void onChannelDeleted(const gateway::GatewayEvent &event);
    /// Posts @p ball in @p channelId now (no spawn-manager decision); the spawn id, or nullopt
    /// when nothing could be posted (logged).
    QCoro::Task<std::optional<QString>> spawn(domain::Snowflake guildId,
                                              domain::Snowflake channelId, domain::Ball ball);

    [[nodiscard]] std::shared_ptr<LiveSpawn> find(const QString &spawnId) const;
    /// An accepted click restarts the view timeout.
    void restartTimeout(const QString &spawnId);
    /// Marks the ball caught and disables its button.
    void markCaught(const std::shared_ptr<LiveSpawn> &spawn);
    [[nodiscard]] int liveCount() const { return static_cast<int>(m_spawns.size()); }
    /// Spawns being prepared or posted (wild card read, REST call) right now.
    [[nodiscard]] int postsInFlight() const { return m_postsInFlight; }
    [[nodiscard]] const game::SpawnManager &manager() const { return m_manager; }
    [[nodiscard]] const CountryballsSettings &settings() const { return m_settings; }
    /// Message time (ms since the epoch) before which @p guildId does not spawn after a 403.
    [[nodiscard]] std::optional<std::int64_t> pausedUntilMs(domain::Snowflake guildId) const;

    /// Replaces {collectible}, {collectibles}, {ball}, {emoji} (and {user} when given).
    [[nodiscard]] QString fill(QString text, const domain::Ball &ball,
                               const QString &userMention = {}) const;
    /// A random entry of @p list (empty string for an empty list).
    [[nodiscard]] QString pick(const QStringList &list);

Q_SIGNALS:
    void spawned(const QString &spawnId);
    void spawnFailed(const QString &reason);
    void expired(const QString &spawnId);
    /// A gone spawn channel was dropped; its guildconfig row has been written (or the write
    /// failed, logged).
    void spawnChannelDropped(qint64 guildId, qint64 channelId);
    /// A catch was saved: latency runs from the correct guess to the committed instance.
    void caught(const QString &country, const QString &special, qint64 guildId,
                qint64 latencyMicros);

private:
    QCoro::Task<std::optional<QString>> post(domain::Snowflake guildId, domain::Snowflake channelId,
                                             domain::Ball ball, std::int64_t triggeredAtMs);
    QCoro::Task<void> spawnDetached(domain::Snowflake guildId, domain::Snowflake channelId,
                                    domain::Ball ball, std::int64_t triggeredAtMs);
    /// False while a 403 pause holds the guild at @p atMs.
    bool mayTry(domain::Snowflake guildId, std::int64_t atMs);
    void pause(domain::Snowflake guildId, domain::Snowflake channelId,
               const discord::RestError &error, std::int64_t atMs);
    QCoro::Task<void> dropChannel(domain::Snowflake guildId, domain::Snowflake channelId,
                                  QString why);
    QCoro::Task<void> disableButton(domain::Snowflake channelId, domain::Snowflake messageId,
                                    QString spawnId);
    void expire(const QString &spawnId);
    [[nodiscard]] QJsonArray buttonRows(const QString &spawnId, bool disabled) const;
    [[nodiscard]] QString randomLetters(int count);
    void failed(const QString &reason);

    CountryballsWorld &m_world;
    CountryballsSettings m_settings;
    storage::Database &m_database;
    discord::DiscordApi &m_api;
    game::RandomSource &m_random;
    game::SpawnManager m_manager;
    WildCardLoader m_wildCards;
    QHash<QString, std::shared_ptr<LiveSpawn>> m_spawns;
    QHash<QString, QTimer *> m_timers;
    QHash<domain::Snowflake, std::int64_t> m_pausedUntilMs; ///< guild → message time
    /// Channels Discord reported gone; never spawned in again by this process (ids are not reused).
    QSet<domain::Snowflake> m_goneChannels;
    int m_postsInFlight = 0;
};

} // namespace ballsdex::features::countryballs
