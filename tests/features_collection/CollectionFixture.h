// SPDX-License-Identifier: MIT
// The collection commands on the real router (recording transport, fake clock), the real test
// database and a catalogue cache loaded from it. Header-only; one per test executable.
#pragma once

#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/collection/CollectionCommands.h"
#include "interactions/InteractionRouter.h"
#include "interactions/ViewRegistry.h"
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
#include <QTest>

namespace ballsdex::testing {

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;

inline constexpr Snowflake RivalId = 1400000000000000003LL;
inline constexpr Snowflake CollectorId = 1400000000000000004LL;
inline constexpr Snowflake StrangerId = 1400000000000000005LL; ///< never played

inline QJsonObject firstEmbed(const RecordedCall &call)
{
    return call.data.value(QLatin1String("embeds")).toArray().first().toObject();
}

/// (name, value) of every field of the first embed.
inline QList<QPair<QString, QString>> embedFields(const RecordedCall &call)
{
    QList<QPair<QString, QString>> fields;
    for (const QJsonValue &field : firstEmbed(call).value(QLatin1String("fields")).toArray()) {
        const QJsonObject object = field.toObject();
        fields.append({object.value(QLatin1String("name")).toString(),
                       object.value(QLatin1String("value")).toString()});
    }
    return fields;
}

inline QString emoji(domain::Snowflake id)
{
    return QStringLiteral("<:_:%1>").arg(id);
}

/// A user option's value plus the resolved user Discord sends with it.
struct UserArgument
{
    Snowflake id = 0;
    QString name;
};

class CollectionFixture final
{
public:
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<bot::services::CatalogueCache> catalogue;
    std::unique_ptr<bot::services::StaffDirectory> staff;
    std::unique_ptr<CommandTree> tree;
    std::unique_ptr<RecordingTransport> transport;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<FakeScheduler> scheduler;
    std::unique_ptr<InteractionRouter> router;
    std::unique_ptr<ViewRegistry> views;
    domain::RowId regimeId = 0;
    int sequence = 0;

    static bot::features::CollectionWording wording(int maxFavorites = 2)
    {
        return {QStringLiteral("Testdex"), QStringLiteral("testball"), QStringLiteral("testballs"),
                maxFavorites, QStringLiteral("⭐")};
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
        return true;
    }

    void exec(const std::function<void(storage::Transaction &)> &work)
    {
        const auto done = database->transactSync(work);
        if (!done)
            qFatal("SQL failed: %s", qPrintable(done.error().toString()));
    }

    domain::Ball createBall(const QString &country, domain::Snowflake emojiId, bool enabled = true,
                            bool tradeable = true,
                            QDateTime createdAt
                            = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC))
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = 100;
        ball.attack = 50;
        ball.rarity = 1.0;
        ball.enabled = enabled;
        ball.tradeable = tradeable;
        ball.emojiId = emojiId;
        ball.wildCard = QStringLiteral("wild.png");
        ball.collectionCard = QStringLiteral("card.png");
        ball.credits = QStringLiteral("tester");
        ball.capacityName = QStringLiteral("Baguette");
        ball.capacityDescription = QStringLiteral("Bakes");
        ball.regimeId = regimeId;
        const auto created = await(storage::CatalogueRepository(*database).createBall(ball));
        if (!created)
            qFatal("ball create failed: %s", qPrintable(created.error().toString()));
        const domain::RowId id = created->id;
        exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ball SET created_at = $2 WHERE id = $1", id, createdAt);
        });
        return *created;
    }

    domain::Special createSpecial(const QString &name, const QString &emojiText, bool hidden,
                                  std::optional<QDateTime> endDate = std::nullopt)
    {
        domain::Special special;
        special.name = name;
        special.emoji = emojiText;
        special.hidden = hidden;
        special.endDate = std::move(endDate);
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

    domain::BallInstance createInstance(const domain::Ball &ball, domain::RowId player,
                                        std::optional<domain::RowId> special = std::nullopt,
                                        std::optional<domain::RowId> tradedFrom = std::nullopt)
    {
        domain::BallInstance instance;
        instance.ballId = ball.id;
        instance.playerId = player;
        instance.specialId = special;
        instance.tradePlayerId = tradedFrom;
        instance.catchDate = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
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

    /// A fresh router and view registry with the collection commands under /testballs.
    void build(bot::services::StaffDirectory::Rules staffRules = {},
               storage::Database *commandsDatabase = nullptr,
               bot::features::CollectionWording words = wording())
    {
        router.reset();
        views.reset();
        staff = std::make_unique<bot::services::StaffDirectory>(std::move(staffRules));
        tree = std::make_unique<CommandTree>();
        transport = std::make_unique<RecordingTransport>();
        clock = std::make_unique<FakeClock>();
        scheduler = std::make_unique<FakeScheduler>(*clock);
        router = std::make_unique<InteractionRouter>(*tree, *transport, *scheduler, *clock);
        views = std::make_unique<ViewRegistry>(*router, *transport, *scheduler, *clock);
        const bot::features::CollectionCommands commands(
            std::move(words), commandsDatabase ? *commandsDatabase : *database, *catalogue, *staff,
            *views);
        CommandSpec group
            = CommandSpec::command(QStringLiteral("testballs"), QStringLiteral("Test"));
        for (CommandSpec &sub : commands.subcommands())
            group.add(std::move(sub));
        const auto added = tree->add(std::move(group));
        if (!added)
            qFatal("tree: %s", qPrintable(added.error().toString()));
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
                     const QList<UserArgument> &users = {})
    {
        clock->advance(60'000); // past every cooldown
        const qsizetype before = transport->calls.size();
        const QJsonArray subcommand {nested(sub, OptionType::SubCommand, options)};
        QJsonObject payload = commandPayload(clock->now(), QStringLiteral("testballs"), subcommand,
                                             user, InteractionType::ApplicationCommand, ++sequence);
        return send(users.isEmpty() ? payload : withUsers(payload, users), before);
    }

    /// The choices autocomplete offers for `focused` with the other options already filled.
    QJsonArray autocomplete(const QString &sub, const QString &focused, const QString &text,
                            QJsonArray others = {})
    {
        const qsizetype before = transport->calls.size();
        others.append(option(focused, OptionType::String, text, true));
        const QJsonArray subcommand {nested(sub, OptionType::SubCommand, others)};
        router->handle(commandPayload(clock->now(), QStringLiteral("testballs"), subcommand,
                                      InvokerId, InteractionType::Autocomplete, ++sequence));
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

} // namespace ballsdex::testing
