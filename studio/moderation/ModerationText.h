// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "session/StudioRole.h"
#include "storage/ModerationQueries.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QString>

namespace ballsdex::studio::moderationText {

/// A Discord id typed by a moderator: 17 to 20 ASCII digits that fit a snowflake (surrounding
/// blanks ignored); otherwise a translated explanation.
[[nodiscard]] Result<domain::Snowflake, QString> parseDiscordId(const QString &text);

/// What the moderator reads when a database call failed; connection problems say that nothing
/// was changed and that trying again later works.
[[nodiscard]] QString storageMessage(const storage::StorageError &error);

/// The reason stored with a Studio ban: the moderator's text and who did it, like the admin
/// panel's "Done through …" suffix.
[[nodiscard]] QString reasonWithSignature(const QString &reason, const StudioIdentity &identity);

/// A stored reason without the signature reasonWithSignature() appended (for editing it).
[[nodiscard]] QString withoutSignature(const QString &storedReason);

/// The desk's summary of a user: player row (policies, coins) and ban state; rich text.
[[nodiscard]] QString playerSummary(const storage::PlayerSummary &summary);
/// The desk's summary of a guild: configuration (spawn channel, enabled) and ban state.
[[nodiscard]] QString guildSummary(const storage::GuildSummary &summary);

} // namespace ballsdex::studio::moderationText
