// SPDX-License-Identifier: MIT
#include "fakediscord/rest/FakeHttpServer.h"
#include "logging/LogSink.h"
#include "logging/SentryReporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using logging::SentryReporter;
using logging::SentryTarget;

Q_LOGGING_CATEGORY(lcSentryTest, "ballsdex.test")

class TestSentry final : public QObject
{
    Q_OBJECT

private:
    fakediscord::FakeHttpServer m_server;
    QList<fakediscord::HttpRequest> m_events;

    QString dsn() const
    {
        return QStringLiteral("http://publickey123@127.0.0.1:%1/sentry/42").arg(m_server.port());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route(
            "POST", QStringLiteral("/sentry/api/{project}/store/"),
            [this](fakediscord::HttpRequest &request) {
                m_events.append(request);
                return fakediscord::HttpResponse::json(
                    200, QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}}));
            });
    }

    void init() { m_events.clear(); }

    void dsnErrorsNameTheProblemNotTheKey_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not a url") << QStringLiteral("nonsense") << QStringLiteral("not a URL");
        QTest::newRow("no key") << QStringLiteral("https://sentry.io/42")
                                << QStringLiteral("no public key");
        QTest::newRow("no project")
            << QStringLiteral("https://secretkey@sentry.io/") << QStringLiteral("no project id");
    }

    void dsnErrorsNameTheProblemNotTheKey()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, problem);
        const auto target = SentryTarget::fromDsn(dsn);
        QVERIFY(!target);
        QVERIFY2(target.error().contains(problem), qPrintable(target.error()));
        QVERIFY(!target.error().contains(QStringLiteral("secretkey")));
    }

    void dsnBecomesTheStoreEndpoint()
    {
        const auto target
            = SentryTarget::fromDsn(QStringLiteral("https://abc@o1.ingest.sentry.io/77"));
        QVERIFY(target);
        QCOMPARE(target->storeUrl.toString(),
                 QStringLiteral("https://o1.ingest.sentry.io/api/77/store/"));
        QCOMPARE(target->publicKey, QStringLiteral("abc"));
    }

    void criticalLogLinesBecomeEventsWithSecretsMasked()
    {
        const auto target = SentryTarget::fromDsn(dsn());
        QVERIFY(target);
        SentryReporter reporter(*target, {QStringLiteral("1.2.3"), QStringLiteral("staging"), 20});
        QSignalSpy sent(&reporter, &SentryReporter::eventSent);
        logging::LogSink sink(logging::LogSinkOptions {}, nullptr);
        sink.addSecret(QStringLiteral("supersecrettoken"));
        sink.setCriticalObserver(
            [&reporter](const logging::LogRecord &record) { reporter.report(record); });
        sink.install();
        qCInfo(lcSentryTest) << "not an error";
        qCWarning(lcSentryTest) << "not an error either";
        qCCritical(lcSentryTest).noquote() << "database gone while using supersecrettoken";
        sink.uninstall();

        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toInt(), 200);
        QCOMPARE(m_events.size(), 1);
        const fakediscord::HttpRequest &request = m_events.first();
        QVERIFY(request.header("x-sentry-auth").contains("sentry_key=publickey123"));
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(event.value(QStringLiteral("release")).toString(), QStringLiteral("1.2.3"));
        QCOMPARE(event.value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));
        QCOMPARE(event.value(QStringLiteral("logger")).toString(), QStringLiteral("ballsdex.test"));
        QCOMPARE(event.value(QStringLiteral("event_id")).toString().size(), 32);
        QCOMPARE(event.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("formatted"))
                     .toString(),
                 QStringLiteral("database gone while using ***"));
    }

    void aBurstIsCapped()
    {
        const auto target = SentryTarget::fromDsn(dsn());
        QVERIFY(target);
        SentryReporter reporter(*target, {QStringLiteral("1"), QStringLiteral("test"), 3});
        QSignalSpy sent(&reporter, &SentryReporter::eventSent);
        for (int i = 0; i < 10; ++i)
            reporter.report(logging::LogRecord {QDateTime::currentDateTimeUtc(), QtCriticalMsg,
                                                QStringLiteral("ballsdex.test"),
                                                QStringLiteral("loop %1").arg(i)});
        QTRY_COMPARE(sent.size(), 3);
        QCOMPARE(reporter.dropped(), 7);
        QCOMPARE(m_events.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSentry)
#include "tst_sentry.moc"
