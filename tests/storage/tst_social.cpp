// SPDX-License-Identifier: MIT
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/PlayerRepository.h"
#include "storage/SocialRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace ballsdex;
using storage::StorageError;

class TestSocial final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<storage::Database> m_database;
    domain::RowId m_alice = 0;
    domain::RowId m_bob = 0;
    domain::RowId m_carol = 0;

    domain::RowId player(domain::Snowflake discordId)
    {
        const auto created = storage::PlayerRepository(*m_database).getOrCreate(discordId).result();
        return created ? created->id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        if (!m_db->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(m_db->conninfo()).migrate());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseOptions {.conninfo = m_db->conninfo()});
        m_alice = player(1001);
        m_bob = player(1002);
        m_carol = player(1003);
        QVERIFY(m_alice && m_bob && m_carol);
    }

    void cleanup()
    {
        m_database.reset();
        m_db.reset();
    }

    void friendshipIsSymmetricAndUnique()
    {
        storage::SocialRepository social(*m_database);
        QVERIFY(social.addFriendship(m_alice, m_bob).result());
        const auto again = social.addFriendship(m_bob, m_alice).result();
        QVERIFY(!again);
        QCOMPARE(again.error().kind, StorageError::Kind::Conflict);

        QVERIFY(social.relationship(m_bob, m_alice).result()->friends);
        QVERIFY(social.relationship(m_alice, m_bob).result()->friends);
        QVERIFY(!social.relationship(m_alice, m_carol).result()->friends);

        const auto bobsFriends = social.friends(m_bob).result();
        QVERIFY(bobsFriends);
        QCOMPARE(bobsFriends->size(), 1);
        QCOMPARE(bobsFriends->first().discordId, domain::Snowflake(1001));
        QVERIFY(bobsFriends->first().since.isValid());

        QCOMPARE(*social.removeFriendship(m_bob, m_alice).result(), true);
        QCOMPARE(*social.removeFriendship(m_bob, m_alice).result(), false);
        QVERIFY(social.friends(m_alice).result()->isEmpty());
    }

    void blockIsDirectionalAndEndsFriendship()
    {
        storage::SocialRepository social(*m_database);
        QVERIFY(social.addFriendship(m_alice, m_bob).result());
        QVERIFY(social.block(m_bob, m_alice).result());

        const auto fromAlice = social.relationship(m_alice, m_bob).result();
        QVERIFY(fromAlice);
        QVERIFY(!fromAlice->friends);
        QVERIFY(fromAlice->targetBlockedViewer);
        QVERIFY(!fromAlice->viewerBlockedTarget);

        const auto twice = social.block(m_bob, m_alice).result();
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, StorageError::Kind::Conflict);
        const auto befriend = social.addFriendship(m_alice, m_bob).result();
        QVERIFY(!befriend);
        QCOMPARE(befriend.error().kind, StorageError::Kind::Conflict);

        const auto list = social.blocked(m_bob).result();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().discordId, domain::Snowflake(1001));
        QVERIFY(social.blocked(m_alice).result()->isEmpty());

        QCOMPARE(*social.unblock(m_bob, m_alice).result(), true);
        QCOMPARE(*social.unblock(m_bob, m_alice).result(), false);
        QVERIFY(!social.relationship(m_alice, m_bob).result()->targetBlockedViewer);
    }
};

QTEST_GUILESS_MAIN(TestSocial)
#include "tst_social.moc"
