// SPDX-License-Identifier: MIT
#include "app/CommandSyncStore.h"

#include "storage/BotStateRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QFutureWatcher>
#include <QJsonObject>

namespace ballsdex::bot {
namespace {

const QString keyPrefix = QStringLiteral("commands:");

QJsonObject toJson(const interactions::SyncRecord &record)
{
    QJsonObject ids;
    for (auto it = record.commandIds.cbegin(); it != record.commandIds.cend(); ++it)
        ids.insert(it.key(), QString::number(it.value()));
    return {{QStringLiteral("hash"), record.hash}, {QStringLiteral("ids"), ids}};
}

interactions::SyncRecord fromJson(const QJsonObject &json)
{
    interactions::SyncRecord record;
    record.hash = json.value(QStringLiteral("hash")).toString();
    const QJsonObject ids = json.value(QStringLiteral("ids")).toObject();
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        record.commandIds.insert(it.key(), it.value().toString().toLongLong());
    return record;
}

} // namespace

CommandSyncStore::CommandSyncStore(storage::BotStateRepository &repository)
    : m_repository(repository)
{
}

QCoro::Task<bool> CommandSyncStore::preload()
{
    const auto loaded = co_await m_repository.loadPrefix(keyPrefix);
    if (!loaded) {
        qCWarning(lcBot).noquote()
            << "Cannot read the last command sync state; every command scope "
               "will be pushed:"
            << loaded.error().message;
        co_return false;
    }
    for (auto it = loaded->cbegin(); it != loaded->cend(); ++it)
        m_cache.save(it.key().mid(keyPrefix.size()), fromJson(it.value()));
    co_return true;
}

std::optional<interactions::SyncRecord> CommandSyncStore::load(const QString &key) const
{
    return m_cache.load(key);
}

void CommandSyncStore::save(const QString &key, const interactions::SyncRecord &record)
{
    m_cache.save(key, record);
    auto *watcher = new QFutureWatcher<Result<void, storage::StorageError>>();
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, key] {
        if (const auto saved = watcher->result(); !saved) {
            qCWarning(lcBot).noquote()
                << "Cannot store the command sync state of" << key << ":" << saved.error().message;
        }
        watcher->deleteLater();
    });
    watcher->setFuture(m_repository.save(keyPrefix + key, toJson(record)));
}

} // namespace ballsdex::bot
