// SPDX-License-Identifier: MIT
#include "InstanceQueries.h"

#include "storage/Database.h"
#include "storage/InstanceRows.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace ballsdex::storage {
namespace {

using domain::BallInstance;

const std::string columns = rows::instanceColumns();
const std::string prefixedColumns = rows::instanceColumns("bi");
constexpr int columnCount = rows::InstanceColumnCount;

/// SQL text plus its parameters; values only ever travel as $n.
class Statement final
{
public:
    std::string bind(sql::Param value)
    {
        m_params.push_back(std::move(value));
        return "$" + std::to_string(m_params.size());
    }
    [[nodiscard]] const std::vector<sql::Param> &params() const { return m_params; }

private:
    std::vector<sql::Param> m_params;
};

struct SortKey
{
    std::string expression;
    std::string type;
};

/// What a sort key needs next to the instance row.
enum class Join {
    None,
    Ball, ///< b: the ball row
    BallCounts, ///< d: instances per ball within the filter (d.n)
};

/// How one InstanceSort is computed. All keys share one direction so a row comparison
/// "(k0, k1, …) < ($a, $b, …)" expresses "after this row" for keyset paging.
struct SortSpec
{
    std::vector<SortKey> keys;
    bool descending = true;
    Join join = Join::None;
    /// The first key is a boolean queried as two branches, each ordered by an index.
    bool splitFirst = false;
};

SortSpec sortSpec(InstanceSort sort)
{
    const SortKey newest {"bi.id", "bigint"};
    const SortKey newestAscending {"-bi.id", "bigint"};
    switch (sort) {
    case InstanceSort::Default:
        return {{{"bi.favorite", "boolean"}, {"bi.catch_date", "timestamptz"}, newest},
                true,
                Join::None,
                true};
    case InstanceSort::CatchDate:
        return {{{"bi.catch_date", "timestamptz"}, newest}, true, Join::None, false};
    case InstanceSort::Alphabetic:
        return {{{"b.country::text", "text"}, newestAscending}, false, Join::Ball, false};
    case InstanceSort::Rarity:
        return {{{"b.rarity", "double precision"}, {"b.country::text", "text"}, newestAscending},
                false,
                Join::Ball,
                false};
    case InstanceSort::Special:
        return {{{"COALESCE(bi.special_id, 9223372036854775807)", "bigint"}, newestAscending},
                false,
                Join::None,
                false};
    case InstanceSort::Health:
        return {{{"b.health + bi.health_bonus", "integer"}, newest}, true, Join::Ball, false};
    case InstanceSort::Attack:
        return {{{"b.attack + bi.attack_bonus", "integer"}, newest}, true, Join::Ball, false};
    case InstanceSort::HealthBonus:
        return {{{"bi.health_bonus", "integer"}, newest}, true, Join::None, false};
    case InstanceSort::AttackBonus:
        return {{{"bi.attack_bonus", "integer"}, newest}, true, Join::None, false};
    case InstanceSort::StatsBonus:
        return {
            {{"bi.attack_bonus + bi.health_bonus", "integer"}, newest}, true, Join::None, false};
    case InstanceSort::Duplicates:
        return {
            {{"d.n", "bigint"}, {"bi.ball_id", "bigint"}, newest}, true, Join::BallCounts, false};
    }
    return sortSpec(InstanceSort::Default);
}

std::string filterSql(Statement &statement, const InstanceFilter &filter)
{
    std::string text
        = "bi.player_id = " + statement.bind(sql::param(filter.playerId)) + " AND NOT bi.deleted";
    if (filter.ballId)
        text += " AND bi.ball_id = " + statement.bind(sql::param(*filter.ballId));
    if (filter.specialId)
        text += " AND bi.special_id = " + statement.bind(sql::param(*filter.specialId));
    if (filter.specials == SpecialFilter::OnlySpecials)
        text += " AND bi.special_id IS NOT NULL";
    else if (filter.specials == SpecialFilter::NonSpecials)
        text += " AND bi.special_id IS NULL";
    if (filter.selfCaughtOnly)
        text += " AND bi.trade_player_id IS NULL";
    if (filter.serverId)
        text += " AND bi.server_id = " + statement.bind(sql::param(*filter.serverId));
    return text;
}

/// "(k<first>, …) < ($a::type, …)" over keys [first, end) of the key.
std::string keysetSql(Statement &statement, const SortSpec &spec, const InstanceSortKey &key,
                      std::size_t first, bool descending)
{
    if (key.values.size() != qsizetype(spec.keys.size()))
        throw AbortTransaction(StorageError::make(StorageError::Kind::InvalidArgument,
                                                  QStringLiteral("Sort key of another ordering")));
    std::string left;
    std::string right;
    for (std::size_t i = first; i < spec.keys.size(); ++i) {
        const std::string separator = i == first ? "" : ", ";
        left += separator + "k" + std::to_string(i);
        right += separator + statement.bind(sql::param(key.values.at(qsizetype(i))))
            + "::" + spec.keys[i].type;
    }
    return "(" + left + ") " + (descending ? "<" : ">") + " (" + right + ")";
}

std::string orderSql(const SortSpec &spec, std::size_t first, bool descending)
{
    std::string text;
    for (std::size_t i = first; i < spec.keys.size(); ++i)
        text += (i == first ? "k" : ", k") + std::to_string(i) + (descending ? " DESC" : " ASC");
    return text;
}

std::string sliceSql(Statement &statement, const InstanceFilter &filter, const SortSpec &spec,
                     const InstanceSliceRequest &request, bool descending, int limit)
{
    std::string keyColumns;
    std::string keyTexts;
    for (std::size_t i = 0; i < spec.keys.size(); ++i) {
        keyColumns += ", " + spec.keys[i].expression + " AS k" + std::to_string(i);
        // Named apart: an output column called k<i> would take over ORDER BY k<i>.
        keyTexts += ", k" + std::to_string(i) + "::text AS t" + std::to_string(i);
    }
    std::string join;
    if (spec.join == Join::Ball)
        join = " JOIN ball b ON b.id = bi.ball_id";
    else if (spec.join == Join::BallCounts)
        join = " JOIN (SELECT bi.ball_id, count(*) AS n FROM ballinstance bi WHERE "
            + filterSql(statement, filter) + " GROUP BY bi.ball_id) d ON d.ball_id = bi.ball_id";
    const std::string rows = "SELECT " + prefixedColumns + keyColumns + " FROM ballinstance bi"
        + join + " WHERE " + filterSql(statement, filter);
    const bool keyed = request.from == InstanceSliceRequest::From::After
        || request.from == InstanceSliceRequest::From::Before;
    const std::int64_t offset = keyed ? 0 : std::max<std::int64_t>(0, request.offset);
    if (keyed && !request.key)
        throw AbortTransaction(StorageError::make(StorageError::Kind::InvalidArgument,
                                                  QStringLiteral("Keyset slice without a key")));

    std::string body;
    if (!spec.splitFirst) {
        body = "SELECT * FROM (" + rows + ") s";
        if (keyed)
            body += " WHERE " + keysetSql(statement, spec, *request.key, 0, descending);
    } else {
        // One branch per value of the boolean first key: each is a plain index-ordered scan.
        const std::optional<bool> cursor = keyed
            ? std::optional(request.key->values.value(0) == QLatin1String("true"))
            : std::nullopt;
        const std::string branchLimit = statement.bind(sql::param(offset + limit));
        std::vector<std::string> branches;
        for (const bool value : {true, false}) {
            std::string where = value ? "k0" : "NOT k0";
            if (cursor && *cursor == value)
                where += " AND " + keysetSql(statement, spec, *request.key, 1, descending);
            else if (cursor && (descending ? value > *cursor : value < *cursor))
                continue; // the whole branch lies before the cursor
            branches.push_back("(SELECT * FROM (" + rows + ") s WHERE " + where + " ORDER BY "
                               + orderSql(spec, 1, descending) + " LIMIT " + branchLimit + ")");
        }
        body = branches.front();
        for (std::size_t i = 1; i < branches.size(); ++i)
            body += " UNION ALL " + branches[i];
    }
    return "SELECT " + columns + keyTexts + " FROM (" + body + ") u ORDER BY "
        + orderSql(spec, 0, descending) + " LIMIT " + statement.bind(sql::param(limit)) + " OFFSET "
        + statement.bind(sql::param(offset));
}

InstanceSortKey keyOf(const pqxx::row &row, std::size_t keyCount)
{
    InstanceSortKey key;
    for (std::size_t i = 0; i < keyCount; ++i)
        key.values.append(sql::text(row[int(columnCount + i)]));
    return key;
}

/// Id ranges whose hex form starts with `prefix` (no leading zero), up to maxId.
std::vector<std::pair<domain::RowId, domain::RowId>> hexRanges(const QString &prefix,
                                                               domain::RowId maxId)
{
    std::vector<std::pair<domain::RowId, domain::RowId>> ranges;
    bool ok = false;
    const domain::RowId value = prefix.toLongLong(&ok, 16);
    if (!ok || value <= 0 || prefix.size() > 15)
        return ranges;
    constexpr domain::RowId max = std::numeric_limits<domain::RowId>::max();
    domain::RowId low = value;
    domain::RowId span = 1;
    while (low <= maxId) {
        ranges.emplace_back(low, span - 1 > max - low ? max : low + span - 1);
        if (low > max / 16 || span > max / 16)
            break;
        low *= 16;
        span *= 16;
    }
    return ranges;
}

std::string lockSql(Statement &statement, const InstanceSearch &search)
{
    if (search.locks == InstanceLocks::Any)
        return {};
    const std::string cutoff = statement.bind(sql::param(search.lockCutoff));
    if (search.locks == InstanceLocks::Locked)
        return " AND locked IS NOT NULL AND locked > " + cutoff + "::timestamptz";
    return " AND (locked IS NULL OR locked <= " + cutoff + "::timestamptz)";
}

QList<BallInstance> runSearch(Transaction &tx, const InstanceSearch &search)
{
    const int limit = std::clamp(search.limit, 1, 25);
    const auto common = [&search](Statement &statement) {
        std::string text = "player_id = " + statement.bind(sql::param(search.playerId))
            + " AND NOT deleted" + lockSql(statement, search);
        if (search.specialId)
            text += " AND special_id = " + statement.bind(sql::param(*search.specialId));
        return text;
    };

    QList<BallInstance> found;
    std::string matches;
    Statement statement;
    const std::string where = common(statement);
    if (!search.matchAll) {
        std::vector<std::pair<domain::RowId, domain::RowId>> ranges;
        if (!search.hexPrefix.isEmpty()) {
            const auto maxId = tx.exec1("SELECT max(id) FROM ballinstance")[0];
            ranges = hexRanges(search.hexPrefix, maxId.is_null() ? 0 : maxId.as<domain::RowId>());
        }
        if (ranges.empty() && search.ballIds.isEmpty())
            return found;
        if (!ranges.empty()) {
            // The whole typed id first, whatever its catch date.
            Statement exact;
            const auto row
                = tx.execParams("SELECT " + columns + " FROM ballinstance WHERE " + common(exact)
                                    + " AND id = " + exact.bind(sql::param(ranges.front().first)),
                                exact.params());
            if (!row.empty())
                found.append(rows::readInstance(row.front()));
        }
        for (const auto &[low, high] : ranges)
            matches += (matches.empty() ? "" : " OR ") + std::string("id BETWEEN ")
                + statement.bind(sql::param(low)) + " AND " + statement.bind(sql::param(high));
        if (!search.ballIds.isEmpty()) {
            std::string ids = "{";
            for (qsizetype i = 0; i < search.ballIds.size(); ++i)
                ids += (i ? "," : "") + std::to_string(search.ballIds.at(i));
            matches += (matches.empty() ? "" : " OR ") + std::string("ball_id = ANY(")
                + statement.bind(ids + "}") + "::bigint[])";
        }
    }
    const std::string text = "SELECT " + columns + " FROM ballinstance WHERE " + where
        + (matches.empty() ? "" : " AND (" + matches + ")")
        + " ORDER BY catch_date DESC, id DESC LIMIT " + statement.bind(sql::param(limit));
    for (const pqxx::row &row : tx.execParams(text, statement.params())) {
        if (found.size() >= limit)
            break;
        const BallInstance instance = rows::readInstance(row);
        if (found.isEmpty() || found.first().id != instance.id)
            found.append(instance);
    }
    return found;
}

} // namespace

