// SPDX-License-Identifier: MIT
// Draws the project's own default art: regime and special backgrounds, economy icons and the
// starter balls. Usage: generate_default_art <resources/art directory>
#include <QColor>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>
#include <cstdio>

namespace {

constexpr QRect artworkWindow(34, 261, 1359, 731);
constexpr QRectF panel(32, 1006, 1363, 822);

QPainterPath starPath(QPointF centre, qreal outer, qreal inner, int points = 5)
{
    QPainterPath path;
    for (int i = 0; i < points * 2; ++i) {
        const qreal radius = i % 2 ? inner : outer;
        const qreal angle = -M_PI / 2 + i * M_PI / points;
        const QPointF p(centre.x() + radius * std::cos(angle),
                        centre.y() + radius * std::sin(angle));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath heartPath(QPointF c, qreal s)
{
    QPainterPath path;
    path.moveTo(c.x(), c.y() + s * 0.9);
    path.cubicTo(c.x() - s * 1.3, c.y() + s * 0.1, c.x() - s * 0.9, c.y() - s * 0.9, c.x(),
                 c.y() - s * 0.35);
    path.cubicTo(c.x() + s * 0.9, c.y() - s * 0.9, c.x() + s * 1.3, c.y() + s * 0.1, c.x(),
                 c.y() + s * 0.9);
    return path;
}

void drawSword(QPainter &p, QPointF c, qreal s)
{
    p.save();
    p.translate(c);
    p.rotate(45);
    p.setPen(QPen(Qt::black, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(QColor(210, 215, 225));
    QPainterPath blade;
    blade.moveTo(-s * 0.12, s * 0.35);
    blade.lineTo(-s * 0.12, -s * 0.9);
    blade.lineTo(0, -s * 1.1);
    blade.lineTo(s * 0.12, -s * 0.9);
    blade.lineTo(s * 0.12, s * 0.35);
    blade.closeSubpath();
    p.drawPath(blade);
    p.setBrush(QColor(150, 100, 40));
    p.drawRoundedRect(QRectF(-s * 0.45, s * 0.35, s * 0.9, s * 0.14), 6, 6);
    p.drawRoundedRect(QRectF(-s * 0.08, s * 0.49, s * 0.16, s * 0.45), 6, 6);
    p.restore();
}

QImage background(QColor frame, QColor panelColour, int symbol, bool stars)
{
    QImage image(1428, 2000, QImage::Format_ARGB32);
    image.fill(frame);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient shade(0, 0, 0, 2000);
    shade.setColorAt(0, QColor(255, 255, 255, 40));
    shade.setColorAt(1, QColor(0, 0, 0, 60));
    p.fillRect(image.rect(), shade);
    if (stars) {
        for (int i = 0; i < 40; ++i) {
            const QPointF c(37 + (i * 397) % 1380, 30 + (i * 811) % 1950);
            p.fillPath(starPath(c, 18 + i % 4 * 8, 8 + i % 4 * 3), QColor(255, 240, 250, 150));
        }
    }
    p.setPen(QPen(QColor(0, 0, 0, 90), 6));
    p.setBrush(panelColour);
    p.drawRoundedRect(panel, 48, 48);

    // Watermark symbol of the regime, centred in the panel.
    const QPointF mark(714, 1420);
    QColor watermark(255, 255, 255, 28);
    p.setPen(Qt::NoPen);
    if (symbol == 0) {
        p.fillPath(starPath(mark, 330, 140), watermark);
    } else if (symbol == 1) {
        p.setBrush(watermark);
        p.drawEllipse(mark, 320, 320);
        p.setBrush(panelColour);
        p.drawEllipse(mark, 200, 200);
    } else {
        p.setBrush(watermark);
        for (int i = 0; i < 3; ++i)
            p.drawEllipse(QPointF(mark.x() + (i - 1) * 210, mark.y()), 170, 170);
    }

    p.setPen(QPen(Qt::black, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(QColor(222, 52, 52));
    p.drawPath(heartPath(QPointF(200, 1730), 95));
    drawSword(p, QPointF(1250, 1730), 120);

    p.setPen(QPen(QColor(0, 0, 0, 120), 10));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(artworkWindow.adjusted(-6, -6, 6, 6), 12, 12);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(artworkWindow, Qt::transparent);
    return image;
}

QImage capitalistIcon()
{
    QImage image(512, 512, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(120, 80, 10), 16));
    p.setBrush(QColor(240, 190, 50));
    p.drawEllipse(QPointF(256, 256), 236, 236);
    p.setBrush(QColor(250, 210, 90));
    p.drawEllipse(QPointF(256, 256), 170, 170);
    p.setPen(QPen(QColor(120, 80, 10), 34, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(256, 130), QPointF(256, 382));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(180, 160, 150, 100), 30 * 16, 240 * 16);
    p.drawArc(QRectF(180, 252, 150, 100), -150 * 16, 240 * 16);
    return image;
}

QImage communistIcon()
{
    QImage image(512, 512, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(90, 0, 0), 16));
    p.setBrush(QColor(200, 20, 30));
    p.drawEllipse(QPointF(256, 256), 236, 236);
    p.setPen(Qt::NoPen);
    p.fillPath(starPath(QPointF(256, 270), 190, 76), QColor(255, 215, 0));
    return image;
}

struct Flag
{
    const char *slug;
    QList<QColor> stripes;
    bool vertical;
    QColor sky;
};

void drawBall(QPainter &p, const Flag &flag, QPointF c, qreal r)
{
    QPainterPath circle;
    circle.addEllipse(c, r, r);
    p.save();
    p.setClipPath(circle);
    const qsizetype n = flag.stripes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF band = flag.vertical
            ? QRectF(c.x() - r + 2 * r * i / n, c.y() - r, 2 * r / n + 1, 2 * r)
            : QRectF(c.x() - r, c.y() - r + 2 * r * i / n, 2 * r, 2 * r / n + 1);
        p.fillRect(band, flag.stripes.at(i));
    }
    QRadialGradient shine(c.x() - r * 0.4, c.y() - r * 0.4, r * 1.4);
    shine.setColorAt(0, QColor(255, 255, 255, 70));
    shine.setColorAt(1, QColor(0, 0, 0, 70));
    p.fillRect(circle.boundingRect(), shine);
    p.restore();
    p.setPen(QPen(Qt::black, r * 0.04));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, r, r);
    for (const int side : {-1, 1}) {
        const QPointF eye(c.x() + side * r * 0.32, c.y() - r * 0.1);
        p.setBrush(Qt::white);
        p.drawEllipse(eye, r * 0.2, r * 0.24);
        p.setBrush(Qt::black);
        p.setPen(Qt::NoPen);
        p.drawEllipse(eye + QPointF(r * 0.05, r * 0.04), r * 0.09, r * 0.11);
        p.setPen(QPen(Qt::black, r * 0.04));
    }
}

QImage collectionCard(const Flag &flag)
{
    QImage image(1359, 731, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 731);
    sky.setColorAt(0, flag.sky.lighter(140));
    sky.setColorAt(1, flag.sky);
    p.fillRect(image.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(90, 160, 80));
    p.drawEllipse(QRectF(-200, 560, 1759, 500));
    drawBall(p, flag, QPointF(680, 380), 270);
    return image;
}

QImage wildCard(const Flag &flag)
{
    QImage image(512, 512, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawBall(p, flag, QPointF(256, 256), 230);
    return image;
}

bool save(const QImage &image, const QDir &dir, const QString &name)
{
    const bool ok = image.save(dir.filePath(name), "PNG", 0);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "FAILED",
                 qPrintable(dir.filePath(name)));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: generate_default_art <output directory>\n");
        return 2;
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    bool ok = save(background(QColor(40, 90, 190), QColor(50, 80, 150), 0, false), dir,
                   QStringLiteral("democracy.png"));
    ok &= save(background(QColor(140, 24, 30), QColor(70, 30, 34), 1, false), dir,
               QStringLiteral("dictatorship.png"));
    ok &= save(background(QColor(40, 150, 80), QColor(30, 95, 55), 2, false), dir,
               QStringLiteral("union.png"));
    ok &= save(background(QColor(235, 120, 190), QColor(150, 60, 120), 0, true), dir,
               QStringLiteral("shiny.png"));
    ok &= save(capitalistIcon(), dir, QStringLiteral("capitalist.png"));
    ok &= save(communistIcon(), dir, QStringLiteral("communist.png"));

    const QList<Flag> flags = {
        {"aldoria",
         {QColor(20, 60, 160), QColor(255, 255, 255), QColor(200, 30, 40)},
         true,
         QColor(90, 160, 230)},
        {"borvenia",
         {QColor(250, 210, 40), QColor(30, 30, 30), QColor(210, 40, 40)},
         false,
         QColor(120, 180, 240)},
        {"calistan", {QColor(0, 140, 90), QColor(255, 255, 255)}, false, QColor(100, 170, 210)},
        {"dravonia",
         {QColor(120, 20, 120), QColor(250, 180, 30), QColor(120, 20, 120)},
         true,
         QColor(230, 150, 110)},
        {"elmark",
         {QColor(200, 20, 30), QColor(255, 255, 255), QColor(200, 20, 30)},
         false,
         QColor(150, 200, 250)},
        {"fenwick", {QColor(0, 90, 180), QColor(250, 220, 0)}, true, QColor(80, 190, 210)},
        {"grentoria",
         {QColor(30, 120, 40), QColor(240, 240, 240), QColor(230, 120, 20)},
         true,
         QColor(150, 200, 120)},
        {"halvania", {QColor(255, 255, 255), QColor(0, 50, 140)}, false, QColor(170, 200, 240)},
        {"istrella",
         {QColor(0, 160, 200), QColor(255, 255, 255), QColor(0, 160, 200), QColor(255, 255, 255)},
         false,
         QColor(250, 190, 120)},
        {"jorvik", {QColor(150, 10, 30), QColor(20, 20, 20)}, true, QColor(110, 110, 160)},
        {"kestria",
         {QColor(240, 130, 0), QColor(255, 255, 255), QColor(0, 150, 60)},
         false,
         QColor(120, 190, 250)},
        {"lunaria",
         {QColor(20, 20, 70), QColor(200, 200, 230), QColor(20, 20, 70)},
         false,
         QColor(40, 40, 90)},
    };
    for (const Flag &flag : flags) {
        const QString slug = QString::fromLatin1(flag.slug);
        ok &= save(collectionCard(flag), dir, slug + QStringLiteral(".png"));
        ok &= save(wildCard(flag), dir, slug + QStringLiteral("_wild.png"));
    }
    return ok ? 0 : 1;
}
