// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSync.h"

#include <QCoroTask>

namespace ballsdex::storage {
class BotStateRepository;
}

namespace ballsdex::bot {

/// Keeps what was last pushed to Discord in the database, so every process (and every restart)
/// syncs slash commands only when they changed. Records are loaded once before syncing.
class CommandSyncStore final : public interactions::SyncStateStore
{
public:
    explicit CommandSyncStore(storage::BotStateRepository &repository);

    /// Loads every record; false (logged) when the database could not be read: then every scope
    /// is pushed, which is safe.
    QCoro::Task<bool> preload();

    [[nodiscard]] std::optional<interactions::SyncRecord> load(const QString &key) const override;
    void save(const QString &key, const interactions::SyncRecord &record) override;

private:
    storage::BotStateRepository &m_repository;
    interactions::InMemorySyncStateStore m_cache;
};

} // namespace ballsdex::bot
