// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>

namespace ballsdex::render {

/// Mean luminance (0.299 R + 0.587 G + 0.114 B, alpha ignored) of the bottom 20 % of the card.
double bottomLuminance(const QImage &card);

/// Black credits on a bright bottom (mean luminance > 100), white otherwise (data-model §2.4).
QColor creditTextColour(const QImage &card);

} // namespace ballsdex::render
