// SPDX-License-Identifier: MIT
#pragma once

#include "designer/BallInput.h"
#include "storage/CatalogueRepository.h"
#include "storage/StorageError.h"

#include <QList>
#include <QString>

namespace ballsdex::studio {

/// One problem of the form; `field` is the objectName of the widget it belongs to.
struct FieldProblem
{
    QString field;
    QString message;
};

/// The ball the form describes and what stops it from being saved. Unparsable numbers are 0 in
/// `ball` (so the preview still draws) and reported in `problems`.
struct BallCheck
{
    domain::Ball ball;
    QList<FieldProblem> problems;

    [[nodiscard]] bool isValid() const { return problems.isEmpty(); }
};

/// Checks the form against the schema (ball table, migration 0001: varchar lengths, non-empty
/// name, rarity >= 0 and finite, integer stats, emoji id >= 0, quicksell >= 0, an existing
/// regime and economy) and requires both images. Pure; messages are translated.
[[nodiscard]] BallCheck checkBall(const BallInput &input,
                                  const storage::CatalogueSnapshot &catalogue);

/// A number typed in the form: the C locale or the user's ("0.5", "0,5"). Empty on failure.
[[nodiscard]] std::optional<double> parseDecimal(const QString &text);

/// What to tell the user when saving `ball` failed.
[[nodiscard]] QString saveFailureMessage(const storage::StorageError &error,
                                         const domain::Ball &ball);

} // namespace ballsdex::studio
