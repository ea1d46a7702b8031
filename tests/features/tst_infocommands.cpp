// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/info/InfoCommands.h"
#include "features/system/SystemCommands.h"
#include "interactions/InteractionRouter.h"

#include <QTest>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using bot::features::AboutFacts;
using bot::features::InfoCommands;

namespace {

QCoro::Task<AboutFacts> sampleFacts()
{
    AboutFacts facts;
    facts.enabledCollectibles = 12;
    facts.guilds = 3;
    facts.players = 42;
    co_return facts;
}

} // namespace

class TestInfoCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<InteractionRouter> m_router;

    InfoCommands info() const
    {
        InfoCommands commands;
        commands.botName = QStringLiteral("TestDex");
        commands.version = QStringLiteral("1.2.3");
        commands.collectiblesName = QStringLiteral("testballs");
        commands.description = QStringLiteral("Collect testballs!");
        commands.githubLink = QStringLiteral("https://example.org/src");
        commands.discordInvite = QStringLiteral("https://example.org/invite");
        commands.termsOfService = QStringLiteral("https://example.org/tos");
        commands.privacyPolicy = QStringLiteral("https://example.org/privacy");
        commands.startedAt = QDateTime::currentDateTimeUtc().addSecs(-(2 * 86400 + 3661));
        commands.facts = sampleFacts;
        return commands;
    }

    QJsonObject onlyEmbed()
    {
        if (m_transport->calls.size() != 1)
            return {};
        return m_transport->calls.first().data.value(QLatin1String("embeds")).toArray().first().toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_tree = std::make_unique<CommandTree>();
        m_transport = std::make_unique<RecordingTransport>();
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        QVERIFY(info().registerInto(*m_tree));
        m_router = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
    }

    void uptimeIsFormattedLikeTheOriginal()
    {
        QCOMPARE(bot::features::formatUptime(59), QStringLiteral("0:00:59"));
        QCOMPARE(bot::features::formatUptime(3661), QStringLiteral("1:01:01"));
        QCOMPARE(bot::features::formatUptime(86400 + 61), QStringLiteral("1 day, 0:01:01"));
        QCOMPARE(bot::features::formatUptime(3 * 86400), QStringLiteral("3 days, 0:00:00"));
    }

    void aboutShowsVersionUptimeCountsAndLinks()
    {
        m_router->handle(commandPayload(m_clock->now(), QStringLiteral("about")));
        const QJsonObject embed = onlyEmbed();
        QCOMPARE(embed.value(QLatin1String("title")).toString(), QStringLiteral("TestDex Discord bot"));
        const QString text = embed.value(QLatin1String("description")).toString();
        QVERIFY2(text.contains(QLatin1String("Running version **1.2.3**")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Uptime: **2 days, 1:01:0")));
        QVERIFY(text.contains(QLatin1String("**12** testballs to collect")));
        QVERIFY(text.contains(QLatin1String("**42** players that caught **unknown** testballs")));
        QVERIFY(text.contains(QLatin1String("**3** servers playing")));
        QVERIFY(text.contains(QLatin1String("(https://example.org/tos)")));
        QCOMPARE(m_transport->calls.first().flags(), 0); // public
    }

    void helpListsEveryCommandEphemerally()
    {
        const bot::features::SystemCommands system {[] { return qint64(5); }, QStringLiteral("TestDex")};
        QVERIFY(system.registerInto(*m_tree));
        m_router->handle(commandPayload(m_clock->now(), QStringLiteral("help")));
        const QJsonObject embed = onlyEmbed();
        const QString listed = embed.value(QLatin1String("fields")).toArray().first()[QLatin1String("value")].toString();
        for (const char *command : {"/about: Get information about TestDex", "/help: Show the list of commands",
                                    "/ping: Check that TestDex is online"})
            QVERIFY2(listed.contains(QLatin1String(command)), qPrintable(listed));
        QCOMPARE(m_transport->calls.first().flags(), 64);
    }
};

QTEST_GUILESS_MAIN(TestInfoCommands)
#include "tst_infocommands.moc"
