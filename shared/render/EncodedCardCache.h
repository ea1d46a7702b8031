// SPDX-License-Identifier: MIT
#pragma once

#include "CardData.h"
#include "CardEncoder.h"

#include <QCache>
#include <QMutex>

#include <atomic>
#include <memory>

namespace ballsdex::render {

class CardRenderer;
class Yuv420Image;

/// Encoded cards, least recently used first out, so showing the same card again costs a lookup.
/// Keyed by CardRenderer::cardKey() (image file versions, texts, stats) and the encoding
/// settings: an edited ball, a replaced file or other stats simply miss. A miss on a known ball
/// draws and converts only the stats band: the YUV planes of the last `convertedLayers` static
/// layers are kept (~4.3 MB each for an opaque card). Thread-safe; two concurrent misses of one
/// card both encode it.
class EncodedCardCache final
{
public:
    explicit EncodedCardCache(std::shared_ptr<const CardRenderer> renderer,
                              qsizetype maxMegabytes = 32, int convertedLayers = 4);

    /// Renders and encodes on a miss; never fails unless the renderer gives a null image (then
    /// the result has empty bytes and is not kept).
    [[nodiscard]] EncodedImage card(const CardData &card, const EncodeOptions &options = {}) const;

    [[nodiscard]] quint64 hits() const { return m_hits.load(); }
    [[nodiscard]] quint64 misses() const { return m_misses.load(); }
    /// Static layers converted to YUV so far (misses of the planes cache).
    [[nodiscard]] quint64 layerConversions() const { return m_conversions.load(); }
    [[nodiscard]] const std::shared_ptr<const CardRenderer> &renderer() const { return m_renderer; }

private:
    std::shared_ptr<const Yuv420Image> converted(const QImage &staticLayer) const;

    std::shared_ptr<const CardRenderer> m_renderer;
    mutable QMutex m_mutex;
    mutable QCache<QString, EncodedImage> m_cards; ///< cost: kilobytes
    mutable QCache<qint64, std::shared_ptr<const Yuv420Image>> m_converted; ///< by cacheKey()
    mutable std::atomic<quint64> m_hits {0};
    mutable std::atomic<quint64> m_misses {0};
    mutable std::atomic<quint64> m_conversions {0};
};

} // namespace ballsdex::render
