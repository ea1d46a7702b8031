// SPDX-License-Identifier: MIT
#include "TextLimits.h"

namespace ballsdex::interactions {

QString truncated(const QString &text, int max)
{
    if (text.size() <= max) {
        return text;
    }
    if (max <= 0) {
        return {};
    }
    qsizetype cut = max - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

} // namespace ballsdex::interactions