QFuture<Result<std::int64_t, StorageError>> InstanceQueries::count(InstanceFilter filter)
{
    return m_database.transact(
        [filter](Transaction &tx) {
            Statement statement;
            const std::string text
                = "SELECT count(*) FROM ballinstance bi WHERE " + filterSql(statement, filter);
            return tx.execParams(text, statement.params()).front()[0].as<std::int64_t>();
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<InstanceSlice, StorageError>>
InstanceQueries::slice(InstanceFilter filter, InstanceOrder order, InstanceSliceRequest request)
{
    return m_database.transact(
        [filter, order, request](Transaction &tx) {
            const SortSpec spec = sortSpec(order.sort);
            const bool backwards = request.from == InstanceSliceRequest::From::End
                || request.from == InstanceSliceRequest::From::Before;
            // Display direction, flipped again when reading from the far end.
            const bool descending = (spec.descending != order.reverse) != backwards;
            const int limit = std::clamp(request.limit, 1, 500);
            Statement statement;
            const std::string text = sliceSql(statement, filter, spec, request, descending, limit);
            const pqxx::result rows = tx.execParams(text, statement.params());
            InstanceSlice slice;
            std::vector<InstanceSortKey> keys;
            for (const pqxx::row &row : rows) {
                slice.items.append(rows::readInstance(row));
                keys.push_back(keyOf(row, spec.keys.size()));
            }
            if (backwards) {
                std::reverse(slice.items.begin(), slice.items.end());
                std::reverse(keys.begin(), keys.end());
            }
            if (!keys.empty()) {
                slice.firstKey = keys.front();
                slice.lastKey = keys.back();
            }
            return slice;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<QList<BallInstance>, StorageError>> InstanceQueries::search(InstanceSearch search)
{
    return m_database.transact([search](Transaction &tx) { return runSearch(tx, search); },
                               TxOptions {.readOnly = true});
}

QFuture<Result<std::optional<OwnedInstance>, StorageError>>
InstanceQueries::findWithOwners(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) -> std::optional<OwnedInstance> {
            const auto row = tx.exec01("SELECT " + prefixedColumns
                                           + ", p.discord_id, tp.discord_id FROM ballinstance bi "
                                             "JOIN player p ON p.id = bi.player_id "
                                             "LEFT JOIN player tp ON tp.id = bi.trade_player_id "
                                             "WHERE bi.id = $1 AND NOT bi.deleted",
                                       id);
            if (!row)
                return std::nullopt;
            OwnedInstance owned;
            owned.instance = rows::readInstance(*row);
            owned.ownerDiscordId = (*row)[columnCount].as<domain::Snowflake>();
            owned.previousOwnerDiscordId = sql::opt<domain::Snowflake>((*row)[columnCount + 1]);
            return owned;
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage
