// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace ballsdex::domain {

/// Database primary keys: 64-bit everywhere, even for tables adopted from 32-bit serial ids.
using RowId = std::int64_t;

/// A Discord snowflake (user, guild, channel, role, emoji id).
using Snowflake = std::int64_t;

/// Instances and trades are shown to users as "#" + upper-case hex of the primary key.
QString displayId(RowId id);

/// Parses the hex form users type ("1A", "0x1a"); a "#" prefix is refused, as in the original.
std::optional<RowId> parseDisplayId(const QString &text);

/// Discord ids are 17 to 19 decimal digits (up to 22 accepted from free text).
std::optional<Snowflake> parseSnowflake(const QString &text);

} // namespace ballsdex::domain
