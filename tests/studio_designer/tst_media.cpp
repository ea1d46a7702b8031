// SPDX-License-Identifier: MIT
#include "media/ImageCheck.h"
#include "media/MediaLibrary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using ballsdex::studio::checkImageFile;
using ballsdex::studio::ImageRequirements;
using ballsdex::studio::MediaLibrary;

namespace {

QByteArray encoded(const QImage &image, const QByteArray &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("cannot encode test image");
    return bytes;
}

QImage sample(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(30, 120, 200));
    for (int x = 0; x < width; x += 7)
        image.setPixelColor(x, (x * 3) % height, Qt::red);
    return image;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

QString shortHash(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(10));
}

template<typename T> QByteArray errorOf(const ballsdex::Result<T, QString> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

} // namespace

class TestMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAProperImageOfEachFormat_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("png");
        QTest::newRow("jpeg") << QByteArray("jpeg");
        QTest::newRow("webp") << QByteArray("webp");
    }

    void acceptsAProperImageOfEachFormat()
    {
        QFETCH(QByteArray, format);
        QTemporaryDir dir;
        const QString path
            = writeFile(dir, QStringLiteral("art.bin"), encoded(sample(800, 450), format));
        const auto image = checkImageFile(path, ImageRequirements::collectionCard());
        QVERIFY2(image.has_value(), errorOf(image).constData());
        QCOMPARE(image->size(), QSize(800, 450));
    }

    void rejectsBadFilesNamingThem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray png = encoded(sample(800, 450), "png");
        QTest::newRow("corrupt") << QByteArray("\x89PNG\r\n\x1a\n garbage garbage garbage")
                                 << QStringLiteral("is not an image Studio can read");
        QTest::newRow("text named png") << QByteArray("hello, I am text\n")
                                        << QStringLiteral("is not an image Studio can read");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is not an image Studio can read");
        QTest::newRow("truncated png")
            << png.left(png.size() / 2) << QStringLiteral("is not an image Studio can read");
        QTest::newRow("bmp named png") << encoded(sample(800, 450), "bmp")
                                       << QStringLiteral("is a BMP image; Studio accepts PNG");
    }

    void rejectsBadFilesNamingThem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.png"), bytes);
        const auto image = checkImageFile(path, ImageRequirements::collectionCard());
        QVERIFY(!image.has_value());
        QVERIFY2(image.error().contains(expected), qPrintable(image.error()));
        QVERIFY2(image.error().startsWith(QDir::toNativeSeparators(path)),
                 qPrintable(image.error()));
    }

    void jpegWithPngExtensionIsJudgedByContent()
    {
        QTemporaryDir dir;
        const QByteArray jpeg = encoded(sample(800, 450), "jpeg");
        const QString path = writeFile(dir, QStringLiteral("photo.png"), jpeg);
        QVERIFY(checkImageFile(path, ImageRequirements::collectionCard()).has_value());
        MediaLibrary library(dir.filePath(QStringLiteral("media")));
        const auto stored = library.import(path, QStringLiteral("Photo"));
        QVERIFY2(stored.has_value(), errorOf(stored).constData());
        QCOMPARE(*stored, QStringLiteral("photo-") + shortHash(jpeg) + QStringLiteral(".jpg"));
    }

    void missingFileIsNamed()
    {
        const auto image = checkImageFile(QStringLiteral("/nonexistent/dir/x.png"),
                                          ImageRequirements::wildCard());
        QVERIFY(!image.has_value());
        QCOMPARE(image.error(), QStringLiteral("/nonexistent/dir/x.png does not exist."));
    }

    void oversizeBytesAreRefusedBeforeDecoding()
    {
        QTemporaryDir dir;
        // Not even an image: the byte limit must be checked first.
        const QString path = writeFile(dir, QStringLiteral("big.png"), QByteArray(6000, 'x'));
        ImageRequirements requirements = ImageRequirements::wildCard();
        requirements.maxBytes = 5000;
        const auto image = checkImageFile(path, requirements);
        QVERIFY(!image.has_value());
        QVERIFY2(image.error().startsWith(path + QStringLiteral(" is ")),
                 qPrintable(image.error()));
        QVERIFY2(image.error().contains(QStringLiteral("may be at most")),
                 qPrintable(image.error()));
    }

    void oversizeDimensionsAreRefusedFromTheHeader()
    {
        QTemporaryDir dir;
        QImage huge(9000, 9000, QImage::Format_Mono); // 10 MB in memory, a few KB as PNG
        huge.fill(0);
        const QString path = writeFile(dir, QStringLiteral("huge.png"), encoded(huge, "png"));
        const auto image = checkImageFile(path, ImageRequirements::collectionCard());
        QVERIFY(!image.has_value());
        QCOMPARE(image.error(),
                 path
                     + QStringLiteral(
                         " is 9000×9000 pixels; a collection card is at most 5000×5000 pixels."));
    }

    void sizeRules_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("background exact") << QSize(1428, 2000) << 0 << QString();
        QTest::newRow("background wrong")
            << QSize(1400, 2000) << 0
            << QStringLiteral(
                   "is 1400×2000 pixels; a card background must be exactly 1428×2000 pixels.");
        QTest::newRow("icon square") << QSize(512, 512) << 1 << QString();
        QTest::newRow("icon not square")
            << QSize(512, 300) << 1
            << QStringLiteral("is 512×300 pixels; a economy icon must be square.");
        QTest::newRow("icon too small")
            << QSize(32, 32) << 1
            << QStringLiteral("is 32×32 pixels; a economy icon is at least 64×64 pixels.");
    }

    void sizeRules()
    {
        QFETCH(QSize, size);
        QFETCH(int, preset);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("img.png"),
                                       encoded(sample(size.width(), size.height()), "png"));
        const auto requirements
            = preset == 0 ? ImageRequirements::cardBackground() : ImageRequirements::economyIcon();
        const auto image = checkImageFile(path, requirements);
        if (expected.isEmpty()) {
            QVERIFY2(image.has_value(), errorOf(image).constData());
        } else {
            QVERIFY(!image.has_value());
            QCOMPARE(image.error(), path + QLatin1Char(' ') + expected);
        }
    }

    void importGivesSafeNames_data()
    {
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("stem");
        QTest::newRow("spaces") << QStringLiteral("  United   Kingdom ")
                                << QStringLiteral("united-kingdom");
        QTest::newRow("accents") << QStringLiteral("Côte d’Ivoire")
                                 << QStringLiteral("cote-d-ivoire");
        QTest::newRow("dot dot slash")
            << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("backslashes")
            << QStringLiteral("..\\..\\win.ini") << QStringLiteral("win-ini");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE ball;--")
                             << QStringLiteral("robert-drop-table-ball");
        QTest::newRow("only unicode") << QStringLiteral("日本") << QStringLiteral("image");
        QTest::newRow("empty") << QString() << QStringLiteral("image");
        QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(40, QLatin1Char('a'));
    }

    void importGivesSafeNames()
    {
        QFETCH(QString, hint);
        QFETCH(QString, stem);
        QTemporaryDir dir;
        const QByteArray png = encoded(sample(300, 200), "png");
        const QString source = writeFile(dir, QStringLiteral("source file.PNG"), png);
        const QString root = dir.filePath(QStringLiteral("media"));
        MediaLibrary library(root);
        const auto stored = library.import(source, hint);
        QVERIFY2(stored.has_value(), errorOf(stored).constData());
        const QString expected = stem + QLatin1Char('-') + shortHash(png) + QStringLiteral(".png");
        QCOMPARE(*stored, expected);
        QCOMPARE(library.absolutePath(*stored), root + QLatin1Char('/') + expected);
        QFile copy(library.absolutePath(*stored));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), png);
        // Nothing else appeared in the folder (no temporary left behind).
        QCOMPARE(QDir(root).entryList(QDir::Files | QDir::Hidden), QStringList {expected});
    }

    void importNeverOverwrites()
    {
        QTemporaryDir dir;
        const QByteArray png = encoded(sample(300, 200), "png");
        const QString source = writeFile(dir, QStringLiteral("a.png"), png);
        const QString root = dir.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(root));
        const QString taken = QStringLiteral("ball-") + shortHash(png) + QStringLiteral(".png");
        {
            QFile other(QDir(root).filePath(taken));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("someone else's file");
        }
        MediaLibrary library(root);
        const auto stored = library.import(source, QStringLiteral("Ball"));
        QVERIFY2(stored.has_value(), errorOf(stored).constData());
        QCOMPARE(*stored, QStringLiteral("ball-") + shortHash(png) + QStringLiteral("-2.png"));
        QFile other(QDir(root).filePath(taken));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("someone else's file"));
        // The same bytes again reuse the stored copy.
        QCOMPARE(library.import(source, QStringLiteral("Ball")).value_or(QString()), *stored);
        QCOMPARE(QDir(root).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void importRefusesNonImages()
    {
        QTemporaryDir dir;
        const QString source
            = writeFile(dir, QStringLiteral("evil.png"), QByteArray("#!/bin/sh\n"));
        MediaLibrary library(dir.filePath(QStringLiteral("media")));
        const auto stored = library.import(source, QStringLiteral("evil"));
        QVERIFY(!stored.has_value());
        QVERIFY2(stored.error().startsWith(source), qPrintable(stored.error()));
    }

    void absolutePathRejectsEscapes_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("a.png") << QStringLiteral("/m/a.png");
        QTest::newRow("legacy") << QStringLiteral("/static/uploads/a.png")
                                << QStringLiteral("/m/a.png");
        QTest::newRow("parent") << QStringLiteral("../a.png") << QString();
        QTest::newRow("sneaky") << QStringLiteral("x/../../a.png") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void absolutePathRejectsEscapes()
    {
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        QCOMPARE(MediaLibrary(QStringLiteral("/m")).absolutePath(relative), expected);
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
