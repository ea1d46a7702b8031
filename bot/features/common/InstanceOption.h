// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Instance.h"
#include "domain/Player.h"
#include "interactions/Handlers.h"
#include "interactions/InteractionContext.h"
#include "interactions/OptionSpec.h"

#include <QCoroTask>

#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::util {
class Clock;
}

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// Which of the invoker's instances an instance option offers (bot-features.md §1.2).
enum class InstanceLockFilter {
    Any,
    Unlocked, ///< things being given or traded away
    Locked, ///< things being taken back out of a trade
};

struct InstanceOptionRules
{
    InstanceLockFilter locks = InstanceLockFilter::Any;
    /// Name of the sibling option holding a special id that narrows the choices ("special").
    QString specialOption = QStringLiteral("special");
    QString collectibleName = QStringLiteral("countryball");
    QString favoriteEmoji = QStringLiteral("❤️");
    /// "now" for lock states; nullptr = the system clock.
    const util::Clock *clock = nullptr;
};

/// Longest text an instance option accepts (declare it on the option: maxLength).
inline constexpr int InstanceOptionMaxLength = 100;

/// Autocomplete for an option naming one of the invoker's live instances: "=Name" is an exact
/// (case-insensitive) country name; other text (dots dropped) matches instances whose hex id
/// starts with it or whose ball's "country catch-names translations" contains it,
/// case-insensitively. Newest first, an exact id first. At most 25 choices labelled
/// "[🔒 ][❤️ ][special emoji ]#HEX Country ATK:+x% HP:+y%", value = the hex id.
[[nodiscard]] interactions::AutocompleteHandler
instanceAutocomplete(storage::Database &database, const services::CatalogueCache &catalogue,
                     InstanceOptionRules rules);

/// A string option wired to instanceAutocomplete with the max length above (not required:
/// call .required() on it).
[[nodiscard]] interactions::OptionSpec
instanceOption(const QString &name, const QString &description, storage::Database &database,
               const services::CatalogueCache &catalogue, InstanceOptionRules rules);

/// Resolves the option's text (a hex id, normally from autocomplete; "0x" and "#" prefixes are
/// tolerated) to a live instance the invoker owns. On failure it has already answered
/// ephemerally ("is not a valid … ID", "could not be found, use autocomplete", "doesn't belong
/// to you", a database apology) and returns nullopt. The lock filter is not enforced here:
/// callers word their own lock refusals.
QCoro::Task<std::optional<domain::BallInstance>>
resolveOwnedInstance(storage::Database &database, interactions::InteractionContext &context,
                     const domain::Player &owner, const QString &optionValue,
                     const InstanceOptionRules &rules);

} // namespace ballsdex::bot::features
