// SPDX-License-Identifier: MIT
#include "Payloads.h"
#include "RecordingTransport.h"
#include "interactions/CommandSync.h"
#include "interactions/CommandTree.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QTest>

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;

namespace {

QCoro::Task<void> noop(InteractionContext &)
{
    co_return;
}

CommandSpec sub(const QString &name)
{
    return CommandSpec::subcommand(name, QStringLiteral("Does %1").arg(name)).handler(noop);
}

CommandSpec ballsCommand()
{
    return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("Manage your collection"))
        .add(sub(QStringLiteral("list"))
                 .option(OptionSpec::user(QStringLiteral("user"), QStringLiteral("Whose list")))
                 .option(OptionSpec::string(QStringLiteral("sort"), QStringLiteral("Order"))
                             .choice(QStringLiteral("Rarity"), QStringLiteral("rarity"))
                             .choice(QStringLiteral("Date"), QStringLiteral("date"))))
        .add(
            sub(QStringLiteral("give"))
                .option(
                    OptionSpec::user(QStringLiteral("user"), QStringLiteral("Receiver")).required())
                .option(OptionSpec::integer(QStringLiteral("amount"), QStringLiteral("How many"))
                            .minValue(1)
                            .maxValue(10))
                .option(OptionSpec::string(QStringLiteral("note"), QStringLiteral("A note"))
                            .minLength(1)
                            .maxLength(200)));
}

CommandSpec adminCommand()
{
    return CommandSpec::command(QStringLiteral("admin"), QStringLiteral("Bot administration"))
        .scope(CommandScope::AdminGuilds)
        .defaultMemberPermissions(1ULL << 3)
        .add(CommandSpec::group(QStringLiteral("blacklist"), QStringLiteral("Blacklist"))
                 .add(sub(QStringLiteral("add"))
                          .option(OptionSpec::user(QStringLiteral("user"), QStringLiteral("Who"))
                                      .required())));
}

