// SPDX-License-Identifier: MIT
#include "TextDistance.h"

#include <algorithm>
#include <vector>

namespace ballsdex::config {

namespace {

QChar folded(QChar c)
{
    return c == u'_' ? QChar(u'-') : c.toLower();
}

} // namespace

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = folded(a[i - 1]) == folded(b[j - 1]) ? 0 : 1;
            const auto uj = static_cast<std::size_t>(j);
            current[uj]
                = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

std::optional<QString> closestMatch(const QString &word, const QStringList &candidates)
{
    if (word.size() >= 3) {
        for (const QString &candidate : candidates) {
            if (candidate.startsWith(word, Qt::CaseInsensitive))
                return candidate;
        }
    }
    std::optional<QString> best;
    int bestDistance = 0;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const auto tolerance = std::max<qsizetype>(2, word.size() / 3);
    if (!best || bestDistance > tolerance || bestDistance >= word.size())
        return std::nullopt;
    return best;
}

} // namespace ballsdex::config
