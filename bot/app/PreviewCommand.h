// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"

#include <QCoroTask>
#include <QTextStream>

namespace ballsdex::config {
struct Settings;
}

namespace ballsdex::bot {

/// `ballsdex-bot preview`: draws one card with the shared renderer and writes it to a file, for
/// artists and operators. Reads the catalogue from the database, or the built-in starter
/// catalogue with --starter (or when no database is configured). Returns the exit status.
QCoro::Task<int> runPreview(PreviewOptions options, const config::Settings &settings,
                            QTextStream &out, QTextStream &err);

} // namespace ballsdex::bot
