// SPDX-License-Identifier: MIT
#include "Payloads.h"
#include "interactions/InteractionParser.h"
#include "interactions/OptionParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject commandData(const char *optionsJson)
{
    QJsonObject data {{QStringLiteral("name"), QStringLiteral("cmd")}};
    data.insert(QStringLiteral("options"),
                QJsonDocument::fromJson(QByteArray(optionsJson)).array());
    return data;
}

void mutate(QJsonValue &value, QRandomGenerator &random, int depth);

void mutateObject(QJsonObject &object, QRandomGenerator &random, int depth)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        QJsonValue child = object.value(key);
        mutate(child, random, depth + 1);
        if (child.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, child);
        }
    }
}

/// Randomly replaces values by other JSON types, drops keys and array items.
void mutate(QJsonValue &value, QRandomGenerator &random, int depth)
{
    const int roll = static_cast<int>(random.bounded(100));
    if (roll < 4) {
        value = QJsonValue(QJsonValue::Undefined);
        return;
    }
    if (roll < 8) {
        const QJsonValue replacements[] = {QJsonValue(),
                                           QJsonValue(42),
                                           QJsonValue(-1.5),
                                           QJsonValue(QStringLiteral("x")),
                                           QJsonValue(true),
                                           QJsonValue(QJsonArray {1, 2}),
                                           QJsonValue(QJsonObject()),
                                           QJsonValue(QStringLiteral("99999999999999999999999")),
                                           QJsonValue(1e300)};
        value = replacements[random.bounded(9)];
        return;
    }
    if (depth > 12) {
        return;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        mutateObject(object, random, depth);
        value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue child = array.at(i);
            mutate(child, random, depth + 1);
            if (child.isUndefined()) {
                array.removeAt(i--);
            } else {
                array.replace(i, child);
            }
        }
        value = array;
    }
}

} // namespace

class TestInteractionParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slashCommandWithGroupAndResolvedUser()
    {
        const auto parsed = parseInteraction(fixture("slash_group_resolved_user.json"));
        QVERIFY(parsed.has_value());
        const Interaction &interaction = *parsed;
        QCOMPARE(interaction.type, InteractionType::ApplicationCommand);
        QCOMPARE(interaction.id, 1290000000000000001LL);
        QCOMPARE(interaction.applicationId, ApplicationId);
        QCOMPARE(interaction.token, QStringLiteral("aW50ZXJhY3Rpb246dG9rZW4"));
        QCOMPARE(*interaction.guildId, GuildId);
        QCOMPARE(*interaction.channelId, ChannelId);
        QCOMPARE(interaction.user.id, InvokerId);
        QCOMPARE(interaction.user.displayName(), QStringLiteral("Admin"));
        QCOMPARE(*interaction.member->nick, QStringLiteral("boss"));
        QCOMPARE(interaction.member->roles, QList<Snowflake> {1700000000000000001LL});
        QCOMPARE(*interaction.memberPermissions, 2251799813685247ULL);
        QVERIFY(*interaction.appPermissions & permission::SendMessages);
        QCOMPARE(interaction.locale, QStringLiteral("fr"));
        QCOMPARE(*interaction.context, 0);
        QCOMPARE(*interaction.commandGuildId, GuildId);
        QVERIFY(!interaction.dataError);

        QCOMPARE(interaction.commandPath(), QStringLiteral("admin blacklist add"));
        QCOMPARE(*interaction.options.string(QStringLiteral("reason")), QStringLiteral("spam"));
        QCOMPARE(*interaction.options.integer(QStringLiteral("days")), 30);
        QCOMPARE(*interaction.options.number(QStringLiteral("days")), 30.0);
        QCOMPARE(*interaction.options.number(QStringLiteral("ratio")), 0.5);
        QCOMPARE(*interaction.options.boolean(QStringLiteral("silent")), true);
        QVERIFY(!interaction.options.integer(QStringLiteral("reason")));
        QVERIFY(!interaction.options.string(QStringLiteral("missing")));

        const auto user = interaction.userOption(QStringLiteral("user"));
        QVERIFY(user);
        QCOMPARE(user->id, 1400000000000000009LL);
        QCOMPARE(user->displayName(), QStringLiteral("spammer"));
        const auto member = interaction.memberOption(QStringLiteral("user"));
        QVERIFY(member);
        QCOMPARE(*member->nick, QStringLiteral("spam"));
        QCOMPARE(*member->permissions, 1024ULL);
        QCOMPARE(interaction.createdAt(), snowflakeTime(1290000000000000001LL));
    }

    void resolvedChannelsRolesAttachments()
    {
        const auto parsed
            = parseInteraction(fixture("slash_resolved_channel_role_attachment.json"));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->commandPath(), QStringLiteral("config channel"));
        const auto channel = parsed->channelOption(QStringLiteral("channel"));
        QVERIFY(channel);
        QCOMPARE(channel->name, QStringLiteral("spawns"));
        QCOMPARE(*channel->permissions, 68608ULL);
        QCOMPARE(*channel->parentId, 1300000000000000004LL);
        const auto attachment = parsed->attachmentOption(QStringLiteral("banner"));
        QVERIFY(attachment);
        QCOMPARE(attachment->filename, QStringLiteral("b.png"));
        QCOMPARE(attachment->size, 2048);
        QCOMPARE(attachment->contentType, QStringLiteral("image/png"));
        const auto role = parsed->roleOption(QStringLiteral("role"));
        QVERIFY(role);
        QCOMPARE(role->name, QStringLiteral("Players"));
        QCOMPARE(role->position, 3);
        QVERIFY(!parsed->userOption(QStringLiteral("channel")));
    }

    void commandWithoutOptions()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto parsed = parseInteraction(commandPayload(now, QStringLiteral("about")));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->options.path, QStringList {QStringLiteral("about")});
        QVERIFY(parsed->options.options.isEmpty());
        QVERIFY(!parsed->dataError);

        const auto sub = parseInteraction(commandPayload(
            now, QStringLiteral("balls"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("list")},
                                     {QStringLiteral("type"), 1}}}));
        QCOMPARE(sub->commandPath(), QStringLiteral("balls list"));
        QVERIFY(sub->options.options.isEmpty());
    }

    void autocompleteInDirectMessage()
    {
        const auto parsed = parseInteraction(fixture("autocomplete_dm.json"));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->type, InteractionType::Autocomplete);
        QVERIFY(!parsed->guildId);
        QVERIFY(!parsed->member);
        QCOMPARE(parsed->user.id, InvokerId);
        QCOMPARE(*parsed->context, 1);
        QVERIFY(!parsed->dataError);
        QCOMPARE(*parsed->options.focused, QStringLiteral("countryball"));
        QVERIFY(parsed->options.find(QStringLiteral("countryball"))->focused);
        // Partial input of a non-string option stays raw text in autocomplete.
        QCOMPARE(*parsed->options.string(QStringLiteral("amount")), QStringLiteral("1"));
    }

    void componentClick()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto parsed = parseInteraction(componentPayload(
            now, QStringLiteral("pick:42"), InvokerId, {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->type, InteractionType::MessageComponent);
        QCOMPARE(parsed->customId, QStringLiteral("pick:42"));
        QCOMPARE(parsed->componentType, 3);
        QCOMPARE(parsed->values, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(*parsed->messageId, SourceMessageId);
        QVERIFY(!parsed->dataError);
    }

    void modalInLabelLayout()
    {
        const auto parsed = parseInteraction(
            modalPayload(QDateTime::currentDateTimeUtc(), QStringLiteral("catch:7"),
                         QStringLiteral("name"), QStringLiteral("France")));
        QVERIFY(parsed.has_value());
        QVERIFY(!parsed->dataError);
        QCOMPARE(parsed->customId, QStringLiteral("catch:7"));
        QCOMPARE(parsed->fields.size(), 1);
        QCOMPARE(parsed->fieldValue(QStringLiteral("name")), QStringLiteral("France"));
        QCOMPARE(*parsed->messageId, SourceMessageId);
    }

    void modalInLegacyLayout()
    {
        QJsonObject payload
            = envelope(InteractionType::ModalSubmit, QDateTime::currentDateTimeUtc());
        payload.insert(QStringLiteral("data"), parseJson(R"({"custom_id": "report", "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": "what", "value": "a bug"}]},
            {"type": 1, "components": [{"type": 4, "custom_id": "where", "value": ""}]},
            {"type": 10, "id": 5, "content": "static text"},
            {"type": 18, "component": {"type": 3, "custom_id": "kind", "values": ["x", "y"]}}]})"));
        const auto parsed = parseInteraction(payload);
        QVERIFY(parsed.has_value());
        QVERIFY(!parsed->dataError);
        QVERIFY(!parsed->messageId);
        QCOMPARE(parsed->fields.size(), 3);
        QCOMPARE(parsed->fieldValue(QStringLiteral("what")), QStringLiteral("a bug"));
        QCOMPARE(parsed->fieldValue(QStringLiteral("where")), QString());
        QCOMPARE(parsed->field(QStringLiteral("kind"))->values,
                 (QStringList {QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(!parsed->field(QStringLiteral("nope")));
    }

    void badEnvelopesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("no token") << QByteArray(
            R"({"id": "1290000000000000001", "application_id": "1", "type": 2, "user": {"id": "1"}})");
        QTest::newRow("unknown type") << QByteArray(
            R"({"id": "1290000000000000001", "application_id": "1", "type": 9, "token": "t",
                "user": {"id": "1"}})");
        QTest::newRow("type as string") << QByteArray(
            R"({"id": "1290000000000000001", "application_id": "1", "type": "2", "token": "t",
                "user": {"id": "1"}})");
        QTest::newRow("numeric id") << QByteArray(
            R"({"id": 1290000000000000001, "application_id": "1", "type": 2, "token": "t",
                "user": {"id": "1"}})");
        QTest::newRow("no user") << QByteArray(
            R"({"id": "1290000000000000001", "application_id": "1", "type": 2, "token": "t",
                "data": {"name": "a"}})");
    }
    void badEnvelopesAreRefused()
    {
        QFETCH(QByteArray, json);
        const auto parsed = parseInteraction(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.has_value());
        QVERIFY(!parsed.error().detail.isEmpty());
    }

    void badDataKeepsTheEnvelope()
    {
        QJsonObject payload
            = commandPayload(QDateTime::currentDateTimeUtc(), QStringLiteral("balls"),
                             QJsonArray {option(QStringLiteral("amount"), OptionType::Integer,
                                                QStringLiteral("ten"))});
        const auto parsed = parseInteraction(payload);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->dataError);
        QCOMPARE(parsed->dataError->kind, OptionError::Kind::TypeMismatch);
        QCOMPARE(parsed->dataError->option, QStringLiteral("amount"));
        QCOMPARE(parsed->commandPath(), QStringLiteral("balls"));
        QVERIFY(!parsed->token.isEmpty());

        QJsonObject noData
            = envelope(InteractionType::MessageComponent, QDateTime::currentDateTimeUtc());
        const auto component = parseInteraction(noData);
        QVERIFY(component.has_value());
        QVERIFY(component->dataError);
    }

    void optionErrors_data()
    {
        using Kind = OptionError::Kind;
        QTest::addColumn<QByteArray>("options");
        QTest::addColumn<int>("kind");
        QTest::newRow("options not an array") << QByteArray(R"({"a": 1})") << -1;
        QTest::newRow("string for integer")
            << QByteArray(R"([{"name": "n", "type": 4, "value": "5"}])") << int(Kind::TypeMismatch);
        QTest::newRow("fraction for integer")
            << QByteArray(R"([{"name": "n", "type": 4, "value": 1.5}])") << int(Kind::OutOfRange);
        QTest::newRow("integer beyond 2^53")
            << QByteArray(R"([{"name": "n", "type": 4, "value": 9007199254740993}])")
            << int(Kind::OutOfRange);
        QTest::newRow("number as string")
            << QByteArray(R"([{"name": "n", "type": 10, "value": "1.5"}])")
            << int(Kind::TypeMismatch);
        QTest::newRow("bool as int")
            << QByteArray(R"([{"name": "b", "type": 5, "value": 1}])") << int(Kind::TypeMismatch);
        QTest::newRow("string as number")
            << QByteArray(R"([{"name": "s", "type": 3, "value": 3}])") << int(Kind::TypeMismatch);
        QTest::newRow("user not a snowflake")
            << QByteArray(R"([{"name": "u", "type": 6, "value": "@me"}])")
            << int(Kind::BadSnowflake);
        QTest::newRow("user as number")
            << QByteArray(R"([{"name": "u", "type": 6, "value": 1400000000000000001}])")
            << int(Kind::BadSnowflake);
        QTest::newRow("unknown type")
            << QByteArray(R"([{"name": "x", "type": 12, "value": "a"}])") << int(Kind::UnknownType);
        QTest::newRow("type missing")
            << QByteArray(R"([{"name": "x", "value": "a"}])") << int(Kind::Malformed);
        QTest::newRow("value missing")
            << QByteArray(R"([{"name": "x", "type": 3}])") << int(Kind::Malformed);
        QTest::newRow("nameless") << QByteArray(R"([{"type": 3, "value": "a"}])")
                                  << int(Kind::Malformed);
        QTest::newRow("not an object") << QByteArray(R"(["a"])") << int(Kind::Malformed);
        QTest::newRow("duplicate") << QByteArray(
            R"([{"name": "a", "type": 3, "value": "x"}, {"name": "a", "type": 3, "value": "y"}])")
                                   << int(Kind::DuplicateName);
        QTest::newRow("group in group") << QByteArray(
            R"([{"name": "g", "type": 2, "options": [{"name": "h", "type": 2, "options": []}]}])")
                                        << int(Kind::BadNesting);
        QTest::newRow("sub in sub")
            << QByteArray(R"([{"name": "s", "type": 1, "options": [{"name": "t", "type": 1}]}])")
            << int(Kind::BadNesting);
        QTest::newRow("empty group")
            << QByteArray(R"([{"name": "g", "type": 2}])") << int(Kind::BadNesting);
        QTest::newRow("two subcommands")
            << QByteArray(R"([{"name": "s", "type": 1}, {"name": "t", "type": 1}])")
            << int(Kind::BadNesting);
        QTest::newRow("sub among params")
            << QByteArray(R"([{"name": "a", "type": 3, "value": "x"}, {"name": "t", "type": 1}])")
            << int(Kind::BadNesting);
        QTest::newRow("value and options")
            << QByteArray(R"([{"name": "a", "type": 3, "value": "x", "options": []}])")
            << int(Kind::BadNesting);
        QTest::newRow("focused not bool")
            << QByteArray(R"([{"name": "a", "type": 3, "value": "x", "focused": "yes"}])")
            << int(Kind::Malformed);
    }
    void optionErrors()
    {
        QFETCH(QByteArray, options);
        QFETCH(int, kind);
        QJsonObject data {{QStringLiteral("name"), QStringLiteral("cmd")}};
        const QJsonDocument document = QJsonDocument::fromJson(options);
        data.insert(QStringLiteral("options"),
                    document.isArray() ? QJsonValue(document.array())
                                       : QJsonValue(document.object()));
        const auto parsed = parseOptions(data);
        QVERIFY(!parsed.has_value());
        if (kind >= 0) {
            QCOMPARE(static_cast<int>(parsed.error().kind), kind);
        }
        QVERIFY(!parsed.error().toString().isEmpty());
    }

    void optionParserAcceptsEdgeValues()
    {
        const auto parsed = parseOptions(commandData(R"([
            {"name": "big", "type": 4, "value": 9007199254740991},
            {"name": "neg", "type": 4, "value": -9007199254740991},
            {"name": "whole", "type": 10, "value": 3},
            {"name": "empty", "type": 3, "value": ""}])"));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed->integer(QStringLiteral("big")), 9007199254740991LL);
        QCOMPARE(*parsed->integer(QStringLiteral("neg")), -9007199254740991LL);
        QCOMPARE(*parsed->number(QStringLiteral("whole")), 3.0);
        QCOMPARE(*parsed->string(QStringLiteral("empty")), QString());
        QVERIFY(!parseOptions(QJsonObject()).has_value()); // no command name
    }

    void permissionsKeepLowBits()
    {
        QCOMPARE(*parsePermissions(QJsonValue(QStringLiteral("8"))), 8ULL);
        // 2^64 + 2048: the low 64 bits survive.
        QCOMPARE(*parsePermissions(QJsonValue(QStringLiteral("18446744073709553664"))), 2048ULL);
        QVERIFY(!parsePermissions(QJsonValue(8)));
        QVERIFY(!parsePermissions(QJsonValue(QStringLiteral("-8"))));
    }

    void randomlyMutatedPayloadsNeverCrash()
    {
        QRandomGenerator random(20250301);
        const QJsonObject seeds[] = {
            fixture("slash_group_resolved_user.json"),
            fixture("slash_resolved_channel_role_attachment.json"), fixture("autocomplete_dm.json"),
            componentPayload(QDateTime::currentDateTimeUtc(), QStringLiteral("a:b")),
            modalPayload(QDateTime::currentDateTimeUtc(), QStringLiteral("m"), QStringLiteral("f"),
                         QStringLiteral("v"))};
        int parsedCount = 0;
        for (int i = 0; i < 3000; ++i) {
            QJsonValue value = seeds[i % 5];
            mutate(value, random, 0);
            const auto parsed = parseInteraction(value.toObject());
            if (parsed) {
                ++parsedCount;
                QVERIFY(parsed->id > 0);
                QVERIFY(!parsed->token.isEmpty());
            }
            (void)parseOptions(value.toObject().value(QLatin1String("data")).toObject());
        }
        QVERIFY(parsedCount > 0);
    }
};

QTEST_GUILESS_MAIN(TestInteractionParser)
#include "tst_interactionparser.moc"
