// SPDX-License-Identifier: MIT
#include "CountryballsFixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>

#include <algorithm>

using namespace ballsdex;
using namespace ballsdex::countryballs::testing;

class TestCountryballs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fx;

    QJsonObject lastSpawnMessage() const
    {
        const QList<QJsonObject> messages
            = m_fx->rest.channelMessages(QString::number(SpawnChannel));
        return messages.isEmpty() ? QJsonObject() : messages.last();
    }

    QJsonObject spawnButton(const QJsonObject &message) const
    {
        return message.value(QLatin1String("components"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("components"))
            .toArray()
            .at(0)
            .toObject();
    }

    std::int64_t instances() { return m_fx->scalar("SELECT count(*) FROM ballinstance"); }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Fixture>();
        if (!m_fx->testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        CountryballsSettings settings;
        settings.viewTimeout = std::chrono::milliseconds(60000);
        const QString problem = m_fx->setUp(settings);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        if (m_fx && m_fx->router)
            m_fx->tearDown();
        m_fx.reset();
    }

    void messageSpawnsWithAttachmentAndButton()
    {
        const QString spawnId = m_fx->spawnOne();
        QVERIFY(!spawnId.isEmpty());
        const QList<fakediscord::HttpRequest> posts
            = m_fx->rest.requestsFor(QStringLiteral("POST /channels/{channel_id}/messages"));
        QCOMPARE(posts.size(), 1);
        const fakediscord::HttpRequest &post = posts.first();
        const fakediscord::MultipartPart *file = post.part(QByteArrayLiteral("files[0]"));
        QVERIFY(file != nullptr);
        QVERIFY2(QRegularExpression(QStringLiteral("^nt_[A-Za-z]{15}\\.png$"))
                     .match(file->filename)
                     .hasMatch(),
                 qPrintable(file->filename));
        QCOMPARE(file->data, wildCardPng());

        const QJsonObject message = lastSpawnMessage();
        QCOMPARE(message.value(QLatin1String("content")).toString(),
                 QStringLiteral("A wild countryball appeared!"));
        const QJsonObject button = spawnButton(message);
        QCOMPARE(button.value(QLatin1String("style")).toInt(), 1);
        QCOMPARE(button.value(QLatin1String("label")).toString(), QStringLiteral("Catch me!"));
        QCOMPARE(button.value(QLatin1String("custom_id")).toString(),
                 QStringLiteral("catch:") + spawnId);
        QVERIFY(!button.value(QLatin1String("disabled")).toBool());
        QCOMPARE(m_fx->feature->spawns().liveCount(), 1);
    }

    void ignoredMessages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("bot") << QStringLiteral("bot");
        QTest::newRow("webhook") << QStringLiteral("webhook");
        QTest::newRow("dm") << QStringLiteral("dm");
        QTest::newRow("blacklisted guild") << QStringLiteral("blacklisted");
        QTest::newRow("no spawn channel") << QStringLiteral("nochannel");
    }

    void ignoredMessages()
    {
        QFETCH(QString, kind);
        QJsonObject d = m_fx->messageJson(kind == QLatin1String("dm") ? 0 : GuildId, InvokerId);
        if (kind == QLatin1String("bot")) {
            QJsonObject author = d.value(QLatin1String("author")).toObject();
            author.insert(QStringLiteral("bot"), true);
            d.insert(QStringLiteral("author"), author);
        } else if (kind == QLatin1String("webhook")) {
            d.insert(QStringLiteral("webhook_id"), QStringLiteral("1700000000000000001"));
        } else if (kind == QLatin1String("blacklisted")) {
            m_fx->world.blacklistedGuilds.insert(GuildId);
        } else if (kind == QLatin1String("nochannel")) {
            m_fx->world.channels.clear();
        }
        for (int i = 0; i < 5; ++i)
            m_fx->dispatch(d);
        QCOMPARE(m_fx->feature->spawns().liveCount(), 0);
        QCOMPARE(m_fx->feature->spawns().manager().guildCount(), std::size_t(0));
        QCOMPARE(m_fx->rest.requests().size(), 0);
        // A normal message still spawns afterwards (the guard is per message, not global).
        m_fx->world.blacklistedGuilds.clear();
        m_fx->world.channels.insert(GuildId, SpawnChannel);
        QVERIFY(!m_fx->spawnOne().isEmpty());
    }

    void buttonOpensModal()
    {
        const QString spawnId = m_fx->spawnOne();
        QVERIFY(!spawnId.isEmpty());
        m_fx->click(spawnId);
        QTRY_COMPARE(m_fx->router->inFlight(), 0);
        const auto callbacks = m_fx->transport.ofKind(RecordedCall::Kind::Callback);
        QCOMPARE(callbacks.size(), 1);
        QCOMPARE(callbacks.first().type, 9);
        QCOMPARE(callbacks.first().data.value(QLatin1String("title")).toString(),
                 QStringLiteral("Catch this countryball!"));
        QCOMPARE(callbacks.first().data.value(QLatin1String("custom_id")).toString(),
                 QStringLiteral("catchname:") + spawnId);
    }

    void blacklistedUserGetsEphemeralRefusal()
    {
        const QString spawnId = m_fx->spawnOne();
        m_fx->world.blacklistedUsers.insert(InvokerId);
        m_fx->click(spawnId);
        QTRY_COMPARE(m_fx->replies().size(), 1);
        QVERIFY(m_fx->replies().first().content().contains(QStringLiteral("blacklisted")));
        QCOMPARE(m_fx->replies().first().flags() & 64, 64);
    }

    void wrongGuessKeepsBallCatchable()
    {
        const QString spawnId = m_fx->spawnOne();
        m_fx->guess(spawnId, QStringLiteral("Nowhereland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        const RecordedCall wrong = m_fx->replies().first();
        QCOMPARE(wrong.content(),
                 QStringLiteral("<@%1> Wrong name! You wrote: Nowhereland").arg(InvokerId));
        QCOMPARE(wrong.flags() & 64, 0);
        QCOMPARE(instances(), 0);

        m_fx->guess(spawnId, QString(600, QLatin1Char('x')));
        QTRY_COMPARE(m_fx->replies().size(), 2);
        QVERIFY(m_fx->replies().last().content().endsWith(QString(500, QLatin1Char('x'))
                                                          + QStringLiteral("...")));

        m_fx->guess(spawnId, QStringLiteral("  FIXTURE "));
        QTRY_COMPARE(m_fx->replies().size(), 3);
        QCOMPARE(instances(), 1);
    }

    void rightGuessCreatesInstance()
    {
        const QString spawnId = m_fx->spawnOne();
        const auto spawn = m_fx->feature->spawns().find(spawnId);
        QVERIFY(spawn);
        m_fx->guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        QTRY_COMPARE(m_fx->router->inFlight(), 0);

        const std::int64_t id = m_fx->scalar("SELECT id FROM ballinstance");
        QCOMPARE(m_fx->scalar("SELECT ball_id FROM ballinstance"), m_fx->ball.id);
        QCOMPARE(m_fx->scalar("SELECT server_id FROM ballinstance"), GuildId);
        QCOMPARE(m_fx->scalar("SELECT (extract(epoch FROM spawned_time) * 1000)::bigint "
                              "FROM ballinstance"),
                 spawn->spawnedAt.toMSecsSinceEpoch());
        QCOMPARE(m_fx->scalar("SELECT p.discord_id FROM ballinstance i JOIN player p "
                              "ON p.id = i.player_id"),
                 InvokerId);
        const QString text = m_fx->replies().first().content();
        QVERIFY2(text.startsWith(QStringLiteral("<@%1> You caught **Fixtureland**! `(%2, ")
                                     .arg(InvokerId)
                                     .arg(domain::displayId(id))),
                 qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("`\\(#[0-9A-F]+, [+-]\\d+%/[+-]\\d+%\\)`"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "This is a **new countryball** that has been added to your completion!")));
        QVERIFY(spawn->caught);

        // The spawn message was edited to show a disabled button.
        QTRY_VERIFY(spawnButton(lastSpawnMessage()).value(QLatin1String("disabled")).toBool());

        // Catching the same ball again: the second is not new.
        const QString second = m_fx->spawnOne();
        m_fx->guess(second, QStringLiteral("fixture"));
        QTRY_COMPARE(m_fx->replies().size(), 2);
        QVERIFY(!m_fx->replies().last().content().contains(QStringLiteral("new countryball")));
        QCOMPARE(instances(), 2);
    }

    void buttonOnCaughtBall()
    {
        const QString spawnId = m_fx->spawnOne();
        m_fx->guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        m_fx->click(spawnId, OtherUserId);
        QTRY_COMPARE(m_fx->replies().size(), 2);
        QCOMPARE(m_fx->replies().last().content(), QStringLiteral("I was caught already!"));
        QCOMPARE(m_fx->replies().last().flags() & 64, 64);
    }

    void fiftyConcurrentCorrectGuesses()
    {
        const QString spawnId = m_fx->spawnOne();
        for (int i = 0; i < 50; ++i)
            m_fx->guess(spawnId, QStringLiteral("Fixtureland"), InvokerId + i);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->router->inFlight(), 0, 20000);
        QCOMPARE(instances(), 1);
        const QList<RecordedCall> replies = m_fx->replies();
        QCOMPARE(replies.size(), 50);
        const auto slow
            = std::count_if(replies.cbegin(), replies.cend(), [](const RecordedCall &c) {
                  return c.content().contains(QStringLiteral("was caught already"));
              });
        QCOMPARE(slow, 49);
    }

    void timeoutDisablesButton()
    {
        m_fx.reset();
        m_fx = std::make_unique<Fixture>();
        CountryballsSettings settings;
        settings.viewTimeout = std::chrono::milliseconds(200);
        QVERIFY(m_fx->setUp(settings).isEmpty());
        QSignalSpy expired(&m_fx->feature->spawns(), &SpawnService::expired);
        const QString spawnId = m_fx->spawnOne();
        QVERIFY(!spawnId.isEmpty());
        QTRY_COMPARE(expired.size(), 1);
        QTRY_VERIFY(spawnButton(lastSpawnMessage()).value(QLatin1String("disabled")).toBool());
        QCOMPARE(m_fx->feature->spawns().liveCount(), 0);
        m_fx->guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        QCOMPARE(m_fx->replies().first().content(), CatchFlow::ExpiredMessage);
        QCOMPARE(instances(), 0);
    }

    void catchLatencyWithHundredCatchers()
    {
        // One spawn per round, 100 catchers each; latency = first submit to the last reply.
        QList<qint64> latencies;
        for (int round = 0; round < 20; ++round) {
            const QString spawnId = m_fx->spawnOne();
            QVERIFY(!spawnId.isEmpty());
            const int before = static_cast<int>(m_fx->replies().size());
            QSignalSpy drained(m_fx->router.get(), &interactions::InteractionRouter::drained);
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 100; ++i)
                m_fx->guess(spawnId, QStringLiteral("Fixtureland"), InvokerId + i);
            if (m_fx->router->inFlight() > 0)
                QVERIFY(drained.wait(20000));
            latencies.append(timer.nsecsElapsed() / 1000);
            QCOMPARE(m_fx->replies().size(), before + 100);
        }
        QCOMPARE(instances(), 20);
        std::sort(latencies.begin(), latencies.end());
        qInfo("catch round with 100 concurrent catchers: p50 %lld us, p99 %lld us",
              static_cast<long long>(latencies.at(latencies.size() / 2)),
              static_cast<long long>(latencies.at(latencies.size() * 99 / 100)));
    }
};

QTEST_GUILESS_MAIN(TestCountryballs)
#include "tst_countryballs.moc"
