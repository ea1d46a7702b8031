// SPDX-License-Identifier: MIT
#include "SpawnService.h"

#include "discord/DiscordApi.h"
#include "discord/RestError.h"
#include "game/CatchRolls.h"
#include "game/RandomSource.h"
#include "gateway/DispatchModels.h"
#include "gateway/GatewayEvent.h"
#include "interactions/Components.h"
#include "interactions/CustomId.h"
#include "interactions/Message.h"
#include "storage/GuildConfigRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QScopeGuard>

namespace ballsdex::features::countryballs {

namespace {

constexpr std::int64_t DiscordEpochMs = 1420070400000LL;

std::int64_t snowflakeMs(domain::Snowflake id)
{
    return (id >> 22) + DiscordEpochMs;
}

QString contentTypeFor(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (lower == QLatin1String("jpg") || lower == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (lower == QLatin1String("webp"))
        return QStringLiteral("image/webp");
    if (lower == QLatin1String("gif"))
        return QStringLiteral("image/gif");
    return QStringLiteral("application/octet-stream");
}

/// Discord no longer knows the channel (discord-protocol.md: 10003 Unknown Channel).
bool channelGone(const discord::RestError &error)
{
    return error.kind == discord::RestError::Kind::Http
        && (error.discordCode == 10003 || (error.httpStatus == 404 && error.discordCode == 0));
}

/// 50013 Missing Permissions, 50001 Missing Access, or any other refusal of the channel.
bool forbidden(const discord::RestError &error)
{
    return error.kind == discord::RestError::Kind::Http && error.httpStatus == 403;
}

} // namespace

SpawnService::SpawnService(CountryballsWorld &world, CountryballsSettings settings,
                           storage::Database &database, discord::DiscordApi &api,
                           game::SpawnRules rules, game::RandomSource &random, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_settings(std::move(settings))
    , m_database(database)
    , m_api(api)
    , m_random(random)
    , m_manager(rules, random)
{
}

SpawnService::~SpawnService() = default;

void SpawnService::onMessage(const gateway::GatewayEvent &event)
{
    const std::optional<gateway::MessageSummary> message = gateway::parseMessageSummary(event);
    if (!message || message->authorIsBot || message->fromWebhook || message->guildId == 0)
        return;
    const std::optional<domain::Snowflake> channel = m_world.spawnChannelFor(message->guildId);
    if (!channel || m_goneChannels.contains(*channel)
        || m_world.isGuildBlacklisted(message->guildId))
        return;
    const std::int64_t createdAtMs = snowflakeMs(message->messageId);
    if (!mayTry(message->guildId, createdAtMs))
        return;

    game::MessageFacts facts;
    facts.guildId = message->guildId;
    facts.authorId = message->authorId;
    facts.createdAtMs = createdAtMs;
    facts.contentLength = static_cast<int>(message->content.size());
    facts.memberCount = m_world.memberCount(message->guildId);
    facts.messageContentIntent = m_settings.messageContentIntent;
    if (!m_manager.onMessage(facts).spawn)
        return;

    const QList<domain::Ball> balls = m_world.enabledBalls();
    const auto picked = game::CatchRolls::pickBall(balls, m_random);
    if (!picked) {
        failed(picked.error() == game::PickError::NoEnabledBall
                   ? QStringLiteral("no enabled ball to spawn")
                   : QStringLiteral("every enabled ball has rarity 0"));
        return;
    }
    spawnDetached(message->guildId, *channel, **picked, createdAtMs);
}

void SpawnService::onChannelDeleted(const gateway::GatewayEvent &event)
{
    const QJsonObject &d = event.data();
    const domain::Snowflake channelId = gateway::snowflakeFrom(d.value(QLatin1String("id")));
    const domain::Snowflake guildId = gateway::snowflakeFrom(d.value(QLatin1String("guild_id")));
    if (channelId == 0 || guildId == 0 || m_world.spawnChannelFor(guildId) != channelId)
        return;
    dropChannel(guildId, channelId, QStringLiteral("was deleted"));
}

std::optional<std::int64_t> SpawnService::pausedUntilMs(domain::Snowflake guildId) const
{
    const auto found = m_pausedUntilMs.constFind(guildId);
    if (found == m_pausedUntilMs.cend())
        return std::nullopt;
    return *found;
}

bool SpawnService::mayTry(domain::Snowflake guildId, std::int64_t atMs)
{
    const auto found = m_pausedUntilMs.constFind(guildId);
    if (found == m_pausedUntilMs.cend())
        return true;
    if (atMs < *found)
        return false;
    m_pausedUntilMs.erase(found);
    qCInfo(lcBot).noquote() << "Spawning resumes in guild" << guildId
                            << "after the pause for missing permissions";
    return true;
}

QCoro::Task<void> SpawnService::spawnDetached(domain::Snowflake guildId,
                                              domain::Snowflake channelId, domain::Ball ball,
                                              std::int64_t triggeredAtMs)
{
    co_await post(guildId, channelId, std::move(ball), triggeredAtMs);
}

QCoro::Task<std::optional<QString>>
SpawnService::spawn(domain::Snowflake guildId, domain::Snowflake channelId, domain::Ball ball)
{
    return post(guildId, channelId, std::move(ball), QDateTime::currentMSecsSinceEpoch());
}

QCoro::Task<std::optional<QString>> SpawnService::post(domain::Snowflake guildId,
                                                       domain::Snowflake channelId,
                                                       domain::Ball ball,
                                                       std::int64_t triggeredAtMs)
{
    QPointer<SpawnService> self(this);
    ++m_postsInFlight;
    const auto done = qScopeGuard([self] {
        if (self)
            --self->m_postsInFlight;
    });
    const QString path = ball.wildCard.isEmpty() ? QString() : m_world.mediaPath(ball.wildCard);
    auto loading = m_wildCards.load(path);
    const WildCardImage card = co_await loading;
    if (!self)
        co_return std::nullopt;
    if (card.isFallback()) {
        qCWarning(lcBot).noquote()
            << QStringLiteral("The wild card of %1 cannot be used (%2%3); it spawns with the "
                              "fallback image")
                   .arg(ball.country, path.isEmpty() ? QString() : path + QStringLiteral(": "),
                        card.problem);
    }
    discord::RestFile upload;
    upload.filename = QStringLiteral("nt_") + randomLetters(15)
        + (card.suffix.isEmpty() ? QString() : QStringLiteral(".") + card.suffix);
    upload.data = card.data;
    upload.contentType = contentTypeFor(card.suffix);

    auto live = std::make_shared<LiveSpawn>();
    live->id = randomLetters(16);
    live->ball = std::move(ball);
    live->guildId = guildId;
    live->channelId = channelId;
    live->spawnedAt = QDateTime::currentDateTimeUtc(); // until Discord's message time is known
    // Registered before the answer: a click can come through the gateway before it.
    m_spawns.insert(live->id, live);

    interactions::Message message(fill(pick(m_settings.spawnMessages), live->ball));
    message.components(buttonRows(live->id, false));
    QList<discord::RestFile> files;
    files.append(std::move(upload));
    auto posting = m_api.createMessage(channelId, message.toJson(), std::move(files));
    const discord::RestResult posted = co_await posting;
    if (!self)
        co_return std::nullopt;
    if (!posted) {
        m_spawns.remove(live->id);
        const discord::RestError &error = posted.error();
        if (forbidden(error)) {
            pause(guildId, channelId, error, triggeredAtMs);
        } else if (channelGone(error)) {
            const QString why = QStringLiteral("is unknown to Discord (%1), so %2 did not spawn")
                                    .arg(error.toString(), live->ball.country);
            Q_EMIT spawnFailed(why);
            dropChannel(guildId, channelId, why);
        } else {
            failed(QStringLiteral("could not post the spawn of %1 in channel %2 of guild %3: %4")
                       .arg(live->ball.country, QString::number(channelId),
                            QString::number(guildId), error.toString()));
        }
        co_return std::nullopt;
    }
    live->messageId = gateway::snowflakeFrom(posted->object().value(QLatin1String("id")));
    live->spawnedAt = QDateTime::fromMSecsSinceEpoch(snowflakeMs(live->messageId), Qt::UTC);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_settings.viewTimeout);
    const QString id = live->id;
    connect(timer, &QTimer::timeout, this, [this, id] { expire(id); });
    timer->start();
    m_timers.insert(id, timer);
    if (live->caught)
        disableButton(channelId, live->messageId, id);
    qCDebug(lcBot).noquote() << "Spawned" << live->ball.country << "in guild" << guildId
                             << "channel" << channelId << "as" << id;
    Q_EMIT spawned(id);
    co_return id;
}

std::shared_ptr<LiveSpawn> SpawnService::find(const QString &spawnId) const
{
    return m_spawns.value(spawnId);
}

void SpawnService::restartTimeout(const QString &spawnId)
{
    if (QTimer *timer = m_timers.value(spawnId))
        timer->start();
}

void SpawnService::markCaught(const std::shared_ptr<LiveSpawn> &spawn)
{
    spawn->caught = true;
    spawn->claimed = true;
    if (spawn->messageId != 0) // else once the spawn message's id is known
        disableButton(spawn->channelId, spawn->messageId, spawn->id);
}

void SpawnService::expire(const QString &spawnId)
{
    const std::shared_ptr<LiveSpawn> spawn = m_spawns.take(spawnId);
    if (QTimer *timer = m_timers.take(spawnId))
        timer->deleteLater();
    if (!spawn)
        return;
    if (!spawn->caught)
        disableButton(spawn->channelId, spawn->messageId, spawn->id);
    Q_EMIT expired(spawnId);
}

QCoro::Task<void> SpawnService::disableButton(domain::Snowflake channelId,
                                              domain::Snowflake messageId, QString spawnId)
{
    QJsonObject edit;
    edit.insert(QStringLiteral("components"), buttonRows(spawnId, true));
    auto editing = m_api.editMessage(channelId, messageId, edit);
    const discord::RestResult edited = co_await editing;
    if (!edited) {
        qCWarning(lcBot).noquote() << "Could not disable the catch button of spawn" << spawnId
                                   << ":" << edited.error().toString();
    }
}

QJsonArray SpawnService::buttonRows(const QString &spawnId, bool disabled) const
{
    const auto customId = interactions::CustomId::encode(CatchButtonPrefix, QStringList(spawnId));
    interactions::Button button = interactions::Button::make(interactions::ButtonStyle::Primary,
                                                             customId.value_or(CatchButtonPrefix),
                                                             m_settings.catchButtonLabel);
    button.disabled = disabled;
    QList<interactions::Button> buttons;
    buttons.append(button);
    QJsonArray rows;
    rows.append(interactions::ActionRow::buttons(buttons).toJson());
    return rows;
}

QString SpawnService::fill(QString text, const domain::Ball &ball, const QString &userMention) const
{
    const QString emoji
        = ball.emojiId != 0 ? QStringLiteral("<:_:%1>").arg(ball.emojiId) : QString();
    text.replace(QLatin1String("{collectibles}"), m_settings.collectibles);
    text.replace(QLatin1String("{collectible}"), m_settings.collectible);
    text.replace(QLatin1String("{ball}"), ball.country);
    text.replace(QLatin1String("{emoji}"), emoji);
    if (!userMention.isEmpty())
        text.replace(QLatin1String("{user}"), userMention);
    return text;
}

QString SpawnService::pick(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return list.at(m_random.uniformInt(0, static_cast<int>(list.size()) - 1));
}

QString SpawnService::randomLetters(int count)
{
    static const QLatin1String letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(letters.at(m_random.uniformInt(0, letters.size() - 1))));
    return text;
}

void SpawnService::pause(domain::Snowflake guildId, domain::Snowflake channelId,
                         const discord::RestError &error, std::int64_t atMs)
{
    const auto minutes
        = std::chrono::duration_cast<std::chrono::minutes>(m_settings.forbiddenPause).count();
    m_pausedUntilMs.insert(guildId, atMs + m_settings.forbiddenPause.count());
    failed(QStringLiteral("the bot may not post in channel %1 of guild %2 (it needs Send Messages "
                          "and Attach Files there): %3; no spawn there for %4 minute(s)")
               .arg(QString::number(channelId), QString::number(guildId), error.toString(),
                    QString::number(minutes)));
}

QCoro::Task<void> SpawnService::dropChannel(domain::Snowflake guildId, domain::Snowflake channelId,
                                            QString why)
{
    qCInfo(lcBot).noquote() << "Spawn channel" << channelId << "of guild" << guildId << why
                            << "- no spawns there until /config channel sets a new one";
    if (m_goneChannels.contains(channelId))
        co_return;
    m_goneChannels.insert(channelId);
    m_pausedUntilMs.remove(guildId);
    m_world.forgetSpawnChannel(guildId, channelId);
    QPointer<SpawnService> self(this);
    auto clearing
        = storage::GuildConfigRepository(m_database).clearSpawnChannel(guildId, channelId);
    const auto cleared = co_await clearing;
    if (!cleared) {
        qCWarning(lcBot).noquote() << "Could not clear the spawn channel of guild" << guildId
                                   << "in the database:" << cleared.error().toString();
    }
    if (self)
        Q_EMIT spawnChannelDropped(guildId, channelId);
}

void SpawnService::failed(const QString &reason)
{
    qCWarning(lcBot).noquote() << "Nothing spawns:" << reason;
    Q_EMIT spawnFailed(reason);
}

} // namespace ballsdex::features::countryballs
