// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "interactions/InteractionRouter.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using namespace std::chrono_literals;
using Kind = RecordedCall::Kind;

class TestInteractionRouter final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<InteractionRouter> m_router;
    std::unique_ptr<AsyncLatch> m_latch;
    int m_calls = 0;
    int m_sequence = 0;
    QString m_seen;

    void buildRouter()
    {
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
    }

    void add(CommandSpec spec)
    {
        const auto added = m_tree->add(std::move(spec));
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().toString()));
    }

    void invoke(const QString &name, QJsonArray options = {}, Snowflake user = InvokerId)
    {
        m_router->handle(commandPayload(m_clock->now(), name, options, user,
                                        InteractionType::ApplicationCommand, ++m_sequence));
    }

    void invokeSub(const QString &command, const QString &sub, QJsonArray params = {},
                   Snowflake user = InvokerId)
    {
        invoke(command, QJsonArray {nested(sub, OptionType::SubCommand, params)}, user);
    }

    RecordedCall onlyCall()
    {
        if (m_transport->calls.size() != 1) {
            qWarning() << "expected one call, got" << m_transport->calls.size();
            return {};
        }
        return m_transport->calls.first();
    }

    /// /test with subcommands whose handlers exercise the context.
    void declareTestCommand()
    {
        add(CommandSpec::command(QStringLiteral("test"), QStringLiteral("Test command"))
                .add(CommandSpec::subcommand(QStringLiteral("echo"), QStringLiteral("Echo"))
                         .option(OptionSpec::string(QStringLiteral("text"), QStringLiteral("Text"))
                                     .required())
                         .option(
                             OptionSpec::integer(QStringLiteral("times"), QStringLiteral("Times"))
                                 .minValue(1)
                                 .maxValue(3))
                         .option(OptionSpec::user(QStringLiteral("user"), QStringLiteral("Who")))
                         .option(
                             OptionSpec::boolean(QStringLiteral("hidden"), QStringLiteral("Hide")))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             ++m_calls;
                             const QString text
                                 = ctx.options().string(QStringLiteral("text")).value_or(QString());
                             const qint64 times
                                 = ctx.options().integer(QStringLiteral("times")).value_or(1);
                             const bool hidden
                                 = ctx.options().boolean(QStringLiteral("hidden")).value_or(false);
                             co_await ctx.reply(Message(text.repeated(times)),
                                                hidden ? Visibility::Ephemeral
                                                       : Visibility::Public);
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("slow"), QStringLiteral("Slow"))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             ++m_calls;
                             co_await m_latch->wait();
                             co_await ctx.reply(Message(QStringLiteral("done")));
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("secret"),
                                             QStringLiteral("Slow, ephemeral"))
                         .ephemeral()
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await m_latch->wait();
                             co_await ctx.reply(Message(QStringLiteral("psst")),
                                                Visibility::Ephemeral);
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("throw"), QStringLiteral("Throws"))
                         .handler([](InteractionContext &) -> QCoro::Task<void> {
                             throw std::runtime_error("database unreachable");
                             co_return;
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("late-throw"),
                                             QStringLiteral("Throws after a defer"))
                         .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await ctx.defer(Visibility::Ephemeral);
                             throw std::runtime_error("render failed");
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("twice"),
                                             QStringLiteral("Answers twice"))
                         .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await ctx.defer();
                             co_await ctx.defer();
                             co_await ctx.reply(Message(QStringLiteral("one")));
                             co_await ctx.reply(Message(QStringLiteral("two")),
                                                Visibility::Ephemeral);
                             Modal modal;
                             modal.customId = QStringLiteral("m");
                             modal.title = QStringLiteral("t");
                             const auto shown = co_await ctx.showModal(modal);
                             if (shown) {
                                 throw std::logic_error("a modal after replies must be refused");
                             }
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("silent"),
                                             QStringLiteral("Never answers"))
                         .handler([](InteractionContext &) -> QCoro::Task<void> { co_return; }))
                .add(
                    CommandSpec::subcommand(QStringLiteral("fails"), QStringLiteral("Error result"))
                        .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                            m_seen = co_await ctx.fail(QStringLiteral("inventory inconsistent"));
                        }))
                .add(
                    CommandSpec::subcommand(QStringLiteral("heavy"), QStringLiteral("Defers first"))
                        .deferImmediately()
                        .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                            m_seen = ctx.state() == ResponseState::Deferred
                                ? QStringLiteral("deferred")
                                : QStringLiteral("not deferred");
                            co_await ctx.reply(Message(QStringLiteral("heavy done")));
                        }))
                .add(
                    CommandSpec::subcommand(QStringLiteral("form"), QStringLiteral("Opens a modal"))
                        .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                            TextInput input;
                            input.customId = QStringLiteral("what");
                            input.label = QStringLiteral("What happened?");
                            Modal
                                modal; // no braced lists inside coroutines: GCC 12 miscompiles them
                            modal.customId = QStringLiteral("report");
                            modal.title = QStringLiteral("Report");
                            modal.inputs.append(input);
                            co_await ctx.showModal(modal);
                        }))
                .add(CommandSpec::subcommand(QStringLiteral("cool"),
                                             QStringLiteral("Has a cooldown"))
                         .cooldown(10s)
                         .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await ctx.reply(Message(QStringLiteral("cool")));
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("find"), QStringLiteral("Autocomplete"))
                         .option(
                             OptionSpec::string(QStringLiteral("ball"), QStringLiteral("Ball"))
                                 .required()
                                 .autocomplete([this](InteractionContext &,
                                                      QString text) -> QCoro::Task<QList<Choice>> {
                                     m_seen = text;
                                     if (text == QLatin1String("boom")) {
                                         throw std::runtime_error("cache missing");
                                     }
                                     QList<Choice> choices;
                                     choices.append(Choice {QString(), QStringLiteral("nameless")});
                                     choices.append(Choice {QStringLiteral("too long value"),
                                                            QString(101, QLatin1Char('v'))});
                                     for (int i = 0; i < 30; ++i) {
                                         choices.append(
                                             Choice {QStringLiteral("%1 %2").arg(text).arg(i),
                                                     QString::number(i)});
                                     }
                                     co_return choices;
                                 }))
                         .option(
                             OptionSpec::integer(QStringLiteral("count"), QStringLiteral("Count")))
                         .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await ctx.reply(Message(QStringLiteral("found")));
                         })));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        m_transport = std::make_unique<RecordingTransport>();
        m_tree = std::make_unique<CommandTree>();
        m_latch = std::make_unique<AsyncLatch>();
        m_calls = 0;
        m_seen.clear();
        declareTestCommand();
        buildRouter();
    }

    void cleanup()
    {
        m_latch->open(); // let suspended handlers finish before their objects go away
        m_router.reset();
    }

    void routesToTheSubcommandWithTypedOptions()
    {
        invokeSub(
            QStringLiteral("test"), QStringLiteral("echo"),
            QJsonArray {option(QStringLiteral("text"), OptionType::String, QStringLiteral("ab")),
                        option(QStringLiteral("times"), OptionType::Integer, 3)});
        QCOMPARE(m_calls, 1);
        const RecordedCall call = onlyCall();
        QCOMPARE(call.kind, Kind::Callback);
        QCOMPARE(call.type, 4);
        QCOMPARE(call.content(), QStringLiteral("ababab"));
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.token, QStringLiteral("aW50ZXJhY3Rpb246dG9rZW4"));
        QCOMPARE(m_scheduler->pendingCount(), 0u); // the deadline timer was cancelled
    }

    void ephemeralRepliesCarryFlag64()
    {
        invokeSub(
            QStringLiteral("test"), QStringLiteral("echo"),
            QJsonArray {option(QStringLiteral("text"), OptionType::String, QStringLiteral("x")),
                        option(QStringLiteral("hidden"), OptionType::Boolean, true)});
        QCOMPARE(onlyCall().flags(), 64);
    }

    void unknownCommandsGetTheDesyncMessage_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        const QDateTime now = FakeClock().now();
        QTest::newRow("unknown command") << commandPayload(now, QStringLiteral("nope"));
        QTest::newRow("group invoked") << commandPayload(now, QStringLiteral("test"));
        QTest::newRow("unknown subcommand") << commandPayload(
            now, QStringLiteral("test"),
            QJsonArray {nested(QStringLiteral("gone"), OptionType::SubCommand, {})});
    }
    void unknownCommandsGetTheDesyncMessage()
    {
        QFETCH(QJsonObject, payload);
        m_router->handle(payload);
        const RecordedCall call = onlyCall();
        QCOMPARE(call.type, 4);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), InteractionRouter::UnknownCommandMessage);
    }

    void missingPermissionsAreExplainedBeforeTheHandler_data()
    {
        QTest::addColumn<QString>("appPermissions");
        QTest::addColumn<QString>("memberPermissions");
        QTest::addColumn<QString>("expected"); // empty: the handler runs
        const QString all = QString::number(permission::ManageGuild | permission::SendMessages
                                            | permission::AttachFiles | permission::ViewChannel);
        QTest::newRow("everything granted") << all << all << QString();
        QTest::newRow("bot lacks attach files")
            << QString::number(permission::SendMessages | permission::ViewChannel) << all
            << QStringLiteral("The bot is missing the permissions: `Attach Files`. Give the bot "
                              "those permissions in this channel and try again.");
        QTest::newRow("bot lacks two")
            << QString::number(permission::ViewChannel) << all
            << QStringLiteral("The bot is missing the permissions: `Send Messages, Attach Files`. "
                              "Give the bot those permissions in this channel and try again.");
        QTest::newRow("bot is administrator")
            << QString::number(permission::Administrator) << all << QString();
        QTest::newRow("member lacks manage server")
            << all << QString::number(permission::SendMessages)
            << QStringLiteral("You are missing the following permissions: `Manage Server`.");
        QTest::newRow("member is administrator")
            << all << QString::number(permission::Administrator) << QString();
    }
    void missingPermissionsAreExplainedBeforeTheHandler()
    {
        QFETCH(QString, appPermissions);
        QFETCH(QString, memberPermissions);
        QFETCH(QString, expected);
        bool ran = false;
        add(CommandSpec::command(QStringLiteral("upload"), QStringLiteral("Upload a card"))
                .requireBotPermissions(permission::SendMessages | permission::AttachFiles)
                .requireUserPermissions(permission::ManageGuild)
                .handler([&ran](InteractionContext &context) -> QCoro::Task<void> {
                    ran = true;
                    co_await context.reply(Message(QStringLiteral("done")));
                }));
        QJsonObject payload = commandPayload(m_clock->now(), QStringLiteral("upload"));
        payload.insert(QStringLiteral("app_permissions"), appPermissions);
        QJsonObject member = payload.value(QStringLiteral("member")).toObject();
        member.insert(QStringLiteral("permissions"), memberPermissions);
        payload.insert(QStringLiteral("member"), member);
        m_router->handle(payload);
        const RecordedCall call = onlyCall();
        QCOMPARE(ran, expected.isEmpty());
        QCOMPARE(call.content(), expected.isEmpty() ? QStringLiteral("done") : expected);
        if (!expected.isEmpty())
            QCOMPARE(call.flags(), 64);
    }

    void badArgumentsAreRefusedBeforeTheHandler_data()
    {
        QTest::addColumn<QJsonArray>("params");
        const QJsonObject text
            = option(QStringLiteral("text"), OptionType::String, QStringLiteral("x"));
        QTest::newRow("integer as string") << QJsonArray {
            text, option(QStringLiteral("times"), OptionType::Integer, QStringLiteral("2"))};
        QTest::newRow("declared integer sent as string type") << QJsonArray {
            text, option(QStringLiteral("times"), OptionType::String, QStringLiteral("2"))};
        QTest::newRow("above max")
            << QJsonArray {text, option(QStringLiteral("times"), OptionType::Integer, 4)};
        QTest::newRow("undeclared option") << QJsonArray {
            text, option(QStringLiteral("extra"), OptionType::String, QStringLiteral("?"))};
        QTest::newRow("required missing")
            << QJsonArray {option(QStringLiteral("times"), OptionType::Integer, 2)};
        QTest::newRow("user not a snowflake") << QJsonArray {
            text, option(QStringLiteral("user"), OptionType::User, QStringLiteral("me"))};
        QTest::newRow("fraction") << QJsonArray {
            text, option(QStringLiteral("times"), OptionType::Integer, 1.5)};
    }
    void badArgumentsAreRefusedBeforeTheHandler()
    {
        QFETCH(QJsonArray, params);
        invokeSub(QStringLiteral("test"), QStringLiteral("echo"), params);
        QCOMPARE(m_calls, 0);
        const RecordedCall call = onlyCall();
        QCOMPARE(call.type, 4);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), InteractionRouter::BadArgumentsMessage);
    }

    void unusablePayloadsAreDroppedQuietly()
    {
        QSignalSpy dropped(m_router.get(), &InteractionRouter::interactionDropped);
        m_router->handle(QJsonObject());
        m_router->handle(parseJson(R"({"id": "x", "token": 5})"));
        QJsonObject ping = envelope(InteractionType::Ping, m_clock->now());
        m_router->handle(ping);
        QCOMPARE(m_transport->calls.size(), 0);
        QCOMPARE(dropped.size(), 2);
    }

    void staleInteractionsAreDropped()
    {
        QSignalSpy dropped(m_router.get(), &InteractionRouter::interactionDropped);
        const QDateTime created = m_clock->now();
        m_clock->advance(2900);
        m_router->handle(commandPayload(
            created, QStringLiteral("test"),
            QJsonArray {nested(QStringLiteral("silent"), OptionType::SubCommand, {})}));
        QCOMPARE(m_transport->calls.size(), 0);
        QCOMPARE(dropped.size(), 1);
    }

    void gateRefusesOrDrops()
    {
        m_router->setGate([](const Interaction &interaction) {
            if (interaction.user.id == OtherUserId) {
                return GateDecision::drop();
            }
            return GateDecision::refuse(QStringLiteral("The bot is currently starting (50%)"));
        });
        invokeSub(
            QStringLiteral("test"), QStringLiteral("echo"),
            QJsonArray {option(QStringLiteral("text"), OptionType::String, QStringLiteral("x"))});
        QCOMPARE(m_calls, 0);
        QCOMPARE(onlyCall().content(), QStringLiteral("The bot is currently starting (50%)"));
        QCOMPARE(onlyCall().flags(), 64);

        m_transport->calls.clear();
        invokeSub(
            QStringLiteral("test"), QStringLiteral("echo"),
            QJsonArray {option(QStringLiteral("text"), OptionType::String, QStringLiteral("x"))},
            OtherUserId);
        QCOMPARE(m_transport->calls.size(), 0);

        // Autocomplete refused: an empty list, never a message.
        invoke(QStringLiteral("test"),
               QJsonArray {nested(QStringLiteral("find"), OptionType::SubCommand,
                                  {option(QStringLiteral("ball"), OptionType::String,
                                          QStringLiteral("fr"), true)})},
               InvokerId);
        m_transport->calls.clear();
        m_router->handle(commandPayload(
            m_clock->now(), QStringLiteral("test"),
            QJsonArray {nested(
                QStringLiteral("find"), OptionType::SubCommand,
                {option(QStringLiteral("ball"), OptionType::String, QStringLiteral("fr"), true)})},
            InvokerId, InteractionType::Autocomplete, 99));
        QCOMPARE(onlyCall().type, 8);
        QVERIFY(onlyCall().data.value(QLatin1String("choices")).toArray().isEmpty());
    }

    void throwingHandlerGetsAnErrorId()
    {
        QSignalSpy failed(m_router.get(), &InteractionRouter::handlerFailed);
        invokeSub(QStringLiteral("test"), QStringLiteral("throw"));
        const RecordedCall call = onlyCall();
        QCOMPARE(call.type, 4);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(failed.size(), 1);
        const QString errorId = failed.first().first().toString();
        QCOMPARE(errorId.size(), 8);
        QVERIFY(call.content().contains(errorId));
        QCOMPARE(call.content(), InteractionContext::errorMessage(errorId));
        QVERIFY(!call.content().contains(QLatin1String("database"))); // details stay in the log
    }

    void errorAfterADeferEditsTheLoadingMessage()
    {
        QSignalSpy failed(m_router.get(), &InteractionRouter::handlerFailed);
        invokeSub(QStringLiteral("test"), QStringLiteral("late-throw"));
        QCOMPARE(m_transport->calls.size(), 2);
        QCOMPARE(m_transport->calls.at(0).type, 5);
        QCOMPARE(m_transport->calls.at(0).flags(), 64);
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QVERIFY(m_transport->calls.at(1).content().contains(failed.first().first().toString()));
    }

    void errorResultUsesTheSameErrorPath()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("fails"));
        QCOMPARE(m_seen.size(), 8);
        QCOMPARE(onlyCall().content(), InteractionContext::errorMessage(m_seen));
        QCOMPARE(onlyCall().flags(), 64);
    }

    void silentHandlerEndsInTheErrorPath()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("silent"));
        QCOMPARE(onlyCall().type, 4);
        QCOMPARE(onlyCall().flags(), 64);
        QVERIFY(onlyCall().content().contains(QLatin1String("error id")));
    }

    void deadlineDefersThenReplyEditsTheOriginal()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("slow"));
        QCOMPARE(m_calls, 1);
        QCOMPARE(m_transport->calls.size(), 0);
        m_scheduler->advance(1999);
        QCOMPARE(m_transport->calls.size(), 0);
        m_scheduler->advance(1);
        QCOMPARE(m_transport->calls.size(), 1);
        QCOMPARE(m_transport->calls.at(0).type, 5);
        QCOMPARE(m_transport->calls.at(0).flags(), 0);
        m_latch->open();
        QCOMPARE(m_transport->calls.size(), 2);
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QCOMPARE(m_transport->calls.at(1).content(), QStringLiteral("done"));
        QCOMPARE(m_transport->count(Kind::Callback), 1);
    }

    void deadlineDeferUsesTheCommandVisibility()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("secret"));
        m_scheduler->advance(2000);
        QCOMPARE(onlyCall().type, 5);
        QCOMPARE(onlyCall().flags(), 64);
        m_latch->open();
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QVERIFY(!m_transport->calls.at(1).data.contains(QLatin1String("flags")));
    }

    void deadlineCountsFromCreation()
    {
        // Arrived 1.5 s after creation: only 0.5 s of budget left.
        const QDateTime created = m_clock->now();
        m_clock->advance(1500);
        m_router->handle(commandPayload(
            created, QStringLiteral("test"),
            QJsonArray {nested(QStringLiteral("slow"), OptionType::SubCommand, {})}));
        m_scheduler->advance(499);
        QCOMPARE(m_transport->calls.size(), 0);
        m_scheduler->advance(1);
        QCOMPARE(onlyCall().type, 5);
    }

    void replyWaitsForACallbackInFlight()
    {
        m_transport->holdCallbacks();
        invokeSub(QStringLiteral("test"), QStringLiteral("slow"));
        m_scheduler->advance(2000); // the framework's defer is now in flight
        QCOMPARE(m_transport->calls.size(), 1);
        m_latch->open(); // the handler replies while the defer is unanswered
        QCOMPARE(m_transport->calls.size(), 1);
        m_transport->releaseCallbacks();
        QCOMPARE(m_transport->calls.size(), 2);
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QCOMPARE(m_transport->count(Kind::Callback), 1);
    }

    void failedDeferStopsFurtherAnswers()
    {
        m_transport->nextCallbackError
            = TransportError {TransportError::Kind::UnknownInteraction, 404, 10062,
                              QStringLiteral("Unknown interaction")};
        invokeSub(QStringLiteral("test"), QStringLiteral("slow"));
        m_scheduler->advance(2000);
        m_latch->open();
        QCOMPARE(m_transport->calls.size(), 1); // no PATCH on a dead token
    }

    void acknowledgingTwiceIsImpossible()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("twice"));
        QCOMPARE(m_transport->count(Kind::Callback), 1);
        QCOMPARE(m_transport->calls.at(0).type, 5);
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QCOMPARE(m_transport->calls.at(1).content(), QStringLiteral("one"));
        QCOMPARE(m_transport->calls.at(2).kind, Kind::Followup);
        QCOMPARE(m_transport->calls.at(2).flags(), 64);
        QCOMPARE(m_transport->calls.size(), 3);
    }

    void deferImmediatelyRunsBeforeTheHandler()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("heavy"));
        QCOMPARE(m_seen, QStringLiteral("deferred"));
        QCOMPARE(m_transport->calls.at(0).type, 5);
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
    }

    void commandOpensAModal()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("form"));
        const RecordedCall call = onlyCall();
        QCOMPARE(call.type, 9);
        QCOMPARE(call.data.value(QLatin1String("custom_id")).toString(), QStringLiteral("report"));
        QCOMPARE(call.data.value(QLatin1String("components"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("type"))
                     .toInt(),
                 18);
    }

    void cooldownRefusesTheSecondUse()
    {
        invokeSub(QStringLiteral("test"), QStringLiteral("cool"));
        m_clock->advance(3000);
        invokeSub(QStringLiteral("test"), QStringLiteral("cool"));
        QCOMPARE(m_transport->calls.size(), 2);
        QCOMPARE(m_transport->calls.at(1).flags(), 64);
        const qint64 retryAt = m_clock->now().addMSecs(7000).toSecsSinceEpoch();
        QCOMPARE(
            m_transport->calls.at(1).content(),
            QStringLiteral("This command is on cooldown. Please retry <t:%1:R>.").arg(retryAt));
        invokeSub(QStringLiteral("test"), QStringLiteral("cool"), {}, OtherUserId);
        QCOMPARE(m_transport->calls.at(2).content(), QStringLiteral("cool"));
        m_clock->advance(7000);
        invokeSub(QStringLiteral("test"), QStringLiteral("cool"));
        QCOMPARE(m_transport->calls.at(3).content(), QStringLiteral("cool"));
    }

    void autocompleteAnswersAtMost25ValidChoices()
    {
        m_router->handle(commandPayload(
            m_clock->now(), QStringLiteral("test"),
            QJsonArray {nested(
                QStringLiteral("find"), OptionType::SubCommand,
                {option(QStringLiteral("count"), OptionType::Integer, QStringLiteral("1")),
                 option(QStringLiteral("ball"), OptionType::String, QStringLiteral("fra"), true)})},
            InvokerId, InteractionType::Autocomplete));
        QCOMPARE(m_seen, QStringLiteral("fra"));
        const RecordedCall call = onlyCall();
        QCOMPARE(call.type, 8);
        const QJsonArray choices = call.data.value(QLatin1String("choices")).toArray();
        QCOMPARE(choices.size(), 25);
        QCOMPARE(choices.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("fra 0"));
        QCOMPARE(choices.at(0).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("0"));
    }

    void autocompleteFailuresGiveNoChoices_data()
    {
        QTest::addColumn<QString>("focusedOption");
        QTest::addColumn<QString>("text");
        QTest::newRow("handler throws") << QStringLiteral("ball") << QStringLiteral("boom");
        QTest::newRow("option without autocomplete")
            << QStringLiteral("count") << QStringLiteral("1");
    }
    void autocompleteFailuresGiveNoChoices()
    {
        QFETCH(QString, focusedOption);
        QFETCH(QString, text);
        m_router->handle(commandPayload(
            m_clock->now(), QStringLiteral("test"),
            QJsonArray {nested(QStringLiteral("find"), OptionType::SubCommand,
                               {option(focusedOption, OptionType::String, text, true)})},
            InvokerId, InteractionType::Autocomplete));
        QCOMPARE(onlyCall().type, 8);
        QVERIFY(onlyCall().data.value(QLatin1String("choices")).toArray().isEmpty());
    }

    void componentsRouteByPrefix()
    {
        CustomId received;
        QStringList values;
        QVERIFY(m_router->addComponentHandler(
            QStringLiteral("pick"), [&](InteractionContext &ctx, CustomId id) -> QCoro::Task<void> {
                received = id;
                values = ctx.interaction().values;
                co_await ctx.updateMessage(Message(QStringLiteral("picked")));
            }));
        QVERIFY(!m_router->addComponentHandler(QStringLiteral("pick"), {}));
        m_router->handle(componentPayload(
            m_clock->now(),
            *CustomId::encode(QStringLiteral("pick"), {QStringLiteral("7"), QStringLiteral("a:b")}),
            InvokerId, {QStringLiteral("v1")}));
        QCOMPARE(received.prefix, QStringLiteral("pick"));
        QCOMPARE(received.args, (QStringList {QStringLiteral("7"), QStringLiteral("a:b")}));
        QCOMPARE(values, QStringList {QStringLiteral("v1")});
        QCOMPARE(onlyCall().type, 7);
        QCOMPARE(onlyCall().content(), QStringLiteral("picked"));
    }

    void unknownComponentsAreAnsweredEphemerally()
    {
        m_router->handle(componentPayload(m_clock->now(), QStringLiteral("old-feature:1")));
        QCOMPARE(onlyCall().type, 4);
        QCOMPARE(onlyCall().flags(), 64);
        QCOMPARE(onlyCall().content(), InteractionRouter::ExpiredComponentMessage);
    }

    void slowComponentIsDeferredSilently()
    {
        QVERIFY(m_router->addComponentHandler(
            QStringLiteral("slow"), [this](InteractionContext &ctx, CustomId) -> QCoro::Task<void> {
                co_await m_latch->wait();
                co_await ctx.updateMessage(Message(QStringLiteral("later")));
            }));
        QVERIFY(m_router->addComponentHandler(
            QStringLiteral("quiet"),
            [](InteractionContext &, CustomId) -> QCoro::Task<void> { co_return; }));
        m_router->handle(componentPayload(m_clock->now(), QStringLiteral("slow")));
        m_scheduler->advance(2000);
        QCOMPARE(onlyCall().type, 6);
        m_latch->open();
        QCOMPARE(m_transport->calls.at(1).kind, Kind::EditOriginal);
        QCOMPARE(m_transport->calls.at(1).content(), QStringLiteral("later"));

        m_transport->calls.clear();
        m_router->handle(
            componentPayload(m_clock->now(), QStringLiteral("quiet"), InvokerId, {}, 5));
        QCOMPARE(onlyCall().type, 6); // a component handler that says nothing still acknowledges
    }

    void modalSubmitsRouteByPrefix()
    {
        QString value;
        QVERIFY(m_router->addModalHandler(
            QStringLiteral("report"), [&](InteractionContext &ctx, CustomId) -> QCoro::Task<void> {
                value = ctx.interaction().fieldValue(QStringLiteral("what"));
                co_await ctx.reply(Message(QStringLiteral("thanks")), Visibility::Ephemeral);
            }));
        m_router->handle(modalPayload(m_clock->now(), QStringLiteral("report"),
                                      QStringLiteral("what"), QStringLiteral("a bug"), false));
        QCOMPARE(value, QStringLiteral("a bug"));
        QCOMPARE(onlyCall().type, 4);
        QCOMPARE(onlyCall().flags(), 64);
    }

    void malformedComponentDataIsAnsweredNotCrashed()
    {
        QJsonObject payload = componentPayload(m_clock->now(), QStringLiteral("pick"));
        payload.insert(QStringLiteral("data"), QJsonObject {{QStringLiteral("component_type"), 2}});
        m_router->handle(payload);
        QCOMPARE(onlyCall().content(), InteractionRouter::BadArgumentsMessage);
    }
};

QTEST_GUILESS_MAIN(TestInteractionRouter)
#include "tst_interactionrouter.moc"
