// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QMutex>
#include <QPainterPath>
#include <QPoint>

class QPainter;

namespace ballsdex::render {

/// Pillow-style text as a path: `top` is the line box top at the ascender.
[[nodiscard]] QPainterPath textPath(const QFont &font, qreal x, qreal top, const QString &text);
/// Fills the path over a black stroke of `stroke` pixels (drawn first), antialiased.
void drawTextPath(QPainter &painter, const QPainterPath &path, const QColor &fill, int stroke);

/// Stroked card texts (title, ability, description lines) kept as ready-made transparent sprites,
/// so redrawing a card after one text changed strokes only that text again: stroking a long
/// outlined line costs milliseconds, blending its sprite a fraction of one. Sprites sit on whole
/// pixels at their original place, so the result matches drawing the path directly (up to
/// rounding in the blend). Thread-safe.
class TextSpriteCache final
{
public:
    explicit TextSpriteCache(qint64 maxBytes = qint64(24) << 20);

    /// Draws the text as drawTextPath(textPath(...)) would.
    void draw(QPainter &painter, const QFont &font, qreal x, qreal top, const QString &text,
              const QColor &fill, int stroke) const;

private:
    struct Sprite
    {
        QImage image;
        QPoint origin;
    };

    mutable QMutex m_mutex;
    mutable QCache<QString, Sprite> m_sprites;
};

} // namespace ballsdex::render
