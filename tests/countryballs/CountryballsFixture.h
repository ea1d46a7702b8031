// SPDX-License-Identifier: MIT
#pragma once

#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "discord/DiscordApi.h"
#include "discord/RestClient.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "features/countryballs/CountryballsFeature.h"
#include "game/RandomSource.h"
#include "gateway/GatewayEvent.h"
#include "interactions/CommandTree.h"
#include "interactions/InteractionRouter.h"
#include "schema/Migrator.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QCoroFuture>
#include <QCoroTask>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ballsdex::countryballs::testing {

using namespace ballsdex::features::countryballs;
using namespace ballsdex::interactions::testing;

inline constexpr domain::Snowflake SpawnChannel = 1300000000000000001LL; // Payloads' ChannelId

/// A small real PNG (the spawn decodes wild cards once to catch corrupt files).
inline QByteArray wildCardPng()
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class FakeWorld final : public CountryballsWorld
{
public:
    QList<domain::Ball> balls;
    QList<domain::Special> specialList;
    QHash<domain::Snowflake, domain::Snowflake> channels;
    QSet<domain::Snowflake> blacklistedGuilds;
    QSet<domain::Snowflake> blacklistedUsers;
    QString mediaRoot;
    bool forgets = true; ///< false: like a world whose spawn cache cannot be written
    QList<std::pair<domain::Snowflake, domain::Snowflake>> forgotten; ///< (guild, channel)

    QList<domain::Ball> enabledBalls() const override { return balls; }
    QList<domain::Special> specials() const override { return specialList; }
    std::optional<domain::Snowflake> spawnChannelFor(domain::Snowflake guildId) const override
    {
        if (!channels.contains(guildId))
            return std::nullopt;
        return channels.value(guildId);
    }
    bool isGuildBlacklisted(domain::Snowflake guildId) const override
    {
        return blacklistedGuilds.contains(guildId);
    }
    bool isUserBlacklisted(domain::Snowflake userId) const override
    {
        return blacklistedUsers.contains(userId);
    }
    int memberCount(domain::Snowflake) const override { return 50; }
    QString mediaPath(const QString &relative) const override
    {
        return mediaRoot + QStringLiteral("/") + relative;
    }
    void forgetSpawnChannel(domain::Snowflake guildId, domain::Snowflake channelId) override
    {
        forgotten.append({guildId, channelId});
        if (forgets && channels.value(guildId) == channelId)
            channels.remove(guildId);
    }
};

template<typename T> QCoro::Task<T> awaited(QFuture<T> future)
{
    co_return co_await future;
}

template<typename T> T await(QFuture<T> future)
{
    return QCoro::waitFor(awaited(std::move(future)));
}

/// Everything the feature needs: fake Discord REST, recording interaction transport, a real
/// PostgreSQL database with one ball, and a wild card on disk.
struct Fixture
{
    fakediscord::FakeDiscordRest rest;
    std::unique_ptr<discord::RestClient> client;
    std::unique_ptr<discord::DiscordApi> api;
    RecordingTransport transport;
    FakeClock clock {QDateTime::currentDateTimeUtc()};
    FakeScheduler scheduler {clock};
    interactions::CommandTree tree;
    std::unique_ptr<interactions::InteractionRouter> router;
    ballsdex::testing::TestDatabase testDatabase;
    std::unique_ptr<storage::Database> database;
    QTemporaryDir media;
    FakeWorld world;
    game::SeededRandom random {42};
    std::unique_ptr<CountryballsFeature> feature;
    domain::Ball ball;
    int sequence = 0;

