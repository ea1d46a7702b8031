// SPDX-License-Identifier: MIT
#include "storage/BotStateRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {

QFuture<Result<QHash<QString, QJsonObject>, StorageError>>
BotStateRepository::loadPrefix(const QString &prefix)
{
    return m_database.transact(
        [prefix](Transaction &tx) {
            QHash<QString, QJsonObject> values;
            const pqxx::result rows = tx.exec(
                "SELECT key, value FROM bot_state WHERE starts_with(key, $1)", prefix);
            for (const pqxx::row &row : rows)
                values.insert(sql::text(row[0]), sql::json(row[1]));
            return values;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<void, StorageError>> BotStateRepository::save(const QString &key,
                                                              const QJsonObject &value)
{
    return m_database.transact([key, value](Transaction &tx) {
        tx.exec("INSERT INTO bot_state (key, value) VALUES ($1, $2) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                key, value);
    });
}

} // namespace ballsdex::storage
