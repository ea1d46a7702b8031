// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Instance.h"
#include "interactions/Message.h"

#include <QCoroTask>

#include <memory>
#include <optional>

namespace ballsdex::render {
class EncodedCardCache;
}

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// The text block of bot-features.md §1.3 /balls info: ID, catch date, "Obtained by trade
/// with <@previous owner>." when it came from someone, then ATK and HP with signed bonuses.
QString instanceCardText(const domain::BallInstance &instance, const domain::Ball &ball,
                         std::optional<domain::Snowflake> previousOwner = std::nullopt);

/// "+5%" / "-3%".
QString signedPercent(int bonus);

/// The instance card message (text + `card.webp`), rendered on the thread pool. nullopt when the
/// instance's ball or regime is not in the catalogue. Mentions in the text never ping.
QCoro::Task<std::optional<interactions::Message>> instanceCardMessage(
    const services::CatalogueCache &catalogue, std::shared_ptr<const render::EncodedCardCache> cards,
    domain::BallInstance instance, std::optional<domain::Snowflake> previousOwner = std::nullopt);

} // namespace ballsdex::bot::features
