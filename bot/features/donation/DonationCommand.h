// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::interactions {
class Scheduler;
class ViewRegistry;
} // namespace ballsdex::interactions

namespace ballsdex::bot::services {
class BlacklistCache;
class CatalogueCache;
} // namespace ballsdex::bot::services

namespace ballsdex::bot::features {

/// What `/balls give` works with. Every reference must outlive the command tree and the views
/// it opens.
struct DonationServices
{
    storage::Database &database;
    const services::CatalogueCache &catalogue;
    const services::BlacklistCache &blacklist;
    interactions::ViewRegistry &views;
    interactions::Scheduler &scheduler; ///< lock-release retries while the database is down
};

/// The configured names the replies use (from config::Settings).
struct DonationWording
{
    QString collectibleName = QStringLiteral("countryball");
    QString favoriteEmoji = QStringLiteral("❤️"); ///< in the autocomplete labels
};

/// `/balls give user countryball [special]` (bot-features.md §4.4) as a leaf subcommand that
/// joins the /balls group.
class DonationCommand final
{
public:
    static interactions::CommandSpec giveCommand(DonationServices services,
                                                 DonationWording wording);
};

} // namespace ballsdex::bot::features
