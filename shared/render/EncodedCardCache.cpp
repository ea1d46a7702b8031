// SPDX-License-Identifier: MIT
#include "EncodedCardCache.h"

#include "CardRenderer.h"
#include "YuvConversion.h"

namespace ballsdex::render {

EncodedCardCache::EncodedCardCache(std::shared_ptr<const CardRenderer> renderer,
                                   qsizetype maxMegabytes, int convertedLayers)
    : m_renderer(std::move(renderer))
{
    m_cards.setMaxCost(std::max<qsizetype>(1, maxMegabytes) * 1024);
    m_converted.setMaxCost(std::max(0, convertedLayers));
}

EncodedImage EncodedCardCache::card(const CardData &card, const EncodeOptions &options) const
{
    const QString key = m_renderer->cardKey(card) + QChar(u'\x1f') + options.cacheTag();
    {
        QMutexLocker lock(&m_mutex);
        if (const EncodedImage *cached = m_cards.object(key)) {
            ++m_hits;
            return *cached;
        }
    }
    ++m_misses;
    const CardLayers layers = m_renderer->renderLayers(card);
    EncodedImage encoded;
    if (layers.staticLayer.isNull())
        return encoded;
    if (canEncodeYuv(options) && m_converted.maxCost() > 0)
        encoded
            = encodeYuv(*converted(layers.staticLayer), layers.statsBand, layers.statsTop, options);
    else
        encoded = encodeImage(composeCard(layers), options);
    if (!encoded.bytes.isEmpty()) {
        const qsizetype cost = std::max<qsizetype>(1, encoded.bytes.size() / 1024);
        QMutexLocker lock(&m_mutex);
        m_cards.insert(key, new EncodedImage(encoded), cost);
    }
    return encoded;
}

std::shared_ptr<const Yuv420Image> EncodedCardCache::converted(const QImage &staticLayer) const
{
    const qint64 key = staticLayer.cacheKey();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto *cached = m_converted.object(key))
            return *cached;
    }
    auto planes = std::make_shared<const Yuv420Image>(staticLayer);
    ++m_conversions;
    QMutexLocker lock(&m_mutex);
    m_converted.insert(key, new std::shared_ptr<const Yuv420Image>(planes), 1);
    return planes;
}

} // namespace ballsdex::render
