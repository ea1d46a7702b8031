// SPDX-License-Identifier: MIT
#include "session/StudioRole.h"

#include <QCoreApplication>

namespace ballsdex::studio {

bool mayEditCatalogue(StudioRole role)
{
    return role == StudioRole::Artist || role == StudioRole::Admin || role == StudioRole::Owner;
}

bool mayModerate(StudioRole role)
{
    return role == StudioRole::Staff || role == StudioRole::Admin || role == StudioRole::Owner;
}

StudioRole effectiveRole(StudioRole discord, StudioRole database)
{
    const bool catalogue = mayEditCatalogue(discord) && mayEditCatalogue(database);
    const bool moderation = mayModerate(discord) && mayModerate(database);
    if (catalogue && moderation)
        return discord == StudioRole::Owner ? StudioRole::Owner : StudioRole::Admin;
    if (catalogue)
        return StudioRole::Artist;
    if (moderation)
        return StudioRole::Staff;
    return StudioRole::None;
}

QString roleDisplayName(StudioRole role)
{
    switch (role) {
    case StudioRole::Artist:
        return QCoreApplication::translate("StudioRole", "Artist");
    case StudioRole::Staff:
        return QCoreApplication::translate("StudioRole", "Staff");
    case StudioRole::Admin:
        return QCoreApplication::translate("StudioRole", "Admin");
    case StudioRole::Owner:
        return QCoreApplication::translate("StudioRole", "Owner");
    case StudioRole::None:
        break;
    }
    return QCoreApplication::translate("StudioRole", "No role");
}

QString roleKey(StudioRole role)
{
    switch (role) {
    case StudioRole::Artist:
        return QStringLiteral("artist");
    case StudioRole::Staff:
        return QStringLiteral("staff");
    case StudioRole::Admin:
        return QStringLiteral("admin");
    case StudioRole::Owner:
        return QStringLiteral("owner");
    case StudioRole::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace ballsdex::studio
