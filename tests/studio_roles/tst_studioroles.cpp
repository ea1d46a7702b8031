// SPDX-License-Identifier: MIT
// Migration 0008: the database itself enforces what Studio's roles may do. Logins are created IN
// ROLE the group roles and prove, with hand-written SQL, what they can and cannot touch.
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/StudioGrants.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QTest>
#include <QUuid>
#include <QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace ballsdex;
using storage::StudioDuties;

namespace {

constexpr const char *kInsufficientPrivilege = "42501";

std::string conninfo(const QString &database, const QString &user)
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(testing::TestDatabase::socketDirectory())
        .arg(testing::TestDatabase::port())
        .arg(user, database)
        .toStdString();
}

/// Runs statements as the cluster's superuser on the maintenance database.
void asSuperuser(const std::string &sql)
{
    pqxx::connection connection(conninfo(QStringLiteral("postgres"), QStringLiteral("postgres")));
    pqxx::nontransaction tx(connection);
    tx.exec0(sql);
}

/// Role names are cluster-wide and the cluster is shared by tests running in parallel.
QString uniqueName(const char *what)
{
    return QStringLiteral("t_%1_%2").arg(QUuid::createUuid().toString(QUuid::Id128).left(12),
                                         QLatin1String(what));
}

/// LOGIN roles (and what else a test creates cluster-wide), dropped at the end of the test.
class ClusterRoles final
{
public:
    ClusterRoles() = default;
    ClusterRoles(const ClusterRoles &) = delete;
    ClusterRoles &operator=(const ClusterRoles &) = delete;
    ~ClusterRoles()
    {
        for (auto it = m_names.crbegin(); it != m_names.crend(); ++it) {
            try {
                asSuperuser("DROP ROLE IF EXISTS " + quoted(*it));
            } catch (const std::exception &error) {
                qWarning("cannot drop role %s: %s", qPrintable(*it), error.what());
            }
        }
    }

    QString create(const char *what, const QString &options)
    {
        const QString name = uniqueName(what);
        asSuperuser("CREATE ROLE " + quoted(name) + ' ' + options.toStdString());
        m_names.append(name);
        return name;
    }

    /// Names created later (e.g. by the code under test), dropped all the same.
    QStringList adopt(const QStringList &names)
    {
        m_names.append(names);
        return names;
    }

    static std::string quoted(const QString &name) { return '"' + name.toStdString() + '"'; }

private:
    QStringList m_names;
};

/// Every message the server sends this connection besides results (RAISE WARNING, NOTICE).
class NoticeLog final : public pqxx::errorhandler
{
public:
    explicit NoticeLog(pqxx::connection_base &connection)
        : pqxx::errorhandler(connection)
    {
    }
    bool operator()(const char message[]) noexcept override
    {
        messages.append(QString::fromUtf8(message));
        return false;
    }
    QStringList messages;
};

QStringList textArray(const pqxx::field &field)
{
    QStringList values;
    auto parser = field.as_array();
    for (auto item = parser.get_next(); item.first != pqxx::array_parser::done;
         item = parser.get_next()) {
        if (item.first == pqxx::array_parser::string_value)
            values.append(QString::fromStdString(item.second));
    }
    return values;
}

/// Runs the migration's setup function with other role names; returns the missing ones.
QStringList setupStudioRoles(pqxx::transaction_base &tx, const QStringList &names)
{
    return textArray(tx.exec_params1("SELECT ballsdex_setup_studio_roles($1, $2, $3)",
                                     names.at(0).toStdString(), names.at(1).toStdString(),
                                     names.at(2).toStdString())[0]);
}

bool hasPrivilege(pqxx::transaction_base &tx, const QString &role, const char *table,
                  const char *privilege)
{
    return tx
        .exec_params1("SELECT has_table_privilege($1, $2, $3)", role.toStdString(), table,
                      privilege)[0]
        .as<bool>();
}

} // namespace

