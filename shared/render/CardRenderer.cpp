// SPDX-License-Identifier: MIT
#include "CardRenderer.h"

#include "CardFonts.h"
#include "CreditColour.h"
#include "RenderLogging.h"
#include "TextWrap.h"
#include "domain/Instance.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ballsdex::render {

namespace {

constexpr QRect artworkRect(34, 261, 1359, 731);
constexpr QRect iconRect(1200, 30, 192, 192);
constexpr QRectF panelRect(32, 1006, 1363, 822);

struct Images
{
    Result<QImage, ImageError> background;
    Result<QImage, ImageError> artwork;
    std::optional<Result<QImage, ImageError>> icon;
};

void drawFallbackLabel(QPainter &painter, const QRectF &area, const QString &label)
{
    QFont font = CardFonts::instance().abilityName;
    font.setPixelSize(static_cast<int>(std::min(area.height() / 4, 110.0)));
    painter.setFont(font);
    painter.setPen(QColor(255, 255, 255, 220));
    painter.drawText(area, Qt::AlignCenter, label);
}

QImage fallbackBackground()
{
    QImage image(CardRenderer::width, CardRenderer::height, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, CardRenderer::height);
    gradient.setColorAt(0, QColor(96, 96, 104));
    gradient.setColorAt(1, QColor(40, 40, 46));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 40));
    painter.drawRoundedRect(panelRect, 40, 40);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(artworkRect, Qt::transparent);
    return image;
}

void drawArtwork(QPainter &painter, const Result<QImage, ImageError> &artwork,
                 const FittedImageCache &fitted)
{
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    if (artwork) {
        painter.drawImage(artworkRect.topLeft(), fitted.coverFit(*artwork, artworkRect.size()));
    } else {
        QLinearGradient gradient(artworkRect.topLeft(), artworkRect.bottomRight());
        gradient.setColorAt(0, QColor(120, 120, 128));
        gradient.setColorAt(1, QColor(70, 70, 78));
        painter.fillRect(artworkRect, gradient);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        drawFallbackLabel(painter, artworkRect, QStringLiteral("MISSING ARTWORK"));
    }
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
}

void drawIcon(QPainter &painter, const Result<QImage, ImageError> &icon,
              const FittedImageCache &fitted)
{
    if (icon) {
        painter.drawImage(iconRect.topLeft(), fitted.coverFit(*icon, iconRect.size()));
        return;
    }
    painter.setPen(QPen(Qt::black, 4));
    painter.setBrush(QColor(128, 128, 136));
    painter.drawEllipse(iconRect.adjusted(4, 4, -4, -4));
    drawFallbackLabel(painter, iconRect, QStringLiteral("?"));
}

QImage drawStaticLayer(const CardData &card, const Images &images, const FittedImageCache &fitted,
                       const TextSpriteCache &texts)
{
    const CardFonts &fonts = CardFonts::instance();
    QImage layer;
    if (images.background) {
        layer = fitted.stretch(*images.background, QSize(CardRenderer::width, CardRenderer::height))
                    .copy();
    } else {
        layer = fallbackBackground();
    }

    QPainter painter(&layer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    texts.draw(painter, fonts.title, 50, 20, card.ball.cardTitle(), Qt::white, 2);

    const QStringList abilityLines
        = wrapText(QStringLiteral("Ability: ") + card.ball.capacityName, 26);
    for (qsizetype i = 0; i < abilityLines.size(); ++i)
        texts.draw(painter, fonts.abilityName, 100, 1050 + 100 * i, abilityLines.at(i),
                   QColor(230, 230, 230), 2);
    const QStringList descriptionLines = wrapParagraphs(card.ball.capacityDescription, 32);
    for (qsizetype j = 0; j < descriptionLines.size(); ++j)
        texts.draw(painter, fonts.description, 60, 1100 + 100 * abilityLines.size() + 80 * j,
                   descriptionLines.at(j), Qt::white, 1);

    if (card.showRarity)
        texts.draw(painter, fonts.stats, 1200, 50, pythonFloatText(card.ball.rarity), Qt::white, 2);

    // Decided on this card's own background and texts, before the per-instance numbers.
    painter.end();
    const QColor creditColour = creditTextColour(layer);
    painter.begin(&layer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QString firstLine = QStringLiteral("Created by El Laggron");
    if (card.special && card.special->credits && !card.special->credits->isEmpty())
        firstLine += QStringLiteral(" \u2022 Special Author: ") + *card.special->credits;
    const QFontMetricsF creditMetrics(fonts.credits);
    painter.setFont(fonts.credits);
    painter.setPen(creditColour);
    painter.drawText(QPointF(30, 1870 + creditMetrics.ascent()), firstLine);
    painter.drawText(QPointF(30, 1870 + 41 + creditMetrics.ascent()),
                     QStringLiteral("Artwork author: ") + card.ball.credits);

    drawArtwork(painter, images.artwork, fitted);
    if (images.icon)
        drawIcon(painter, *images.icon, fitted);
    return layer;
}

QString imageKey(const Result<QImage, ImageError> &image)
{
    return image ? QString::number(image->cacheKey()) : QStringLiteral("missing");
}

} // namespace

QString pythonFloatText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e16)
        return QString::number(value, 'f', 0) + QStringLiteral(".0");
    const int exponent
        = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(value))));
    if (exponent < -4 || exponent >= 16)
        return QString::number(value, 'e', QLocale::FloatingPointShortest);
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

