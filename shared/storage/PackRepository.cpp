// SPDX-License-Identifier: MIT
#include "PackRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ballsdex::storage {
namespace {

using domain::Pack;
using domain::PackSpecialMode;
using Kind = StorageError::Kind;
using OptActor = std::optional<AuditActor>;

const std::string packColumns = "id, name, description, emoji, price, cards_count, min_rarity, "
                                "max_rarity, special_mode, special_id, daily_limit, enabled, "
                                "created_at";

Pack toPack(const pqxx::row &row)
{
    Pack pack;
    pack.id = row[0].as<domain::RowId>();
    pack.name = sql::text(row[1]);
    pack.description = sql::textOrEmpty(row[2]);
    pack.emoji = sql::optText(row[3]);
    pack.price = row[4].as<std::int64_t>();
    pack.cardsCount = row[5].as<int>();
    pack.minRarity = sql::opt<double>(row[6]);
    pack.maxRarity = sql::opt<double>(row[7]);
    pack.specialMode = sql::as<PackSpecialMode>(row[8]);
    pack.specialId = sql::opt<domain::RowId>(row[9]);
    pack.dailyLimit = sql::opt<int>(row[10]);
    pack.enabled = row[11].as<bool>();
    pack.createdAt = sql::optDateTime(row[12]);
    return pack;
}

template<typename T> QJsonValue orNull(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue();
    if constexpr (std::is_same_v<T, QString>)
        return QJsonValue(*value);
    else if constexpr (std::is_same_v<T, domain::RowId>)
        return QJsonValue(QString::number(*value));
    else
        return QJsonValue(*value);
}

QJsonObject toJson(const Pack &pack)
{
    return {{QStringLiteral("id"), QString::number(pack.id)},
            {QStringLiteral("name"), pack.name},
            {QStringLiteral("description"), pack.description},
            {QStringLiteral("emoji"), orNull(pack.emoji)},
            {QStringLiteral("price"), QString::number(pack.price)},
            {QStringLiteral("cards_count"), pack.cardsCount},
            {QStringLiteral("min_rarity"), orNull(pack.minRarity)},
            {QStringLiteral("max_rarity"), orNull(pack.maxRarity)},
            {QStringLiteral("special_mode"), static_cast<int>(pack.specialMode)},
            {QStringLiteral("special_id"), orNull(pack.specialId)},
            {QStringLiteral("daily_limit"), orNull(pack.dailyLimit)},
            {QStringLiteral("enabled"), pack.enabled}};
}

/// Trims the name and refuses an empty one before the database sees it.
Pack checked(Transaction &tx, Pack pack)
{
    pack.name = pack.name.trimmed();
    if (pack.name.isEmpty())
        tx.abort(Kind::InvalidArgument, QStringLiteral("The name must not be empty"));
    return pack;
}

void audit(Transaction &tx, const OptActor &actor, const QString &action, domain::RowId id,
           const QJsonObject &before, const QJsonObject &after)
{
    if (actor) {
        AuditLogRepository::append(tx, *actor, action, QStringLiteral("pack"), QString::number(id),
                                   before, after);
    }
}

Pack lockedPack(Transaction &tx, domain::RowId id)
{
    const auto row = tx.exec01("SELECT " + packColumns + " FROM pack WHERE id = $1 FOR UPDATE", id);
    if (!row)
        tx.abort(Kind::NotFound, QStringLiteral("No pack with id %1").arg(id));
    return toPack(*row);
}

} // namespace

QFuture<Result<QList<Pack>, StorageError>> PackRepository::list()
{
    return m_database.transact(
        [](Transaction &tx) {
            QList<Pack> packs;
            for (const pqxx::row &row :
                 tx.exec("SELECT " + packColumns + " FROM pack ORDER BY name, id"))
                packs.append(toPack(row));
            return packs;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<Pack, StorageError>> PackRepository::create(Pack input, OptActor actor)
{
    return m_database.transact([input, actor](Transaction &tx) {
        const Pack pack = checked(tx, input);
        const Pack stored = toPack(tx.exec1(
            "INSERT INTO pack (name, description, emoji, price, cards_count, min_rarity, "
            "max_rarity, special_mode, special_id, daily_limit, enabled) VALUES ($1, $2, $3, $4, "
            "$5, $6, $7, $8, $9, $10, $11) RETURNING "
                + packColumns,
            pack.name, pack.description, pack.emoji, pack.price, pack.cardsCount, pack.minRarity,
            pack.maxRarity, pack.specialMode, pack.specialId, pack.dailyLimit, pack.enabled));
        audit(tx, actor, QStringLiteral("pack.create"), stored.id, {}, toJson(stored));
        return stored;
    });
}

QFuture<Result<Pack, StorageError>> PackRepository::update(Pack input, OptActor actor)
{
    return m_database.transact([input, actor](Transaction &tx) {
        const Pack before = lockedPack(tx, input.id);
        const Pack pack = checked(tx, input);
        const Pack stored = toPack(
            tx.exec1("UPDATE pack SET name = $2, description = $3, emoji = $4, price = $5, "
                     "cards_count = $6, min_rarity = $7, max_rarity = $8, special_mode = $9, "
                     "special_id = $10, daily_limit = $11, enabled = $12 WHERE id = $1 RETURNING "
                         + packColumns,
                     pack.id, pack.name, pack.description, pack.emoji, pack.price, pack.cardsCount,
                     pack.minRarity, pack.maxRarity, pack.specialMode, pack.specialId,
                     pack.dailyLimit, pack.enabled));
        audit(tx, actor, QStringLiteral("pack.update"), stored.id, toJson(before), toJson(stored));
        return stored;
    });
}

QFuture<Result<void, StorageError>> PackRepository::remove(domain::RowId id, OptActor actor)
{
    return m_database.transact([id, actor](Transaction &tx) {
        const Pack before = lockedPack(tx, id);
        tx.exec("DELETE FROM pack WHERE id = $1", id);
        audit(tx, actor, QStringLiteral("pack.delete"), id, toJson(before), {});
    });
}

QFuture<Result<PackUsage, StorageError>> PackRepository::usage(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) {
            const pqxx::row row = tx.exec1(
                "SELECT (SELECT count(*) FROM player_pack WHERE pack_id = $1 AND quantity > 0), "
                "(SELECT coalesce(sum(quantity), 0) FROM player_pack WHERE pack_id = $1), "
                "(SELECT count(*) FROM pack_open_history WHERE pack_id = $1)",
                id);
            return PackUsage {row[0].as<std::int64_t>(), row[1].as<std::int64_t>(),
                              row[2].as<std::int64_t>()};
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage
