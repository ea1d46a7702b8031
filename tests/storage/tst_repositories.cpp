// SPDX-License-Identifier: MIT
#include "schema/Migrator.h"
#include "storage/AuditLogRepository.h"
#include "storage/BlacklistRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/GuildConfigRepository.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QCoroTask>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>

using namespace ballsdex;
using namespace ballsdex::storage;
using domain::BlacklistTarget;
using Kind = StorageError::Kind;

namespace {

template<typename T> QCoro::Task<T> awaited(QFuture<T> future)
{
    co_return co_await future;
}

/// Awaits through a coroutine, spinning the event loop meanwhile, as the bot does.
template<typename T> T await(QFuture<T> future)
{
    return QCoro::waitFor(awaited(std::move(future)));
}

domain::Ball sampleBall(const QString &country, domain::RowId regimeId)
{
    domain::Ball ball;
    ball.country = country;
    ball.health = 100;
    ball.attack = 50;
    ball.rarity = 1.5;
    ball.emojiId = 123456789012345678;
    ball.wildCard = QStringLiteral("wild.png");
    ball.collectionCard = QStringLiteral("card.png");
    ball.credits = QStringLiteral("artist");
    ball.capacityName = QStringLiteral("Ability");
    ball.capacityDescription = QStringLiteral("Does things");
    ball.regimeId = regimeId;
    return ball;
}

QDateTime at(int minute, int msec = 0)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, minute, 0, msec), Qt::UTC);
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    domain::RowId m_regimeId = 0;
    domain::RowId m_ballId = 0;

    std::int64_t scalar(const std::string &statement)
    {
        auto value = m_database->transactSync(
            [&](Transaction &tx) { return tx.exec1(statement)[0].as<std::int64_t>(); });
        if (!value)
            qFatal("%s", qPrintable(value.error().toString()));
        return *value;
    }

    domain::RowId newPlayer(domain::Snowflake discordId)
    {
        PlayerRepository players(*m_database);
        auto player = await(players.getOrCreate(discordId));
        return player ? player->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_testDatabase = std::make_unique<testing::TestDatabase>();
        if (!m_testDatabase->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        auto migrated = schema::Migrator(m_testDatabase->conninfo()).migrate();
        QVERIFY2(migrated.has_value(), qPrintable(migrated ? QString() : migrated.error().message));
        DatabaseOptions options;
        options.conninfo = m_testDatabase->url();
        options.poolSize = 4;
        options.connectAttempts = 2;
        options.connectBaseDelay = std::chrono::milliseconds(1);
        options.retryBaseDelay = std::chrono::milliseconds(1);
        m_database = std::make_unique<Database>(options);

        CatalogueRepository catalogue(*m_database);
        auto regime = await(
            catalogue.createRegime({0, QStringLiteral("Test regime"), QStringLiteral("bg.png")}));
        QVERIFY(regime.has_value());
        m_regimeId = regime->id;
        auto ball
            = await(catalogue.createBall(sampleBall(QStringLiteral("Fixtureland"), m_regimeId)));
        QVERIFY2(ball.has_value(), qPrintable(ball ? QString() : ball.error().toString()));
        m_ballId = ball->id;
    }

    void cleanupTestCase()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void playerRoundTrip()
    {
        PlayerRepository players(*m_database);
        auto created = await(players.getOrCreate(100000000000000001));
        QVERIFY(created.has_value());
        QVERIFY(created->id > 0);
        QCOMPARE(created->coins, 0);
        QCOMPARE(created->privacyPolicy, domain::PrivacyPolicy::Private);

        auto again = await(players.getOrCreate(100000000000000001));
        QVERIFY(again.has_value());
        QCOMPARE(again->id, created->id);

        auto found = await(players.find(100000000000000001));
        QVERIFY(found.has_value() && found->has_value());
        QCOMPARE((*found)->id, created->id);
        auto missing = await(players.find(100000000000000999));
        QVERIFY(missing.has_value());
        QVERIFY(!missing->has_value());

        PlayerPolicies policies;
        policies.donation = domain::DonationPolicy::FriendsOnly;
        policies.privacy = domain::PrivacyPolicy::Public;
        policies.mention = domain::MentionPolicy::Deny;
        policies.friends = domain::FriendPolicy::Deny;
        policies.tradeCooldown = domain::TradeCooldownPolicy::Bypass;
        auto updated = await(players.updatePolicies(created->id, policies));
        QVERIFY(updated.has_value());
        auto reread = await(players.findById(created->id));
        QVERIFY(reread.has_value() && reread->has_value());
        QCOMPARE((*reread)->donationPolicy, domain::DonationPolicy::FriendsOnly);
        QCOMPARE((*reread)->privacyPolicy, domain::PrivacyPolicy::Public);
        QCOMPARE((*reread)->mentionPolicy, domain::MentionPolicy::Deny);
        QCOMPARE((*reread)->friendPolicy, domain::FriendPolicy::Deny);
        QCOMPARE((*reread)->tradeCooldownPolicy, domain::TradeCooldownPolicy::Bypass);

        auto unknown = await(players.updatePolicies(987654321, policies));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().kind, Kind::NotFound);
    }

    void coinsUseConditionalUpdatesAndLedger()
    {
        PlayerRepository players(*m_database);
        const domain::RowId id = newPlayer(100000000000000002);
        QVERIFY(id > 0);

        auto added = await(players.addCoins(
            id, 100,
            {domain::CoinReason::Admin, std::nullopt, 100000000000000050, QStringLiteral("gift")}));
        QVERIFY(added.has_value());
        QCOMPARE(added->balanceAfter, 100);
        auto removed = await(players.removeCoins(id, 30, {domain::CoinReason::Quicksell, 7}));
        QVERIFY(removed.has_value());
        QCOMPARE(removed->delta, -30);
        QCOMPARE(removed->balanceAfter, 70);

        auto tooMuch = await(players.removeCoins(id, 1000, {}));
        QVERIFY(!tooMuch.has_value());
        QCOMPARE(tooMuch.error().kind, Kind::NotEnoughCoins);
        QVERIFY(tooMuch.error().message.contains(QStringLiteral("70")));

        auto zero = await(players.addCoins(id, 0, {}));
        QVERIFY(!zero.has_value());
        QCOMPARE(zero.error().kind, Kind::InvalidArgument);
        auto nobody = await(players.addCoins(987654321, 5, {}));
        QVERIFY(!nobody.has_value());
        QCOMPARE(nobody.error().kind, Kind::NotFound);

        auto player = await(players.findById(id));
        QCOMPARE((*player)->coins, 70);
        QCOMPARE(
            scalar("SELECT count(*) FROM coin_transaction WHERE player_id = " + std::to_string(id)),
            2);
        QCOMPARE(scalar("SELECT sum(delta) FROM coin_transaction WHERE player_id = "
                        + std::to_string(id)),
                 70);
        QCOMPARE(
            scalar("SELECT moderator_id FROM coin_transaction WHERE reason = 1 AND player_id = "
                   + std::to_string(id)),
            100000000000000050);
    }

    void constraintViolationsAreTyped()
    {
        // A direct negative balance hits the CHECK constraint.
        const domain::RowId id = newPlayer(100000000000000003);
        auto negative = m_database->transactSync([id](Transaction &tx) {
            tx.exec("UPDATE player SET coins = $1 WHERE id = $2", -5, id);
        });
        QVERIFY(!negative.has_value());
        QCOMPARE(negative.error().kind, Kind::CheckViolation);
        QCOMPARE(negative.error().sqlState, QStringLiteral("23514"));
        QCOMPARE(negative.error().constraint, QStringLiteral("player_coins_check"));

        auto notNull = m_database->transactSync([](Transaction &tx) {
            tx.exec("INSERT INTO player (discord_id) VALUES ($1)", std::nullopt);
        });
        QVERIFY(!notNull.has_value());
        QCOMPARE(notNull.error().kind, Kind::NotNullViolation);
        QCOMPARE(notNull.error().constraint, QStringLiteral("discord_id"));

        CatalogueRepository catalogue(*m_database);
        auto duplicate
            = await(catalogue.createBall(sampleBall(QStringLiteral("Fixtureland"), m_regimeId)));
        QVERIFY(!duplicate.has_value());
        QCOMPARE(duplicate.error().kind, Kind::UniqueViolation);
        QCOMPARE(duplicate.error().constraint, QStringLiteral("ball_country_key"));

        InstanceRepository instances(*m_database);
        domain::BallInstance orphan;
        orphan.ballId = 987654321;
        orphan.playerId = id;
        auto foreignKey = await(instances.create(orphan));
        QVERIFY(!foreignKey.has_value());
        QCOMPARE(foreignKey.error().kind, Kind::ForeignKeyViolation);
        QCOMPARE(foreignKey.error().constraint, QStringLiteral("ballinstance_ball_id_fkey"));
    }

    void guildConfigRoundTrip()
    {
        GuildConfigRepository guilds(*m_database);
        auto none = await(guilds.find(200000000000000001));
        QVERIFY(none.has_value() && !none->has_value());

        auto created = await(guilds.getOrCreate(200000000000000001));
        QVERIFY(created.has_value());
        QVERIFY(created->enabled);
        QVERIFY(!created->spawnChannel);
        QCOMPARE(await(guilds.getOrCreate(200000000000000001))->id, created->id);

        auto withChannel = await(guilds.setSpawnChannel(200000000000000001, 300000000000000001));
        QVERIFY(withChannel.has_value());
        QCOMPARE(withChannel->spawnChannel.value_or(0), 300000000000000001);
        // Upserts create missing rows.
        QVERIFY(await(guilds.setSpawnChannel(200000000000000002, 300000000000000002)).has_value());
        auto disabled = await(guilds.setEnabled(200000000000000002, false));
        QVERIFY(disabled.has_value() && !disabled->enabled);
        QVERIFY(await(guilds.setEnabled(200000000000000003, true)).has_value());

        auto enabled = await(guilds.listEnabledWithChannel());
        QVERIFY(enabled.has_value());
        QCOMPARE(enabled->size(), 1);
        QCOMPARE(enabled->front().guildId, 200000000000000001);

        auto cleared = await(guilds.setSpawnChannel(200000000000000001, std::nullopt));
        QVERIFY(cleared.has_value() && !cleared->spawnChannel);
        QVERIFY(await(guilds.listEnabledWithChannel())->isEmpty());
    }

    void catalogueRoundTrip()
    {
        CatalogueRepository catalogue(*m_database);
        auto seeded = await(catalogue.loadAll());
        QVERIFY(seeded.has_value());
        QCOMPARE(seeded->economies.size(), 2);
        QCOMPARE(seeded->regimes.size(), 4); // three seeded + the fixture's
        QCOMPARE(seeded->specials.size(), 1);
        QCOMPARE(seeded->specials.front().name, QStringLiteral("Shiny"));
        QCOMPARE(seeded->specials.front().rarity, 0.00048828125);

        domain::Ball ball = sampleBall(QStringLiteral("Catalogia"), m_regimeId);
        ball.catchNames = QStringLiteral(" Cata ;LOGIA;; ");
        ball.translations = QStringLiteral("Katalogien");
        ball.shortName = QStringLiteral("Cata");
        ball.economyId = seeded->economies.front().id;
        ball.quicksellValue = 25;
        const AuditActor actor {100000000000000077, QStringLiteral("studio")};
        auto created = await(catalogue.createBall(ball, actor));
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->catchNames, QStringLiteral("cata;logia"));
        QCOMPARE(created->translations, QStringLiteral("katalogien"));
        QCOMPARE(created->shortName.value_or(QString()), QStringLiteral("Cata"));
        QCOMPARE(created->economyId.value_or(0), ball.economyId.value());
        QCOMPARE(created->quicksellValue, 25);
        QVERIFY(created->createdAt.has_value() && created->createdAt->isValid());

        domain::Ball changed = *created;
        changed.attack = 77;
        changed.catchNames = QStringLiteral("X ; y");
        changed.economyId.reset();
        auto updated = await(catalogue.updateBall(changed, actor));
        QVERIFY(updated.has_value());
        QCOMPARE(updated->attack, 77);
        QCOMPARE(updated->catchNames, QStringLiteral("x;y"));
        QVERIFY(!updated->economyId);

        auto reloaded = await(catalogue.findBall(created->id));
        QVERIFY(reloaded.has_value() && reloaded->has_value());
        QCOMPARE((*reloaded)->attack, 77);
        QCOMPARE((*reloaded)->rarity, 1.5);
        QCOMPARE((*reloaded)->emojiId, 123456789012345678);

        AuditLogRepository audit(*m_database);
        auto entries
            = await(audit.listByTarget(QStringLiteral("ball"), QString::number(created->id)));
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("ball.update"));
        QCOMPARE(entries->at(0).actorSource, QStringLiteral("studio"));
        QCOMPARE(entries->at(0).actorDiscordId, 100000000000000077);
        QCOMPARE(entries->at(0).before.value(QStringLiteral("attack")).toInt(), 50);
        QCOMPARE(entries->at(0).after.value(QStringLiteral("attack")).toInt(), 77);
        QCOMPARE(entries->at(1).action, QStringLiteral("ball.create"));
        QVERIFY(entries->at(1).before.isEmpty());

        domain::Ball ghost = sampleBall(QStringLiteral("Ghost"), m_regimeId);
        ghost.id = 987654321;
        auto notFound = await(catalogue.updateBall(ghost));
        QVERIFY(!notFound.has_value());
        QCOMPARE(notFound.error().kind, Kind::NotFound);

        domain::Special special;
        special.name = QStringLiteral("Event");
        special.rarity = 0.25;
        special.startDate = at(0);
        special.endDate = at(30, 250);
        special.emoji = QStringLiteral("🎉");
        auto storedSpecial = await(catalogue.createSpecial(special));
        QVERIFY(storedSpecial.has_value());
        QCOMPARE(storedSpecial->startDate.value(), at(0));
        QCOMPARE(storedSpecial->endDate.value(), at(30, 250));
        QCOMPARE(storedSpecial->emoji.value_or(QString()), QStringLiteral("🎉"));
        QVERIFY(!storedSpecial->catchPhrase);
    }

    void instancesRoundTripAndPagination()
    {
        InstanceRepository instances(*m_database);
        const domain::RowId owner = newPlayer(100000000000000004);
        domain::BallInstance instance;
        instance.ballId = m_ballId;
        instance.playerId = owner;
        instance.attackBonus = -7;
        instance.healthBonus = 12;
        instance.serverId = 200000000000000009;
        instance.spawnedTime = at(1);
        instance.extraData = QJsonObject {{QStringLiteral("source"), QStringLiteral("test")}};
        auto first = await(instances.create(instance));
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->catchDate.isValid()); // filled by the server
        QCOMPARE(first->attackBonus, -7);
        QCOMPARE(first->extraData.value(QStringLiteral("source")).toString(),
                 QStringLiteral("test"));
        QCOMPARE(first->spawnedTime.value(), at(1));

        auto owned = await(instances.findOwned(first->id, owner));
        QVERIFY(owned.has_value() && owned->has_value());
        auto notOwner = await(instances.findOwned(first->id, owner + 1));
        QVERIFY(notOwner.has_value() && !notOwner->has_value());

        // Seven more with catch dates in the past, two sharing a timestamp (ties go by id).
        const QList<QDateTime> dates {at(10), at(20), at(20), at(30, 123), at(40), at(50), at(55)};
        for (const QDateTime &date : dates) {
            domain::BallInstance copy = instance;
            copy.catchDate = date;
            QVERIFY(await(instances.create(copy)).has_value());
        }
        QCOMPARE(*await(instances.count(owner)), 8);
        QCOMPARE(*await(instances.count(owner, m_ballId)), 8);
        QCOMPARE(*await(instances.count(owner, 987654321)), 0);

        QList<domain::BallInstance> seen;
        InstancePageRequest request;
        request.limit = 3;
        int pages = 0;
        while (true) {
            auto page = await(instances.listForPlayer(owner, request));
            QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().toString()));
            seen += page->items;
            ++pages;
            if (!page->next)
                break;
            request.after = page->next;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 8);
        QCOMPARE(seen.front().id, first->id); // caught "now": newest
        for (qsizetype i = 1; i < seen.size(); ++i) {
            const bool ordered = seen[i - 1].catchDate > seen[i].catchDate
                || (seen[i - 1].catchDate == seen[i].catchDate && seen[i - 1].id > seen[i].id);
            QVERIFY2(ordered, qPrintable(QStringLiteral("order broken at %1").arg(i)));
        }
        QCOMPARE(seen.back().catchDate, at(10));

        QVERIFY(await(instances.softDelete(first->id, owner)).has_value());
        auto again = await(instances.softDelete(first->id, owner));
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().kind, Kind::NotFound);
        QCOMPARE(*await(instances.count(owner)), 7);
        QVERIFY(!await(instances.find(first->id))->has_value());
    }

    void transferFollowsTheTransferRule()
    {
        InstanceRepository instances(*m_database);
        const domain::RowId giver = newPlayer(100000000000000005);
        const domain::RowId receiver = newPlayer(100000000000000006);
        domain::BallInstance instance;
        instance.ballId = m_ballId;
        instance.playerId = giver;
        instance.favorite = true;
        instance.locked = QDateTime::currentDateTimeUtc();
        auto a = await(instances.create(instance));
        auto b = await(instances.create(instance));
        QVERIFY(a.has_value() && b.has_value());

        auto notTheirs = await(instances.transfer({a->id, b->id}, receiver, giver));
        QVERIFY(!notTheirs.has_value());
        QCOMPARE(notTheirs.error().kind, Kind::Conflict);

        auto tradeId = await(instances.transfer({a->id, b->id}, giver, receiver));
        QVERIFY2(tradeId.has_value(), qPrintable(tradeId ? QString() : tradeId.error().toString()));
        auto moved = await(instances.find(a->id));
        QVERIFY(moved.has_value() && moved->has_value());
        QCOMPARE((*moved)->playerId, receiver);
        QCOMPARE((*moved)->tradePlayerId.value_or(0), giver);
        QVERIFY(!(*moved)->favorite);
        QVERIFY(!(*moved)->locked);
        QCOMPARE(scalar("SELECT count(*) FROM tradeobject WHERE player_id = "
                        + std::to_string(giver) + " AND trade_id = " + std::to_string(*tradeId)),
                 2);
        QCOMPARE(scalar("SELECT player2_id FROM trade WHERE id = " + std::to_string(*tradeId)),
                 receiver);

        QVERIFY(await(instances.softDelete(b->id, receiver)).has_value());
        auto deleted = await(instances.transfer({b->id}, receiver, giver));
        QVERIFY(!deleted.has_value());
        QCOMPARE(deleted.error().kind, Kind::NotFound);
        QCOMPARE(await(instances.transfer({a->id}, receiver, receiver)).error().kind,
                 Kind::InvalidArgument);
    }

    void blacklistWritesHistoryAndAuditAtomically()
    {
        BlacklistRepository blacklist(*m_database);
        AuditLogRepository audit(*m_database);
        const domain::Snowflake user = 100000000000000010;
        const AuditActor moderator {100000000000000099, QStringLiteral("bot")};

        auto added
            = await(blacklist.add(BlacklistTarget::User, user, QStringLiteral("spam"), moderator));
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(added->moderatorId.value_or(0), moderator.discordId);
        QVERIFY(*await(blacklist.isBlacklisted(BlacklistTarget::User, user)));
        QVERIFY(!*await(blacklist.isBlacklisted(BlacklistTarget::Guild, user)));
        QCOMPARE(*await(blacklist.listIds(BlacklistTarget::User)), QList<domain::Snowflake> {user});

        auto twice = await(blacklist.add(BlacklistTarget::User, user, std::nullopt, moderator));
        QVERIFY(!twice.has_value());
        QCOMPARE(twice.error().kind, Kind::Conflict);

        QVERIFY(await(blacklist.remove(BlacklistTarget::User, user, QStringLiteral("appeal"),
                                       moderator))
                    .has_value());
        QVERIFY(!*await(blacklist.isBlacklisted(BlacklistTarget::User, user)));
        auto notListed
            = await(blacklist.remove(BlacklistTarget::User, user, std::nullopt, moderator));
        QVERIFY(!notListed.has_value());
        QCOMPARE(notListed.error().kind, Kind::NotFound);

        auto history = await(blacklist.history(user));
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, domain::BlacklistAction::Blacklist);
        QCOMPARE(history->at(0).reason.value_or(QString()), QStringLiteral("spam"));
        QCOMPARE(history->at(1).action, domain::BlacklistAction::Unblacklist);
        QCOMPARE(history->at(1).moderatorId, moderator.discordId);

        auto entries = await(audit.listByTarget(QStringLiteral("user"), QString::number(user)));
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("blacklist.remove"));
        QCOMPARE(entries->at(1).action, QStringLiteral("blacklist.add"));
        QCOMPARE(entries->at(1).after.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("spam"));

        // A Studio action without a Discord identity: moderator NULL on the ban, 0 in the history.
        const domain::Snowflake guild = 200000000000000010;
        auto fromPanel = await(blacklist.add(BlacklistTarget::Guild, guild, std::nullopt,
                                             AuditActor {0, QStringLiteral("studio")}));
        QVERIFY(fromPanel.has_value());
        QVERIFY(!fromPanel->moderatorId);
        QCOMPARE(await(blacklist.history(guild))->front().moderatorId, 0);
        QCOMPARE(await(blacklist.history(guild))->front().target, BlacklistTarget::Guild);

        // If the audit row fails, the ban and its history roll back with it.
        const domain::Snowflake other = 100000000000000011;
        auto rejected = await(blacklist.add(BlacklistTarget::User, other, std::nullopt,
                                            AuditActor {0, QStringLiteral("robot")}));
        QVERIFY(!rejected.has_value());
        QCOMPARE(rejected.error().kind, Kind::CheckViolation);
        QVERIFY(!*await(blacklist.isBlacklisted(BlacklistTarget::User, other)));
        QVERIFY(await(blacklist.history(other))->isEmpty());
    }

    void serializationFailuresAreRetried_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("expectedCounter");
        QTest::newRow("retried") << 5 << 2;
        QTest::newRow("no retries left") << 1 << 1;
    }
    void serializationFailuresAreRetried()
    {
        QFETCH(int, maxAttempts);
        QFETCH(int, expectedCounter);
        QVERIFY(m_database
                    ->transactSync([](Transaction &tx) {
                        tx.exec("CREATE TABLE IF NOT EXISTS test_counter (id int PRIMARY KEY, "
                                "value int NOT NULL)");
                        tx.exec("TRUNCATE test_counter");
                        tx.exec("INSERT INTO test_counter VALUES (1, 0)");
                    })
                    .has_value());

        // Both transactions read before either writes, so one of them must fail with 40001.
        std::latch bothRead(2);
        std::atomic<int> runs {0};
        auto increment = [&bothRead, &runs](Transaction &tx) {
            const int value = tx.exec1("SELECT value FROM test_counter WHERE id = 1")[0].as<int>();
            if (runs.fetch_add(1) < 2)
                bothRead.arrive_and_wait();
            tx.exec("UPDATE test_counter SET value = $1 WHERE id = 1", value + 1);
        };
        const TxOptions serializable {.isolation = Isolation::Serializable,
                                      .maxAttempts = maxAttempts};
        auto first = m_database->transact(increment, serializable);
        auto second = m_database->transact(increment, serializable);
        const auto firstResult = await(first);
        const auto secondResult = await(second);

        QCOMPARE(scalar("SELECT value FROM test_counter WHERE id = 1"), expectedCounter);
        if (maxAttempts > 1) {
            QVERIFY(firstResult.has_value());
            QVERIFY(secondResult.has_value());
            QCOMPARE(runs.load(), 3); // the loser ran once more
        } else {
            QCOMPARE(int(firstResult.has_value()) + int(secondResult.has_value()), 1);
            const StorageError &error = firstResult ? secondResult.error() : firstResult.error();
            QCOMPARE(error.kind, Kind::SerializationFailure);
            QCOMPARE(runs.load(), 2);
        }
    }

    void awaitedFromACoroutineOnTheEventLoop()
    {
        QThread *const mainThread = QCoreApplication::instance()->thread();
        QCOMPARE(QThread::currentThread(), mainThread);
        PlayerRepository players(*m_database);
        std::atomic<QThread *> workerThread {nullptr};

        auto flow = [&]() -> QCoro::Task<std::int64_t> {
            auto player = co_await players.getOrCreate(100000000000000020);
            if (!player || QThread::currentThread() != mainThread)
                co_return -1;
            auto movement = co_await players.addCoins(player->id, 42, {});
            if (!movement || QThread::currentThread() != mainThread)
                co_return -2;
            auto ran = co_await m_database->transact([&workerThread](Transaction &tx) {
                workerThread = QThread::currentThread();
                return tx.exec1("SELECT 1")[0].as<int>();
            });
            if (!ran)
                co_return -3;
            co_return movement->balanceAfter;
        };
        QCOMPARE(QCoro::waitFor(flow()), 42);
        QVERIFY(workerThread.load() != nullptr);
        QVERIFY(workerThread.load() != mainThread);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
