// SPDX-License-Identifier: MIT
// /balls on the real router (recording transport, fake clock), the real test database, a
// catalogue cache loaded from it and the real card renderer. Header-only; one per executable.
#pragma once

#include "ExpectedOrder.h"
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/balls/BallsCommands.h"
#include "interactions/InteractionRouter.h"
#include "interactions/ViewRegistry.h"
#include "render/CardRenderer.h"
#include "schema/Migrator.h"
#include "services/CatalogueCache.h"
#include "services/StaffDirectory.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace ballsdex::testing {

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;

inline constexpr Snowflake RivalId = 1400000000000000003LL;
inline constexpr Snowflake FriendId = 1400000000000000004LL;
inline constexpr Snowflake StrangerId = 1400000000000000005LL; ///< never played
inline constexpr Snowflake StaffId = 1400000000000000006LL; ///< a co-owner

/// A user option's value plus the resolved user Discord sends with it.
struct UserArgument
{
    Snowflake id = 0;
    QString name;
};

/// What a seeded instance looks like (the rest keeps the table's defaults).
struct InstanceSeed
{
    domain::RowId ball = 0;
    domain::RowId player = 0;
    QDateTime caught = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
    int attackBonus = 0;
    int healthBonus = 0;
    bool favorite = false;
    std::optional<domain::RowId> special;
    std::optional<domain::RowId> tradedFrom;
    std::optional<Snowflake> server;
    std::optional<QDateTime> locked;
};

inline QJsonObject firstEmbed(const RecordedCall &call)
{
    return call.data.value(QLatin1String("embeds")).toArray().first().toObject();
}

inline QStringList fieldNames(const RecordedCall &call)
{
    QStringList names;
    for (const QJsonValue &field : firstEmbed(call).value(QLatin1String("fields")).toArray())
        names.append(field.toObject().value(QLatin1String("name")).toString());
    return names;
}

/// The custom_id of the first component whose id ends with ":<action>".
inline QString componentId(const QJsonObject &data, const QString &action)
{
    for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
        for (const QJsonValue &component :
             row.toObject().value(QLatin1String("components")).toArray()) {
            const QString id = component.toObject().value(QLatin1String("custom_id")).toString();
            if (id.endsWith(QLatin1Char(':') + action))
                return id;
        }
    }
    return {};
}

/// The options of the first select menu of a message.
inline QJsonArray selectOptions(const QJsonObject &data)
{
    for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
        for (const QJsonValue &component :
             row.toObject().value(QLatin1String("components")).toArray()) {
            if (component.toObject().value(QLatin1String("type")).toInt() == 3)
                return component.toObject().value(QLatin1String("options")).toArray();
        }
    }
    return {};
}

class BallsFixture final
{
public:
    QTemporaryDir media;
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<bot::services::CatalogueCache> catalogue;
    std::shared_ptr<const render::CardRenderer> renderer;
    std::unique_ptr<bot::services::StaffDirectory> staff;
    std::unique_ptr<CommandTree> tree;
    std::unique_ptr<RecordingTransport> transport;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<FakeScheduler> scheduler;
    std::unique_ptr<InteractionRouter> router;
    std::unique_ptr<ViewRegistry> views;
    domain::RowId regimeId = 0;
    int sequence = 0;

    static bot::features::BallsWording wording()
    {
        return {QStringLiteral("testballs"), QStringLiteral("testball"),
                QStringLiteral("testballs"), QStringLiteral("⭐")};
    }

    /// Migrated database with one regime; false when no cluster is available.
    bool open()
    {
        test = std::make_unique<TestDatabase>();
        if (!test->isAvailable())
            return false;
        if (!schema::Migrator(test->conninfo()).migrate())
            qFatal("migration failed");
        database = std::make_unique<storage::Database>(fastDatabaseOptions(test->url()));
        domain::Regime regime;
        regime.name = QStringLiteral("Democracy");
        regime.background = QStringLiteral("democracy.png");
        const auto created = await(storage::CatalogueRepository(*database).createRegime(regime));
        if (!created)
            qFatal("regime create failed");
        regimeId = created->id;
        catalogue = std::make_unique<bot::services::CatalogueCache>(*database);
        renderer = std::make_shared<const render::CardRenderer>(
            std::make_shared<render::MediaDirectory>(media.path()));
        return true;
    }

