// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "interactions/Handlers.h"
#include "interactions/InteractionContext.h"

#include <QCoroTask>

#include <optional>

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// Max lengths to declare on the options these helpers read (a country is at most 48 characters,
/// a special name 64; both are longer than any decimal id).
inline constexpr int ballOptionMaxLength = 48;
inline constexpr int specialOptionMaxLength = 64;

/// Autocomplete for an enabled ball: case-insensitive substring of the country name, first 25,
/// value = the decimal ball id (bot-features.md §1.2).
[[nodiscard]] interactions::AutocompleteHandler
enabledBallAutocomplete(const services::CatalogueCache &catalogue);

/// Autocomplete for a special players may see (not hidden): substring of the name, value = id.
[[nodiscard]] interactions::AutocompleteHandler
visibleSpecialAutocomplete(const services::CatalogueCache &catalogue);

/// Outcome of reading an optional catalogue option: absent, resolved, or refused (already
/// answered).
template<typename T> struct OptionalPick
{
    bool refused = false;
    std::optional<T> value;
};

/// Reads the named string option as an enabled ball (decimal id from autocomplete, or an exact
/// country name typed by hand). Unknown → "could not be found, use autocomplete"; disabled →
/// "disabled and will not be shown"; both answered ephemerally with refused = true.
QCoro::Task<OptionalPick<domain::Ball>> pickEnabledBall(const services::CatalogueCache &catalogue,
                                                        interactions::InteractionContext &context,
                                                        const QString &optionName,
                                                        const QString &collectibleName);

/// Same for a special players may see (by decimal id or exact name). A hidden special is answered
/// as unknown, so its existence does not leak.
QCoro::Task<OptionalPick<domain::Special>>
pickVisibleSpecial(const services::CatalogueCache &catalogue,
                   interactions::InteractionContext &context, const QString &optionName);

} // namespace ballsdex::bot::features
