// SPDX-License-Identifier: MIT
#include "ModerationQueries.h"

#include "storage/BlacklistRepository.h"
#include "storage/Database.h"
#include "storage/InstanceRows.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace ballsdex::storage {
namespace {

using domain::BlacklistTarget;
using Kind = StorageError::Kind;

// Before every row: the first page starts here, so one statement serves every page.
constexpr const char *EndOfTime = "infinity";
constexpr domain::RowId MaxId = std::numeric_limits<domain::RowId>::max();

int clampLimit(int limit)
{
    return std::clamp(limit, 1, 500);
}

ModerationInstance toInstance(const pqxx::row &row)
{
    constexpr int first = rows::InstanceColumnCount;
    ModerationInstance item;
    item.instance = rows::readInstance(row);
    item.ballName = sql::text(row[first]);
    item.specialName = sql::optText(row[first + 1]);
    item.ownerDiscordId = row[first + 2].as<domain::Snowflake>();
    return item;
}

/// Fetches limit + 1 rows: the extra one only says whether another page exists.
template<typename Row>
std::optional<PageCursor> trimPage(QList<Row> &rows, int limit, const PageCursor &lastOfPage)
{
    if (rows.size() <= limit)
        return std::nullopt;
    rows.removeLast();
    return lastOfPage;
}

// Both scopes walk an index on (scope column, catch_date DESC, id DESC) covering deleted rows
// too (migration 0009): the row comparison is an index condition, so depth costs nothing.
const std::string instanceSelect = "SELECT " + rows::instanceColumns("bi")
    + ", b.country, s.name, p.discord_id FROM (SELECT * FROM ballinstance WHERE ";
const std::string instanceRest
    = " = $1 AND (catch_date, id) < ($2::timestamptz, $3) "
      "ORDER BY catch_date DESC, id DESC LIMIT $4) bi "
      "JOIN ball b ON b.id = bi.ball_id JOIN player p ON p.id = bi.player_id "
      "LEFT JOIN special s ON s.id = bi.special_id ORDER BY bi.catch_date DESC, bi.id DESC";

// Each side uses its (playerN_id, date DESC) index; UNION drops a trade listed by both.
const std::string tradeSelect
    = "SELECT t.id, t.date, p1.discord_id, p2.discord_id, t.player1_money, t.player2_money, "
      "(SELECT count(*) FROM tradeobject o WHERE o.trade_id = t.id AND o.player_id = "
      "t.player1_id), "
      "(SELECT count(*) FROM tradeobject o WHERE o.trade_id = t.id AND o.player_id = "
      "t.player2_id) "
      "FROM ((SELECT * FROM trade WHERE player1_id = $1 AND (date, id) < ($2::timestamptz, $3) "
      "ORDER BY date DESC, id DESC LIMIT $4) UNION "
      "(SELECT * FROM trade WHERE player2_id = $1 AND (date, id) < ($2::timestamptz, $3) "
      "ORDER BY date DESC, id DESC LIMIT $4)) t "
      "JOIN player p1 ON p1.id = t.player1_id JOIN player p2 ON p2.id = t.player2_id "
      "ORDER BY t.date DESC, t.id DESC LIMIT $4";

QString likeLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QFuture<Result<PlayerSummary, StorageError>>
ModerationQueries::findPlayer(domain::Snowflake discordId)
{
    return m_database.transact(
        [discordId](Transaction &tx) {
            PlayerSummary summary;
            summary.discordId = discordId;
            summary.player = PlayerRepository::findByDiscordId(tx, discordId);
            summary.ban = BlacklistRepository::find(tx, BlacklistTarget::User, discordId);
            return summary;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<GuildSummary, StorageError>> ModerationQueries::findGuild(domain::Snowflake guildId)
{
    return m_database.transact(
        [guildId](Transaction &tx) {
            GuildSummary summary;
            summary.guildId = guildId;
            const auto row = tx.exec01("SELECT id, guild_id, spawn_channel, enabled, silent "
                                       "FROM guildconfig WHERE guild_id = $1",
                                       guildId);
            if (row) {
                domain::GuildConfig config;
                config.id = (*row)[0].as<domain::RowId>();
                config.guildId = (*row)[1].as<domain::Snowflake>();
                config.spawnChannel = sql::opt<domain::Snowflake>((*row)[2]);
                config.enabled = (*row)[3].as<bool>();
                config.silent = (*row)[4].as<bool>();
                summary.config = config;
            }
            summary.ban = BlacklistRepository::find(tx, BlacklistTarget::Guild, guildId);
            return summary;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<InstancePage, StorageError>>
ModerationQueries::instances(InstanceScope scope, std::optional<PageCursor> after, int limit)
{
    limit = clampLimit(limit);
    return m_database.transact(
        [scope, after, limit](Transaction &tx) {
            const std::string column
                = scope.kind == InstanceScope::Kind::Player ? "player_id" : "server_id";
            const pqxx::result result
                = tx.exec(instanceSelect + column + instanceRest, scope.id,
                          after ? after->timestamp : QString::fromLatin1(EndOfTime),
                          after ? after->id : MaxId, limit + 1);
            InstancePage page;
            for (const pqxx::row &row : result)
                page.rows.append(toInstance(row));
            if (page.rows.size() > limit) {
                const pqxx::row lastKept = result[limit - 1];
                page.next = trimPage(
                    page.rows, limit,
                    PageCursor {sql::text(lastKept[6]), lastKept[0].as<domain::RowId>()});
            }
            return page;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<TradePage, StorageError>>
ModerationQueries::trades(domain::RowId playerId, std::optional<PageCursor> after, int limit)
{
    limit = clampLimit(limit);
    return m_database.transact(
        [playerId, after, limit](Transaction &tx) {
            const pqxx::result result = tx.exec(
                tradeSelect, playerId, after ? after->timestamp : QString::fromLatin1(EndOfTime),
                after ? after->id : MaxId, limit + 1);
            TradePage page;
            for (const pqxx::row &row : result) {
                TradeSummary trade;
                trade.id = row[0].as<domain::RowId>();
                trade.date = sql::dateTime(row[1]);
                trade.player1DiscordId = row[2].as<domain::Snowflake>();
                trade.player2DiscordId = row[3].as<domain::Snowflake>();
                trade.player1Coins = row[4].as<std::int64_t>();
                trade.player2Coins = row[5].as<std::int64_t>();
                trade.player1Items = row[6].as<int>();
                trade.player2Items = row[7].as<int>();
                page.rows.append(trade);
            }
            if (page.rows.size() > limit) {
                const pqxx::row lastKept = result[limit - 1];
                page.next = trimPage(
                    page.rows, limit,
                    PageCursor {sql::text(lastKept[1]), lastKept[0].as<domain::RowId>()});
            }
            return page;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<HistoryPage, StorageError>>
ModerationQueries::history(HistoryFilter filter, std::optional<PageCursor> after, int limit)
{
    limit = clampLimit(limit);
    return m_database.transact(
        [filter, after, limit](Transaction &tx) {
            std::vector<sql::Param> params;
            const auto bind = [&params](sql::Param value) {
                params.push_back(std::move(value));
                return "$" + std::to_string(params.size());
            };
            std::string where = "(date, id) < ("
                + bind(sql::param(after ? after->timestamp : QString::fromLatin1(EndOfTime)))
                + "::timestamptz, " + bind(sql::param(after ? after->id : MaxId)) + ")";
            if (filter.target) {
                where += " AND id_type = "
                    + bind(sql::param(*filter.target == BlacklistTarget::Guild ? "guild" : "user"));
            }
            if (filter.discordId) {
                const std::string id = bind(sql::param(*filter.discordId));
                where += " AND (discord_id = " + id + " OR moderator_id = " + id + ")";
            }
            if (!filter.reasonContains.isEmpty())
                where
                    += " AND reason ILIKE " + bind(sql::param(likeLiteral(filter.reasonContains)));
            const std::string statement = std::string("SELECT ")
                + BlacklistRepository::HistoryColumns + " FROM blacklisthistory WHERE " + where
                + " ORDER BY date DESC, id DESC LIMIT " + bind(sql::param(limit + 1));
            const pqxx::result result = tx.execParams(statement, params);
            HistoryPage page;
            for (const pqxx::row &row : result)
                page.rows.append(BlacklistRepository::readHistory(row));
            if (page.rows.size() > limit) {
                const pqxx::row lastKept = result[limit - 1];
                page.next = trimPage(
                    page.rows, limit,
                    PageCursor {sql::text(lastKept[4]), lastKept[0].as<domain::RowId>()});
            }
            return page;
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage
