// SPDX-License-Identifier: MIT
#pragma once

#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/donation/DonationCommand.h"
#include "interactions/CommandTree.h"
#include "interactions/InteractionRouter.h"
#include "interactions/ViewRegistry.h"
#include "schema/Migrator.h"
#include "services/BlacklistCache.h"
#include "services/CatalogueCache.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/SocialRepository.h"
#include "storage/Transaction.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QCoroTask>
#include <QTest>

#include <memory>

namespace ballsdex::donation::testing {

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using ballsdex::testing::await;

inline constexpr Snowflake GiverId = InvokerId;
inline constexpr Snowflake BotUserId = 1400000000000000099LL;
inline constexpr Snowflake EmojiId = 1000000000000000001LL;

/// Everything `/testballs give` needs, against a fresh migrated database: a catalogue, a giver
/// and receivers with every policy, and the real router/views on a fake clock.
class DonationFixture
{
public:
    /// Receivers, one per situation (discord ids).
    enum Receiver : Snowflake {
        Accepting = 1400000000000000101LL,
        Quiet = 1400000000000000102LL, ///< mention policy DENY
        Denying = 1400000000000000103LL,
        FriendsOnly = 1400000000000000104LL,
        FriendAsked = 1400000000000000105LL, ///< friends-only, the giver asked the friendship
        FriendAsking = 1400000000000000106LL, ///< friends-only, they asked the friendship
        Blocker = 1400000000000000107LL, ///< blocked the giver
        Blacklisted = 1400000000000000108LL,
        Approver = 1400000000000000109LL,
        QuietApprover = 1400000000000000110LL,
        Newcomer = 1400000000000000111LL, ///< no player row
        Blocked = 1400000000000000112LL, ///< the giver blocked them (allowed)
        Second = 1400000000000000113LL,
    };

    ballsdex::testing::TestDatabase testDatabase;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<bot::services::CatalogueCache> catalogue;
    std::unique_ptr<bot::services::BlacklistCache> blacklist;
    std::unique_ptr<CommandTree> tree;
    std::unique_ptr<RecordingTransport> transport;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<FakeScheduler> scheduler;
    std::unique_ptr<InteractionRouter> router;
    std::unique_ptr<ViewRegistry> views;
    domain::Ball france; ///< tradeable
    domain::Ball spain; ///< not tradeable
    domain::Special shiny; ///< tradeable, emoji ✨
    domain::Special bound; ///< not tradeable
    domain::RowId giver = 0;
    domain::RowId other = 0; ///< OtherUserId's player
    int sequence = 0;

    /// Empty when ready, else what went wrong.
    QString setUp()
    {
        if (!testDatabase.isAvailable())
            return QStringLiteral("no database");
        if (!schema::Migrator(testDatabase.conninfo()).migrate())
            return QStringLiteral("migration failed");
        database = std::make_unique<storage::Database>(
            ballsdex::testing::fastDatabaseOptions(testDatabase.url()));
        storage::CatalogueRepository repository(*database);
        domain::Regime regime;
        regime.name = QStringLiteral("Democracy");
        regime.background = QStringLiteral("democracy.png");
        const auto createdRegime = await(repository.createRegime(regime));
        if (!createdRegime)
            return createdRegime.error().toString();
        france = makeBall(QStringLiteral("France"), createdRegime->id, true);
        spain = makeBall(QStringLiteral("Spain"), createdRegime->id, false);
        shiny = makeSpecial(QStringLiteral("Shiny"), QStringLiteral("✨"), true);
        bound = makeSpecial(QStringLiteral("Bound"), QString(), false);
        if (!france.id || !spain.id || !shiny.id || !bound.id)
            return QStringLiteral("catalogue setup failed");
        catalogue = std::make_unique<bot::services::CatalogueCache>(*database);
        if (!QCoro::waitFor(catalogue->reload()))
            return QStringLiteral("catalogue reload failed");
        blacklist = std::make_unique<bot::services::BlacklistCache>(*database);
        blacklist->setUser(Blacklisted, true);

        giver = player(GiverId);
        other = player(OtherUserId);
        using domain::DonationPolicy;
        using domain::MentionPolicy;
        player(Accepting);
        player(Quiet, DonationPolicy::AlwaysAccept, MentionPolicy::Deny);
        player(Denying, DonationPolicy::AlwaysDeny);
        player(FriendsOnly, DonationPolicy::FriendsOnly);
        const domain::RowId asked = player(FriendAsked, DonationPolicy::FriendsOnly);
        const domain::RowId asking = player(FriendAsking, DonationPolicy::FriendsOnly);
        const domain::RowId blocker = player(Blocker);
        player(Blacklisted);
        player(Approver, DonationPolicy::RequestApproval);
        player(QuietApprover, DonationPolicy::RequestApproval, MentionPolicy::Deny);
        const domain::RowId blocked = player(Blocked);
        player(Second);
        storage::SocialRepository social(*database);
        if (!await(social.addFriendship(giver, asked))
            || !await(social.addFriendship(asking, giver)) || !await(social.block(blocker, giver))
            || !await(social.block(giver, blocked)))
            return QStringLiteral("social setup failed");
        return {};
    }

