// SPDX-License-Identifier: MIT
#include "storage/InstanceRows.h"

#include "storage/SqlValues.h"

#include <array>

namespace ballsdex::storage::rows {

std::string instanceColumns(std::string_view alias)
{
    static constexpr std::array<std::string_view, InstanceColumnCount> names {
        "id",        "ball_id",    "player_id",    "trade_player_id", "special_id",
        "server_id", "catch_date", "spawned_time", "health_bonus",    "attack_bonus",
        "favorite",  "tradeable",  "locked",       "deleted",         "extra_data"};
    std::string columns;
    for (const std::string_view name : names) {
        if (!columns.empty())
            columns += ", ";
        if (!alias.empty())
            columns.append(alias).append(".");
        columns.append(name);
    }
    return columns;
}

domain::BallInstance readInstance(const pqxx::row &row)
{
    domain::BallInstance instance;
    instance.id = row[0].as<domain::RowId>();
    instance.ballId = row[1].as<domain::RowId>();
    instance.playerId = row[2].as<domain::RowId>();
    instance.tradePlayerId = sql::opt<domain::RowId>(row[3]);
    instance.specialId = sql::opt<domain::RowId>(row[4]);
    instance.serverId = sql::opt<domain::Snowflake>(row[5]);
    instance.catchDate = sql::dateTime(row[6]);
    instance.spawnedTime = sql::optDateTime(row[7]);
    instance.healthBonus = row[8].as<int>();
    instance.attackBonus = row[9].as<int>();
    instance.favorite = row[10].as<bool>();
    instance.tradeable = row[11].as<bool>();
    instance.locked = sql::optDateTime(row[12]);
    instance.deleted = row[13].as<bool>();
    instance.extraData = sql::json(row[14]);
    return instance;
}

} // namespace ballsdex::storage::rows
