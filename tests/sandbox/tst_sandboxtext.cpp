// SPDX-License-Identifier: MIT
// The sandbox terminal's pieces without processes: tokenizing, option typing against a command,
// rendering messages, embeds, buttons and modals, and the world's payloads.
#include "CommandTokenizer.h"
#include "MessageText.h"
#include "SandboxFixtures.h"
#include "SandboxOptions.h"
#include "SandboxWorld.h"
#include "SlashCommandBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ballsdex::sandbox;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonArray jsonArray(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

} // namespace

class TestSandboxText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizer_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("/click 1") << QStringList {S("/click"), S("1")};
        QTest::newRow("blanks") << QStringLiteral("  a   b\tc ")
                                << QStringList {S("a"), S("b"), S("c")};
        QTest::newRow("double quotes") << QStringLiteral("/fill 1 \"France Ball\"")
                                       << QStringList {S("/fill"), S("1"), S("France Ball")};
        QTest::newRow("quote inside a word")
            << QStringLiteral("/slash balls admin spawn countryball:\"Holy Roman Empire\"")
            << QStringList {S("/slash"), S("balls"), S("admin"), S("spawn"),
                            S("countryball:Holy Roman Empire")};
        QTest::newRow("single quotes keep backslashes")
            << QStringLiteral("x 'a\\b \"c\"'") << QStringList {S("x"), S("a\\b \"c\"")};
        QTest::newRow("escaped quote")
            << QStringLiteral("x \"say \\\"hi\\\"\"") << QStringList {S("x"), S("say \"hi\"")};
        QTest::newRow("escaped blank")
            << QStringLiteral("a\\ b c") << QStringList {S("a b"), S("c")};
        QTest::newRow("empty quotes")
            << QStringLiteral("k:\"\" z") << QStringList {S("k:"), S("z")};
        QTest::newRow("empty line") << QString() << QStringList {};
    }
    void tokenizer()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto result = tokenizeCommandLine(line);
        QVERIFY(result.has_value());
        QCOMPARE(*result, words);
    }
    void tokenizerRefusesUnclosedQuotes()
    {
        const auto result = tokenizeCommandLine(QStringLiteral("/fill 1 \"France"));
        QVERIFY(!result.has_value());
        QVERIFY(result.error().contains(QStringLiteral("unclosed")));
    }
    void keyValue_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("colon") << S("user:Bob") << S("user") << S("Bob");
        QTest::newRow("equals") << S("1=France") << S("1") << S("France");
        QTest::newRow("first separator wins") << S("a:b=c") << S("a") << S("b=c");
        QTest::newRow("equals before colon") << S("a=b:c") << S("a") << S("b:c");
        QTest::newRow("none") << S("France") << S("") << S("France");
        QTest::newRow("leading colon is a value") << S(":x") << S("") << S(":x");
    }
    void keyValue()
    {
        QFETCH(QString, word);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto [k, v] = splitKeyValue(word);
        QCOMPARE(k, key);
        QCOMPARE(v, value);
    }

    void slashTypesOptions()
    {
        const SandboxWorld world = SandboxWorld::seeded();
        const auto data
            = buildSlashCommandData(jsonArray(fixtures::Commands),
                                    {S("give"), S("amount:7"), S("user:bob"), S("silent:yes"),
                                     S("ratio:0.5"), S("where:#spawn"), S("kind:Shiny")},
                                    world);
        QVERIFY2(data.has_value(), qPrintable(data ? QString() : data.error()));
        QCOMPARE(data->value(S("id")).toString(), QStringLiteral("12"));
        QCOMPARE(data->value(S("name")).toString(), QStringLiteral("give"));
        const QJsonArray options = data->value(S("options")).toArray();
        QCOMPARE(options.size(), 6);
        // declaration order, typed values
        QCOMPARE(options[0].toObject().value(S("name")).toString(), QStringLiteral("user"));
        QCOMPARE(options[0].toObject().value(S("type")).toInt(), 6);
        QCOMPARE(options[0].toObject().value(S("value")).toString(), world.findUser(S("Bob"))->id);
        QCOMPARE(options[1].toObject().value(S("value")).toInteger(), 7);
        QVERIFY(options[1].toObject().value(S("value")).isDouble());
        QCOMPARE(options[2].toObject().value(S("value")), QJsonValue(true));
        QCOMPARE(options[3].toObject().value(S("value")).toDouble(), 0.5);
        QCOMPARE(options[4].toObject().value(S("value")).toString(),
                 world.findChannel(S("spawn"))->id);
        QCOMPARE(options[5].toObject().value(S("value")).toString(), QStringLiteral("shiny"));
        const QJsonObject resolved = data->value(S("resolved")).toObject();
        const QString bob = world.findUser(S("Bob"))->id;
        QCOMPARE(resolved.value(S("users"))
                     .toObject()
                     .value(bob)
                     .toObject()
                     .value(S("global_name"))
                     .toString(),
                 QStringLiteral("Bob"));
        QVERIFY(resolved.value(S("members")).toObject().contains(bob));
        QVERIFY(!resolved.value(S("members")).toObject().value(bob).toObject().contains(S("user")));
        QVERIFY(
            resolved.value(S("channels")).toObject().contains(world.findChannel(S("spawn"))->id));
    }
    void slashPositionalValues()
    {
        const auto data = buildSlashCommandData(
            jsonArray(fixtures::Commands), {S("/give"), S("Dana"), S("3")}, SandboxWorld::seeded());
        QVERIFY2(data.has_value(), qPrintable(data ? QString() : data.error()));
        const QJsonArray options = data->value(S("options")).toArray();
        QCOMPARE(options.size(), 2);
        QCOMPARE(options[1].toObject().value(S("value")).toInteger(), 3);
    }
    void slashSubcommandGroups()
    {
        const auto data = buildSlashCommandData(
            jsonArray(fixtures::Commands),
            {S("balls"), S("admin"), S("spawn"), S("countryball:Holy Roman Empire")},
            SandboxWorld::seeded());
        QVERIFY2(data.has_value(), qPrintable(data ? QString() : data.error()));
        const QJsonObject group = data->value(S("options")).toArray().at(0).toObject();
        QCOMPARE(group.value(S("type")).toInt(), 2);
        QCOMPARE(group.value(S("name")).toString(), QStringLiteral("admin"));
        const QJsonObject sub = group.value(S("options")).toArray().at(0).toObject();
        QCOMPARE(sub.value(S("type")).toInt(), 1);
        QCOMPARE(sub.value(S("name")).toString(), QStringLiteral("spawn"));
        const QJsonObject leaf = sub.value(S("options")).toArray().at(0).toObject();
        QCOMPARE(leaf.value(S("value")).toString(), QStringLiteral("Holy Roman Empire"));

        const auto bare = buildSlashCommandData(jsonArray(fixtures::Commands),
                                                {S("balls"), S("list")}, SandboxWorld::seeded());
        QVERIFY(bare.has_value());
        const QJsonObject list = bare->value(S("options")).toArray().at(0).toObject();
        QCOMPARE(list.value(S("name")).toString(), QStringLiteral("list"));
        QVERIFY(list.value(S("options")).toArray().isEmpty());
    }
    void slashErrors_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList {S("nope")}
            << S("unknown command /nope; registered commands: /balls, /give, /ping");
        QTest::newRow("message commands are not slash commands")
            << QStringList {S("Report")} << S("unknown command /Report");
        QTest::newRow("missing subcommand")
            << QStringList {S("balls")} << S("/balls needs one of: list, admin");
        QTest::newRow("unknown subcommand") << QStringList {S("balls"), S("admin"), S("x")}
                                            << S("/balls admin has no \"x\"; choose one of: spawn");
        QTest::newRow("missing required") << QStringList {S("give"), S("user:Bob")}
                                          << S("missing required parameter(s): amount:<integer>");
        QTest::newRow("not an integer") << QStringList {S("give"), S("Bob"), S("many")}
                                        << S("amount: \"many\" is not a valid integer");
        QTest::newRow("below min")
            << QStringList {S("give"), S("Bob"), S("0")} << S("amount: must be at least 1");
        QTest::newRow("above max")
            << QStringList {S("give"), S("Bob"), S("101")} << S("amount: must be at most 100");
        QTest::newRow("unknown user")
            << QStringList {S("give"), S("Zed"), S("1")} << S("user: no user \"Zed\"");
        QTest::newRow("bad boolean") << QStringList {S("give"), S("Bob"), S("1"), S("silent:maybe")}
                                     << S("silent: \"maybe\" is not true or false");
        QTest::newRow("bad choice") << QStringList {S("give"), S("Bob"), S("1"), S("kind:gold")}
                                    << S("kind: \"gold\" is not one of the choices: Shiny, Plain");
        QTest::newRow("too many") << QStringList {S("ping"), S("a"), S("b")}
                                  << S("too many values (\"b\")");
    }
    void slashErrors()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, message);
        const auto data
            = buildSlashCommandData(jsonArray(fixtures::Commands), words, SandboxWorld::seeded());
        QVERIFY(!data.has_value());
        QVERIFY2(data.error().startsWith(message), qPrintable(data ? QString() : data.error()));
    }
    void describesCommands()
    {
        const QStringList lines = describeCommands(jsonArray(fixtures::Commands));
        QVERIFY(lines.contains(S("/balls admin spawn countryball:<string>  — s")));
        QVERIFY(lines.contains(S("/balls list [user:<user>]  — l")));
        QVERIFY(lines.contains(S("/ping [text:<string>]  — Pong")));
        QCOMPARE(commandNames(jsonArray(fixtures::Commands)),
                 (QStringList {S("balls"), S("give"), S("ping")}));
    }

    void rendersEmbeds()
    {
        RenderContext context;
        const SandboxWorld world = SandboxWorld::seeded();
        context.world = &world;
        context.savedFiles.insert(S("card.png"), S("/tmp/files/1-card.png"));
        const QStringList lines = renderEmbed(json(fixtures::Embed), context);
        const QStringList expected {S("| [BallsDex]"),
                                    S("| ** France ** <https://x.invalid>"),
                                    S("| Caught by @Bob"),
                                    S("| in #spawn"),
                                    S("| ATK: 120"),
                                    S("| Notes:"),
                                    S("|   a"),
                                    S("|   b"),
                                    S("| image: attachment://card.png -> /tmp/files/1-card.png"),
                                    S("| thumbnail: https://t.invalid/t.png"),
                                    S("| -- ID #1A · 2024-01-01T00:00:00Z")};
        QCOMPARE(lines, expected);
    }
    void readableText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user") << S("hi <@1200000000000000101>!") << S("hi @Alice!");
        QTest::newRow("nick mention") << S("<@!1200000000000000103>") << S("@Charlie");
        QTest::newRow("bot") << S("<@100000000000000001>") << S("@BallsDex");
        QTest::newRow("unknown user") << S("<@42>") << S("@42");
        QTest::newRow("channel") << S("<#1200000000000000010>") << S("#general");
        QTest::newRow("custom emoji") << S("<:france:123> <a:spin:456>") << S(":france: :spin:");
        QTest::newRow("timestamp") << S("<t:0:R>") << S("1970-01-01 00:00 UTC");
    }
    void readableText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const SandboxWorld world = SandboxWorld::seeded();
        RenderContext context;
        context.world = &world;
        QCOMPARE(ballsdex::sandbox::readableText(text, context), expected);
    }
    void numbersButtonsAcrossRows()
    {
        const QJsonObject message = json(fixtures::TradeMessage);
        const QList<ComponentRef> refs = interactiveComponents(message);
        QCOMPARE(refs.size(), 4);
        QCOMPARE(refs[0].number, 1);
        QCOMPARE(refs[0].customId, QStringLiteral("a"));
        QCOMPARE(refs[1].disabled, true);
        QCOMPARE(refs[2].type, 3);
        QCOMPARE(refs[2].customId, QStringLiteral("s"));
        QCOMPARE(refs[3].number, 4);
        QCOMPARE(refs[3].label, QStringLiteral("⬅️"));

        const QStringList lines = renderMessage(message, RenderContext {});
        const QStringList expected {
            S("Trade"), S("[1] Accept   [2] Cancel (disabled)   (link) Docs <https://d.invalid>"),
            S("[3] select \"Pick\" (pick 1-2): fr=France, Spain*"), S("[4] ⬅️")};
        QCOMPARE(lines, expected);
    }
    void numbersComponentsV2()
    {
        const QJsonObject message = json(fixtures::ComponentsV2Message);
        const QList<ComponentRef> refs = interactiveComponents(message);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs[0].customId, QStringLiteral("x"));
        QCOMPARE(refs[1].customId, QStringLiteral("y"));
        const QStringList expected {S("| **France**"), S("| ATK 10"),
                                    S("| [1] Info"),   S("| image: attachment://a.png"),
                                    S("| ----"),       S("[2] Next")};
        QCOMPARE(renderMessage(message, RenderContext {}), expected);
    }
    void rendersAttachmentsAndEmptyMessages()
    {
        RenderContext context;
        context.savedFiles.insert(S("card.png"), S("/f/9-card.png"));
        const QStringList lines = renderMessage(json(fixtures::AttachmentMessage), context);
        QCOMPARE(lines, QStringList {S("file: card.png (1234 bytes) -> /f/9-card.png")});
        QCOMPARE(renderMessage(QJsonObject(), context), QStringList {S("(empty message)")});
    }
    void modalsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("modal");
        QTest::addColumn<bool>("labels");
        QTest::newRow("label layout") << QByteArray(fixtures::ModalWithLabels) << true;
        QTest::newRow("action rows") << QByteArray(fixtures::ModalWithRows) << false;
    }
    void modalsRoundTrip()
    {
        QFETCH(QByteArray, modal);
        QFETCH(bool, labels);
        ModalForm form = parseModal(QJsonDocument::fromJson(modal).object());
        QCOMPARE(form.labelLayout, labels);
        QCOMPARE(
            renderModal(form),
            (QStringList {S("modal \"Catch!\""), S("(1) Name [short, required] e.g. \"France\""),
                          S("(2) Why [paragraph, optional] = \"fun\"")}));
        QVERIFY(form.field(S("1")));
        QCOMPARE(form.field(S("why"))->number, 2);
        QCOMPARE(form.field(S("NAME"))->customId, QStringLiteral("name"));
        QVERIFY(!form.field(S("3")));
        form.field(S("1"))->value = QStringLiteral("Spain");
        const QJsonObject data = modalSubmitData(form);
        QCOMPARE(data.value(S("custom_id")).toString(), QStringLiteral("m"));
        const QJsonArray components = data.value(S("components")).toArray();
        QCOMPARE(components.size(), 2);
        const QJsonObject first = components[0].toObject();
        const QJsonObject input = labels ? first.value(S("component")).toObject()
                                         : first.value(S("components")).toArray().at(0).toObject();
        QCOMPARE(first.value(S("type")).toInt(), labels ? 18 : 1);
        QCOMPARE(input.value(S("custom_id")).toString(), QStringLiteral("name"));
        QCOMPARE(input.value(S("value")).toString(), QStringLiteral("Spain"));
    }

    void worldPayloads()
    {
        const SandboxWorld world = SandboxWorld::seeded();
        QCOMPARE(world.users.size(), 4);
        QVERIFY(world.findChannel(S("#spawn")));
        QVERIFY(world.findChannel(S("<#1200000000000000010>")));
        QVERIFY(world.findUser(S("@alice")));
        QVERIFY(world.findUser(S("<@!1200000000000000102>")));
        QVERIFY(!world.findUser(S("nobody")));
        const QJsonObject message
            = world.messageCreatePayload(*world.findUser(S("Bob")), *world.findChannel(S("spawn")),
                                         S("77"), S("hey @Alice and @BallsDex, mail@x"));
        QCOMPARE(message.value(S("content")).toString(),
                 QStringLiteral("hey <@1200000000000000101> and <@100000000000000001>, mail@x"));
        QCOMPARE(message.value(S("mentions")).toArray().size(), 2);
        QCOMPARE(message.value(S("guild_id")).toString(), world.guildId);
        QCOMPARE(message.value(S("author")).toObject().value(S("id")).toString(),
                 world.findUser(S("Bob"))->id);
        QVERIFY(!message.value(S("member")).toObject().contains(S("user")));

        const QJsonObject interaction = world.interactionPayload(
            S("5"), S("tok"), 2, *world.findUser(S("Alice")), *world.findChannel(S("general")));
        QCOMPARE(interaction.value(S("application_id")).toString(), world.applicationId);
        QCOMPARE(interaction.value(S("member"))
                     .toObject()
                     .value(S("user"))
                     .toObject()
                     .value(S("id"))
                     .toString(),
                 world.findUser(S("Alice"))->id);
        QCOMPARE(interaction.value(S("version")).toInt(), 1);
        const QJsonObject guild = world.guildCreatePayload();
        QCOMPARE(guild.value(S("channels")).toArray().size(), 2);
        QCOMPARE(guild.value(S("members")).toArray().size(), 5);
    }

    void options()
    {
        const auto parsed = parseSandboxArguments(
            {S("ballsdex-sandbox"), S("--bot"), S("/x/bot"), S("--config=c.yml"), S("-v"),
             S("--wait-timeout"), S("3"), S("--as"), S("Bob"), S("--"), S("--no-migrate")});
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->botPath, QStringLiteral("/x/bot"));
        QCOMPARE(parsed->configPath, QStringLiteral("c.yml"));
        QVERIFY(parsed->verbose);
        QCOMPARE(parsed->waitTimeoutSeconds, 3);
        QCOMPARE(parsed->startAs, QStringLiteral("Bob"));
        QCOMPARE(parsed->botArguments, QStringList {S("--no-migrate")});
        QVERIFY(!parseSandboxArguments({S("s"), S("--wait-timeout"), S("0")}).has_value());
        QVERIFY(!parseSandboxArguments({S("s"), S("--bot")}).has_value());
        QVERIFY(!parseSandboxArguments({S("s"), S("--frobnicate")}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSandboxText)
#include "tst_sandboxtext.moc"
