// SPDX-License-Identifier: MIT
#include "SpawnService.h"

#include "discord/DiscordApi.h"
#include "game/CatchRolls.h"
#include "game/RandomSource.h"
#include "gateway/DispatchModels.h"
#include "gateway/GatewayEvent.h"
#include "interactions/Components.h"
#include "interactions/CustomId.h"
#include "interactions/Message.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QFile>
#include <QFileInfo>

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

} // namespace

SpawnService::SpawnService(CountryballsWorld &world, CountryballsSettings settings,
                           discord::DiscordApi &api, game::SpawnRules rules,
                           game::RandomSource &random, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_settings(std::move(settings))
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
    if (!channel || m_world.isGuildBlacklisted(message->guildId))
        return;

    game::MessageFacts facts;
    facts.guildId = message->guildId;
    facts.authorId = message->authorId;
    facts.createdAtMs = snowflakeMs(message->messageId);
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
    spawnDetached(message->guildId, *channel, **picked);
}

QCoro::Task<void> SpawnService::spawnDetached(domain::Snowflake guildId,
                                              domain::Snowflake channelId, domain::Ball ball)
{
    co_await spawn(guildId, channelId, std::move(ball));
}

QCoro::Task<std::optional<QString>>
SpawnService::spawn(domain::Snowflake guildId, domain::Snowflake channelId, domain::Ball ball)
{
    const QString path = m_world.mediaPath(ball.wildCard);
    QFile file(path);
    if (ball.wildCard.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        failed(QStringLiteral("cannot read the wild card of %1 (%2): %3")
                   .arg(ball.country, path, file.errorString()));
        co_return std::nullopt;
    }
    const QString suffix = QFileInfo(ball.wildCard).suffix();
    discord::RestFile upload;
    upload.filename = QStringLiteral("nt_") + randomLetters(15)
        + (suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix);
    upload.data = file.readAll();
    upload.contentType = contentTypeFor(suffix);

    auto live = std::make_shared<LiveSpawn>();
    live->id = randomLetters(16);
    live->ball = std::move(ball);
    live->guildId = guildId;
    live->channelId = channelId;

    interactions::Message message(fill(pick(m_settings.spawnMessages), live->ball));
    message.components(buttonRows(live->id, false));
    QList<discord::RestFile> files;
    files.append(std::move(upload));
    QPointer<SpawnService> self(this);
    auto posting = m_api.createMessage(channelId, message.toJson(), std::move(files));
    const discord::RestResult posted = co_await posting;
    if (!self)
        co_return std::nullopt;
    if (!posted) {
        failed(QStringLiteral("could not post the spawn of %1 in channel %2: %3")
                   .arg(live->ball.country, QString::number(channelId), posted.error().toString()));
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
    m_spawns.insert(id, live);
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

void SpawnService::failed(const QString &reason)
{
    qCWarning(lcBot).noquote() << "Nothing spawns:" << reason;
    Q_EMIT spawnFailed(reason);
}

} // namespace ballsdex::features::countryballs
