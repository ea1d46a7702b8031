// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ballsdex::render {

/// The project's own default catalogue (resources/art), compiled into the binaries so a fresh
/// installation has balls to spawn and artists have examples. Images are read from
/// `mediaRoot()`; regime and economy ids are their 1-based positions in the lists.
struct StarterCatalogue
{
    QList<domain::Regime> regimes;
    QList<domain::Economy> economies;
    QList<domain::Special> specials;
    QList<domain::Ball> balls;

    /// The resource folder the image paths are relative to (":/ballsdex/art").
    [[nodiscard]] static QString mediaRoot();
    /// Every image file name the catalogue uses.
    [[nodiscard]] QStringList imageFiles() const;
};

/// Reads the embedded starter-catalogue.json; an error names what is wrong.
Result<StarterCatalogue, QString> loadStarterCatalogue();

} // namespace ballsdex::render