CardRenderer::CardRenderer(std::shared_ptr<const ImageSource> images, int cachedLayers)
    : m_images(std::move(images))
{
    m_layers.setMaxCost(std::max(1, cachedLayers));
}

namespace {

struct ResolvedCard
{
    Images images;
    QString staticKey; ///< everything the static layer shows
};

ResolvedCard resolveCard(const ImageSource &source, const CardData &card)
{
    // Quirk kept from the original: a special without background shows the collection card.
    QString backgroundPath = card.regime.background;
    if (card.special)
        backgroundPath = card.special->background.value_or(card.ball.collectionCard);

    ResolvedCard resolved {
        {source.image(backgroundPath), source.image(card.ball.collectionCard), {}}, {}};
    Images &images = resolved.images;
    if (card.economy)
        images.icon = source.image(card.economy->icon);

    const QChar sep(u'\x1f');
    resolved.staticKey = backgroundPath + sep + imageKey(images.background) + sep
        + card.ball.collectionCard + sep + imageKey(images.artwork) + sep
        + (images.icon ? imageKey(*images.icon) : QStringLiteral("none")) + sep
        + card.ball.cardTitle() + sep + card.ball.capacityName + sep + card.ball.capacityDescription
        + sep + card.ball.credits + sep
        + (card.special ? card.special->credits.value_or(QString()) : QString()) + sep
        + (card.showRarity ? pythonFloatText(card.ball.rarity) : QString());
    return resolved;
}

QString healthText(const CardData &card)
{
    return QString::number(domain::effectiveStat(card.ball.health, card.healthBonus));
}

QString attackText(const CardData &card)
{
    return QString::number(domain::effectiveStat(card.ball.attack, card.attackBonus));
}

} // namespace

QString CardRenderer::cardKey(const CardData &card) const
{
    const QChar sep(u'\x1f');
    return resolveCard(*m_images, card).staticKey + sep + healthText(card) + sep + attackText(card);
}

QImage composeCard(const CardLayers &layers)
{
    if (layers.staticLayer.isNull())
        return {};
    QImage card = layers.staticLayer.copy();
    for (int row = 0; row < layers.statsBand.height(); ++row)
        std::memcpy(card.scanLine(layers.statsTop + row), layers.statsBand.constScanLine(row),
                    size_t(card.bytesPerLine()));
    return card;
}

QImage CardRenderer::render(const CardData &card) const
{
    return composeCard(renderLayers(card));
}

CardLayers CardRenderer::renderLayers(const CardData &card) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qCCritical(lcRender) << "card rendering needs a QGuiApplication (offscreen is enough)";
        return {};
    }

    const auto [images, key] = resolveCard(*m_images, card);
    QImage layer;
    {
        QMutexLocker lock(&m_mutex);
        if (const QImage *cached = m_layers.object(key))
            layer = *cached;
    }
    if (layer.isNull()) {
        layer = drawStaticLayer(card, images, m_fitted, m_texts);
        ++m_builds;
        QMutexLocker lock(&m_mutex);
        m_layers.insert(key, new QImage(layer), 1);
    }

    const QFont &font = CardFonts::instance().stats;
    const QString attack = attackText(card);
    const qreal attackWidth = QFontMetricsF(font).horizontalAdvance(attack);
    const QPainterPath healthPath = textPath(font, 320, 1670, healthText(card));
    const QPainterPath attackPath = textPath(font, 1120 - attackWidth, 1670, attack);
    // Ink plus stroke and antialiasing; even rows so that 4:2:0 chroma rows stay whole.
    const QRectF ink
        = healthPath.boundingRect().united(attackPath.boundingRect()).adjusted(-3, -3, 3, 3);
    const int top = std::clamp(static_cast<int>(std::floor(ink.top())), 0, layer.height()) & ~1;
    const int bottom
        = std::min(layer.height(), (static_cast<int>(std::ceil(ink.bottom())) + 1) & ~1);

    CardLayers layers {layer, layer.copy(0, top, layer.width(), std::max(0, bottom - top)), top};
    QPainter painter(&layers.statsBand);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(0, -top);
    drawTextPath(painter, healthPath, QColor(237, 115, 101), 1);
    drawTextPath(painter, attackPath, QColor(252, 194, 76), 1);
    return layers;
}

} // namespace ballsdex::render
