// SPDX-License-Identifier: MIT
#include "moderation/ModerationRows.h"

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QLocale>

namespace ballsdex::studio::moderationRows {
namespace {

using storage::StorageError;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModerationRows)
};

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString signedPercent(int value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value)
        + QLatin1Char('%');
}

QString state(const domain::BallInstance &instance)
{
    QStringList parts;
    if (instance.deleted)
        parts << Text::tr("deleted");
    if (instance.isLockedAt(QDateTime::currentDateTimeUtc()))
        parts << Text::tr("locked");
    if (!instance.tradeable)
        parts << Text::tr("untradeable");
    return parts.join(QStringLiteral(", "));
}

PagedRow instanceRow(const storage::ModerationInstance &item, storage::InstanceScope::Kind kind)
{
    const domain::BallInstance &instance = item.instance;
    PagedRow row;
    row.key = QVariant::fromValue(instance.id);
    row.muted = instance.deleted;
    row.cells = {
        domain::displayId(instance.id),
        item.ballName,
        item.specialName.value_or(QString()),
        Text::tr("ATK %1 / HP %2")
            .arg(signedPercent(instance.attackBonus), signedPercent(instance.healthBonus)),
        dateText(instance.catchDate),
        instance.serverId ? QString::number(*instance.serverId) : QString(),
        timeToCatch(instance),
        instance.favorite ? Text::tr("yes") : QString(),
        state(instance),
    };
    if (kind == storage::InstanceScope::Kind::Guild)
        row.cells.append(QString::number(item.ownerDiscordId));
    return row;
}

} // namespace

QString timeToCatch(const domain::BallInstance &instance)
{
    if (!instance.spawnedTime)
        return {};
    qint64 ms = instance.spawnedTime->msecsTo(instance.catchDate);
    const QString sign = ms < 0 ? QStringLiteral("-") : QString();
    ms = std::abs(ms);
    return sign
        + QStringLiteral("%1:%2:%3.%4")
              .arg(ms / 3'600'000)
              .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
              .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
              .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QStringList instanceHeaders(storage::InstanceScope::Kind kind)
{
    QStringList headers {
        Text::tr("ID"),     Text::tr("Ball"),   Text::tr("Special"),       Text::tr("Bonus"),
        Text::tr("Caught"), Text::tr("Server"), Text::tr("Time to catch"), Text::tr("Favorite"),
        Text::tr("State")};
    if (kind == storage::InstanceScope::Kind::Guild)
        headers << Text::tr("Owner");
    return headers;
}

PageLoader instanceLoader(storage::Database &database, storage::InstanceScope scope)
{
    return [&database, scope](std::optional<storage::PageCursor> after, int limit) {
        return storage::ModerationQueries(database)
            .instances(scope, std::move(after), limit)
            .then([kind = scope.kind](const Result<storage::InstancePage, StorageError> &page)
                      -> Result<PagedRows, StorageError> {
                if (!page)
                    return fail(page.error());
                PagedRows rows;
                rows.next = page->next;
                for (const storage::ModerationInstance &item : page->rows)
                    rows.rows.append(instanceRow(item, kind));
                return rows;
            });
    };
}

QStringList tradeHeaders()
{
    return {Text::tr("Trade"),         Text::tr("Date"),     Text::tr("Player 1"),
            Text::tr("Player 1 gave"), Text::tr("Player 2"), Text::tr("Player 2 gave")};
}

PageLoader tradeLoader(storage::Database &database, domain::RowId playerId)
{
    return [&database, playerId](std::optional<storage::PageCursor> after, int limit) {
        return storage::ModerationQueries(database)
            .trades(playerId, std::move(after), limit)
            .then([](const Result<storage::TradePage, StorageError> &page)
                      -> Result<PagedRows, StorageError> {
                if (!page)
                    return fail(page.error());
                const auto gave = [](int items, std::int64_t coins) {
                    QString text = Text::tr("%n item(s)", nullptr, items);
                    if (coins > 0)
                        text += Text::tr(", %1 coins").arg(coins);
                    return text;
                };
                PagedRows rows;
                rows.next = page->next;
                for (const storage::TradeSummary &trade : page->rows) {
                    PagedRow row;
                    row.key = QVariant::fromValue(trade.id);
                    row.cells = {Text::tr("Trade %1").arg(domain::displayId(trade.id)),
                                 dateText(trade.date),
                                 QString::number(trade.player1DiscordId),
                                 gave(trade.player1Items, trade.player1Coins),
                                 QString::number(trade.player2DiscordId),
                                 gave(trade.player2Items, trade.player2Coins)};
                    rows.rows.append(row);
                }
                return rows;
            });
    };
}

QStringList historyHeaders()
{
    return {Text::tr("Date"),   Text::tr("Kind"),      Text::tr("Discord id"),
            Text::tr("Action"), Text::tr("Moderator"), Text::tr("Reason")};
}

PageLoader historyLoader(storage::Database &database, storage::HistoryFilter filter)
{
    return [&database, filter](std::optional<storage::PageCursor> after, int limit) {
        return storage::ModerationQueries(database)
            .history(filter, std::move(after), limit)
            .then([](const Result<storage::HistoryPage, StorageError> &page)
                      -> Result<PagedRows, StorageError> {
                if (!page)
                    return fail(page.error());
                PagedRows rows;
                rows.next = page->next;
                for (const domain::BlacklistHistoryEntry &entry : page->rows) {
                    PagedRow row;
                    row.key = QVariant::fromValue(entry.discordId);
                    const bool guild = entry.target == domain::BlacklistTarget::Guild;
                    const bool ban = entry.action == domain::BlacklistAction::Blacklist;
                    row.cells = {dateText(entry.date),
                                 guild ? Text::tr("guild") : Text::tr("user"),
                                 QString::number(entry.discordId),
                                 ban ? Text::tr("blacklist") : Text::tr("unblacklist"),
                                 entry.moderatorId > 0 ? QString::number(entry.moderatorId)
                                                       : Text::tr("admin panel"),
                                 entry.reason.value_or(QString())};
                    rows.rows.append(row);
                }
                return rows;
            });
    };
}

} // namespace ballsdex::studio::moderationRows
