// SPDX-License-Identifier: MIT
#pragma once

#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace ballsdex::storage {

class Database;

/// Small named JSON values the bot keeps between runs (table bot_state).
class BotStateRepository final
{
public:
    explicit BotStateRepository(Database &database)
        : m_database(database)
    {
    }

    /// Every value whose key starts with `prefix`, by key.
    [[nodiscard]] QFuture<Result<QHash<QString, QJsonObject>, StorageError>>
    loadPrefix(const QString &prefix);
    /// Inserts or replaces the value of `key`.
    [[nodiscard]] QFuture<Result<void, StorageError>> save(const QString &key,
                                                            const QJsonObject &value);

private:
    Database &m_database;
};

} // namespace ballsdex::storage
