// SPDX-License-Identifier: MIT
#include "designer/BallValidation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace ballsdex::studio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BallValidation)
};

class Checker
{
public:
    explicit Checker(QList<FieldProblem> &problems)
        : m_problems(problems)
    {
    }

    void add(const char *field, const QString &message)
    {
        m_problems.append({QString::fromLatin1(field), message});
    }

    void length(const char *field, const QString &label, const QString &value, int limit)
    {
        if (value.size() > limit)
            add(field,
                Text::tr("%1 is %2 characters long; at most %3.")
                    .arg(label)
                    .arg(value.size())
                    .arg(limit));
    }

    // Whole number within [low, high]; 0 when it is not one.
    qint64 integer(const char *field, const QString &label, const QString &text, qint64 low,
                   qint64 high, bool emptyIsZero = false)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() && emptyIsZero)
            return 0;
        bool ok = false;
        const qint64 value = trimmed.toLongLong(&ok);
        if (!ok || value < low || value > high) {
            add(field,
                Text::tr("%1 must be a whole number from %2 to %3.")
                    .arg(label, QLocale().toString(low), QLocale().toString(high)));
            return 0;
        }
        return value;
    }

private:
    QList<FieldProblem> &m_problems;
};

} // namespace

std::optional<double> parseDecimal(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

BallCheck checkBall(const BallInput &input, const storage::CatalogueSnapshot &catalogue)
{
    BallCheck check;
    domain::Ball &ball = check.ball;
    Checker checker(check.problems);

    ball.id = input.id;
    ball.country = input.country.trimmed();
    if (ball.country.isEmpty())
        checker.add("countryEdit", Text::tr("The name cannot be empty."));
    checker.length("countryEdit", Text::tr("The name"), ball.country, 48);
    const QString shortName = input.shortName.trimmed();
    if (!shortName.isEmpty())
        ball.shortName = shortName;
    checker.length("shortNameEdit", Text::tr("The short name"), shortName, 24);
    ball.catchNames = domain::normaliseNameList(input.catchNames);
    ball.translations = domain::normaliseNameList(input.translations);

    const std::optional<double> rarity = parseDecimal(input.rarity);
    if (!rarity || std::isnan(*rarity) || std::isinf(*rarity) || *rarity < 0)
        checker.add("rarityEdit",
                    Text::tr("Rarity must be a number of 0 or more (0 never spawns)."));
    else
        ball.rarity = *rarity;

    constexpr qint64 intMin = std::numeric_limits<qint32>::min();
    constexpr qint64 intMax = std::numeric_limits<qint32>::max();
    ball.health
        = int(checker.integer("healthEdit", Text::tr("Health"), input.health, intMin, intMax));
    ball.attack
        = int(checker.integer("attackEdit", Text::tr("Attack"), input.attack, intMin, intMax));
    ball.emojiId = checker.integer("emojiIdEdit", Text::tr("The emoji ID"), input.emojiId, 0,
                                   std::numeric_limits<qint64>::max(), true);
    ball.quicksellValue
        = checker.integer("quicksellEdit", Text::tr("The quicksell value"), input.quicksellValue, 0,
                          std::numeric_limits<qint64>::max(), true);

    ball.enabled = input.enabled;
    ball.tradeable = input.tradeable;
    ball.capacityName = input.capacityName.trimmed();
    checker.length("abilityNameEdit", Text::tr("The ability name"), ball.capacityName, 64);
    ball.capacityDescription = input.capacityDescription.trimmed();
    checker.length("abilityDescriptionEdit", Text::tr("The ability description"),
                   ball.capacityDescription, 256);
    ball.credits = input.credits.trimmed();
    checker.length("creditsEdit", Text::tr("The credits"), ball.credits, 64);

    ball.regimeId = input.regimeId;
    const auto hasId = [](const auto &list, domain::RowId id) {
        return std::any_of(list.cbegin(), list.cend(),
                           [id](const auto &item) { return item.id == id; });
    };
    if (input.regimeId == 0)
        checker.add("regimeCombo", Text::tr("Choose a regime."));
    else if (!hasId(catalogue.regimes, input.regimeId))
        checker.add("regimeCombo",
                    Text::tr("The regime #%1 does not exist (any more).").arg(input.regimeId));
    ball.economyId = input.economyId;
    if (input.economyId && !hasId(catalogue.economies, *input.economyId))
        checker.add("economyCombo",
                    Text::tr("The economy #%1 does not exist (any more).").arg(*input.economyId));

    ball.wildCard = input.wildCard;
    if (ball.wildCard.isEmpty())
        checker.add("wildCardField", Text::tr("Choose a wild card image (the spawn picture)."));
    ball.collectionCard = input.collectionCard;
    if (ball.collectionCard.isEmpty())
        checker.add("collectionCardField",
                    Text::tr("Choose a collection card image (the card artwork)."));
    return check;
}

QString saveFailureMessage(const storage::StorageError &error, const domain::Ball &ball)
{
    using Kind = storage::StorageError::Kind;
    switch (error.kind) {
    case Kind::UniqueViolation:
        return Text::tr("A ball named %1 already exists.").arg(ball.country);
    case Kind::ForeignKeyViolation:
        return Text::tr("The chosen regime or economy no longer exists; pick another one.");
    case Kind::CheckViolation:
    case Kind::NotNullViolation:
        return Text::tr("The database refused a value (%1); check the fields.")
            .arg(error.constraint);
    case Kind::NotFound:
        return Text::tr("This ball was deleted meanwhile; it cannot be updated.");
    case Kind::ConnectionLost:
    case Kind::Unavailable:
    case Kind::Timeout:
        return Text::tr(
            "The database cannot be reached. Your changes are kept; save again when the "
            "connection is back.");
    default:
        break;
    }
    return Text::tr("Saving failed: %1").arg(error.message);
}

} // namespace ballsdex::studio
