// SPDX-License-Identifier: MIT
#include "StorageMessages.h"

#include <QCoreApplication>
#include <QHash>

namespace ballsdex::studio {
namespace {

using Kind = storage::StorageError::Kind;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageMessages)
};

/// The schema's CHECK constraints an editor can trip, in the user's words.
QString checkMessage(const QString &constraint)
{
    if (constraint == QLatin1String("special_window_check"))
        return Text::tr("The end date must not be before the start date.");
    if (constraint == QLatin1String("special_rarity_check"))
        return Text::tr("The rarity must be between 0 and 1.");
    if (constraint == QLatin1String("pack_name_check"))
        return Text::tr("The name must not be empty.");
    if (constraint == QLatin1String("pack_price_check"))
        return Text::tr("The price must be 0 or more.");
    if (constraint == QLatin1String("pack_cards_count_check"))
        return Text::tr("A pack holds between 1 and 25 cards.");
    if (constraint == QLatin1String("pack_min_rarity_check")
        || constraint == QLatin1String("pack_max_rarity_check"))
        return Text::tr("Rarity bounds must be 0 or more.");
    if (constraint == QLatin1String("pack_rarity_range_check"))
        return Text::tr("The minimum rarity must not be above the maximum rarity.");
    if (constraint == QLatin1String("pack_forced_special_check"))
        return Text::tr("A pack with the forced special mode needs a special.");
    if (constraint == QLatin1String("pack_daily_limit_check"))
        return Text::tr("The daily limit must be empty (unlimited) or more than 0.");
    return {};
}

} // namespace

bool isOutage(const storage::StorageError &error)
{
    return error.isConnectionProblem() || error.kind == Kind::Timeout;
}

QString storageMessage(const storage::StorageError &error, const QString &name)
{
    if (isOutage(error)) {
        return Text::tr(
            "The database cannot be reached right now. Your changes are kept in the form; "
            "save again once the connection is back.");
    }
    switch (error.kind) {
    case Kind::UniqueViolation:
        return Text::tr("The name \u201c%1\u201d is already taken; choose another one.")
            .arg(name.trimmed());
    case Kind::CheckViolation: {
        const QString known = checkMessage(error.constraint);
        if (!known.isEmpty())
            return known;
        break;
    }
    case Kind::InvalidArgument:
        return Text::tr("The name must not be empty.");
    case Kind::NotFound:
        return Text::tr("This entry no longer exists; someone else may have deleted it. Reload the "
                        "list.");
    case Kind::ForeignKeyViolation:
        if (error.constraint == QLatin1String("pack_forced_special_check"))
            return Text::tr("Packs still force this special; change their special mode first.");
        if (error.constraint == QLatin1String("ball_regime_id_fkey"))
            return Text::tr("Balls still use this regime; move them to another regime first.");
        return Text::tr("A referenced entry no longer exists; reload the list.");
    default:
        break;
    }
    return Text::tr("The database refused the change: %1").arg(error.message);
}

} // namespace ballsdex::studio
