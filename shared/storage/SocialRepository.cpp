// SPDX-License-Identifier: MIT
#include "SocialRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

using Kind = StorageError::Kind;

QList<SocialLink> toLinks(const pqxx::result &rows)
{
    QList<SocialLink> links;
    links.reserve(static_cast<qsizetype>(rows.size()));
    for (const pqxx::row &row : rows)
        links.append(SocialLink {row[0].as<domain::RowId>(), row[1].as<domain::Snowflake>(),
                                 sql::dateTime(row[2])});
    return links;
}

} // namespace

Relationship SocialRepository::relationship(Transaction &tx, domain::RowId viewer,
                                            domain::RowId target)
{
    const pqxx::row row = tx.exec1(
        "SELECT EXISTS (SELECT 1 FROM friendship WHERE (player1_id = $1 AND player2_id = $2) "
        "OR (player1_id = $2 AND player2_id = $1)), "
        "EXISTS (SELECT 1 FROM block WHERE player1_id = $1 AND player2_id = $2), "
        "EXISTS (SELECT 1 FROM block WHERE player1_id = $2 AND player2_id = $1)",
        viewer, target);
    return Relationship {row[0].as<bool>(), row[1].as<bool>(), row[2].as<bool>()};
}

QFuture<Result<Relationship, StorageError>> SocialRepository::relationship(domain::RowId viewer,
                                                                           domain::RowId target)
{
    return m_database.transact(
        [viewer, target](Transaction &tx) { return relationship(tx, viewer, target); });
}

QFuture<Result<void, StorageError>> SocialRepository::addFriendship(domain::RowId requester,
                                                                    domain::RowId target)
{
    return m_database.transact([requester, target](Transaction &tx) {
        const Relationship current = relationship(tx, requester, target);
        if (current.viewerBlockedTarget || current.targetBlockedViewer)
            tx.abort(Kind::Conflict, QStringLiteral("One of the players blocked the other"));
        if (current.friends)
            tx.abort(Kind::Conflict, QStringLiteral("The players are already friends"));
        // The unique pair index settles a race between two simultaneous acceptances.
        tx.exec("INSERT INTO friendship (player1_id, player2_id) VALUES ($1, $2)", requester,
                target);
    });
}

QFuture<Result<bool, StorageError>> SocialRepository::removeFriendship(domain::RowId a,
                                                                       domain::RowId b)
{
    return m_database.transact([a, b](Transaction &tx) {
        const pqxx::result removed
            = tx.exec("DELETE FROM friendship WHERE (player1_id = $1 AND player2_id = $2) "
                      "OR (player1_id = $2 AND player2_id = $1)",
                      a, b);
        return removed.affected_rows() > 0;
    });
}

QFuture<Result<QList<SocialLink>, StorageError>> SocialRepository::friends(domain::RowId player)
{
    return m_database.transact([player](Transaction &tx) {
        return toLinks(
            tx.exec("SELECT p.id, p.discord_id, f.since FROM friendship f "
                    "JOIN player p ON p.id = CASE WHEN f.player1_id = $1 THEN f.player2_id "
                    "ELSE f.player1_id END "
                    "WHERE f.player1_id = $1 OR f.player2_id = $1 ORDER BY f.since, f.id",
                    player));
    });
}

QFuture<Result<void, StorageError>> SocialRepository::block(domain::RowId blocker,
                                                            domain::RowId blocked)
{
    return m_database.transact([blocker, blocked](Transaction &tx) {
        const auto inserted
            = tx.exec01("INSERT INTO block (player1_id, player2_id) VALUES ($1, $2) "
                        "ON CONFLICT (player1_id, player2_id) DO NOTHING RETURNING id",
                        blocker, blocked);
        if (!inserted)
            tx.abort(Kind::Conflict, QStringLiteral("The player is already blocked"));
        tx.exec("DELETE FROM friendship WHERE (player1_id = $1 AND player2_id = $2) "
                "OR (player1_id = $2 AND player2_id = $1)",
                blocker, blocked);
    });
}

QFuture<Result<bool, StorageError>> SocialRepository::unblock(domain::RowId blocker,
                                                              domain::RowId blocked)
{
    return m_database.transact([blocker, blocked](Transaction &tx) {
        const pqxx::result removed = tx.exec(
            "DELETE FROM block WHERE player1_id = $1 AND player2_id = $2", blocker, blocked);
        return removed.affected_rows() > 0;
    });
}

QFuture<Result<QList<SocialLink>, StorageError>> SocialRepository::blocked(domain::RowId player)
{
    return m_database.transact([player](Transaction &tx) {
        return toLinks(tx.exec("SELECT p.id, p.discord_id, b.date FROM block b "
                               "JOIN player p ON p.id = b.player2_id "
                               "WHERE b.player1_id = $1 ORDER BY b.date, b.id",
                               player));
    });
}

} // namespace ballsdex::storage
