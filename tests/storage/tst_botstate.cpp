// SPDX-License-Identifier: MIT
#include "schema/Migrator.h"
#include "storage/BotStateRepository.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace ballsdex;

class TestBotState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedValuesComeBackByPrefixAndAreReplaced()
    {
        testing::TestDatabase db;
        if (!db.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(db.conninfo()).migrate());
        storage::Database database(storage::DatabaseOptions {.conninfo = db.conninfo()});
        storage::BotStateRepository state(database);

        const QJsonObject first {{QStringLiteral("hash"), QStringLiteral("abc")}};
        const QJsonObject second {{QStringLiteral("hash"), QStringLiteral("def")}};
        QVERIFY(state.save(QStringLiteral("commands:global:1"), first).result());
        QVERIFY(state.save(QStringLiteral("commands:guild:1:2"), first).result());
        QVERIFY(state.save(QStringLiteral("other"), first).result());
        QVERIFY(state.save(QStringLiteral("commands:global:1"), second).result());

        const auto loaded = state.loadPrefix(QStringLiteral("commands:")).result();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->value(QStringLiteral("commands:global:1")), second);
        QCOMPARE(loaded->value(QStringLiteral("commands:guild:1:2")), first);
    }

    void emptyKeyIsRefusedByTheDatabase()
    {
        testing::TestDatabase db;
        if (!db.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(db.conninfo()).migrate());
        storage::Database database(storage::DatabaseOptions {.conninfo = db.conninfo()});
        const auto saved = storage::BotStateRepository(database).save(QString(), {}).result();
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, storage::StorageError::Kind::CheckViolation);
    }
};

QTEST_GUILESS_MAIN(TestBotState)
#include "tst_botstate.moc"