    void exec(const std::function<void(storage::Transaction &)> &work)
    {
        const auto done = database->transactSync(work);
        if (!done)
            qFatal("SQL failed: %s", qPrintable(done.error().toString()));
    }

    domain::Ball createBall(const QString &country, int health = 100, int attack = 50,
                            double rarity = 1.0, const QString &catchNames = {},
                            const QString &translations = {}, bool enabled = true)
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = health;
        ball.attack = attack;
        ball.rarity = rarity;
        ball.enabled = enabled;
        ball.catchNames = catchNames;
        ball.translations = translations;
        ball.emojiId = 1000000000000000001LL + qHash(country) % 1000;
        ball.wildCard = QStringLiteral("wild.png");
        ball.collectionCard = QStringLiteral("card.png");
        ball.credits = QStringLiteral("tester");
        ball.capacityName = QStringLiteral("Baguette");
        ball.capacityDescription = QStringLiteral("Bakes");
        ball.regimeId = regimeId;
        const auto created = await(storage::CatalogueRepository(*database).createBall(ball));
        if (!created)
            qFatal("ball create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    domain::Special createSpecial(const QString &name, const QString &emojiText,
                                  bool hidden = false)
    {
        domain::Special special;
        special.name = name;
        special.emoji = emojiText;
        special.hidden = hidden;
        special.rarity = 0.1;
        const auto created = await(storage::CatalogueRepository(*database).createSpecial(special));
        if (!created)
            qFatal("special create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    domain::RowId createPlayer(Snowflake discordId,
                               domain::PrivacyPolicy privacy = domain::PrivacyPolicy::Private)
    {
        const auto player = await(storage::PlayerRepository(*database).getOrCreate(discordId));
        if (!player)
            qFatal("player create failed");
        setPrivacy(player->id, privacy);
        return player->id;
    }

    void setPrivacy(domain::RowId playerId, domain::PrivacyPolicy privacy)
    {
        exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE player SET privacy_policy = $2 WHERE id = $1", playerId, privacy);
        });
    }

    domain::BallInstance createInstance(const InstanceSeed &seed)
    {
        domain::BallInstance instance;
        instance.ballId = seed.ball;
        instance.playerId = seed.player;
        instance.catchDate = seed.caught;
        instance.attackBonus = seed.attackBonus;
        instance.healthBonus = seed.healthBonus;
        instance.favorite = seed.favorite;
        instance.specialId = seed.special;
        instance.tradePlayerId = seed.tradedFrom;
        instance.serverId = seed.server;
        instance.locked = seed.locked;
        const auto created = await(storage::InstanceRepository(*database).create(instance));
        if (!created)
            qFatal("instance create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    void reloadCatalogue()
    {
        if (!QCoro::waitFor(catalogue->reload()))
            qFatal("catalogue reload failed");
    }

    /// A fresh router and view registry with /testballs; staff = the co-owner StaffId.
    /// `extras` makes more subcommands for the group (called once the clock exists).
    void build(const std::function<std::vector<CommandSpec>()> &extras = {})
    {
        router.reset();
        views.reset();
        bot::services::StaffDirectory::Rules rules;
        rules.coOwners = {StaffId};
        staff = std::make_unique<bot::services::StaffDirectory>(std::move(rules));
        tree = std::make_unique<CommandTree>();
        transport = std::make_unique<RecordingTransport>();
        clock = std::make_unique<FakeClock>();
        scheduler = std::make_unique<FakeScheduler>(*clock);
        router = std::make_unique<InteractionRouter>(*tree, *transport, *scheduler, *clock);
        views = std::make_unique<ViewRegistry>(*router, *transport, *scheduler, *clock);
        const bot::features::BallsCommands commands(wording(), *database, *catalogue, renderer,
                                                    *views, *staff);
        const auto added
            = commands.registerInto(*tree, extras ? extras() : std::vector<CommandSpec>());
        if (!added)
            qFatal("tree: %s", qPrintable(added.error().toString()));
    }

    void teardown()
    {
        views.reset();
        router.reset();
    }

    static QJsonObject withUsers(QJsonObject payload, const QList<UserArgument> &users)
    {
        QJsonObject resolved;
        for (const UserArgument &user : users)
            resolved.insert(QString::number(user.id), userJson(user.id, user.name));
        QJsonObject data = payload.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("resolved"), QJsonObject {{QStringLiteral("users"), resolved}});
        payload.insert(QStringLiteral("data"), data);
        return payload;
    }

    /// The same interaction sent from a DM with the bot.
    static QJsonObject inDirectMessage(QJsonObject payload, Snowflake user)
    {
        payload.remove(QStringLiteral("guild_id"));
        payload.remove(QStringLiteral("member"));
        payload.remove(QStringLiteral("guild_locale"));
        payload.insert(QStringLiteral("user"), userJson(user, QStringLiteral("player")));
        payload.insert(QStringLiteral("context"), 1);
        return payload;
    }

    static QJsonObject userOption(const UserArgument &user)
    {
        return option(QStringLiteral("user"), OptionType::User, QString::number(user.id));
    }

    /// Waits for the handler's final answer (past a "thinking…" defer) and returns it.
    RecordedCall send(const QJsonObject &payload, qsizetype before)
    {
        const auto answered = [&] {
            if (transport->calls.size() <= before)
                return false;
            const RecordedCall &last = transport->calls.last();
            return !(last.kind == RecordedCall::Kind::Callback && last.type == 5);
        };
        router->handle(payload);
        if (!QTest::qWaitFor(answered, 20000))
            return {};
        return transport->calls.last();
    }

    /// `/testballs <sub>`; `users` go into data.resolved.
    RecordedCall run(const QString &sub, QJsonArray options = {}, Snowflake user = InvokerId,
                     const QList<UserArgument> &users = {}, bool directMessage = false)
    {
        clock->advance(60'000); // past every cooldown
        const qsizetype before = transport->calls.size();
        const QJsonArray subcommand {nested(sub, OptionType::SubCommand, options)};
        QJsonObject payload = commandPayload(clock->now(), QStringLiteral("testballs"), subcommand,
                                             user, InteractionType::ApplicationCommand, ++sequence);
        if (!users.isEmpty())
            payload = withUsers(payload, users);
        if (directMessage)
            payload = inDirectMessage(payload, user);
        return send(payload, before);
    }

    /// The choices autocomplete offers for `focused` with the other options already filled.
    QJsonArray autocomplete(const QString &sub, const QString &focused, const QString &text,
                            QJsonArray others = {}, Snowflake user = InvokerId)
    {
        const qsizetype before = transport->calls.size();
        others.append(option(focused, OptionType::String, text, true));
        const QJsonArray subcommand {nested(sub, OptionType::SubCommand, others)};
        router->handle(commandPayload(clock->now(), QStringLiteral("testballs"), subcommand, user,
                                      InteractionType::Autocomplete, ++sequence));
        if (!QTest::qWaitFor([&] { return transport->calls.size() > before; }, 20000))
            return {};
        const RecordedCall &call = transport->calls.last();
        if (call.type != 8)
            qFatal("not an autocomplete answer");
        return call.data.value(QLatin1String("choices")).toArray();
    }

    /// A click (or a select with `values`) on a component of a view message.
    RecordedCall click(const QString &customId, QStringList values = {}, Snowflake user = InvokerId)
    {
        const qsizetype before = transport->calls.size();
        return send(componentPayload(clock->now(), customId, user, std::move(values), ++sequence),
                    before);
    }
};

} // namespace ballsdex::testing
