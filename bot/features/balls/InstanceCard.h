// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Instance.h"
#include "interactions/Message.h"

#include <QCoroTask>

#include <memory>
#include <optional>

namespace ballsdex::render {
class CardRenderer;
}

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// The text block of data-model §2.5: ID, catch date, ATK and HP with their signed bonuses.
QString instanceCardText(const domain::BallInstance &instance, const domain::Ball &ball);

/// "+5%" / "-3%".
QString signedPercent(int bonus);

/// The instance card message (text + `card.webp`), rendered on the thread pool. nullopt when the
/// instance's ball or regime is not in the catalogue.
QCoro::Task<std::optional<interactions::Message>>
instanceCardMessage(const services::CatalogueCache &catalogue,
                    std::shared_ptr<const render::CardRenderer> renderer,
                    domain::BallInstance instance);

} // namespace ballsdex::bot::features
