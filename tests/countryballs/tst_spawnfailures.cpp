// SPDX-License-Identifier: MIT
// Spawns that cannot be posted (403, 404, CHANNEL_DELETE) and wild cards that cannot be read.
#include "CountryballsFixture.h"
#include "services/GuildSpawnChannels.h"
#include "storage/GuildConfigRepository.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace ballsdex;
using namespace ballsdex::countryballs::testing;

namespace {

constexpr domain::Snowflake NewChannel = 1300000000000000002LL;
constexpr qint64 TenMinutesMs = 10 * 60 * 1000;

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text);
}

} // namespace

class TestSpawnFailures final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fx;

    SpawnService &spawns() { return m_fx->feature->spawns(); }

    QList<fakediscord::HttpRequest> posts(domain::Snowflake channel = SpawnChannel) const
    {
        QList<fakediscord::HttpRequest> found;
        const auto all
            = m_fx->rest.requestsFor(QStringLiteral("POST /channels/{channel_id}/messages"));
        for (const fakediscord::HttpRequest &request : all) {
            if (request.params.value(QStringLiteral("channel_id")) == QString::number(channel))
                found.append(request);
        }
        return found;
    }

    std::int64_t configRows(const std::string &condition)
    {
        return m_fx->scalar("SELECT count(*) FROM guildconfig WHERE guild_id = "
                            + std::to_string(GuildId) + " AND " + condition);
    }

    /// The message's creation time as the spawn service sees it.
    static std::int64_t messageMs(const QJsonObject &d)
    {
        return (d.value(QLatin1String("id")).toString().toLongLong() >> 22) + 1420070400000LL;
    }

    QByteArray postedFile(const fakediscord::HttpRequest &request, QString *filename = nullptr)
    {
        const fakediscord::MultipartPart *file = request.part(QByteArrayLiteral("files[0]"));
        if (!file)
            return {};
        if (filename)
            *filename = file->filename;
        return file->data;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Fixture>();
        if (!m_fx->testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const QString problem = m_fx->setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto configured = await(
            storage::GuildConfigRepository(*m_fx->database).setSpawnChannel(GuildId, SpawnChannel));
        QVERIFY(configured);
    }

    void cleanup()
    {
        if (m_fx && m_fx->router)
            m_fx->tearDown();
        m_fx.reset();
    }

    void forbiddenChannelPausesTheGuild_data()
    {
        QTest::addColumn<bool>("allowedAfterPause");
        QTest::newRow("permission given back") << true;
        QTest::newRow("still forbidden") << false;
    }

    void forbiddenChannelPausesTheGuild()
    {
        QFETCH(bool, allowedAfterPause);
        m_fx->rest.setChannelForbidden(QString::number(SpawnChannel), true);
        QSignalSpy failed(&spawns(), &SpawnService::spawnFailed);
        QSignalSpy spawned(&spawns(), &SpawnService::spawned);
        const QRegularExpression warning = pattern(
            QStringLiteral("channel %1 of guild %2 .*Send Messages and Attach Files.*50013.*10 "
                           "minute")
                .arg(SpawnChannel)
                .arg(GuildId));
        QTest::ignoreMessage(QtWarningMsg, warning);
        const QJsonObject first = m_fx->messageJson(GuildId, InvokerId);
        m_fx->dispatch(first);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(posts().size(), 1);
        QCOMPARE(qint64(spawns().pausedUntilMs(GuildId).value_or(-1)),
                 qint64(messageMs(first) + TenMinutesMs));
        QCOMPARE(m_fx->scalar("SELECT count(*) FROM ballinstance"), 0);
        QCOMPARE(configRows("spawn_channel IS NOT NULL"), 1); // a 403 disables nothing

        // During the pause no message starts a spawn (the check runs before any await).
        // The clock moves to T+1 s, T+5 min and T+10 min - 1 ms (T: the first message).
        for (const qint64 step : {1000LL, 5 * 60 * 1000LL - 1000, TenMinutesMs / 2 - 1}) {
            m_fx->clock.advance(step);
            m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
            QCOMPARE(spawns().postsInFlight(), 0);
        }
        QCOMPARE(failed.size(), 1);

        // Once the pause is over the guild tries again.
        m_fx->clock.advance(1);
        m_fx->rest.setChannelForbidden(QString::number(SpawnChannel), !allowedAfterPause);
        if (!allowedAfterPause)
            QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::ignoreMessage(QtInfoMsg,
                             pattern(QStringLiteral("resumes in guild %1").arg(GuildId)));
        m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
        QCOMPARE(spawns().postsInFlight(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(spawns().postsInFlight(), 0, 10000);
        QCOMPARE(posts().size(), 2);
        QCOMPARE(spawned.size(), allowedAfterPause ? 1 : 0);
        QCOMPARE(failed.size(), allowedAfterPause ? 1 : 2);
        QCOMPARE(spawns().pausedUntilMs(GuildId).has_value(), !allowedAfterPause);
        QCOMPARE(spawns().liveCount(), allowedAfterPause ? 1 : 0);
    }

    void unknownChannelIsDroppedAndDisabled_data()
    {
        QTest::addColumn<bool>("worldForgets");
        QTest::newRow("spawn cache drops the guild") << true;
        QTest::newRow("spawn cache not writable") << false;
    }

    void unknownChannelIsDroppedAndDisabled()
    {
        QFETCH(bool, worldForgets);
        m_fx->world.forgets = worldForgets;
        m_fx->rest.setStrictChannels(true); // SpawnChannel was never created: 404 10003
        QSignalSpy failed(&spawns(), &SpawnService::spawnFailed);
        QSignalSpy dropped(&spawns(), &SpawnService::spawnChannelDropped);
        QTest::ignoreMessage(QtInfoMsg,
                             pattern(QStringLiteral("Spawn channel %1 of guild %2 is unknown to "
                                                    "Discord .*10003.*Fixtureland did not spawn")
                                         .arg(SpawnChannel)
                                         .arg(GuildId)));
        m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
        QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), 10000);
        QCOMPARE(dropped.first().at(0).toLongLong(), qint64(GuildId));
        QCOMPARE(dropped.first().at(1).toLongLong(), qint64(SpawnChannel));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(posts().size(), 1);
        QCOMPARE(configRows("spawn_channel IS NULL AND enabled"), 1);
        QCOMPARE(m_fx->scalar("SELECT count(*) FROM ballinstance"), 0);
        QCOMPARE(m_fx->world.forgotten.size(), 1);
        QCOMPARE(m_fx->world.forgotten.first().first, GuildId);
        QCOMPARE(m_fx->world.forgotten.first().second, SpawnChannel);
        QCOMPARE(m_fx->world.channels.contains(GuildId), !worldForgets);

        // Nothing more is tried in the gone channel, even by a world that still lists it.
        for (int i = 0; i < 3; ++i) {
            m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
            QCOMPARE(spawns().postsInFlight(), 0);
        }

        // /config channel sets a new channel: spawning works again.
        m_fx->rest.addChannel(QString::number(NewChannel), QString::number(GuildId));
        m_fx->world.channels.insert(GuildId, NewChannel);
        QVERIFY(!m_fx->spawnOne().isEmpty());
        QCOMPARE(posts(NewChannel).size(), 1);
        QCOMPARE(dropped.size(), 1);
    }

    void channelDeleteDispatchDropsTheSpawnChannel()
    {
        QSignalSpy dropped(&spawns(), &SpawnService::spawnChannelDropped);
        const auto channelDelete = [this](domain::Snowflake channel) {
            m_fx->dispatch(QJsonObject {{QStringLiteral("id"), QString::number(channel)},
                                        {QStringLiteral("guild_id"), QString::number(GuildId)},
                                        {QStringLiteral("type"), 0}},
                           QStringLiteral("CHANNEL_DELETE"));
        };
        channelDelete(NewChannel); // not the spawn channel
        QVERIFY(m_fx->world.forgotten.isEmpty());
        QCOMPARE(dropped.size(), 0);

        QTest::ignoreMessage(QtInfoMsg,
                             pattern(QStringLiteral("Spawn channel %1 of guild %2 was deleted")
                                         .arg(SpawnChannel)
                                         .arg(GuildId)));
        channelDelete(SpawnChannel);
        QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), 10000);
        QCOMPARE(configRows("spawn_channel IS NULL"), 1);
        QVERIFY(!m_fx->world.channels.contains(GuildId));
        m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
        QCOMPARE(spawns().postsInFlight(), 0);
        QCOMPARE(posts().size(), 0);
    }

    void droppingAChannelKeepsANewerOne()
    {
        // /config channel moved the guild to NewChannel while the old one was reported gone.
        storage::GuildConfigRepository repository(*m_fx->database);
        QVERIFY(await(repository.setSpawnChannel(GuildId, NewChannel)));
        QCOMPARE(await(repository.clearSpawnChannel(GuildId, SpawnChannel)).value_or(true), false);
        QCOMPARE(configRows("spawn_channel = " + std::to_string(NewChannel)), 1);

        bot::services::GuildSpawnChannels cache(*m_fx->database);
        QVERIFY(QCoro::waitFor(cache.load()));
        QCOMPARE(cache.channelFor(GuildId).value_or(0), NewChannel);
        QVERIFY(!cache.forget(GuildId, SpawnChannel));
        QCOMPARE(cache.channelFor(GuildId).value_or(0), NewChannel);
        QVERIFY(cache.forget(GuildId, NewChannel));
        QVERIFY(!cache.channelFor(GuildId));

        QCOMPARE(await(repository.clearSpawnChannel(GuildId, NewChannel)).value_or(false), true);
        QCOMPARE(configRows("spawn_channel IS NULL"), 1);
    }

    void catchBeforeThePostIsAnswered()
    {
        // Discord creates the message, then its answer to the bot is slow: a player may click
        // and guess in the meantime (the button's custom id is already visible).
        m_fx->rest.setResponseDelay(2000);
        QSignalSpy created(&m_fx->rest, &fakediscord::FakeDiscordRest::messageCreated);
        QSignalSpy spawned(&spawns(), &SpawnService::spawned);
        m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
        const QString customId = created.first()
                                     .first()
                                     .value<QJsonObject>()
                                     .value(QLatin1String("components"))[0]
                                     .toObject()
                                     .value(QLatin1String("components"))[0]
                                     .toObject()
                                     .value(QLatin1String("custom_id"))
                                     .toString();
        QVERIFY2(customId.startsWith(QLatin1String("catch:")), qPrintable(customId));
        const QString spawnId = customId.section(u':', 1);
        QCOMPARE(spawns().postsInFlight(), 1);

        m_fx->click(spawnId);
        m_fx->guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        QCOMPARE(spawned.size(), 0); // the answer is still on its way
        const auto callbacks = m_fx->transport.ofKind(RecordedCall::Kind::Callback);
        QCOMPARE(callbacks.first().type, 9);
        QVERIFY2(m_fx->replies().first().content().contains(QStringLiteral("You caught")),
                 qPrintable(m_fx->replies().first().content()));
        QCOMPARE(m_fx->scalar("SELECT count(*) FROM ballinstance"), 1);

        // Once the id of the spawn message is known, its button is disabled.
        QTRY_VERIFY_WITH_TIMEOUT(!spawned.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->rest.channelMessages(QString::number(SpawnChannel))
                                     .constLast()
                                     .value(QLatin1String("components"))[0]
                                     .toObject()
                                     .value(QLatin1String("components"))[0]
                                     .toObject()
                                     .value(QLatin1String("disabled"))
                                     .toBool(),
                                 10000);
    }

    void unusableWildCardSpawnsWithTheFallback_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("corrupt") << QStringLiteral("corrupt");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("not set") << QStringLiteral("unset");
    }

    void unusableWildCardSpawnsWithTheFallback()
    {
        QFETCH(QString, kind);
        const QString path = m_fx->world.mediaPath(m_fx->ball.wildCard);
        QString named = QStringLiteral("wild/fixtureland\\.png");
        if (kind == QLatin1String("missing")) {
            QVERIFY(QFile::remove(path));
        } else if (kind == QLatin1String("unset")) {
            m_fx->world.balls.first().wildCard.clear();
            named = QStringLiteral("no wild card is set");
        } else {
            QByteArray bytes;
            if (kind == QLatin1String("corrupt"))
                bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\nnot really a png");
            else if (kind == QLatin1String("truncated"))
                bytes = wildCardPng().left(40);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        QTest::ignoreMessage(
            QtWarningMsg,
            pattern(
                QStringLiteral("wild card of Fixtureland cannot be used \\(.*%1.*fallback image")
                    .arg(named)));
        const QString spawnId = m_fx->spawnOne();
        QVERIFY(!spawnId.isEmpty());
        QString filename;
        const QByteArray sent = postedFile(posts().first(), &filename);
        QCOMPARE(sent, WildCardLoader::fallbackPng());
        QVERIFY(!QImage::fromData(sent).isNull());
        QVERIFY2(QRegularExpression(QStringLiteral("^nt_[A-Za-z]{15}\\.png$"))
                     .match(filename)
                     .hasMatch(),
                 qPrintable(filename));

        // The ball is catchable as usual.
        m_fx->guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE(m_fx->replies().size(), 1);
        QCOMPARE(m_fx->scalar("SELECT count(*) FROM ballinstance"), 1);
    }

    void repairedWildCardIsUsedAgain()
    {
        const QString path = m_fx->world.mediaPath(m_fx->ball.wildCard);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("garbage");
        }
        QTest::ignoreMessage(QtWarningMsg, pattern(QStringLiteral("fixtureland\\.png")));
        QVERIFY(!m_fx->spawnOne().isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(wildCardPng());
        }
        QVERIFY(!m_fx->spawnOne().isEmpty());
        QVERIFY(!m_fx->spawnOne().isEmpty()); // the verified version is not decoded again
        const auto sent = posts();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(postedFile(sent.at(0)), WildCardLoader::fallbackPng());
        QCOMPARE(postedFile(sent.at(1)), wildCardPng());
        QCOMPARE(postedFile(sent.at(2)), wildCardPng());
    }

    void wildCardIsReadOffTheEventLoop()
    {
        // A FIFO blocks its reader until a writer writes: the dispatch must return first.
        const QString path = m_fx->world.mediaPath(m_fx->ball.wildCard);
        const QByteArray fifo = QFile::encodeName(path);
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const QByteArray png = wildCardPng();
        std::promise<void> dispatched;
        const std::shared_future<void> ready = dispatched.get_future().share();
        std::atomic<bool> waitedInVain {false};
        std::thread writer([fifo, png, ready, &waitedInVain] {
            const int fd = ::open(fifo.constData(), O_WRONLY);
            if (fd < 0)
                return;
            // Only a regression (a read on the event-loop thread) makes this wait time out.
            waitedInVain = ready.wait_for(std::chrono::seconds(10)) != std::future_status::ready;
            [[maybe_unused]] const auto written = ::write(fd, png.constData(), size_t(png.size()));
            ::close(fd);
        });
        bool released = false;
        const auto release = [&] {
            if (!released)
                dispatched.set_value();
            released = true;
        };
        auto joined = qScopeGuard([&] {
            release();
            // Unblocks the writer's open() if the spawn never opened the FIFO.
            const int fd = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
            writer.join();
            if (fd >= 0)
                ::close(fd);
        });

        QSignalSpy spawned(&spawns(), &SpawnService::spawned);
        m_fx->dispatch(m_fx->messageJson(GuildId, InvokerId));
        QCOMPARE(spawns().postsInFlight(), 1);
        QCOMPARE(spawned.size(), 0);
        release();
        QTRY_VERIFY_WITH_TIMEOUT(!spawned.isEmpty(), 10000);
        QVERIFY(!waitedInVain);
        QCOMPARE(postedFile(posts().first()), png);
    }
};

QTEST_GUILESS_MAIN(TestSpawnFailures)
#include "tst_spawnfailures.moc"
