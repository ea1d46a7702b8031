// SPDX-License-Identifier: MIT
#pragma once

#include "CountryballsWorld.h"
#include "game/SpawnManager.h"
#include "game/SpawnRules.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

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

namespace ballsdex::features::countryballs {

/// A ball waiting in a channel. Shared so a catch in progress keeps it alive past its expiry.
struct LiveSpawn
{
    QString id; ///< carried by the button's custom id
    domain::Ball ball;
    domain::Snowflake guildId = 0;
    domain::Snowflake channelId = 0;
    domain::Snowflake messageId = 0;
    QDateTime spawnedAt; ///< creation time of the spawn message
    bool claimed = false; ///< a correct guess is being written (or was)
    bool caught = false; ///< the instance exists
};

/// Listens to guild messages, asks the spawn manager, posts wild balls with their catch button
/// and keeps them in memory until the view expires (bot-features.md §2.1-2.4).
class SpawnService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpawnService)

public:
    static inline const QString CatchButtonPrefix = QStringLiteral("catch");

    /// @p random must outlive the service.
    SpawnService(CountryballsWorld &world, CountryballsSettings settings, discord::DiscordApi &api,
                 game::SpawnRules rules, game::RandomSource &random, QObject *parent = nullptr);
    ~SpawnService() override;

    /// MESSAGE_CREATE dispatches; anything else is ignored.
    void onMessage(const gateway::GatewayEvent &event);
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
    [[nodiscard]] const game::SpawnManager &manager() const { return m_manager; }
    [[nodiscard]] const CountryballsSettings &settings() const { return m_settings; }

    /// Replaces {collectible}, {collectibles}, {ball}, {emoji} (and {user} when given).
    [[nodiscard]] QString fill(QString text, const domain::Ball &ball,
                               const QString &userMention = {}) const;
    /// A random entry of @p list (empty string for an empty list).
    [[nodiscard]] QString pick(const QStringList &list);

Q_SIGNALS:
    void spawned(const QString &spawnId);
    void spawnFailed(const QString &reason);
    void expired(const QString &spawnId);

private:
    QCoro::Task<void> spawnDetached(domain::Snowflake guildId, domain::Snowflake channelId,
                                    domain::Ball ball);
    QCoro::Task<void> disableButton(domain::Snowflake channelId, domain::Snowflake messageId,
                                    QString spawnId);
    void expire(const QString &spawnId);
    [[nodiscard]] QJsonArray buttonRows(const QString &spawnId, bool disabled) const;
    [[nodiscard]] QString randomLetters(int count);
    void failed(const QString &reason);

    CountryballsWorld &m_world;
    CountryballsSettings m_settings;
    discord::DiscordApi &m_api;
    game::RandomSource &m_random;
    game::SpawnManager m_manager;
    QHash<QString, std::shared_ptr<LiveSpawn>> m_spawns;
    QHash<QString, QTimer *> m_timers;
};

} // namespace ballsdex::features::countryballs
