// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Instance.h"

#include <pqxx/pqxx>

#include <string>
#include <string_view>

namespace ballsdex::storage::rows {

/// The ballinstance columns readInstance() expects, in order, optionally qualified
/// ("bi." + name); extra columns a query needs come after them.
[[nodiscard]] std::string instanceColumns(std::string_view alias = {});
inline constexpr int InstanceColumnCount = 15;

/// The instance in the first InstanceColumnCount columns of a row selected with instanceColumns().
[[nodiscard]] domain::BallInstance readInstance(const pqxx::row &row);

} // namespace ballsdex::storage::rows