template<typename T> T run(QCoro::Task<T> task)
{
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TestCommandTree final : public QObject
{
    Q_OBJECT

private:
    QList<std::function<CommandSpec()>> m_badSpecs;

private Q_SLOTS:
    void nestedTreeProducesDiscordJson()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        const QJsonArray json = tree.toJson(CommandScope::Global);
        QCOMPARE(json.size(), 1);
        const QJsonObject balls = json.at(0).toObject();
        QCOMPARE(balls.value(QLatin1String("type")).toInt(), 1);
        QCOMPARE(balls.value(QLatin1String("name")).toString(), QStringLiteral("balls"));
        const QJsonArray subs = balls.value(QLatin1String("options")).toArray();
        QCOMPARE(subs.size(), 2);
        const QJsonObject give = subs.at(1).toObject();
        QCOMPARE(give.value(QLatin1String("type")).toInt(), 1);
        const QJsonArray params = give.value(QLatin1String("options")).toArray();
        QCOMPARE(params.size(), 3);
        const QJsonObject user = params.at(0).toObject();
        QCOMPARE(user.value(QLatin1String("type")).toInt(), 6);
        QCOMPARE(user.value(QLatin1String("required")).toBool(), true);
        const QJsonObject amount = params.at(1).toObject();
        QCOMPARE(amount.value(QLatin1String("min_value")).toInteger(), 1);
        QCOMPARE(amount.value(QLatin1String("max_value")).toInteger(), 10);
        QVERIFY(!amount.contains(QLatin1String("required")));
        const QJsonObject note = params.at(2).toObject();
        QCOMPARE(note.value(QLatin1String("max_length")).toInt(), 200);
        const QJsonArray choices = subs.at(0)
                                       .toObject()
                                       .value(QLatin1String("options"))
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(QLatin1String("choices"))
                                       .toArray();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("date"));
    }

    void scopesSplitGlobalAndAdminCommands()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        QVERIFY(tree.add(adminCommand()).has_value());
        QCOMPARE(tree.toJson(CommandScope::Global).size(), 1);
        const QJsonArray admin = tree.toJson(CommandScope::AdminGuilds);
        QCOMPARE(admin.size(), 1);
        const QJsonObject command = admin.at(0).toObject();
        QCOMPARE(command.value(QLatin1String("default_member_permissions")).toString(),
                 QStringLiteral("8"));
        const QJsonObject group
            = command.value(QLatin1String("options")).toArray().at(0).toObject();
        QCOMPARE(group.value(QLatin1String("type")).toInt(), 2);
        QCOMPARE(group.value(QLatin1String("options"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("type"))
                     .toInt(),
                 1);
    }

    void guildOnlyAndLocalizations()
    {
        auto spec = CommandSpec::command(QStringLiteral("trade"), QStringLiteral("Trade"))
                        .guildOnly()
                        .defaultMemberPermissions(1ULL << 5)
                        .localize(QStringLiteral("fr"), QStringLiteral("échange"),
                                  QStringLiteral("Échanger"))
                        .handler(noop);
        const QJsonObject global = spec.toJson(CommandScope::Global);
        QCOMPARE(global.value(QLatin1String("contexts")).toArray(), QJsonArray {0});
        QCOMPARE(global.value(QLatin1String("integration_types")).toArray(), QJsonArray {0});
        QCOMPARE(global.value(QLatin1String("default_member_permissions")).toString(),
                 QStringLiteral("32"));
        QCOMPARE(global.value(QLatin1String("name_localizations"))
                     .toObject()
                     .value(QLatin1String("fr"))
                     .toString(),
                 QStringLiteral("échange"));
        const QJsonObject guild = spec.toJson(CommandScope::AdminGuilds);
        QVERIFY(!guild.contains(QLatin1String("contexts")));
        QVERIFY(!guild.contains(QLatin1String("integration_types")));
        QVERIFY(!spec.validate());
    }

    void invalidSpecsAreRejected_data()
    {
        using Kind = CommandSpecError::Kind;
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("kind");
        m_badSpecs.clear();
        const auto row = [this](const char *name, Kind kind, std::function<CommandSpec()> make) {
            QTest::newRow(name) << static_cast<int>(m_badSpecs.size()) << static_cast<int>(kind);
            m_badSpecs.append(std::move(make));
        };
        row("uppercase name", Kind::BadName, [] {
            return CommandSpec::command(QStringLiteral("Balls"), QStringLiteral("x")).handler(noop);
        });
        row("space in name", Kind::BadName, [] {
            return CommandSpec::command(QStringLiteral("my balls"), QStringLiteral("x"))
                .handler(noop);
        });
        row("33 characters", Kind::BadName, [] {
            return CommandSpec::command(QString(33, QLatin1Char('a')), QStringLiteral("x"))
                .handler(noop);
        });
        row("empty description", Kind::BadDescription,
            [] { return CommandSpec::command(QStringLiteral("balls"), QString()).handler(noop); });
        row("101-character description", Kind::BadDescription, [] {
            return CommandSpec::command(QStringLiteral("balls"), QString(101, QLatin1Char('d')))
                .handler(noop);
        });
        row("bad option name", Kind::BadName, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::string(QStringLiteral("Bad Name"), QStringLiteral("x")))
                .handler(noop);
        });
        row("26 options", Kind::TooManyOptions, [] {
            auto spec
                = CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x")).handler(noop);
            for (int i = 0; i < 26; ++i) {
                spec.option(OptionSpec::string(QStringLiteral("o%1").arg(i), QStringLiteral("x")));
            }
            return spec;
        });
        row("group in group", Kind::BadNesting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(CommandSpec::group(QStringLiteral("a"), QStringLiteral("x"))
                         .add(CommandSpec::group(QStringLiteral("b"), QStringLiteral("x"))
                                  .add(sub(QStringLiteral("c")))));
        });
        row("group in subcommand", Kind::BadNesting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(CommandSpec::subcommand(QStringLiteral("a"), QStringLiteral("x"))
                         .add(CommandSpec::group(QStringLiteral("b"), QStringLiteral("x"))
                                  .add(sub(QStringLiteral("c")))));
        });
        row("params next to subcommands", Kind::BadNesting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(sub(QStringLiteral("a")))
                .option(OptionSpec::string(QStringLiteral("b"), QStringLiteral("x")));
        });
        row("empty group", Kind::BadNesting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(CommandSpec::group(QStringLiteral("a"), QStringLiteral("x")));
        });
        row("leaf without handler", Kind::MissingHandler,
            [] { return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x")); });
        row("duplicate option", Kind::DuplicateName, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::string(QStringLiteral("a"), QStringLiteral("x")))
                .option(OptionSpec::integer(QStringLiteral("a"), QStringLiteral("x")))
                .handler(noop);
        });
        row("required after optional", Kind::RequiredAfterOptional, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::string(QStringLiteral("a"), QStringLiteral("x")))
                .option(OptionSpec::string(QStringLiteral("b"), QStringLiteral("x")).required())
                .handler(noop);
        });
        row("26 choices", Kind::BadChoices, [] {
            auto option = OptionSpec::integer(QStringLiteral("a"), QStringLiteral("x"));
            for (int i = 0; i < 26; ++i) {
                option.choice(QStringLiteral("c%1").arg(i), i);
            }
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(option)
                .handler(noop);
        });
        row("choices with autocomplete", Kind::BadChoices, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::string(QStringLiteral("a"), QStringLiteral("x"))
                            .choice(QStringLiteral("A"), QStringLiteral("a"))
                            .autocomplete(
                                [](InteractionContext &, QString) -> QCoro::Task<QList<Choice>> {
                                    co_return QList<Choice> {};
                                }))
                .handler(noop);
        });
        row("string choice on integer", Kind::BadChoices, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::integer(QStringLiteral("a"), QStringLiteral("x"))
                            .choice(QStringLiteral("A"), QStringLiteral("a")))
                .handler(noop);
        });
        row("min above max", Kind::BadBounds, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::number(QStringLiteral("a"), QStringLiteral("x"))
                            .minValue(5)
                            .maxValue(1))
                .handler(noop);
        });
        row("length on integer", Kind::MisplacedSetting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(OptionSpec::integer(QStringLiteral("a"), QStringLiteral("x")).maxLength(3))
                .handler(noop);
        });
        row("max length 6001", Kind::BadBounds, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .option(
                    OptionSpec::string(QStringLiteral("a"), QStringLiteral("x")).maxLength(6001))
                .handler(noop);
        });
        row("permissions on subcommand", Kind::MisplacedSetting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(sub(QStringLiteral("a")).defaultMemberPermissions(8));
        });
        row("handler on a group node", Kind::MisplacedSetting, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .add(sub(QStringLiteral("a")))
                .handler(noop);
        });
        row("bad localized name", Kind::BadLocalization, [] {
            return CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"))
                .localize(QStringLiteral("de"), QStringLiteral("Bälle"))
                .handler(noop);
        });
        row("over 8000 characters", Kind::TooLarge, [] {
            auto spec = CommandSpec::command(QStringLiteral("balls"), QStringLiteral("x"));
            for (int s = 0; s < 25; ++s) {
                auto leaf = sub(QStringLiteral("s%1").arg(s));
                for (int o = 0; o < 4; ++o) {
                    leaf.option(OptionSpec::string(QStringLiteral("o%1").arg(o),
                                                   QString(100, QLatin1Char('d'))));
                }
                spec.add(leaf);
            }
            return spec;
        });
    }
    void invalidSpecsAreRejected()
    {
        QFETCH(int, index);
        QFETCH(int, kind);
        CommandTree tree;
        const auto added = tree.add(m_badSpecs.at(index)());
        QVERIFY(!added.has_value());
        QCOMPARE(static_cast<int>(added.error().kind), kind);
        QVERIFY(!added.error().path.isEmpty());
        QVERIFY(tree.commands().empty());
    }

    void validUnicodeNamesPass()
    {
        QVERIFY(isValidCommandName(QStringLiteral("échange")));
        QVERIFY(isValidCommandName(QStringLiteral("trade_cooldown")));
        QVERIFY(isValidCommandName(QStringLiteral("blacklist-guild")));
        QVERIFY(isValidCommandName(QStringLiteral("नमस्ते")));
        QVERIFY(!isValidCommandName(QStringLiteral("a.b")));
        QVERIFY(!isValidCommandName(QString()));
    }

    void duplicateAndTooManyCommandsAreRejected()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        QCOMPARE(tree.add(ballsCommand()).error().kind, CommandSpecError::Kind::DuplicateName);
        QCOMPARE(tree.add(sub(QStringLiteral("loose"))).error().kind,
                 CommandSpecError::Kind::BadNesting); // subcommands cannot be top level
        for (int i = 1; i < CommandTree::MaxCommandsPerScope; ++i) {
            QVERIFY(tree.add(CommandSpec::command(QStringLiteral("c%1").arg(i), QStringLiteral("x"))
                                 .handler(noop))
                        .has_value());
        }
        QCOMPARE(tree.add(CommandSpec::command(QStringLiteral("overflow"), QStringLiteral("x"))
                              .handler(noop))
                     .error()
                     .kind,
                 CommandSpecError::Kind::TooManyCommands);
        QVERIFY(tree.add(adminCommand()).has_value()); // another scope has its own 100
    }

    void leafLookup()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        QVERIFY(tree.add(adminCommand()).has_value());
        QVERIFY(tree.leaf({QStringLiteral("balls"), QStringLiteral("give")}));
        QCOMPARE(
            tree.leaf({QStringLiteral("admin"), QStringLiteral("blacklist"), QStringLiteral("add")})
                ->name(),
            QStringLiteral("add"));
        QVERIFY(!tree.leaf({QStringLiteral("balls")}));
        QVERIFY(!tree.leaf({QStringLiteral("balls"), QStringLiteral("nope")}));
        QVERIFY(!tree.leaf({QStringLiteral("nope")}));
        QVERIFY(!tree.leaf({}));
    }

    void hashIsStableAndDetectsChanges()
    {
        CommandTree first;
        CommandTree second;
        QVERIFY(first.add(ballsCommand()).has_value());
        QVERIFY(second.add(ballsCommand()).has_value());
        QCOMPARE(first.hash(CommandScope::Global), second.hash(CommandScope::Global));
        QCOMPARE(first.hash(CommandScope::Global).size(), 64);

        CommandTree changed;
        auto spec = ballsCommand();
        spec.add(sub(QStringLiteral("count")));
        QVERIFY(changed.add(spec).has_value());
        QVERIFY(changed.hash(CommandScope::Global) != first.hash(CommandScope::Global));

        QVERIFY(first.add(adminCommand()).has_value());
        QCOMPARE(first.hash(CommandScope::Global), second.hash(CommandScope::Global));
        QVERIFY(first.hash(CommandScope::AdminGuilds) != second.hash(CommandScope::AdminGuilds));
    }

    void syncPushesOnlyWhenChanged()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        QVERIFY(tree.add(adminCommand()).has_value());
        RecordingTransport transport;
        InMemorySyncStateStore store;
        const QList<Snowflake> adminGuilds {GuildId, GuildId + 1};

        CommandSync sync(tree, transport, store);
        auto outcomes = run(sync.sync(ApplicationId, adminGuilds));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(transport.count(RecordedCall::Kind::BulkOverwrite), 3);
        const auto puts = transport.ofKind(RecordedCall::Kind::BulkOverwrite);
        QVERIFY(!puts.at(0).guildId);
        QCOMPARE(puts.at(0).commands, tree.toJson(CommandScope::Global));
        QCOMPARE(*puts.at(1).guildId, GuildId);
        QCOMPARE(puts.at(2).commands, tree.toJson(CommandScope::AdminGuilds));
        QVERIFY(
            sync.mention(QStringLiteral("balls list")).startsWith(QStringLiteral("</balls list:")));

        // A restart with the same tree: nothing is sent, mentions still known.
        transport.calls.clear();
        CommandSync again(tree, transport, store);
        outcomes = run(again.sync(ApplicationId, adminGuilds));
        QCOMPARE(transport.calls.size(), 0);
        QVERIFY(!outcomes.at(0).pushed);
        QCOMPARE(again.mention(QStringLiteral("balls list")),
                 sync.mention(QStringLiteral("balls list")));

        // A changed global tree: only the global scope is pushed.
        CommandTree changed;
        auto spec = ballsCommand();
        spec.add(sub(QStringLiteral("count")));
        QVERIFY(changed.add(spec).has_value());
        QVERIFY(changed.add(adminCommand()).has_value());
        CommandSync third(changed, transport, store);
        run(third.sync(ApplicationId, adminGuilds));
        QCOMPARE(transport.count(RecordedCall::Kind::BulkOverwrite), 1);
        QVERIFY(!transport.calls.at(0).guildId);
    }

    void failedSyncIsRetriedNextTime()
    {
        CommandTree tree;
        QVERIFY(tree.add(ballsCommand()).has_value());
        RecordingTransport transport;
        InMemorySyncStateStore store;
        transport.bulkError = TransportError {TransportError::Kind::Http, 400, 50035,
                                              QStringLiteral("Invalid Form Body")};
        CommandSync sync(tree, transport, store);
        const auto outcomes = run(sync.sync(ApplicationId, {}));
        QVERIFY(outcomes.at(0).error.has_value());
        QCOMPARE(sync.mention(QStringLiteral("balls list")), QStringLiteral("/balls list"));
        transport.bulkError.reset();
        run(sync.sync(ApplicationId, {}));
        QCOMPARE(transport.count(RecordedCall::Kind::BulkOverwrite), 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandTree)
#include "tst_commandtree.moc"
