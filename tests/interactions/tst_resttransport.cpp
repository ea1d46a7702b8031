// SPDX-License-Identifier: MIT
#include "Payloads.h"
#include "discord/DiscordApi.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "interactions/CommandSync.h"
#include "interactions/InteractionRouter.h"
#include "interactions/RestInteractionTransport.h"

#include <QTest>

#include <memory>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using namespace std::chrono_literals;

/// The framework end to end over HTTP: router → RestInteractionTransport → RestClient →
/// FakeDiscordRest on 127.0.0.1, with real timers (the deadline is shortened to 100 ms).
class TestRestTransport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fakediscord::FakeDiscordRest> m_fake;
    std::unique_ptr<discord::RestClient> m_client;
    std::unique_ptr<discord::DiscordApi> m_api;
    std::unique_ptr<RestInteractionTransport> m_transport;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<QtScheduler> m_scheduler;
    util::SystemClock m_clock;
    std::unique_ptr<InteractionRouter> m_router;
    AsyncLatch *m_latch = nullptr;
    std::unique_ptr<AsyncLatch> m_latchStorage;

    QString send(const QString &sub, int sequence)
    {
        const QString channel = QString::number(ChannelId);
        const fakediscord::FakeInteraction fake = m_fake->createInteraction(channel, 2);
        QJsonObject payload
            = commandPayload(QDateTime::currentDateTimeUtc(), QStringLiteral("ping"),
                             QJsonArray {nested(sub, OptionType::SubCommand, {})}, InvokerId,
                             InteractionType::ApplicationCommand, sequence);
        payload.insert(QStringLiteral("id"), fake.id);
        payload.insert(QStringLiteral("token"), fake.token);
        payload.insert(QStringLiteral("application_id"), m_fake->applicationId());
        m_router->handle(payload);
        return fake.id;
    }

    int callbackType(const QString &id) const
    {
        const auto interaction = m_fake->interaction(id);
        return interaction ? interaction->callbackType : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<fakediscord::FakeDiscordRest>();
        QVERIFY(m_fake->listen());
        discord::RestClient::Options options;
        options.baseUrl = m_fake->baseUrl();
        m_client = std::make_unique<discord::RestClient>(m_fake->botToken(), options);
        m_api = std::make_unique<discord::DiscordApi>(*m_client,
                                                      m_fake->applicationId().toLongLong());
        m_transport = std::make_unique<RestInteractionTransport>(*m_api);
        m_latchStorage = std::make_unique<AsyncLatch>();
        m_latch = m_latchStorage.get();
        m_tree = std::make_unique<CommandTree>();
        const auto added = m_tree->add(
            CommandSpec::command(QStringLiteral("ping"), QStringLiteral("Ping"))
                .add(CommandSpec::subcommand(QStringLiteral("now"),
                                             QStringLiteral("Answers at once"))
                         .handler([](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await ctx.reply(Message(QStringLiteral("pong")),
                                                Visibility::Ephemeral);
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("slow"),
                                             QStringLiteral("Misses the deadline"))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await m_latch->wait();
                             co_await ctx.reply(Message(QStringLiteral("slow pong")));
                         })));
        QVERIFY(added.has_value());
        m_scheduler = std::make_unique<QtScheduler>();
        RouterOptions routerOptions;
        routerOptions.deferAfter = 100ms;
        routerOptions.dropOlderThan = 0ms; // the fake's ids do not carry our clock
        m_router = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, m_clock,
                                                       routerOptions);
    }

    void cleanup()
    {
        m_latch->open();
        m_router.reset();
        m_scheduler.reset();
    }

    void immediateEphemeralReply()
    {
        const QString id = send(QStringLiteral("now"), 1);
        QTRY_COMPARE(callbackType(id), 4);
        QVERIFY(m_fake->interaction(id)->ephemeral);
        QCOMPARE(m_fake->interaction(id)
                     ->lastCallback.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("pong"));
    }

    void deadlineDeferThenEditOriginal()
    {
        const QString id = send(QStringLiteral("slow"), 2);
        QTRY_COMPARE(callbackType(id), 5);
        m_latch->open();
        QTRY_VERIFY(
            !m_fake
                 ->requestsFor(QStringLiteral(
                     "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original"))
                 .isEmpty());
        const QString messageId = m_fake->interaction(id)->originalMessageId;
        QVERIFY(!messageId.isEmpty());
        QTRY_COMPARE(m_fake->message(messageId)
                         .value_or(QJsonObject())
                         .value(QLatin1String("content"))
                         .toString(),
                     QStringLiteral("slow pong"));
        QCOMPARE(m_fake->interaction(id)->callbackType, 5); // acknowledged exactly once
    }

    void commandSyncPutsOnlyOnce()
    {
        InMemorySyncStateStore store;
        CommandSync sync(*m_tree, *m_transport, store);
        const Snowflake app = m_fake->applicationId().toLongLong();
        const auto first = QCoro::waitFor(sync.sync(app, {}));
        QVERIFY2(!first.at(0).error,
                 first.at(0).error ? qPrintable(first.at(0).error->toString()) : "");
        QVERIFY(first.at(0).pushed);
        QCOMPARE(m_fake->commands().size(), 1);
        QVERIFY(sync.mention(QStringLiteral("ping now")).startsWith(QStringLiteral("</ping now:")));
        const auto second = QCoro::waitFor(sync.sync(app, {}));
        QVERIFY(!second.at(0).pushed);
        QCOMPARE(m_fake->requestsFor(QStringLiteral("PUT /applications/{application_id}/commands"))
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRestTransport)
#include "tst_resttransport.moc"