    /// Empty string on success, else why the set-up failed.
    QString setUp(CountryballsSettings settings = {})
    {
        if (!rest.listen())
            return QStringLiteral("fake REST did not listen");
        discord::RestClient::Options options;
        options.baseUrl = rest.baseUrl();
        client = std::make_unique<discord::RestClient>(rest.botToken(), options);
        api = std::make_unique<discord::DiscordApi>(*client, rest.applicationId().toLongLong());
        router
            = std::make_unique<interactions::InteractionRouter>(tree, transport, scheduler, clock);
        auto migrated = schema::Migrator(testDatabase.conninfo()).migrate();
        if (!migrated)
            return migrated.error().message;
        storage::DatabaseOptions dbOptions;
        dbOptions.conninfo = testDatabase.url();
        dbOptions.poolSize = 4;
        dbOptions.connectAttempts = 1;
        dbOptions.connectBaseDelay = std::chrono::milliseconds(1);
        dbOptions.retryBaseDelay = std::chrono::milliseconds(1);
        dbOptions.checkoutTimeout = std::chrono::milliseconds(5000);
        database = std::make_unique<storage::Database>(dbOptions);

        storage::CatalogueRepository catalogue(*database);
        auto regime = await(
            catalogue.createRegime({0, QStringLiteral("Regime"), QStringLiteral("bg.png")}));
        if (!regime)
            return regime.error().toString();
        domain::Ball draft;
        draft.country = QStringLiteral("Fixtureland");
        draft.catchNames = QStringLiteral("fixture");
        draft.health = 100;
        draft.attack = 50;
        draft.rarity = 1.0;
        draft.wildCard = QStringLiteral("wild/fixtureland.png");
        draft.collectionCard = QStringLiteral("card.png");
        draft.credits = QStringLiteral("artist");
        draft.capacityName = QStringLiteral("Ability");
        draft.capacityDescription = QStringLiteral("Does things");
        draft.regimeId = regime->id;
        auto created = await(catalogue.createBall(draft));
        if (!created)
            return created.error().toString();
        ball = *created;

        world.mediaRoot = media.path();
        QDir(media.path()).mkpath(QStringLiteral("wild"));
        QFile file(world.mediaPath(ball.wildCard));
        if (!file.open(QIODevice::WriteOnly) || file.write(wildCardPng()) < 0)
            return QStringLiteral("cannot write the wild card");
        file.close();
        world.balls.append(ball);
        world.channels.insert(GuildId, SpawnChannel);

        game::SpawnRules rules;
        rules.chanceMin = 0;
        rules.chanceMax = 0;
        rules.minCycleSeconds = 0;
        rules.messageCooldownSeconds = 0;
        feature = std::make_unique<CountryballsFeature>(world, settings, *database, *api, *router,
                                                        rules, &random);
        return feature->isRegistered() ? QString() : QStringLiteral("handlers not registered");
    }

    void tearDown()
    {
        // Interactions still running hold the router; let them finish first.
        QTRY_COMPARE_WITH_TIMEOUT(router->inFlight(), 0, 20000);
    }

    /// A MESSAGE_CREATE `d` created at the fake clock's now.
    QJsonObject messageJson(domain::Snowflake guildId, domain::Snowflake authorId,
                            const QString &content = QStringLiteral("hello there"))
    {
        QJsonObject author {{QStringLiteral("id"), QString::number(authorId)},
                            {QStringLiteral("username"), QStringLiteral("someone")}};
        QJsonObject d {
            {QStringLiteral("id"), QString::number(snowflakeAt(clock.now(), ++sequence))},
            {QStringLiteral("channel_id"), QString::number(SpawnChannel)},
            {QStringLiteral("author"), author},
            {QStringLiteral("content"), content}};
        if (guildId != 0)
            d.insert(QStringLiteral("guild_id"), QString::number(guildId));
        return d;
    }

    void dispatch(const QJsonObject &d, const QString &name = QStringLiteral("MESSAGE_CREATE"))
    {
        feature->onDispatch(gateway::GatewayEvent(name, sequence, 0, d));
    }

    /// Sends a message that spawns; the spawn id, or empty after a failure/timeout.
    QString spawnOne()
    {
        QSignalSpy spy(&feature->spawns(), &SpawnService::spawned);
        dispatch(messageJson(GuildId, InvokerId));
        if (!spy.wait(10000))
            return {};
        return spy.first().first().toString();
    }

    void click(const QString &spawnId, domain::Snowflake user = InvokerId)
    {
        router->handle(componentPayload(
            clock.now(), SpawnService::CatchButtonPrefix + QStringLiteral(":") + spawnId, user, {},
            ++sequence));
    }

    void guess(const QString &spawnId, const QString &name, domain::Snowflake user = InvokerId)
    {
        router->handle(modalPayload(clock.now(),
                                    CatchFlow::ModalPrefix + QStringLiteral(":") + spawnId,
                                    CatchFlow::NameField, name, true, user, ++sequence));
    }

    std::int64_t scalar(const std::string &statement)
    {
        auto value = database->transactSync(
            [&](storage::Transaction &tx) { return tx.exec1(statement)[0].as<std::int64_t>(); });
        return value ? *value : -1;
    }

    /// Replies (type-4 callbacks) sent so far, oldest first.
    QList<RecordedCall> replies() const
    {
        QList<RecordedCall> found;
        for (const RecordedCall &call : transport.calls) {
            if (call.kind == RecordedCall::Kind::Callback && call.type == 4)
                found.append(call);
        }
        return found;
    }
};

} // namespace ballsdex::countryballs::testing
