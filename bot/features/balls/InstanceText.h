// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Instance.h"
#include "interactions/Components.h"

#include <QString>

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

struct BallsWording;

/// A special's emoji as message markup: unicode as is, a numeric id as a custom emoji; empty
/// when it has none.
[[nodiscard]] QString specialEmojiMarkup(const domain::Special &special);

/// "[fav ][special emoji ]#HEX Country" for list entries (markup allowed).
[[nodiscard]] QString instanceEntryName(const services::CatalogueCache &catalogue,
                                        const BallsWording &wording,
                                        const domain::BallInstance &instance);

/// "ATK: a(+x%) • HP: h(+y%) • YYYY/MM/DD | HH:MM" (UTC catch date).
[[nodiscard]] QString instanceEntryValue(const services::CatalogueCache &catalogue,
                                         const domain::BallInstance &instance);

/// The option of the instance select menu: label "[fav ][special emoji ]#HEX Country" (unicode
/// emoji only), the entry value as description, the ball's emoji; value = the hex id.
[[nodiscard]] interactions::SelectOption
instanceSelectOption(const services::CatalogueCache &catalogue, const BallsWording &wording,
                     const domain::BallInstance &instance);

} // namespace ballsdex::bot::features
