// SPDX-License-Identifier: MIT
#include "app/CommandLine.h"

#include <QTest>

using namespace ballsdex::bot;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto options = parseCommandLine({QStringLiteral("ballsdex-bot")});
        QVERIFY(options);
        QCOMPARE(options->command, BotCommand::Run);
        QCOMPARE(options->configPath, QStringLiteral("config.yml"));
        QVERIFY(options->migrateOnStart);
    }

    void commandsAndOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("configPath");
        QTest::addColumn<bool>("migrateOnStart");
        const QString bin = QStringLiteral("ballsdex-bot");
        const QString defaultConfig = QStringLiteral("config.yml");
        QTest::newRow("migrate") << QStringList {bin, QStringLiteral("migrate")}
                                 << int(BotCommand::Migrate) << defaultConfig << true;
        QTest::newRow("config long")
            << QStringList {bin, QStringLiteral("--config"), QStringLiteral("/etc/b.yml")}
            << int(BotCommand::Run) << QStringLiteral("/etc/b.yml") << true;
        QTest::newRow("config short")
            << QStringList {bin, QStringLiteral("-c"), QStringLiteral("x.yml"),
                            QStringLiteral("run")}
            << int(BotCommand::Run) << QStringLiteral("x.yml") << true;
        QTest::newRow("no-migrate") << QStringList {bin, QStringLiteral("--no-migrate")}
                                    << int(BotCommand::Run) << defaultConfig << false;
        QTest::newRow("check-config flag") << QStringList {bin, QStringLiteral("--check-config")}
                                           << int(BotCommand::CheckConfig) << defaultConfig << true;
        QTest::newRow("check-config command")
            << QStringList {bin, QStringLiteral("check-config")} << int(BotCommand::CheckConfig)
            << defaultConfig << true;
        QTest::newRow("version") << QStringList {bin, QStringLiteral("--version")}
                                 << int(BotCommand::Version) << defaultConfig << true;
        QTest::newRow("V") << QStringList {bin, QStringLiteral("-V")} << int(BotCommand::Version)
                           << defaultConfig << true;
        QTest::newRow("help wins")
            << QStringList {bin, QStringLiteral("migrate"), QStringLiteral("--help")}
            << int(BotCommand::Help) << defaultConfig << true;
        QTest::newRow("schema-status") << QStringList {bin, QStringLiteral("schema-status")}
                                       << int(BotCommand::SchemaStatus) << defaultConfig << true;
    }
    void commandsAndOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, command);
        QFETCH(QString, configPath);
        QFETCH(bool, migrateOnStart);
        const auto options = parseCommandLine(arguments);
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(int(options->command), command);
        QCOMPARE(options->configPath, configPath);
        QCOMPARE(options->migrateOnStart, migrateOnStart);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString bin = QStringLiteral("ballsdex-bot");
        QTest::newRow("unknown option")
            << QStringList {bin, QStringLiteral("--frobnicate")}
            << QStringLiteral("Unknown option 'frobnicate'. (see --help)");
        QTest::newRow("missing value")
            << QStringList {bin, QStringLiteral("--config")}
            << QStringLiteral("Missing value after '--config'. (see --help)");
        QTest::newRow("unknown command") << QStringList {bin, QStringLiteral("dance")}
                                         << QStringLiteral("unknown command 'dance' (see --help)");
        QTest::newRow("two commands")
            << QStringList {bin, QStringLiteral("run"), QStringLiteral("migrate")}
            << QStringLiteral("expected at most one command, got: run migrate (see --help)");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto options = parseCommandLine(arguments);
        QVERIFY(!options);
        QCOMPARE(options.error().message, message);
    }

    void helpListsEveryCommand()
    {
        const QString help = helpText();
        for (const char *name : {"run", "migrate", "schema-status", "check-config", "--no-migrate",
                                 "BALLSDEXBOT_DB_URL"})
            QVERIFY2(help.contains(QLatin1String(name)), name);
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
