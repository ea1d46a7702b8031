// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

namespace ballsdex::studio {

/// What an image file must satisfy for one use in the catalogue (data-model §2.7). `purpose` is
/// the translated name used in messages ("card background").
struct ImageRequirements
{
    QString purpose;
    QSize minSize;
    QSize maxSize;
    qint64 maxBytes = 0;
    bool square = false;

    /// Regime background: exactly 1428×2000, the renderer draws at absolute coordinates.
    [[nodiscard]] static ImageRequirements cardBackground();
    /// Special background: the same frame as a regime background.
    [[nodiscard]] static ImageRequirements specialBackground();
    /// Spawn image posted as-is with the wild ball; under Discord's 10 MiB bot attachment cap.
    [[nodiscard]] static ImageRequirements wildCard();
    /// Artwork cover-fitted into the 1359×731 window of the card.
    [[nodiscard]] static ImageRequirements collectionCard();
    /// Square economy icon, shown at 192 px (512×512 recommended).
    [[nodiscard]] static ImageRequirements economyIcon();
};

} // namespace ballsdex::studio
