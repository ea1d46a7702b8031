// SPDX-License-Identifier: MIT
#include "CreditColour.h"

namespace ballsdex::render {

double bottomLuminance(const QImage &card)
{
    if (card.isNull())
        return 0.0;
    // Unpremultiplied values, as Pillow's RGBA → L conversion sees them.
    const int top = static_cast<int>(0.8 * card.height());
    const QImage rgba = card.copy(0, top, card.width(), card.height() - top)
                            .convertToFormat(QImage::Format_ARGB32);
    double sum = 0.0;
    for (int y = 0; y < rgba.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgba.constScanLine(y));
        for (int x = 0; x < rgba.width(); ++x) {
            const QRgb p = line[x];
            sum += (299 * qRed(p) + 587 * qGreen(p) + 114 * qBlue(p)) / 1000;
        }
    }
    const double count = double(rgba.height()) * rgba.width();
    return count > 0 ? sum / count : 0.0;
}

QColor creditTextColour(const QImage &card)
{
    return bottomLuminance(card) > 100.0 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace ballsdex::render
