// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::domain {

struct Regime
{
    RowId id = 0;
    QString name;
    QString background; ///< media-relative path of a 1428x2000 image
};

struct Economy
{
    RowId id = 0;
    QString name;
    QString icon; ///< media-relative path of a square image
};

struct Special
{
    RowId id = 0;
    QString name;
    std::optional<QString> catchPhrase;
    std::optional<QDateTime> startDate;
    std::optional<QDateTime> endDate;
    double rarity = 0.0; ///< absolute probability per catch, 0..1
    std::optional<QString> emoji;
    std::optional<QString> background;
    bool tradeable = true;
    bool hidden = false;
    std::optional<QString> credits;

    /// True when "at" lies in the [start, end] window (a missing bound is open).
    [[nodiscard]] bool isActiveAt(const QDateTime &at) const;
};

struct Ball
{
    RowId id = 0;
    QString country;
    std::optional<QString> shortName;
    QString catchNames; ///< ';'-separated, normalised (see normaliseNameList)
    QString translations; ///< ';'-separated, normalised
    int health = 0;
    int attack = 0;
    double rarity = 0.0; ///< relative spawn weight; lower is rarer, 0 never spawns
    bool enabled = true;
    bool tradeable = true;
    Snowflake emojiId = 0;
    QString wildCard;
    QString collectionCard;
    QString credits;
    QString capacityName;
    QString capacityDescription;
    RowId regimeId = 0;
    std::optional<RowId> economyId;
    std::int64_t quicksellValue = 0;
    std::optional<QDateTime> createdAt;

    /// The title printed on the card: the short name when set, else the full name.
    [[nodiscard]] QString cardTitle() const;
};

/// Normalises a ';'-separated list of names as it is stored: parts trimmed, empties dropped,
/// lower-cased.
QString normaliseNameList(const QString &list);

/// Normalises a player's guess: trimmed, lower-cased, curly quotes replaced by straight ones.
QString normaliseGuess(const QString &guess);

/// Whether a guess names the ball: its name, a catch name or a translation.
bool guessMatches(const Ball &ball, const QString &guess);

} // namespace ballsdex::domain