    /// A fresh router, transport, fake clock and view registry with the command registered.
    QString startRouter()
    {
        tree = std::make_unique<CommandTree>();
        transport = std::make_unique<RecordingTransport>();
        clock = std::make_unique<FakeClock>();
        scheduler = std::make_unique<FakeScheduler>(*clock);
        router = std::make_unique<InteractionRouter>(*tree, *transport, *scheduler, *clock);
        views = std::make_unique<ViewRegistry>(*router, *transport, *scheduler, *clock);
        bot::features::DonationServices services {*database, *catalogue, *blacklist, *views,
                                                  *scheduler};
        CommandSpec group = CommandSpec::command(QStringLiteral("testballs"),
                                                 QStringLiteral("Manage your testballs"));
        group.add(bot::features::DonationCommand::giveCommand(
            services, bot::features::DonationWording {QStringLiteral("testball")}));
        const auto added = tree->add(std::move(group));
        return added ? QString() : added.error().toString();
    }

    void stopRouter()
    {
        if (router)
            QTRY_COMPARE_WITH_TIMEOUT(router->inFlight(), 0, 20000);
        views.reset();
        router.reset();
    }

    domain::RowId player(Snowflake discordId,
                         domain::DonationPolicy donation = domain::DonationPolicy::AlwaysAccept,
                         domain::MentionPolicy mention = domain::MentionPolicy::Allow)
    {
        storage::PlayerRepository players(*database);
        const auto created = await(players.getOrCreate(discordId));
        if (!created)
            return 0;
        storage::PlayerPolicies policies;
        policies.donation = donation;
        policies.mention = mention;
        return await(players.updatePolicies(created->id, policies)) ? created->id : 0;
    }

