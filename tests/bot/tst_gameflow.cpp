// SPDX-License-Identifier: MIT
// End to end: chat through the fake gateway makes a ball spawn, a player catches it with the
// button and the modal, and /balls list shows it. Real bot runtime, real PostgreSQL, fake Discord.
#include "Payloads.h"
#include "app/DiscordRuntime.h"
#include "app/MetricsRuntime.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "features/countryballs/CatchFlow.h"
#include "schema/Migrator.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/GuildConfigRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <QCoroTask>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ballsdex;
using fakediscord::FakeDiscordRest;
using fakediscord::FakeGateway;

namespace {

const QString guildId = QStringLiteral("81384788765712384");
const QString spawnChannel = QStringLiteral("81384788765712386");
const qint64 playerId = 80351110224678912LL;

qint64 snowflakeNow(int sequence)
{
    return ((QDateTime::currentMSecsSinceEpoch() - 1420070400000LL) << 22) + sequence;
}

} // namespace

class TestGameFlow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<FakeDiscordRest> m_rest;
    std::unique_ptr<FakeGateway> m_gateway;
    QTemporaryDir m_media;
    config::Settings m_settings;
    int m_sequence = 0;

    /// Sends an interaction the fake REST knows (id and token) through the gateway and waits
    /// for the bot's answer.
    QString interact(QJsonObject payload, int type, const QString &sourceMessage = {})
    {
        const fakediscord::FakeInteraction known
            = m_rest->createInteraction(spawnChannel, type, sourceMessage, guildId);
        payload.insert(QStringLiteral("id"), known.id);
        payload.insert(QStringLiteral("token"), known.token);
        payload.insert(QStringLiteral("application_id"), m_rest->applicationId());
        payload.insert(QStringLiteral("guild_id"), guildId);
        payload.insert(QStringLiteral("channel_id"), spawnChannel);
        if (!sourceMessage.isEmpty()) {
            payload.insert(QStringLiteral("message"),
                           QJsonObject {{QStringLiteral("id"), sourceMessage},
                                        {QStringLiteral("channel_id"), spawnChannel}});
        }
        QSignalSpy responded(m_rest.get(), &FakeDiscordRest::interactionResponded);
        m_gateway->sendGuildDispatch(QStringLiteral("INTERACTION_CREATE"), payload);
        return responded.wait(10000) ? known.id : QString();
    }

    QString lastAnswerText(const QString &interactionId) const
    {
        const auto answered = m_rest->interaction(interactionId);
        if (!answered)
            return {};
        QString text = QString::fromUtf8(QJsonDocument(answered->lastCallback).toJson());
        if (!answered->originalMessageId.isEmpty()) {
            if (const auto original = m_rest->message(answered->originalMessageId))
                text += QString::fromUtf8(QJsonDocument(*original).toJson());
        }
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        if (!m_db->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(m_db->conninfo()).migrate());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseOptions {.conninfo = m_db->conninfo()});

        // One ball, so the answer is known; its wild card comes from the starter art.
        QVERIFY(QFile::copy(QStringLiteral(":/ballsdex/art/aldoria_wild.png"),
                            m_media.filePath(QStringLiteral("aldoria_wild.png"))));
        storage::CatalogueRepository catalogue(*m_database);
        const auto current = catalogue.loadAll().result();
        QVERIFY(current && !current->regimes.isEmpty());
        domain::Ball ball;
        ball.country = QStringLiteral("Aldoria");
        ball.health = 1200;
        ball.attack = 800;
        ball.rarity = 1.0;
        ball.emojiId = 100000000000000001LL;
        ball.wildCard = QStringLiteral("aldoria_wild.png");
        ball.collectionCard = QStringLiteral("aldoria.png");
        ball.credits = QStringLiteral("tests");
        ball.capacityName = QStringLiteral("Shield");
        ball.capacityDescription = QStringLiteral("Blocks.");
        ball.regimeId = current->regimes.first().id;
        QVERIFY(catalogue.createBall(ball).result());
        QVERIFY(storage::GuildConfigRepository(*m_database)
                    .setSpawnChannel(guildId.toLongLong(), spawnChannel.toLongLong())
                    .result());

        m_rest = std::make_unique<FakeDiscordRest>();
        QVERIFY(m_rest->listen());
        m_rest->addChannel(spawnChannel, guildId);
        m_gateway = std::make_unique<FakeGateway>();
        m_gateway->setToken(m_rest->botToken());
        m_gateway->setHeartbeatIntervalMs(200);
        m_gateway->setGuilds({guildId.toLongLong()});
        QVERIFY(m_gateway->listen());

        m_settings = config::Settings();
        m_settings.discord.token = m_rest->botToken();
        m_settings.discord.apiUrl = m_rest->baseUrl();
        m_settings.discord.gatewayUrl = m_gateway->url();
        m_settings.discord.shardCount = 1;
        m_settings.mediaDirectory = m_media.path();
        m_settings.spawn.chanceMin = 1;
        m_settings.spawn.chanceMax = 1;
        m_settings.spawn.minCycleSeconds = 0;
        m_settings.spawn.messageCooldownSeconds = 0;
    }

    void cleanup()
    {
        m_gateway.reset();
        m_rest.reset();
        m_database.reset();
        m_db.reset();
    }

    void chatSpawnsABallThatAPlayerCatchesAndLists()
    {
        bot::MetricsRuntime metrics(m_settings.prometheus); // families only; no endpoint
        bot::DiscordRuntime runtime(m_settings, *m_database, &metrics);
        QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
        auto running = runtime.run();
        QVERIFY(ready.wait(10000));

        // Chat until the spawn manager's threshold is passed.
        for (int i = 0; i < 12; ++i) {
            const QJsonObject author {{QStringLiteral("id"), QString::number(playerId + i % 3)},
                                      {QStringLiteral("username"), QStringLiteral("chatter")}};
            m_gateway->sendGuildDispatch(
                QStringLiteral("MESSAGE_CREATE"),
                {{QStringLiteral("id"), QString::number(snowflakeNow(++m_sequence))},
                 {QStringLiteral("channel_id"), spawnChannel},
                 {QStringLiteral("guild_id"), guildId},
                 {QStringLiteral("author"), author},
                 {QStringLiteral("content"), QStringLiteral("what a lovely day to chat")}});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_rest->channelMessages(spawnChannel).isEmpty(), 10000);
        const QJsonObject spawn = m_rest->channelMessages(spawnChannel).first();
        const QString spawnMessageId = spawn.value(QLatin1String("id")).toString();
        const QString buttonId = spawn[QLatin1String("components")][0][QLatin1String("components")]
                                      [0][QLatin1String("custom_id")]
                                          .toString();
        QVERIFY2(buttonId.startsWith(QLatin1String("catch:")), qPrintable(buttonId));
        const QString spawnId = buttonId.section(u':', 1);

        using interactions::testing::componentPayload;
        using interactions::testing::modalPayload;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString click
            = interact(componentPayload(now, buttonId, playerId), 3, spawnMessageId);
        QVERIFY(!click.isEmpty());
        QCOMPARE(m_rest->interaction(click)->callbackType, 9); // the modal

        const QString submit = interact(modalPayload(now,
                                                     features::countryballs::CatchFlow::ModalPrefix
                                                         + QLatin1Char(':') + spawnId,
                                                     features::countryballs::CatchFlow::NameField,
                                                     QStringLiteral("  aldoria "), true, playerId),
                                        5, spawnMessageId);
        QVERIFY(!submit.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            lastAnswerText(submit).contains(QLatin1String("You caught **Aldoria**")), 10000);
        const auto caught = m_database->transactSync([](storage::Transaction &tx) {
            return tx
                .exec1("SELECT count(*) FROM ballinstance i JOIN player p ON p.id = i.player_id "
                       "WHERE p.discord_id = $1",
                       playerId)[0]
                .as<long>();
        });
        QVERIFY(caught);
        QCOMPARE(*caught, 1L);
        const QString exposition = QString::fromStdString(
            prometheus::TextSerializer().Serialize(metrics.metrics().registry()->Collect()));
        // Spawns that Discord accepted were counted (more may still be in flight).
        const QRegularExpressionMatch posted
            = QRegularExpression(
                  QStringLiteral("ballsdex_spawns_total\\{outcome=\"posted\"\\} (\\d+)"))
                  .match(exposition);
        QVERIFY2(posted.hasMatch(), qPrintable(exposition));
        QVERIFY(posted.captured(1).toInt() >= 1);
        QVERIFY(!exposition.contains(QLatin1String("ballsdex_spawns_total{outcome=\"failed\"}")));
        QVERIFY(exposition.contains(QLatin1String("ballsdex_catch_latency_seconds_count 1")));

        QString listCommandId;
        for (const QJsonValue &command : m_rest->commands()) {
            if (command[QLatin1String("name")].toString() == QLatin1String("balls"))
                listCommandId = command[QLatin1String("id")].toString();
        }
        QVERIFY(!listCommandId.isEmpty());
        QJsonObject list = interactions::testing::commandPayload(
            now, QStringLiteral("balls"),
            QJsonArray {interactions::testing::nested(QStringLiteral("list"),
                                                      interactions::OptionType::SubCommand, {})},
            playerId);
        QJsonObject data = list.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("id"), listCommandId);
        list.insert(QStringLiteral("data"), data);
        const QString listed = interact(list, 2);
        QVERIFY(!listed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(lastAnswerText(listed).contains(QLatin1String("Aldoria")), 10000);

        // /balls info shows the rendered card.
        const auto instanceId = m_database->transactSync([](storage::Transaction &tx) {
            return tx.exec1("SELECT max(id) FROM ballinstance")[0].as<qint64>();
        });
        QVERIFY(instanceId);
        const QString hexId = QString::number(*instanceId, 16).toUpper();
        const QString info = interact(
            ballsCommand(now, listCommandId, QStringLiteral("info"),
                         {interactions::testing::option(QStringLiteral("countryball"),
                                                        interactions::OptionType::String, hexId)}),
            2);
        QVERIFY(!info.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(lastAnswerText(info).contains(QLatin1String("ATK:")), 10000);
        QVERIFY2(lastAnswerText(info).contains(QLatin1String("card.")),
                 qPrintable(lastAnswerText(info)));

        // /balls give follows the receiver's donation policy: refused, then accepted.
        const qint64 friendId = playerId + 100;
        QVERIFY(m_database->transactSync([friendId](storage::Transaction &tx) {
            tx.exec("INSERT INTO player (discord_id, donation_policy) VALUES ($1, 3)", friendId);
        }));
        const QString refused = interact(givePayload(now, listCommandId, friendId, hexId), 2);
        QVERIFY(!refused.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(lastAnswerText(refused).contains(QLatin1String("trade")), 10000);
        QCOMPARE(ownerOf(*instanceId), playerId);

        QVERIFY(m_database->transactSync([friendId](storage::Transaction &tx) {
            tx.exec("UPDATE player SET donation_policy = 1 WHERE discord_id = $1", friendId);
        }));
        const QString given = interact(givePayload(now, listCommandId, friendId, hexId), 2);
        QVERIFY(!given.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ownerOf(*instanceId), friendId, 10000);
        const auto trades = m_database->transactSync([](storage::Transaction &tx) {
            return tx.exec1("SELECT count(*) FROM tradeobject")[0].as<long>();
        });
        QVERIFY(trades);
        QCOMPARE(*trades, 1L);

        runtime.shutdown();
        QCOMPARE(QCoro::waitFor(std::move(running)), 0);
    }

private:
    QJsonObject ballsCommand(const QDateTime &now, const QString &commandId,
                             const QString &subcommand, const QJsonArray &options,
                             const QJsonObject &resolved = {})
    {
        QJsonObject payload = interactions::testing::commandPayload(
            now, QStringLiteral("balls"),
            QJsonArray {interactions::testing::nested(
                subcommand, interactions::OptionType::SubCommand, options)},
            playerId);
        QJsonObject data = payload.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("id"), commandId);
        if (!resolved.isEmpty())
            data.insert(QStringLiteral("resolved"), resolved);
        payload.insert(QStringLiteral("data"), data);
        return payload;
    }

    QJsonObject givePayload(const QDateTime &now, const QString &commandId, qint64 receiver,
                            const QString &hexId)
    {
        const QString receiverText = QString::number(receiver);
        const QJsonObject users {
            {receiverText, interactions::testing::userJson(receiver, QStringLiteral("friend"))}};
        return ballsCommand(
            now, commandId, QStringLiteral("give"),
            {interactions::testing::option(QStringLiteral("user"), interactions::OptionType::User,
                                           receiverText),
             interactions::testing::option(QStringLiteral("countryball"),
                                           interactions::OptionType::String, hexId)},
            QJsonObject {{QStringLiteral("users"), users}});
    }

    qint64 ownerOf(qint64 instanceId)
    {
        const auto owner = m_database->transactSync([instanceId](storage::Transaction &tx) {
            return tx
                .exec1("SELECT p.discord_id FROM ballinstance i JOIN player p ON p.id = "
                       "i.player_id WHERE i.id = $1",
                       instanceId)[0]
                .as<qint64>();
        });
        return owner ? *owner : 0;
    }
};

QTEST_MAIN(TestGameFlow)
#include "tst_gameflow.moc"
