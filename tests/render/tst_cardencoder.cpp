// SPDX-License-Identifier: MIT
// The card encoder's own RGB→YUV conversion, WebP output with and without transparency, and the
// cache of encoded cards.
#include "render/CardEncoder.h"
#include "render/CardRenderer.h"
#include "render/EncodedCardCache.h"
#include "render/YuvConversion.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace ballsdex;
using namespace ballsdex::render;

namespace {

QString artDir()
{
    return qEnvironmentVariable("BALLSDEX_SOURCE_DIR", QStringLiteral(BALLSDEX_TEST_SOURCE_DIR))
        + QStringLiteral("/resources/art");
}

CardData plainCard()
{
    CardData card;
    card.ball.id = 1;
    card.ball.country = QStringLiteral("Elmark");
    card.ball.health = 1200;
    card.ball.attack = 800;
    card.ball.collectionCard = QStringLiteral("elmark.png");
    card.ball.credits = QStringLiteral("Test Artist");
    card.ball.capacityName = QStringLiteral("Tricolour Shield");
    card.ball.capacityDescription = QStringLiteral("Raises a striped banner.");
    card.regime = {1, QStringLiteral("Democracy"), QStringLiteral("democracy.png")};
    return card;
}

struct Planes
{
    int width;
    int height;
    std::vector<uchar> y, u, v, a;

    Planes(int w, int h)
        : width(w)
        , height(h)
        , y(size_t(w) * h)
        , u(size_t((w + 1) / 2) * ((h + 1) / 2))
        , v(u.size())
        , a(y.size())
    {
    }
    YuvPlanes view()
    {
        return {y.data(), u.data(), v.data(), a.data(), width, (width + 1) / 2, width};
    }
};

// BT.601 studio range in floating point, the reference for the fixed-point conversion.
double refY(double r, double g, double b)
{
    return 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255;
}
double refU(double r, double g, double b)
{
    return 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255;
}
double refV(double r, double g, double b)
{
    return 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255;
}

double meanAbsRgbDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

QImage decoded(const EncodedImage &encoded)
{
    QImage image;
    image.loadFromData(encoded.bytes);
    return image;
}

} // namespace

class TestCardEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yuvOfKnownColours_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("u");
        QTest::addColumn<int>("v");
        QTest::newRow("black") << QColor(0, 0, 0) << 16 << 128 << 128;
        QTest::newRow("white") << QColor(255, 255, 255) << 235 << 128 << 128;
        QTest::newRow("grey") << QColor(77, 77, 77) << 82 << 128 << 128;
        QTest::newRow("red") << QColor(255, 0, 0) << 81 << 90 << 240;
        QTest::newRow("green") << QColor(0, 255, 0) << 145 << 54 << 34;
        QTest::newRow("blue") << QColor(0, 0, 255) << 41 << 240 << 110;
    }
    void yuvOfKnownColours()
    {
        QFETCH(QColor, colour);
        QFETCH(int, y);
        QFETCH(int, u);
        QFETCH(int, v);
        // 19×5: SIMD blocks, a scalar tail, an odd last column and an odd last row.
        QImage image(19, 5, QImage::Format_RGB32);
        image.fill(colour);
        Planes planes(19, 5);
        QVERIFY(!convertToYuv420(image, planes.view()));
        for (const uchar value : planes.y)
            QCOMPARE(int(value), y);
        for (const uchar value : planes.u)
            QCOMPARE(int(value), u);
        for (const uchar value : planes.v)
            QCOMPARE(int(value), v);
    }

    void yuvMatchesReferenceOnNoise_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("RGB32") << QImage::Format_RGB32;
        QTest::newRow("ARGB32") << QImage::Format_ARGB32;
        QTest::newRow("ARGB32 premultiplied") << QImage::Format_ARGB32_Premultiplied;
    }
    void yuvMatchesReferenceOnNoise()
    {
        QFETCH(QImage::Format, format);
        const int width = 37;
        const int height = 9;
        QImage image(width, height, format);
        QRandomGenerator random(42);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
        Planes planes(width, height);
        QVERIFY(!convertToYuv420(image, planes.view()));
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const QRgb p = image.pixel(x, y);
                QVERIFY(
                    std::abs(planes.y[size_t(y * width + x)] - refY(qRed(p), qGreen(p), qBlue(p)))
                    <= 0.52);
                QCOMPARE(planes.a[size_t(y * width + x)], uchar(255));
            }
        }
        const int uvWidth = (width + 1) / 2;
        for (int y = 0; y < (height + 1) / 2; ++y) {
            for (int x = 0; x < uvWidth; ++x) {
                double r = 0, g = 0, b = 0;
                for (int dy = 0; dy < 2; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        const QRgb p = image.pixel(std::min(2 * x + dx, width - 1),
                                                   std::min(2 * y + dy, height - 1));
                        r += qRed(p) / 4.0;
                        g += qGreen(p) / 4.0;
                        b += qBlue(p) / 4.0;
                    }
                }
                QVERIFY(std::abs(planes.u[size_t(y * uvWidth + x)] - refU(r, g, b)) <= 0.6);
                QVERIFY(std::abs(planes.v[size_t(y * uvWidth + x)] - refV(r, g, b)) <= 0.6);
            }
        }
    }

    void yuvUnpremultipliesAndWeighsAlpha()
    {
        QImage image(2, 2, QImage::Format_ARGB32_Premultiplied);
        image.setPixel(0, 0, qPremultiply(qRgba(255, 0, 0, 128)));
        image.setPixel(1, 0, qRgba(0, 0, 0, 0));
        image.setPixel(0, 1, qPremultiply(qRgba(255, 0, 0, 64)));
        image.setPixel(1, 1, qPremultiply(qRgba(255, 0, 0, 255)));
        Planes planes(2, 2);
        QVERIFY(convertToYuv420(image, planes.view()));
        QCOMPARE(planes.a, (std::vector<uchar> {128, 0, 64, 255}));
        QVERIFY(std::abs(planes.y[0] - 81) <= 1); // straight red, not a darkened one
        QCOMPARE(planes.y[3], uchar(81));
        // The transparent pixel does not pull the block's chroma towards black.
        QVERIFY(std::abs(planes.u[0] - 90) <= 1);
        QVERIFY(std::abs(planes.v[0] - 240) <= 1);
    }

    void opaqueCardHasNoAlphaAndMatchesLibwebpImport()
    {
        const QImage card
            = CardRenderer(std::make_shared<MediaDirectory>(artDir())).render(plainCard());
        QCOMPARE(card.format(), QImage::Format_ARGB32_Premultiplied);
        const EncodedImage direct = encodeImage(card, EncodeOptions {});
        QCOMPARE(direct.format, ImageFormat::WebP);
        QVERIFY(direct.bytes.startsWith("RIFF"));
        QVERIFY(!direct.bytes.contains("ALPH"));
        EncodeOptions reference;
        reference.libwebpImport = true;
        const EncodedImage viaLibwebp = encodeImage(card, reference);
        const QImage a = decoded(direct);
        const QImage b = decoded(viaLibwebp);
        QCOMPARE(a.size(), card.size());
        QVERIFY(meanAbsRgbDifference(a, card) < 2.5);
        QVERIFY(meanAbsRgbDifference(a, b) < 1.5);
        // Same pixels in, same bytes out, whatever the 32-bit layout.
        QCOMPARE(encodeImage(card.convertToFormat(QImage::Format_RGB32), EncodeOptions {}).bytes,
                 direct.bytes);
        QCOMPARE(encodeImage(card.convertToFormat(QImage::Format_RGB888), EncodeOptions {}).bytes,
                 direct.bytes);
        EncodeOptions oneThread;
        oneThread.webpThreads = false;
        QCOMPARE(encodeImage(card, oneThread).bytes, direct.bytes);
    }

    void transparencySurvives()
    {
        QImage image(101, 77, QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgba(200, 40 + y, 90, x < 30 ? 0 : x < 60 ? 128 : 255));
        for (const QImage::Format format :
             {QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied}) {
            const EncodedImage encoded
                = encodeImage(image.convertToFormat(format), EncodeOptions {});
            QVERIFY(encoded.bytes.contains("ALPH"));
            const QImage out = decoded(encoded).convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(out.size(), image.size());
            for (const QPoint p : {QPoint(5, 5), QPoint(45, 40), QPoint(80, 70), QPoint(100, 76)}) {
                const QRgb expected = image.pixel(p);
                const QRgb actual = out.pixel(p);
                QCOMPARE(qAlpha(actual), qAlpha(expected));
                if (qAlpha(expected) == 0)
                    continue;
                QVERIFY2(std::abs(qRed(actual) - qRed(expected)) <= 8
                             && std::abs(qGreen(actual) - qGreen(expected)) <= 8
                             && std::abs(qBlue(actual) - qBlue(expected)) <= 8,
                         qPrintable(QStringLiteral("at %1,%2: %3 vs %4")
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(actual, 8, 16)
                                        .arg(expected, 8, 16)));
            }
        }
    }

    void cacheHitReturnsIdenticalBytes()
    {
        const auto renderer
            = std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(artDir()));
        const EncodedCardCache cache(renderer);
        const EncodedImage first = cache.card(plainCard());
        QCOMPARE(cache.misses(), 1u);
        const EncodedImage second = cache.card(plainCard());
        QCOMPARE(cache.hits(), 1u);
        QCOMPARE(cache.misses(), 1u);
        QCOMPARE(second.bytes, first.bytes);
        QCOMPARE(second.format, ImageFormat::WebP);
        QCOMPARE(first.bytes, encodeImage(renderer->render(plainCard()), EncodeOptions {}).bytes);
    }

    void layersComposeToTheCard()
    {
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        CardData card = plainCard();
        card.attackBonus = 13;
        const CardLayers layers = renderer.renderLayers(card);
        QCOMPARE(layers.staticLayer.size(), QSize(1428, 2000));
        QCOMPARE(layers.statsTop % 2, 0);
        QCOMPARE(layers.statsBand.width(), 1428);
        QVERIFY(layers.statsBand.height() > 0 && layers.statsBand.height() < 400);
        QVERIFY(layers.statsTop > 1500 && layers.statsTop + layers.statsBand.height() <= 2000);
        QCOMPARE(composeCard(layers), renderer.render(card));
        // The static layer is shared, not copied, and carries no stats.
        QCOMPARE(renderer.renderLayers(plainCard()).staticLayer.cacheKey(),
                 layers.staticLayer.cacheKey());
        QVERIFY(layers.staticLayer != renderer.render(card));
    }

    void yuvLayersEncodeLikeTheComposedCard_data()
    {
        QTest::addColumn<bool>("transparentCorners");
        QTest::newRow("opaque") << false;
        QTest::newRow("transparent corners") << true;
    }
    void yuvLayersEncodeLikeTheComposedCard()
    {
        QFETCH(bool, transparentCorners);
        QTemporaryDir media;
        QVERIFY(QFile::copy(artDir() + QStringLiteral("/elmark.png"),
                            media.filePath(QStringLiteral("elmark.png"))));
        QImage background(artDir() + QStringLiteral("/democracy.png"));
        background = background.convertToFormat(QImage::Format_ARGB32);
        if (transparentCorners) {
            for (int y = 0; y < 40; ++y) {
                for (int x = 0; x < 40; ++x) {
                    background.setPixel(x, y, qRgba(0, 0, 0, 0));
                    background.setPixel(1427 - x, 1999 - y, qRgba(90, 10, 10, 100));
                }
            }
        }
        QVERIFY(background.save(media.filePath(QStringLiteral("democracy.png"))));
        const auto renderer
            = std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(media.path()));
        const EncodedCardCache cache(renderer);
        CardData card = plainCard();
        for (int bonus : {0, 7, -12}) {
            card.healthBonus = bonus;
            const EncodedImage layered = cache.card(card);
            const EncodedImage whole = encodeImage(renderer->render(card), EncodeOptions {});
            QCOMPARE(layered.bytes, whole.bytes);
            QCOMPARE(layered.bytes.contains("ALPH"), transparentCorners);
        }
        QCOMPARE(cache.misses(), 3u);
        QCOMPARE(cache.layerConversions(), 1u);
        QCOMPARE(renderer->staticLayerBuilds(), 1u);
    }

    void encodeYuvRejectsBandsThatDoNotFit_data()
    {
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("ok");
        QTest::newRow("inside") << 4 << 6 << true;
        QTest::newRow("odd band at the bottom") << 4 << 7 << true;
        QTest::newRow("odd top") << 3 << 6 << false;
        QTest::newRow("odd band inside") << 2 << 5 << false;
        QTest::newRow("past the bottom") << 6 << 6 << false;
    }
    void encodeYuvRejectsBandsThatDoNotFit()
    {
        QFETCH(int, top);
        QFETCH(int, rows);
        QFETCH(bool, ok);
        QImage base(33, 11, QImage::Format_RGB32);
        base.fill(QColor(10, 120, 200));
        QImage band(33, rows, QImage::Format_RGB32);
        band.fill(QColor(250, 250, 20));
        if (!ok)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("encodeYuv")));
        const EncodedImage encoded = encodeYuv(Yuv420Image(base), band, top, EncodeOptions {});
        QCOMPARE(!encoded.bytes.isEmpty(), ok);
        if (!ok)
            return;
        QImage whole = base;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < 33; ++x)
                whole.setPixel(x, top + y, band.pixel(x, y));
        QCOMPARE(encoded.bytes, encodeImage(whole, EncodeOptions {}).bytes);
    }

    void cacheKeyCoversEverythingDrawn_data()
    {
        QTest::addColumn<CardData>("card");
        QTest::addColumn<int>("quality");
        QTest::addColumn<bool>("hit");
        CardData attack = plainCard();
        attack.attackBonus = 10;
        QTest::newRow("attack") << attack << 80 << false;
        CardData health = plainCard();
        health.healthBonus = -10;
        QTest::newRow("health") << health << 80 << false;
        CardData renamed = plainCard();
        renamed.ball.capacityName = QStringLiteral("Other Shield");
        QTest::newRow("catalogue text") << renamed << 80 << false;
        CardData regime = plainCard();
        regime.regime.background = QStringLiteral("union.png");
        QTest::newRow("catalogue background") << regime << 80 << false;
        CardData special = plainCard();
        special.special = domain::Special {};
        special.special->background = QStringLiteral("shiny.png");
        QTest::newRow("special") << special << 80 << false;
        QTest::newRow("quality") << plainCard() << 60 << false;
        CardData otherId = plainCard();
        otherId.ball.id = 99; // not drawn
        QTest::newRow("same pixels") << otherId << 80 << true;
    }
    void cacheKeyCoversEverythingDrawn()
    {
        QFETCH(CardData, card);
        QFETCH(int, quality);
        QFETCH(bool, hit);
        const EncodedCardCache cache(
            std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(artDir())));
        const EncodedImage original = cache.card(plainCard());
        EncodeOptions options;
        options.quality = quality;
        const EncodedImage other = cache.card(card, options);
        QCOMPARE(cache.hits(), hit ? 1u : 0u);
        QCOMPARE(cache.misses(), hit ? 1u : 2u);
        QCOMPARE(other.bytes == original.bytes, hit);
    }

    void cacheMissesWhenAFileIsReplaced()
    {
        QTemporaryDir media;
        for (const char *file : {"democracy.png", "elmark.png"})
            QVERIFY(QFile::copy(artDir() + u'/' + QLatin1String(file),
                                media.filePath(QLatin1String(file))));
        const EncodedCardCache cache(
            std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(media.path())));
        const EncodedImage before = cache.card(plainCard());
        QFile::remove(media.filePath(QStringLiteral("elmark.png")));
        QImage red(300, 200, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(media.filePath(QStringLiteral("elmark.png"))));
        const EncodedImage after = cache.card(plainCard());
        QCOMPARE(cache.misses(), 2u);
        QVERIFY(after.bytes != before.bytes);
        const QRgb artwork = decoded(after).pixel(700, 600);
        QVERIFY(qRed(artwork) > 230 && qGreen(artwork) < 25 && qBlue(artwork) < 25);
    }

    void cacheStaysWithinBudget()
    {
        const EncodedCardCache cache(
            std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(artDir())), 1);
        CardData card = plainCard();
        qsizetype stored = 0;
        int bonus = 0;
        while (stored < 2 * 1024 * 1024) {
            card.attackBonus = ++bonus;
            stored += cache.card(card).bytes.size();
        }
        const quint64 misses = cache.misses();
        (void)cache.card(card); // the newest is kept
        QCOMPARE(cache.hits(), 1u);
        card.attackBonus = 1; // the oldest is gone
        (void)cache.card(card);
        QCOMPARE(cache.misses(), misses + 1);
    }
};

QTEST_MAIN(TestCardEncoder)
#include "tst_cardencoder.moc"
