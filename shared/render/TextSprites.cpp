// SPDX-License-Identifier: MIT
#include "render/TextSprites.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace ballsdex::render {

QPainterPath textPath(const QFont &font, qreal x, qreal top, const QString &text)
{
    QPainterPath path;
    path.addText(x, top + QFontMetricsF(font).ascent(), font, text);
    return path;
}

void drawTextPath(QPainter &painter, const QPainterPath &path, const QColor &fill, int stroke)
{
    if (stroke > 0)
        painter.strokePath(
            path, QPen(Qt::black, 2.0 * stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, fill);
}

TextSpriteCache::TextSpriteCache(qint64 maxBytes)
{
    m_sprites.setMaxCost(static_cast<qsizetype>(std::max<qint64>(1, maxBytes >> 10)));
}

void TextSpriteCache::draw(QPainter &painter, const QFont &font, qreal x, qreal top,
                           const QString &text, const QColor &fill, int stroke) const
{
    if (text.isEmpty())
        return;
    const QString key = font.key() + QChar(u'\x1f') + text + QChar(u'\x1f')
        + QString::number(x, 'g', 17) + QChar(u'\x1f') + QString::number(top, 'g', 17)
        + QChar(u'\x1f') + QString::number(fill.rgba()) + QChar(u'\x1f') + QString::number(stroke);
    Sprite sprite;
    bool found = false;
    {
        QMutexLocker lock(&m_mutex);
        if (const Sprite *cached = m_sprites.object(key)) {
            sprite = *cached;
            found = true;
        }
    }
    if (!found) {
        const QPainterPath path = textPath(font, x, top, text);
        const qreal margin = stroke + 2.0;
        const QRectF ink = path.boundingRect().adjusted(-margin, -margin, margin, margin);
        sprite.origin = QPoint(static_cast<int>(std::floor(ink.left())),
                               static_cast<int>(std::floor(ink.top())));
        const QSize size(static_cast<int>(std::ceil(ink.right())) - sprite.origin.x() + 1,
                         static_cast<int>(std::ceil(ink.bottom())) - sprite.origin.y() + 1);
        sprite.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        sprite.image.fill(Qt::transparent);
        QPainter spritePainter(&sprite.image);
        spritePainter.setRenderHint(QPainter::Antialiasing);
        spritePainter.translate(-sprite.origin);
        drawTextPath(spritePainter, path, fill, stroke);
        spritePainter.end();
        QMutexLocker lock(&m_mutex);
        m_sprites.insert(key, new Sprite(sprite),
                         std::max<qsizetype>(1, sprite.image.sizeInBytes() >> 10));
    }
    painter.drawImage(sprite.origin, sprite.image);
}

} // namespace ballsdex::render
