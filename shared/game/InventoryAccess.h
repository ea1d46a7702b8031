// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Policies.h"

#include <QString>

#include <optional>

namespace ballsdex::game {

/// Who looks at whose inventory (bot-features.md §4.2), with what the database says about them.
struct InventoryViewing
{
    bool viewerIsOwner = false; ///< looking at one's own inventory
    bool viewerIsStaff = false; ///< bot owner or admin-guild staff: bypasses privacy and blocks
    domain::PrivacyPolicy ownerPrivacy = domain::PrivacyPolicy::Private;
    bool friends = false;
    bool ownerBlockedViewer = false;
};

enum class InventoryRefusal {
    Private,
    FriendsOnly,
    SameServerUnsupported, ///< the bot has no members intent, so it cannot tell (as the original)
    BlockedByOwner,
};

/// nullopt when the viewer may see the inventory.
[[nodiscard]] std::optional<InventoryRefusal> inventoryRefusal(const InventoryViewing &viewing);

/// The ephemeral explanation for a refusal; ownerName is how the owner is shown (a mention or
/// name).
[[nodiscard]] QString inventoryRefusalMessage(InventoryRefusal refusal, const QString &ownerName);

} // namespace ballsdex::game
