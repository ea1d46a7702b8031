// SPDX-License-Identifier: MIT
#pragma once

#include "CardData.h"
#include "FittedImageCache.h"
#include "ImageSource.h"
#include "TextSprites.h"

#include <QCache>
#include <QImage>
#include <QMutex>

#include <atomic>
#include <memory>

namespace ballsdex::render {

/// A card as CardRenderer keeps it: the cached static layer itself (shared, not copied) and a
/// copy of the rows holding the stats, numbers drawn in. Pasting `statsBand` at row `statsTop`
/// (even) over `staticLayer` gives the card; `staticLayer.cacheKey()` stays the same for every
/// card drawn on that layer, so work derived from it can be reused.
struct CardLayers
{
    QImage staticLayer;
    QImage statsBand;
    int statsTop = 0;
};

/// Draws 1428×2000 cards as data-model §2 describes. Everything but the HP/ATK numbers (the
/// "static layer": background, texts, credits, artwork, icon) is cached per ball look, so a new
/// instance of a ball only costs its stats. Thread-safe; needs a QGuiApplication for fonts.
class CardRenderer final
{
public:
    static constexpr int width = 1428;
    static constexpr int height = 2000;

    explicit CardRenderer(std::shared_ptr<const ImageSource> images, int cachedLayers = 8);

    /// Never fails: unreadable images are logged by the source and replaced by visible fallbacks.
    /// Null only without a QGuiApplication.
    [[nodiscard]] QImage render(const CardData &card) const;

    /// render(card) before the stats band is pasted over a copy of the static layer; saves
    /// copying the whole card. Null layers only without a QGuiApplication.
    [[nodiscard]] CardLayers renderLayers(const CardData &card) const;

    /// Everything that decides the pixels of render(card): image file versions, texts, the two
    /// stat numbers. Equal keys give identical images; a replaced file or an edited ball changes
    /// it, so caches keyed by it need no other invalidation.
    [[nodiscard]] QString cardKey(const CardData &card) const;

    /// How many static layers were drawn from scratch (cache misses).
    [[nodiscard]] quint64 staticLayerBuilds() const { return m_builds.load(); }

private:
    std::shared_ptr<const ImageSource> m_images;
    mutable QMutex m_mutex;
    mutable QCache<QString, QImage> m_layers;
    FittedImageCache m_fitted;
    TextSpriteCache m_texts;
    mutable std::atomic<quint64> m_builds {0};
};

/// The card itself: a copy of the static layer with the stats band pasted in.
QImage composeCard(const CardLayers &layers);

/// Python's repr() of a float: "0.5", "1.0", "1e-05".
QString pythonFloatText(double value);

} // namespace ballsdex::render