class TestStudioRoles final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<ClusterRoles> m_roles;
    QHash<QString, QString> m_login; ///< "artist", "staff", "admin", "none" → login role name

    StudioDuties dutiesOf(const QString &database, const QString &user)
    {
        storage::Database db(
            testing::fastDatabaseOptions(QString::fromStdString(conninfo(database, user))));
        const auto duties = testing::await(storage::StudioGrants(db).currentDuties());
        if (!duties)
            qWarning() << duties.error();
        return duties.value_or(StudioDuties {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        if (!m_db->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        const auto migrated = schema::Migrator(m_db->conninfo()).migrate();
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));

        pqxx::connection connection(m_db->conninfo().toStdString());
        pqxx::work tx(connection);
        // Explicit ids far from what the identity sequences hand out to the statements below.
        tx.exec0("INSERT INTO player (id, discord_id) VALUES (901, 1001), (902, 1002)");
        tx.exec0("INSERT INTO ball (id, country, health, attack, rarity, emoji_id, wild_card, "
                 "collection_card, credits, capacity_name, capacity_description, regime_id) "
                 "SELECT 901, 'Testland', 10, 10, 1, 1, 'w.png', 'c.png', 'me', 'cap', 'desc', "
                 "min(id) FROM regime");
        tx.exec0("INSERT INTO ballinstance (id, ball_id, player_id) VALUES (901, 901, 901)");
        tx.exec0("INSERT INTO guildconfig (id, guild_id) VALUES (901, 5001)");
        tx.exec0("INSERT INTO blacklistedid (id, discord_id, reason) VALUES (901, 1002, 'spam')");
        tx.commit();

        m_roles = std::make_unique<ClusterRoles>();
        m_login.insert(QStringLiteral("artist"),
                       m_roles->create("artist", QStringLiteral("LOGIN IN ROLE ballsdex_artist")));
        m_login.insert(QStringLiteral("staff"),
                       m_roles->create("staff", QStringLiteral("LOGIN IN ROLE ballsdex_staff")));
        m_login.insert(QStringLiteral("admin"),
                       m_roles->create("admin", QStringLiteral("LOGIN IN ROLE ballsdex_admin")));
        m_login.insert(QStringLiteral("none"), m_roles->create("none", QStringLiteral("LOGIN")));
    }

    void cleanupTestCase()
    {
        m_db.reset(); // privileges in it must go before the roles can
        m_roles.reset();
    }

    void groupRolesAreNologinAndAdminHoldsBoth()
    {
        pqxx::connection connection(m_db->conninfo().toStdString());
        pqxx::read_transaction tx(connection);
        const auto row
            = tx.exec1("SELECT (SELECT bool_or(rolcanlogin) FROM pg_roles WHERE rolname IN "
                       "        ('ballsdex_artist', 'ballsdex_staff', 'ballsdex_admin')), "
                       "       (SELECT count(*) FROM pg_roles WHERE rolname IN "
                       "        ('ballsdex_artist', 'ballsdex_staff', 'ballsdex_admin')), "
                       "       pg_has_role('ballsdex_admin', 'ballsdex_artist', 'MEMBER'), "
                       "       pg_has_role('ballsdex_admin', 'ballsdex_staff', 'MEMBER'), "
                       "       pg_has_role('ballsdex_artist', 'ballsdex_staff', 'MEMBER')");
        QCOMPARE(row[0].as<bool>(), false);
        QCOMPARE(row[1].as<int>(), 3);
        QVERIFY(row[2].as<bool>());
        QVERIFY(row[3].as<bool>());
        QVERIFY(!row[4].as<bool>());
    }

    void databaseEnforcesTheRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("allowed");

        const QString updateBall = QStringLiteral("UPDATE ball SET rarity = 2 WHERE id = 901");
        const QString insertBall = QStringLiteral(
            "INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
            "collection_card, credits, capacity_name, capacity_description, regime_id) "
            "SELECT 'Newland', 1, 1, 1, 1, 'w', 'c', 'me', 'cap', 'desc', min(id) FROM regime "
            "RETURNING id");
        const QString deleteBall = QStringLiteral("DELETE FROM ball WHERE id = 901");
        const QString insertSpecial = QStringLiteral(
            "INSERT INTO special (name, rarity) VALUES ('Shiny too', 0.1) RETURNING id");
        const QString insertAudit = QStringLiteral(
            "INSERT INTO audit_log (actor_discord_id, actor_source, action, target_type, "
            "target_id) VALUES (77, 'studio', 'ball.update', 'ball', '901') RETURNING id");
        const QString blacklistUser = QStringLiteral(
            "INSERT INTO blacklistedid (discord_id, reason, moderator_id) VALUES (1001, 'x', 77) "
            "RETURNING id");
        const QString blacklistGuild = QStringLiteral(
            "INSERT INTO blacklistedguild (discord_id, reason) VALUES (5001, 'x') RETURNING id");
        const QString unblacklist = QStringLiteral("DELETE FROM blacklistedid WHERE id = 901");
        const QString history = QStringLiteral(
            "INSERT INTO blacklisthistory (discord_id, moderator_id, reason) VALUES (1001, 77, "
            "'x') RETURNING id");
        const QString rewriteHistory = QStringLiteral("DELETE FROM blacklisthistory");
        const QString readPlayers = QStringLiteral("SELECT count(*) FROM player");
        const QString readTrades = QStringLiteral("SELECT count(*) FROM trade");
        const QString policies
            = QStringLiteral("UPDATE player SET privacy_policy = 1 WHERE id = 901");
        const QString coins = QStringLiteral("UPDATE player SET coins = 1000000 WHERE id = 901");
        const QString guild
            = QStringLiteral("UPDATE guildconfig SET enabled = false WHERE id = 901");
        const QString softDelete
            = QStringLiteral("UPDATE ballinstance SET deleted = true WHERE id = 901");
        const QString hardDelete = QStringLiteral("DELETE FROM ballinstance WHERE id = 901");
        const QString deletePlayer = QStringLiteral("DELETE FROM player WHERE id = 902");
        const QString ledger = QStringLiteral(
            "INSERT INTO coin_transaction (player_id, delta, balance_after, reason) "
            "VALUES (901, 5, 5, 1)");
        const QString schemaCheck = QStringLiteral("SELECT max(version) FROM schema_migrations");
        const QString loginSettings = QStringLiteral("SELECT count(*) FROM bot_state");
        const QString botState
            = QStringLiteral("INSERT INTO bot_state (key, value) VALUES ('studio.login', '{}')");

        // What the catalogue editors count before a delete (CatalogueRepository / PackRepository).
        const QString regimeUsage
            = QStringLiteral("SELECT count(*) FROM ballinstance i JOIN ball b ON b.id = i.ball_id "
                             "WHERE b.regime_id = 1");
        const QString specialUsage
            = QStringLiteral("SELECT count(*) FROM ballinstance WHERE special_id = 1");
        const QString packUsage = QStringLiteral(
            "SELECT (SELECT coalesce(sum(quantity), 0) FROM player_pack WHERE pack_id = 1), "
            "(SELECT count(*) FROM pack_open_history WHERE pack_id = 1)");
        const QString instanceOwners = QStringLiteral("SELECT player_id FROM ballinstance");
        const QString readAudit = QStringLiteral("SELECT after FROM audit_log");

        const auto row = [](const char *role, const char *what, const QString &sql, bool ok) {
            QTest::addRow("%s: %s", role, what) << QString::fromLatin1(role) << sql << ok;
        };
        for (const char *role : {"artist", "staff", "admin"}) {
            row(role, "schema check", schemaCheck, true);
            row(role, "login settings", loginSettings, true);
            row(role, "audit entry", insertAudit, true);
            row(role, "no reading the audit log", readAudit, false);
            row(role, "no bot_state writes", botState, false);
            row(role, "no hard instance delete", hardDelete, false);
            row(role, "no player delete", deletePlayer, false);
            row(role, "no coin ledger writes", ledger, false);
            row(role, "no history rewrite", rewriteHistory, false);
        }
        row("artist", "update ball", updateBall, true);
        row("artist", "insert ball", insertBall, true);
        row("artist", "delete ball", deleteBall, true);
        row("artist", "insert special", insertSpecial, true);
        row("artist", "no blacklist", blacklistUser, false);
        row("artist", "no blacklist history", history, false);
        row("artist", "no players", readPlayers, false);
        row("artist", "no policies", policies, false);
        row("artist", "no soft delete", softDelete, false);
        row("artist", "regime delete counts", regimeUsage, true);
        row("artist", "special delete counts", specialUsage, true);
        row("artist", "pack delete counts", packUsage, true);
        row("artist", "no instance owners", instanceOwners, false);

        row("staff", "blacklist user", blacklistUser, true);
        row("staff", "blacklist guild", blacklistGuild, true);
        row("staff", "unblacklist", unblacklist, true);
        row("staff", "blacklist history", history, true);
        row("staff", "read players", readPlayers, true);
        row("staff", "read trades", readTrades, true);
        row("staff", "edit policies", policies, true);
        row("staff", "edit guild config", guild, true);
        row("staff", "no ball update", updateBall, false);
        row("staff", "no ball insert", insertBall, false);
        row("staff", "no soft delete", softDelete, false);

        row("admin", "update ball", updateBall, true);
        row("admin", "insert special", insertSpecial, true);
        row("admin", "blacklist user", blacklistUser, true);
        row("admin", "blacklist history", history, true);
        row("admin", "edit policies", policies, true);
        row("admin", "soft delete", softDelete, true);

        // Column-blind on purpose: the grant covers the row, the CHECKs guard the values.
        row("staff", "coins are a player column", coins, true);
    }

    void databaseEnforcesTheRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, statement);
        QFETCH(bool, allowed);

        pqxx::connection connection(conninfo(m_db->name(), m_login.value(role)));
        pqxx::work tx(connection); // never committed: every row starts from the same data
        QString sqlState;
        pqxx::result result;
        try {
            result = tx.exec(statement.toStdString());
        } catch (const pqxx::insufficient_privilege &) {
            // libpqxx 6.4 picks this class for SQLSTATE 42501 but leaves sqlstate() empty.
            sqlState = QLatin1String(kInsufficientPrivilege);
        } catch (const pqxx::sql_error &error) {
            QFAIL(error.what());
        }
        QCOMPARE(sqlState.isEmpty(), allowed);
        if (allowed && statement.startsWith(QLatin1String("UPDATE")))
            QCOMPARE(result.affected_rows(), pqxx::result::size_type(1));
        if (allowed && statement.contains(QLatin1String("RETURNING")))
            QCOMPARE(result.size(), pqxx::result::size_type(1));
    }

    void studioGrantsReportTheDuties_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("catalogue");
        QTest::addColumn<bool>("moderation");
        QTest::newRow("artist") << QStringLiteral("artist") << true << false;
        QTest::newRow("staff") << QStringLiteral("staff") << false << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true << true;
        QTest::newRow("no group role") << QStringLiteral("none") << false << false;
        QTest::newRow("superuser") << QStringLiteral("postgres") << true << true;
    }

    void studioGrantsReportTheDuties()
    {
        QFETCH(QString, role);
        QFETCH(bool, catalogue);
        QFETCH(bool, moderation);
        const QString user = m_login.value(role, role);
        QCOMPARE(dutiesOf(m_db->name(), user), (StudioDuties {catalogue, moderation}));
    }

    void ownerWithoutCreateRoleMigratesAndOwnsItsDuties()
    {
        ClusterRoles roles;
        const QString owner
            = roles.create("owner", QStringLiteral("LOGIN NOSUPERUSER NOCREATEROLE"));
        {
            testing::TestDatabase db;
            asSuperuser("ALTER DATABASE " + ClusterRoles::quoted(db.name()) + " OWNER TO "
                        + ClusterRoles::quoted(owner));

            const auto migrated
                = schema::Migrator(QString::fromStdString(conninfo(db.name(), owner))).migrate();
            QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
            QCOMPARE(migrated->toVersion, schema::Migrator::latestVersion());

            pqxx::connection connection(conninfo(db.name(), owner));
            pqxx::work tx(connection);
            QCOMPARE(tx.exec1("SELECT relowner::regrole::text FROM pg_class "
                              "WHERE oid = 'ball'::regclass")[0]
                         .as<std::string>(),
                     owner.toStdString());
            // The group roles existed already: the owner's grants reached them.
            QVERIFY(hasPrivilege(tx, QStringLiteral("ballsdex_artist"), "ball", "UPDATE"));
            QVERIFY(hasPrivilege(tx, QStringLiteral("ballsdex_staff"), "blacklistedid", "INSERT"));
            QVERIFY(hasPrivilege(tx, QStringLiteral("ballsdex_admin"), "ballinstance", "UPDATE"));
            QVERIFY(
                !hasPrivilege(tx, QStringLiteral("ballsdex_artist"), "blacklistedid", "INSERT"));
            tx.commit();

            pqxx::connection artist(conninfo(db.name(), m_login.value(QStringLiteral("artist"))));
            pqxx::work artistTx(artist);
            artistTx.exec0("INSERT INTO regime (name, background) VALUES ('Night', 'n.png')");

            QCOMPARE(dutiesOf(db.name(), owner), (StudioDuties {true, true}));
        }
    }

    void absentRolesOnlyWarnAndSetupCanBeRepeated()
    {
        // The migration ran the setup with the real names, which exist by now. Fresh names
        // exercise the branches a migrating user takes when the roles do not exist yet.
        ClusterRoles roles;
        const QString owner
            = roles.create("owner", QStringLiteral("LOGIN NOSUPERUSER NOCREATEROLE"));
        const QStringList group
            = roles.adopt({uniqueName("g_artist"), uniqueName("g_staff"), uniqueName("g_admin")});
        testing::TestDatabase db;
        asSuperuser("ALTER DATABASE " + ClusterRoles::quoted(db.name()) + " OWNER TO "
                    + ClusterRoles::quoted(owner));
        QVERIFY(schema::Migrator(QString::fromStdString(conninfo(db.name(), owner))).migrate());

        {
            pqxx::connection connection(conninfo(db.name(), owner));
            NoticeLog notices(connection);
            pqxx::work tx(connection);
            QCOMPARE(setupStudioRoles(tx, group), group);
            tx.commit();
            QCOMPARE(notices.messages.size(), 1);
            const QString warning = notices.messages.first();
            QVERIFY2(warning.startsWith(QLatin1String("WARNING:")), qPrintable(warning));
            QVERIFY2(warning.contains(QStringLiteral("no CREATEROLE")), qPrintable(warning));
            QVERIFY2(warning.contains(QStringLiteral("CREATE ROLE %1 NOLOGIN;").arg(group[0])),
                     qPrintable(warning));
            QVERIFY2(warning.contains(
                         QStringLiteral("GRANT %1, %2 TO %3;").arg(group[0], group[1], group[2])),
                     qPrintable(warning));
        }

        // An operator follows the hint; the owner repeats the setup and the grants land.
        asSuperuser("CREATE ROLE " + ClusterRoles::quoted(group[0]) + " NOLOGIN; CREATE ROLE "
                    + ClusterRoles::quoted(group[1]) + " NOLOGIN; CREATE ROLE "
                    + ClusterRoles::quoted(group[2]) + " NOLOGIN IN ROLE "
                    + ClusterRoles::quoted(group[0]) + ", " + ClusterRoles::quoted(group[1]));
        {
            pqxx::connection connection(conninfo(db.name(), owner));
            NoticeLog notices(connection);
            pqxx::work tx(connection);
            QCOMPARE(setupStudioRoles(tx, group), QStringList());
            QVERIFY2(notices.messages.isEmpty(), qPrintable(notices.messages.join(u'\n')));
            QVERIFY(hasPrivilege(tx, group[0], "ball", "UPDATE"));
            QVERIFY(hasPrivilege(tx, group[1], "blacklistedid", "DELETE"));
            QVERIFY(hasPrivilege(tx, group[2], "ballinstance", "UPDATE"));
            QVERIFY(!hasPrivilege(tx, group[1], "ball", "UPDATE"));
            tx.commit();
        }
    }

    void createRoleUserCreatesTheGroupRoles()
    {
        ClusterRoles roles;
        const QString owner = roles.create("owner", QStringLiteral("LOGIN NOSUPERUSER CREATEROLE"));
        const QStringList group
            = roles.adopt({uniqueName("g_artist"), uniqueName("g_staff"), uniqueName("g_admin")});
        testing::TestDatabase db;
        asSuperuser("ALTER DATABASE " + ClusterRoles::quoted(db.name()) + " OWNER TO "
                    + ClusterRoles::quoted(owner));
        QVERIFY(schema::Migrator(QString::fromStdString(conninfo(db.name(), owner))).migrate());

        pqxx::connection connection(conninfo(db.name(), owner));
        NoticeLog notices(connection);
        pqxx::work tx(connection);
        QCOMPARE(setupStudioRoles(tx, group), QStringList());
        tx.commit();
        QVERIFY2(notices.messages.isEmpty(), qPrintable(notices.messages.join(u'\n')));

        pqxx::read_transaction check(connection);
        const auto row = check.exec_params1(
            "SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN ($1, $2, $3) "
            "        AND NOT rolcanlogin), "
            "       pg_has_role($3, $1, 'MEMBER'), pg_has_role($3, $2, 'MEMBER')",
            group[0].toStdString(), group[1].toStdString(), group[2].toStdString());
        QCOMPARE(row[0].as<int>(), 3);
        QVERIFY(row[1].as<bool>());
        QVERIFY(row[2].as<bool>());
        QVERIFY(hasPrivilege(check, group[0], "pack", "INSERT"));
        QVERIFY(hasPrivilege(check, group[1], "blacklisthistory", "INSERT"));
    }

    void twoDatabasesCreateTheRolesConcurrently()
    {
        ClusterRoles roles;
        const QStringList group
            = roles.adopt({uniqueName("g_artist"), uniqueName("g_staff"), uniqueName("g_admin")});
        testing::TestDatabase first;
        testing::TestDatabase second;
        QVERIFY(schema::Migrator(first.conninfo()).migrate());
        QVERIFY(schema::Migrator(second.conninfo()).migrate());

        // The first database creates the roles in a transaction it keeps open...
        pqxx::connection firstConnection(first.conninfo().toStdString());
        pqxx::work firstTx(firstConnection);
        QCOMPARE(setupStudioRoles(firstTx, group), QStringList());

        // ...so the second one's CREATE ROLE waits for it, then finds a duplicate.
        std::atomic<int> secondPid {0};
        const std::string secondConninfo = second.conninfo().toStdString();
        QFuture<QString> secondRun = QtConcurrent::run([&secondPid, group, secondConninfo] {
            try {
                pqxx::connection connection(secondConninfo);
                pqxx::work tx(connection);
                secondPid = tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
                const QStringList missing = setupStudioRoles(tx, group);
                tx.commit();
                return missing.isEmpty() ? QString() : missing.join(u',');
            } catch (const std::exception &error) {
                return QString::fromUtf8(error.what());
            }
        });
        QTRY_VERIFY(secondPid != 0);
        pqxx::connection monitor(conninfo(QStringLiteral("postgres"), QStringLiteral("postgres")));
        const auto waitsForALock = [&monitor, &secondPid] {
            pqxx::nontransaction tx(monitor);
            const auto rows = tx.exec_params(
                "SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'",
                secondPid.load());
            return !rows.empty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitsForALock(), 20000);
        QVERIFY(!secondRun.isFinished());
        firstTx.commit();

        QTRY_VERIFY_WITH_TIMEOUT(secondRun.isFinished(), 20000);
        QCOMPARE(secondRun.result(), QString());
        for (const testing::TestDatabase *db : {&first, &second}) {
            pqxx::connection connection(db->conninfo().toStdString());
            pqxx::read_transaction tx(connection);
            QVERIFY(hasPrivilege(tx, group[0], "ball", "DELETE"));
            QVERIFY(hasPrivilege(tx, group[2], "ballinstance", "UPDATE"));
            QVERIFY(tx.exec_params1("SELECT pg_has_role($1, $2, 'MEMBER')", group[2].toStdString(),
                                    group[1].toStdString())[0]
                        .as<bool>());
        }
    }
};

QTEST_GUILESS_MAIN(TestStudioRoles)
#include "tst_studioroles.moc"
