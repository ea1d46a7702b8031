// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"

#include <pqxx/pqxx>

#include <QJsonObject>

#include <string>

// Row conversions of the catalogue tables and their audit-log JSON; used by CatalogueRepository.
namespace ballsdex::storage::rows {

inline const std::string ballColumns
    = "id, country, short_name, catch_names, translations, health, attack, rarity, enabled, "
      "tradeable, emoji_id, wild_card, collection_card, credits, capacity_name, "
      "capacity_description, regime_id, economy_id, quicksell_value, created_at";
inline const std::string specialColumns = "id, name, catch_phrase, start_date, end_date, rarity, "
                                          "emoji, background, tradeable, hidden, credits";

[[nodiscard]] domain::Ball toBall(const pqxx::row &row);
[[nodiscard]] domain::Special toSpecial(const pqxx::row &row);
/// From "id, name, background".
[[nodiscard]] domain::Regime toRegime(const pqxx::row &row);
/// From "id, name, icon".
[[nodiscard]] domain::Economy toEconomy(const pqxx::row &row);

[[nodiscard]] QJsonObject toJson(const domain::Ball &ball);
[[nodiscard]] QJsonObject toJson(const domain::Regime &regime);
[[nodiscard]] QJsonObject toJson(const domain::Economy &economy);
[[nodiscard]] QJsonObject toJson(const domain::Special &special);

} // namespace ballsdex::storage::rows
