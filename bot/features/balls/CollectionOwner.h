// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "features/balls/BallsContext.h"
#include "interactions/InteractionContext.h"

#include <QCoroTask>

#include <optional>

namespace ballsdex::bot::features {

/// Whose collection a /balls command shows.
struct CollectionOwner
{
    domain::Player viewer; ///< the invoker
    domain::Player owner;
    bool self = true;
    QString name; ///< how the owner is named to the viewer (display name)
};

/// Reads the optional user option: the invoker's own collection, or another player's after
/// the existence, privacy and block checks (bot-features.md §4.2; staff bypass). On refusal or
/// a database failure it has answered ephemerally and returns nullopt.
QCoro::Task<std::optional<CollectionOwner>>
resolveCollectionOwner(BallsContextPtr shared, interactions::InteractionContext &context,
                       QString userOption = QStringLiteral("user"));

/// "You don't have any …yet." / "<name> doesn't have any …yet." with the qualifier
/// (e.g. "Shiny France ") before the plural collectible name and the suffix after it.
[[nodiscard]] QString nothingOwnedText(const BallsWording &wording, const CollectionOwner &owner,
                                       const QString &qualifier = {}, const QString &suffix = {});

} // namespace ballsdex::bot::features
