// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migrator.h"
#include "session/StudioContext.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QString>

#include <memory>
#include <string>

namespace ballsdex::moderation::testing {

inline constexpr domain::Snowflake ModeratorId = 310000000000000001LL;
inline constexpr domain::Snowflake PlayerId = 410000000000000001LL; ///< Discord id of "the" player
inline constexpr domain::Snowflake OtherId = 410000000000000002LL;
inline constexpr domain::Snowflake GuildId = 510000000000000001LL;

/// A migrated test database with two balls, a special, two players and a guild config; a
/// storage::Database with fast connection failures and a Studio context for a Staff moderator.
struct ModerationFixture
{
    ballsdex::testing::TestDatabase testDatabase;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<studio::StudioContext> context;

    /// Empty on success, else what went wrong.
    QString setUp(studio::StudioRole role = studio::StudioRole::Staff)
    {
        if (!schema::Migrator(testDatabase.conninfo()).migrate())
            return QStringLiteral("migration failed");
        try {
            exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                 "collection_card, credits, capacity_name, capacity_description, regime_id) "
                 "SELECT c, 50, 40, 1, 1, 'w.png', 'c.png', 'x', 'a', 'b', "
                 "(SELECT min(id) FROM regime) FROM unnest(ARRAY['France', 'Japan']) c");
            exec("INSERT INTO special (name, rarity, emoji) VALUES ('Shiny', 0.1, 'S')");
            exec("INSERT INTO player (discord_id, coins) VALUES (" + std::to_string(PlayerId)
                 + ", 42), (" + std::to_string(OtherId) + ", 0)");
            exec("INSERT INTO guildconfig (guild_id, spawn_channel, enabled) VALUES ("
                 + std::to_string(GuildId) + ", 610000000000000001, false)");
        } catch (const std::exception &error) {
            return QString::fromUtf8(error.what());
        }
        storage::DatabaseOptions options;
        options.conninfo = testDatabase.conninfo();
        options.connectAttempts = 2;
        options.connectBaseDelay = std::chrono::milliseconds(50);
        options.checkoutTimeout = std::chrono::milliseconds(5000);
        database = std::make_unique<storage::Database>(options);
        context = std::make_unique<studio::StudioContext>(
            studio::StudioContext {*database,
                                   studio::StudioIdentity {ModeratorId, QStringLiteral("mod"),
                                                           QStringLiteral("Mod"), role},
                                   QString()});
        return {};
    }

    void exec(const std::string &statement)
    {
        pqxx::connection connection(testDatabase.conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        tx.exec(statement);
    }

    QString scalar(const std::string &statement)
    {
        pqxx::connection connection(testDatabase.conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        const pqxx::result result = tx.exec(statement);
        if (result.empty() || result[0][0].is_null())
            return {};
        return QString::fromStdString(result[0][0].c_str());
    }

    /// `count` instances of `discordId`'s player caught in GuildId, one second apart, every
    /// 7th deleted, every 5th sharing its catch date with the previous one (ties on the date).
    void seedInstances(domain::Snowflake discordId, int count)
    {
        exec("INSERT INTO ballinstance (ball_id, player_id, catch_date, spawned_time, "
             "attack_bonus, health_bonus, special_id, server_id, deleted, favorite) "
             "SELECT (SELECT min(id) FROM ball) + g % 2, p.id, "
             "timestamptz '2025-01-01 00:00:00.123456+00' + g * interval '1 second' "
             "  - (CASE WHEN g % 5 = 0 THEN interval '1 second' ELSE interval '0' END), "
             "timestamptz '2025-01-01' + g * interval '1 second' - interval '90 seconds', "
             "g % 41 - 20, g % 37 - 18, CASE WHEN g % 10 = 0 THEN (SELECT min(id) FROM special) "
             "END, "
             + std::to_string(GuildId)
             + ", g % 7 = 0, g % 11 = 0 "
               "FROM generate_series(1, "
             + std::to_string(count)
             + ") g, player p "
               "WHERE p.discord_id = "
             + std::to_string(discordId));
    }

    [[nodiscard]] int count(const std::string &statement) { return scalar(statement).toInt(); }
};

} // namespace ballsdex::moderation::testing
