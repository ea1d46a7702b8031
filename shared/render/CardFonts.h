// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>

namespace ballsdex::render {

/// The bundled card fonts (resources/fonts), loaded once per process. Needs a QGuiApplication
/// (the offscreen platform is enough).
struct CardFonts
{
    QFont title; ///< Lato Black 170 px
    QFont abilityName; ///< Bebas Neue Bold 110 px
    QFont description; ///< Open Sans Semibold 75 px
    QFont stats; ///< Bebas Neue Bold 130 px (HP, ATK, rarity)
    QFont credits; ///< Lato Regular 40 px

    static const CardFonts &instance();
};

} // namespace ballsdex::render
