// SPDX-License-Identifier: MIT
#include "InventoryAccess.h"

namespace ballsdex::game {

std::optional<InventoryRefusal> inventoryRefusal(const InventoryViewing &viewing)
{
    if (viewing.viewerIsOwner || viewing.viewerIsStaff)
        return std::nullopt;
    switch (viewing.ownerPrivacy) {
    case domain::PrivacyPolicy::Private:
        return InventoryRefusal::Private;
    case domain::PrivacyPolicy::Friends:
        if (!viewing.friends)
            return InventoryRefusal::FriendsOnly;
        break;
    case domain::PrivacyPolicy::SameServer:
        return InventoryRefusal::SameServerUnsupported;
    case domain::PrivacyPolicy::Public:
        break;
    }
    if (viewing.ownerBlockedViewer)
        return InventoryRefusal::BlockedByOwner;
    return std::nullopt;
}

QString inventoryRefusalMessage(InventoryRefusal refusal, const QString &ownerName)
{
    switch (refusal) {
    case InventoryRefusal::Private:
        return QStringLiteral("%1 has set their inventory to private.").arg(ownerName);
    case InventoryRefusal::FriendsOnly:
        return QStringLiteral("%1 only shows their inventory to friends.").arg(ownerName);
    case InventoryRefusal::SameServerUnsupported:
        return QStringLiteral("%1 only shows their inventory to members of their servers, which "
                              "this bot cannot check.")
            .arg(ownerName);
    case InventoryRefusal::BlockedByOwner:
        return QStringLiteral("You cannot view %1's inventory: they have blocked you.")
            .arg(ownerName);
    }
    return {};
}

} // namespace ballsdex::game