    domain::BallInstance instance(const domain::Ball &ball, domain::RowId owner = 0,
                                  bool favorite = false, bool tradeable = true,
                                  std::optional<domain::RowId> special = std::nullopt)
    {
        domain::BallInstance instance;
        instance.ballId = ball.id;
        instance.playerId = owner ? owner : giver;
        instance.attackBonus = 5;
        instance.healthBonus = -3;
        instance.favorite = favorite;
        instance.tradeable = tradeable;
        instance.specialId = special;
        const auto created = await(storage::InstanceRepository(*database).create(instance));
        if (!created)
            qFatal("instance create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    /// One value of a one-row query, as text ("" for NULL).
    QString value(const std::string &sql, domain::RowId id)
    {
        const auto read = database->transactSync([&](storage::Transaction &tx) {
            const pqxx::field field = tx.exec1(sql, id)[0];
            return field.is_null() ? QString() : QString::fromStdString(field.c_str());
        });
        return read ? *read : QStringLiteral("<error %1>").arg(read.error().toString());
    }
    QString ownerOf(domain::RowId instanceId)
    {
        return value("SELECT p.discord_id FROM ballinstance i JOIN player p ON p.id = i.player_id "
                     "WHERE i.id = $1",
                     instanceId);
    }
    bool isLocked(domain::RowId instanceId)
    {
        return !value("SELECT locked FROM ballinstance WHERE id = $1", instanceId).isEmpty();
    }
    int tradesOf(domain::RowId instanceId)
    {
        return value("SELECT count(*) FROM tradeobject WHERE ballinstance_id = $1", instanceId)
            .toInt();
    }

    static QString hex(const domain::BallInstance &instance)
    {
        return domain::displayId(instance.id).mid(1);
    }

    QJsonObject givePayload(Snowflake receiver, const QString &instanceText,
                            Snowflake invoker = GiverId)
    {
        const QJsonArray options {
            option(QStringLiteral("user"), OptionType::User, QString::number(receiver)),
            option(QStringLiteral("countryball"), OptionType::String, instanceText)};
        QJsonObject payload = commandPayload(
            clock->now(), QStringLiteral("testballs"),
            QJsonArray {nested(QStringLiteral("give"), OptionType::SubCommand, options)}, invoker,
            InteractionType::ApplicationCommand, ++sequence);
        QJsonObject user = userJson(receiver, QStringLiteral("receiver"));
        if (receiver == BotUserId)
            user.insert(QStringLiteral("bot"), true);
        QJsonObject data = payload.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("resolved"),
                    QJsonObject {{QStringLiteral("users"),
                                  QJsonObject {{QString::number(receiver), user}}}});
        payload.insert(QStringLiteral("data"), data);
        return payload;
    }

    /// Waits until `count` calls past `before` were recorded, ignoring "thinking…" defers.
    bool waitForAnswers(qsizetype before, qsizetype count = 1)
    {
        return QTest::qWaitFor(
            [&] {
                qsizetype answers = 0;
                for (qsizetype i = before; i < transport->calls.size(); ++i) {
                    const RecordedCall &call = transport->calls.at(i);
                    if (!(call.kind == RecordedCall::Kind::Callback
                          && (call.type == 5 || call.type == 6)))
                        ++answers;
                }
                return answers >= count;
            },
            20000);
    }

    /// Runs `/testballs give` and returns its first real answer.
    RecordedCall give(Snowflake receiver, const QString &instanceText, Snowflake invoker = GiverId)
    {
        clock->advance(1000);
        const qsizetype before = transport->calls.size();
        router->handle(givePayload(receiver, instanceText, invoker));
        if (!waitForAnswers(before))
            return {};
        return firstAnswerAfter(before);
    }

    /// Clicks the button whose custom id ends with ":action" on the message `data`.
    RecordedCall click(const QJsonObject &data, const QString &action, Snowflake user)
    {
        const QString id = customIdEndingWith(data, action);
        if (id.isEmpty())
            return {};
        clock->advance(1000);
        const qsizetype before = transport->calls.size();
        router->handle(componentPayload(clock->now(), id, user, {}, ++sequence));
        if (!waitForAnswers(before))
            return {};
        return firstAnswerAfter(before);
    }

    /// The first real answer recorded after `before` (later followups may already be there).
    RecordedCall firstAnswerAfter(qsizetype before) const
    {
        for (qsizetype i = before; i < transport->calls.size(); ++i) {
            const RecordedCall &call = transport->calls.at(i);
            if (!(call.kind == RecordedCall::Kind::Callback && (call.type == 5 || call.type == 6)))
                return call;
        }
        return {};
    }

    RecordedCall lastAnswer() const
    {
        for (qsizetype i = transport->calls.size() - 1; i >= 0; --i) {
            const RecordedCall &call = transport->calls.at(i);
            if (!(call.kind == RecordedCall::Kind::Callback && (call.type == 5 || call.type == 6)))
                return call;
        }
        return {};
    }

    static QString customIdEndingWith(const QJsonObject &data, const QString &action)
    {
        for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
            for (const QJsonValue &button :
                 row.toObject().value(QLatin1String("components")).toArray()) {
                const QString id = button.toObject().value(QLatin1String("custom_id")).toString();
                if (id.endsWith(QLatin1Char(':') + action))
                    return id;
            }
        }
        return {};
    }

    static bool allDisabled(const QJsonObject &data)
    {
        const QJsonArray rows = data.value(QLatin1String("components")).toArray();
        if (rows.isEmpty())
            return false;
        for (const QJsonValue &row : rows)
            for (const QJsonValue &button :
                 row.toObject().value(QLatin1String("components")).toArray())
                if (!button.toObject().value(QLatin1String("disabled")).toBool())
                    return false;
        return true;
    }

    static QJsonArray pingedUsers(const RecordedCall &call)
    {
        return call.data.value(QLatin1String("allowed_mentions"))
            .toObject()
            .value(QLatin1String("users"))
            .toArray();
    }

private:
    domain::Ball makeBall(const QString &country, domain::RowId regime, bool tradeable)
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = 100;
        ball.attack = 50;
        ball.rarity = 1.0;
        ball.tradeable = tradeable;
        ball.emojiId = EmojiId;
        ball.wildCard = QStringLiteral("wild.png");
        ball.collectionCard = QStringLiteral("card.png");
        ball.credits = QStringLiteral("tester");
        ball.capacityName = QStringLiteral("Baguette");
        ball.capacityDescription = QStringLiteral("Bakes");
        ball.regimeId = regime;
        const auto created = await(storage::CatalogueRepository(*database).createBall(ball));
        return created ? *created : domain::Ball {};
    }

    domain::Special makeSpecial(const QString &name, const QString &emoji, bool tradeable)
    {
        domain::Special special;
        special.name = name;
        special.rarity = 0.0;
        if (!emoji.isEmpty())
            special.emoji = emoji;
        special.tradeable = tradeable;
        const auto created = await(storage::CatalogueRepository(*database).createSpecial(special));
        return created ? *created : domain::Special {};
    }
};

} // namespace ballsdex::donation::testing
