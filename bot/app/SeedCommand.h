// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QTextStream>

namespace ballsdex::config {
struct Settings;
}

namespace ballsdex::bot {

/// `ballsdex-bot seed-starter-catalogue`: copies the built-in starter art into the media folder
/// (never overwriting a file) and, when the database has no ball yet, adds the 12 starter balls.
/// Idempotent. Returns the exit status.
QCoro::Task<int> runSeedStarterCatalogue(const config::Settings &settings, QTextStream &out,
                                         QTextStream &err);

} // namespace ballsdex::bot
