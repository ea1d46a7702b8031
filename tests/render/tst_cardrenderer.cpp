// SPDX-License-Identifier: MIT
// Goldens: tests/render/golden/*.png; regenerate with UPDATE_GOLDENS=1 after a deliberate change.
#include "render/CardEncoder.h"
#include "render/CardRenderer.h"
#include "render/CreditColour.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <thread>

using namespace ballsdex;
using namespace ballsdex::render;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("BALLSDEX_SOURCE_DIR", QStringLiteral(BALLSDEX_TEST_SOURCE_DIR));
}

QString artDir()
{
    return sourceDir() + QStringLiteral("/resources/art");
}

domain::Regime regime(const QString &name)
{
    return {1, name, name.toLower() + QStringLiteral(".png")};
}

domain::Ball ball(const QString &country, const QString &art)
{
    domain::Ball b;
    b.id = 1;
    b.country = country;
    b.health = 1200;
    b.attack = 800;
    b.rarity = 0.5;
    b.collectionCard = art;
    b.credits = QStringLiteral("Test Artist");
    b.capacityName = QStringLiteral("Tricolour Shield");
    b.capacityDescription = QStringLiteral("Raises a striped banner that absorbs the first hit.");
    return b;
}

CardData plainCard()
{
    CardData card;
    card.ball = ball(QStringLiteral("Elmark"), QStringLiteral("elmark.png"));
    card.regime = regime(QStringLiteral("Democracy"));
    return card;
}

struct Difference
{
    double meanAbs = 0;
    double farFraction = 0; ///< pixels with a channel off by more than 32
};

Difference compare(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    Difference d;
    qint64 sum = 0;
    qint64 far = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int dr = std::abs(qRed(p[col]) - qRed(q[col]));
            const int dg = std::abs(qGreen(p[col]) - qGreen(q[col]));
            const int db = std::abs(qBlue(p[col]) - qBlue(q[col]));
            const int da = std::abs(qAlpha(p[col]) - qAlpha(q[col]));
            sum += dr + dg + db + da;
            far += std::max({dr, dg, db, da}) > 32 ? 1 : 0;
        }
    }
    const double pixels = double(x.width()) * x.height();
    d.meanAbs = double(sum) / (pixels * 4);
    d.farFraction = double(far) / pixels;
    return d;
}

QRgb pixel(const QImage &image, int x, int y)
{
    return image.convertToFormat(QImage::Format_ARGB32).pixel(x, y);
}

} // namespace

class TestCardRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data()
    {
        QTest::addColumn<CardData>("card");

        QTest::newRow("plain") << plainCard();

        CardData economy;
        economy.ball = ball(QStringLiteral("Aldoria"), QStringLiteral("aldoria.png"));
        economy.regime = regime(QStringLiteral("Dictatorship"));
        economy.economy
            = domain::Economy {1, QStringLiteral("Capitalist"), QStringLiteral("capitalist.png")};
        economy.attackBonus = -7;
        economy.healthBonus = 12;
        QTest::newRow("economy") << economy;

        CardData special = plainCard();
        special.ball = ball(QStringLiteral("Jorvik Union"), QStringLiteral("jorvik.png"));
        special.ball.shortName = QStringLiteral("Jorvik");
        special.special = domain::Special {};
        special.special->name = QStringLiteral("Shiny");
        special.special->background = QStringLiteral("shiny.png");
        special.special->credits = QStringLiteral("Sparkle Maker");
        QTest::newRow("special") << special;

        CardData wrapping = plainCard();
        wrapping.regime = regime(QStringLiteral("Union"));
        wrapping.ball.capacityName = QStringLiteral("Extraordinarily long capacity name of doom");
        wrapping.ball.capacityDescription = QStringLiteral(
            "Sends gusts across the whole battlefield so that every enemy loses footing.\n\n"
            "Then it rests.");
        QTest::newRow("long ability") << wrapping;

        CardData rarity = plainCard();
        rarity.ball = ball(QStringLiteral("Halvania"), QStringLiteral("halvania.png"));
        rarity.ball.rarity = 1e-05;
        rarity.regime = regime(QStringLiteral("Union"));
        rarity.showRarity = true;
        QTest::newRow("rarity") << rarity;
    }
    void goldens()
    {
        QFETCH(CardData, card);
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        const QImage image = renderer.render(card);
        QCOMPARE(image.size(), QSize(1428, 2000));

        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        const QString golden
            = sourceDir() + QStringLiteral("/tests/render/golden/") + name + QStringLiteral(".png");
        if (qEnvironmentVariableIsSet("UPDATE_GOLDENS")) {
            QVERIFY(image.save(golden, "PNG"));
            QSKIP("golden updated");
        }
        const QImage expected(golden);
        QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("missing golden ") + golden));
        QCOMPARE(expected.size(), image.size());
        const Difference d = compare(image, expected);
        const QString actualPath
            = QDir::temp().filePath(QStringLiteral("card-") + name + QStringLiteral(".png"));
        if (d.meanAbs >= 2.0 || d.farFraction >= 0.005)
            image.save(actualPath, "PNG");
        QVERIFY2(d.meanAbs < 2.0 && d.farFraction < 0.005,
                 qPrintable(QStringLiteral("mean %1, far %2 %; actual written to %3")
                                .arg(d.meanAbs)
                                .arg(d.farFraction * 100)
                                .arg(actualPath)));
    }

    void goldenComparisonDetectsChanges()
    {
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        CardData other = plainCard();
        other.ball.capacityDescription = QStringLiteral("Something else entirely is written here.");
        other.ball.country = QStringLiteral("Otherland");
        const Difference d = compare(renderer.render(plainCard()), renderer.render(other));
        QVERIFY(d.farFraction >= 0.005);
    }

    void creditColour_data()
    {
        QTest::addColumn<QColor>("top");
        QTest::addColumn<QColor>("bottom");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("dark") << QColor(20, 20, 60) << QColor(30, 30, 30) << QColor(Qt::white);
        QTest::newRow("light") << QColor(0, 0, 0) << QColor(230, 230, 200) << QColor(Qt::black);
        QTest::newRow("threshold 100 is white")
            << QColor(255, 255, 255) << QColor(100, 100, 100) << QColor(Qt::white);
        QTest::newRow("101 is black")
            << QColor(0, 0, 0) << QColor(101, 101, 101) << QColor(Qt::black);
        QTest::newRow("green weighs most")
            << QColor(0, 0, 0) << QColor(0, 180, 0) << QColor(Qt::black);
        QTest::newRow("transparent black counts as black")
            << QColor(255, 255, 255) << QColor(0, 0, 0, 0) << QColor(Qt::white);
    }
    void creditColour()
    {
        QFETCH(QColor, top);
        QFETCH(QColor, bottom);
        QFETCH(QColor, expected);
        QImage image(100, 200, QImage::Format_ARGB32);
        image.fill(top);
        for (int y = 160; y < 200; ++y)
            for (int x = 0; x < 100; ++x)
                image.setPixelColor(x, y, bottom);
        QCOMPARE(creditTextColour(image), expected);
    }

    void creditColourFollowsBackgroundNotName()
    {
        // Same regime name, different background files: each card gets its own colour.
        QTemporaryDir media;
        QImage dark(1428, 2000, QImage::Format_ARGB32);
        dark.fill(QColor(20, 20, 20));
        QImage light(1428, 2000, QImage::Format_ARGB32);
        light.fill(QColor(240, 240, 240));
        QVERIFY(dark.save(media.filePath(QStringLiteral("dark.png"))));
        QVERIFY(light.save(media.filePath(QStringLiteral("light.png"))));
        QVERIFY(QFile::copy(artDir() + QStringLiteral("/elmark.png"),
                            media.filePath(QStringLiteral("elmark.png"))));
        const CardRenderer renderer(std::make_shared<MediaDirectory>(media.path()));
        CardData card = plainCard();
        card.ball.credits = QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW");
        card.regime.background = QStringLiteral("dark.png");
        const QImage onDark = renderer.render(card);
        card.regime.background = QStringLiteral("light.png");
        const QImage onLight = renderer.render(card);
        const QRect credits(30, 1915, 600, 40);
        QVERIFY(grayRange(onDark, credits).second > 240);
        QVERIFY(grayRange(onDark, credits).first >= 15);
        QVERIFY(grayRange(onLight, credits).first < 30);
        QVERIFY(grayRange(onLight, credits).second <= 245);
    }

    void missingArtworkFallsBack()
    {
        CardData card = plainCard();
        card.ball.collectionCard = QStringLiteral("nope.png");
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("cannot load image .*/nope\\.png.*not found")));
        const QImage image = renderer.render(card);
        QCOMPARE(image.size(), QSize(1428, 2000));
        expectFallbackArtwork(image);
    }

    void corruptArtworkFallsBack()
    {
        QTemporaryDir media;
        for (const char *file : {"democracy.png", "elmark.png"})
            QVERIFY(QFile::copy(artDir() + u'/' + QLatin1String(file),
                                media.filePath(QLatin1String(file))));
        QFile broken(media.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n garbage that is not a png at all");
        broken.close();

        CardData card = plainCard();
        card.ball.collectionCard = QStringLiteral("broken.png");
        const CardRenderer renderer(std::make_shared<MediaDirectory>(media.path()));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("cannot load image .*/broken\\.png")));
        const QImage image = renderer.render(card);
        QCOMPARE(image.size(), QSize(1428, 2000));
        expectFallbackArtwork(image);
        // Logged once per file version, not on every card.
        const QImage again = renderer.render(card);
        QCOMPARE(again.size(), QSize(1428, 2000));
    }

    void missingBackgroundAndIconFallBack()
    {
        CardData card = plainCard();
        card.regime.background = QStringLiteral("gone.png");
        card.economy = domain::Economy {1, QStringLiteral("X"), QStringLiteral("gone-icon.png")};
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gone\\.png")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gone-icon\\.png")));
        const QImage image = renderer.render(card);
        QCOMPARE(image.size(), QSize(1428, 2000));
        QCOMPARE(qAlpha(pixel(image, 5, 1500)), 255); // neutral fallback frame
    }

    void newInstanceReusesStaticLayer()
    {
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        CardData card = plainCard();
        const QImage first = renderer.render(card);
        QCOMPARE(renderer.staticLayerBuilds(), 1u);
        card.attackBonus = 20;
        card.healthBonus = -20;
        const QImage second = renderer.render(card);
        QCOMPARE(renderer.staticLayerBuilds(), 1u);
        QVERIFY(first != second);
        // The stats are the only difference.
        QCOMPARE(first.copy(0, 0, 1428, 1660), second.copy(0, 0, 1428, 1660));

        card.ball.country = QStringLiteral("Other");
        (void)renderer.render(card);
        QCOMPARE(renderer.staticLayerBuilds(), 2u);
    }

    void replacedFileIsReloaded()
    {
        QTemporaryDir media;
        for (const char *file : {"democracy.png", "elmark.png"})
            QVERIFY(QFile::copy(artDir() + u'/' + QLatin1String(file),
                                media.filePath(QLatin1String(file))));
        const CardRenderer renderer(std::make_shared<MediaDirectory>(media.path()));
        (void)renderer.render(plainCard());
        QFile::remove(media.filePath(QStringLiteral("elmark.png")));
        QImage red(300, 200, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(media.filePath(QStringLiteral("elmark.png"))));
        const QImage image = renderer.render(plainCard());
        QCOMPARE(renderer.staticLayerBuilds(), 2u);
        QCOMPARE(pixel(image, 700, 600), qRgb(255, 0, 0));
    }

    void rendersFromSeveralThreads()
    {
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        const QImage reference = renderer.render(plainCard());
        std::vector<QImage> results(4);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < results.size(); ++i)
            threads.emplace_back([&, i] { results[i] = renderer.render(plainCard()); });
        for (auto &t : threads)
            t.join();
        for (const QImage &image : results)
            QCOMPARE(image, reference);
    }

    void encodes_data()
    {
        QTest::addColumn<ImageFormat>("format");
        QTest::newRow("webp") << ImageFormat::WebP;
        QTest::newRow("png") << ImageFormat::Png;
    }
    void encodes()
    {
        QFETCH(ImageFormat, format);
        const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
        const QImage image = renderer.render(plainCard());
        const EncodedImage encoded = encodeImage(image, format);
        QVERIFY(!encoded.bytes.isEmpty());
        const ImageFormat expected
            = format == ImageFormat::WebP && !webpAvailable() ? ImageFormat::Png : format;
        QCOMPARE(encoded.format, expected);
        if (encoded.format == ImageFormat::WebP) {
            QVERIFY(encoded.bytes.startsWith("RIFF"));
            QCOMPARE(encoded.fileName(), QStringLiteral("card.webp"));
        } else {
            QVERIFY(encoded.bytes.startsWith("\x89PNG"));
            QCOMPARE(encoded.mimeType(), QStringLiteral("image/png"));
        }
        QImage decoded;
        QVERIFY(decoded.loadFromData(encoded.bytes));
        QCOMPARE(decoded.size(), QSize(1428, 2000));
        if (encoded.format == ImageFormat::Png)
            QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32),
                     image.convertToFormat(QImage::Format_ARGB32));
        else
            QVERIFY(compare(decoded, image).meanAbs < 4.0);
    }

    void encodingANullImageGivesNoBytes()
    {
        QVERIFY(encodeImage(QImage(), ImageFormat::Png).bytes.isEmpty());
    }

    void pythonFloat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
        QTest::newRow("one") << 1.0 << QStringLiteral("1.0");
        QTest::newRow("small") << 1e-05 << QStringLiteral("1e-05");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
        QTest::newRow("thousandth") << 0.0001 << QStringLiteral("0.0001");
        QTest::newRow("odd") << 0.00048828125 << QStringLiteral("0.00048828125");
    }
    void pythonFloat()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(pythonFloatText(value), expected);
    }

private:
    static std::pair<int, int> grayRange(const QImage &image, const QRect &area)
    {
        std::pair<int, int> range {255, 0};
        const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                range.first = std::min(range.first, qGray(rgb.pixel(x, y)));
                range.second = std::max(range.second, qGray(rgb.pixel(x, y)));
            }
        }
        return range;
    }

    static void expectFallbackArtwork(const QImage &image)
    {
        // The neutral grey gradient fills the whole window, opaque.
        const QRgb corner = pixel(image, 40, 270);
        QCOMPARE(qAlpha(corner), 255);
        QVERIFY(std::abs(qRed(corner) - qGreen(corner)) <= 2);
        QVERIFY(qRed(corner) > 100 && qRed(corner) < 130);
    }
};

QTEST_MAIN(TestCardRenderer)
#include "tst_cardrenderer.moc"
