// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <pqxx/pqxx>

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace ballsdex::testing {

/// Writes and reads test rows with plain SQL (autocommit), independent of the code under test.
class SqlSeed final
{
public:
    explicit SqlSeed(const QString &conninfo)
        : m_connection(conninfo.toStdString())
    {
    }

    pqxx::result exec(const std::string &sql)
    {
        pqxx::nontransaction work(m_connection);
        return work.exec(sql);
    }

    template<typename... Args> pqxx::result exec(const std::string &sql, const Args &...args)
    {
        pqxx::nontransaction work(m_connection);
        return work.exec_params(sql, args...);
    }

    template<typename... Args> long long scalar(const std::string &sql, const Args &...args)
    {
        return exec(sql, args...)[0][0].template as<long long>();
    }

    domain::RowId player(domain::Snowflake discordId)
    {
        return scalar("INSERT INTO player (discord_id) VALUES ($1) ON CONFLICT (discord_id) DO "
                      "UPDATE SET discord_id = EXCLUDED.discord_id RETURNING id",
                      static_cast<long long>(discordId));
    }

    domain::RowId regime()
    {
        return scalar("INSERT INTO regime (name, background) VALUES ('Democracy', 'd.png') "
                      "RETURNING id");
    }

    domain::RowId ball(const std::string &country, domain::RowId regime, bool enabled = true)
    {
        return scalar("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                      "collection_card, credits, capacity_name, capacity_description, regime_id, "
                      "enabled) VALUES ($1, 100, 50, 1, 1, 'w.png', 'c.png', 'me', 'cap', 'desc', "
                      "$2, $3) RETURNING id",
                      country, static_cast<long long>(regime), enabled);
    }

    domain::RowId special(const std::string &name)
    {
        return scalar("INSERT INTO special (name, rarity) VALUES ($1, 0.1) RETURNING id", name);
    }

    struct InstanceSpec
    {
        domain::RowId ball = 0;
        domain::RowId owner = 0;
        std::optional<domain::RowId> previousOwner;
        std::optional<domain::RowId> special;
        QString catchDate = QStringLiteral("2025-01-01T10:00:00Z");
        int attackBonus = 0;
        int healthBonus = 0;
        bool locked = false;
        bool deleted = false;
    };

    domain::RowId instance(const InstanceSpec &spec)
    {
        const auto optional = [](const std::optional<domain::RowId> &value) {
            return value ? std::optional<long long>(*value) : std::nullopt;
        };
        return scalar("INSERT INTO ballinstance (ball_id, player_id, trade_player_id, special_id, "
                      "catch_date, attack_bonus, health_bonus, locked, deleted) VALUES ($1, $2, "
                      "$3, $4, $5::timestamptz, $6, $7, CASE WHEN $8 THEN now() END, $9) "
                      "RETURNING id",
                      static_cast<long long>(spec.ball), static_cast<long long>(spec.owner),
                      optional(spec.previousOwner), optional(spec.special),
                      spec.catchDate.toStdString(), spec.attackBonus, spec.healthBonus, spec.locked,
                      spec.deleted);
    }

    domain::RowId trade(domain::RowId player1, domain::RowId player2,
                        const QString &date = QStringLiteral("2025-02-01T10:00:00Z"))
    {
        return scalar("INSERT INTO trade (player1_id, player2_id, date) VALUES ($1, $2, "
                      "$3::timestamptz) RETURNING id",
                      static_cast<long long>(player1), static_cast<long long>(player2),
                      date.toStdString());
    }

    /// `giver` gave `instance` in `trade`.
    void tradeObject(domain::RowId trade, domain::RowId instance, domain::RowId giver)
    {
        exec("INSERT INTO tradeobject (trade_id, ballinstance_id, player_id) VALUES ($1, $2, $3)",
             static_cast<long long>(trade), static_cast<long long>(instance),
             static_cast<long long>(giver));
    }

    void friendship(domain::RowId a, domain::RowId b)
    {
        exec("INSERT INTO friendship (player1_id, player2_id) VALUES ($1, $2)",
             static_cast<long long>(a), static_cast<long long>(b));
    }

    void block(domain::RowId blocker, domain::RowId blocked)
    {
        exec("INSERT INTO block (player1_id, player2_id) VALUES ($1, $2)",
             static_cast<long long>(blocker), static_cast<long long>(blocked));
    }

    long long count(const std::string &table, const std::string &where = "true")
    {
        return scalar("SELECT count(*) FROM " + table + " WHERE " + where);
    }

    /// Empties every table the /player tests write.
    void reset()
    {
        exec("TRUNCATE tradeobject, trade, friendship, block, ballinstance, ball, special, "
             "regime, player RESTART IDENTITY CASCADE");
    }

private:
    pqxx::connection m_connection;
};

} // namespace ballsdex::testing
