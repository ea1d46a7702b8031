// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <memory>

namespace ballsdex::bot::features {

struct PlayerServices;

/// `/player export type`: the invoker's instances and/or trades as CSV files in
/// player_data.zip, sent by direct message (bot-features §1.4, with the quoting and size [Bug]s
/// fixed).
class PlayerExport final
{
public:
    static inline const QString ArchiveName = QStringLiteral("player_data.zip");
    static inline const QString SentMessage
        = QStringLiteral("Your player data has been sent via DMs.");
    static inline const QString ClosedMessage
        = QStringLiteral("I couldn't send your player data in DMs. Please open your DMs (allow "
                         "direct messages from this server's members) and try again.");
    static constexpr int BatchSize = 2000;
    /// Rows are no longer collected once the CSV text outgrows this many upload limits.
    static constexpr int MaxCompressionRatio = 16;

    [[nodiscard]] static interactions::CommandSpec
    command(std::shared_ptr<PlayerServices> services);
    /// The file name of the instance CSV, e.g. "1234_countryballs.csv" (characters other than
    /// letters, digits, '-' and '_' become '_').
    [[nodiscard]] static QString instanceFileName(domain::Snowflake userId,
                                                  const QString &collectiblesName);
};

} // namespace ballsdex::bot::features
