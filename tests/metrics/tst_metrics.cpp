// SPDX-License-Identifier: MIT
#include "metrics/BotMetrics.h"
#include "metrics/EventLoopProbe.h"
#include "metrics/MetricsServer.h"

#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex::bot::metrics;
using namespace std::chrono_literals;

namespace {

QString exposition(const BotMetrics &metrics)
{
    const prometheus::TextSerializer serializer;
    return QString::fromStdString(serializer.Serialize(metrics.registry()->Collect()));
}

QByteArray scrape(int port)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guildSizeBuckets_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("unknown") << 0 << QStringLiteral("1");
        QTest::newRow("alone with the bot") << 2 << QStringLiteral("1");
        QTest::newRow("eleven") << 11 << QStringLiteral("10");
        QTest::newRow("twelve") << 12 << QStringLiteral("100");
        QTest::newRow("101") << 101 << QStringLiteral("100");
        QTest::newRow("5000") << 5000 << QStringLiteral("10000");
    }

    void guildSizeBuckets()
    {
        QFETCH(int, members);
        QFETCH(QString, bucket);
        QCOMPARE(BotMetrics::guildSizeBucket(members), bucket);
    }

    void catchesAreCountedWithTheOriginalLabels()
    {
        BotMetrics metrics;
        metrics.caught(QStringLiteral("Aldoria"), {}, 50, QStringLiteral("default"));
        metrics.caught(QStringLiteral("Aldoria"), {}, 60, QStringLiteral("default"));
        metrics.caught(QStringLiteral("Aldoria"), QStringLiteral("Shiny"), 60,
                       QStringLiteral("default"));
        const QString text = exposition(metrics);
        QVERIFY2(
            text.contains(QStringLiteral("caught_cb_total{country=\"Aldoria\",guild_size="
                                         "\"100\",spawn_algo=\"default\",special=\"None\"} 2")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("special=\"Shiny\"} 1")));
    }

    void emptiedGuildBucketsDropToZero()
    {
        BotMetrics metrics;
        metrics.setGuildsBySize({{QStringLiteral("10"), 3}, {QStringLiteral("100"), 1}});
        metrics.setGuildsBySize({{QStringLiteral("10"), 4}});
        const QString text = exposition(metrics);
        QVERIFY(text.contains(QStringLiteral("guilds{size=\"10\"} 4")));
        QVERIFY(text.contains(QStringLiteral("guilds{size=\"100\"} 0")));
    }

    void eventLoopProbeRecordsLateness()
    {
        BotMetrics metrics;
        auto now = std::chrono::steady_clock::time_point {};
        EventLoopProbe probe(metrics, 1000ms, [&now] { return now; });
        probe.start();
        now += 1250ms; // the loop was busy for a quarter of a second past the due time
        probe.tick();
        now += 1000ms; // on time
        probe.tick();
        const QString text = exposition(metrics);
        QVERIFY2(text.contains(QStringLiteral("asyncio_delay_count 2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("asyncio_delay_sum 0.25")));
        QVERIFY(text.contains(QStringLiteral("asyncio_delay_bucket{le=\"0.25\"} 2")));
        QVERIFY(text.contains(QStringLiteral("asyncio_delay_bucket{le=\"0.1\"} 1")));
    }

    void endpointServesValidExposition()
    {
        BotMetrics metrics;
        metrics.caught(QStringLiteral("Borvenia"), {}, 1000, QStringLiteral("default"));
        metrics.setGuildsBySize({{QStringLiteral("1000"), 1}});
        metrics.observeGatewayLatency(0, 42ms);
        metrics.observeDiscordRequest(QStringLiteral("POST /channels/{channel_id}/messages"), 200,
                                      120ms);
        metrics.spawnAttempted(true);
        metrics.spawnAttempted(false);
        metrics.observeCatchLatency(5ms);
        metrics.rateLimited(QStringLiteral("POST /channels/{channel_id}/messages"), false, 1.5);
        metrics.observeTransaction(3ms, true);
        metrics.setPool(3, 2, 10);
        metrics.setCacheSize(QStringLiteral("balls"), 12);
        metrics.interactionHandled(QStringLiteral("command"));

        MetricsServer server;
        const auto port = server.start(QStringLiteral("127.0.0.1"), 0, metrics.registry());
        QVERIFY2(port, port ? "" : qPrintable(port.error()));
        const QByteArray body = scrape(*port);
        QVERIFY(body.contains("discord_http_requests_bucket{code=\"200\",key=\"POST "
                              "/channels/{channel_id}/messages\",le=\"0.25\"} 1"));
        QVERIFY(body.contains("ballsdex_db_pool_connections{state=\"capacity\"} 10"));
        QVERIFY(body.contains("ballsdex_spawns_total{outcome=\"failed\"} 1"));

        const QString promtool = QStringLiteral(BALLSDEX_PROMTOOL);
        if (promtool.isEmpty() || promtool.endsWith(QStringLiteral("NOTFOUND"))) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("promtool is missing (scripts/install-deps.sh fetches it into .tools/)");
            QSKIP("promtool not found; run scripts/install-deps.sh");
        }
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray report = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, report.constData());
    }

    void aTakenPortIsAClearError()
    {
        BotMetrics metrics;
        MetricsServer first;
        const auto port = first.start(QStringLiteral("127.0.0.1"), 0, metrics.registry());
        QVERIFY(port);
        MetricsServer second;
        const auto clash = second.start(QStringLiteral("127.0.0.1"), *port, metrics.registry());
        QVERIFY(!clash);
        QVERIFY2(clash.error().contains(QStringLiteral("127.0.0.1:%1").arg(*port)),
                 qPrintable(clash.error()));
        QVERIFY(!second.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
