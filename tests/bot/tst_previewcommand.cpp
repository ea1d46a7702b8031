// SPDX-License-Identifier: MIT
#include "app/PreviewCommand.h"
#include "config/Settings.h"

#include <QCoroTask>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ballsdex;

class TestPreviewCommand final : public QObject
{
    Q_OBJECT

private:
    int preview(const bot::PreviewOptions &options, QString *out = nullptr, QString *err = nullptr)
    {
        QString outText;
        QString errText;
        QTextStream outStream(&outText);
        QTextStream errStream(&errText);
        const config::Settings settings; // no database configured: the starter catalogue is used
        const int status = QCoro::waitFor(bot::runPreview(options, settings, outStream, errStream));
        outStream.flush();
        errStream.flush();
        if (out)
            *out = outText;
        if (err)
            *err = errText;
        return status;
    }

private Q_SLOTS:
    void writesAFullSizeCardOfTheChosenBall_data()
    {
        QTest::addColumn<bool>("png");
        QTest::newRow("webp") << false;
        QTest::newRow("png") << true;
    }
    void writesAFullSizeCardOfTheChosenBall()
    {
        QFETCH(bool, png);
        QTemporaryDir dir;
        bot::PreviewOptions options;
        options.ball = QStringLiteral("calistan"); // case-insensitive
        options.special = QStringLiteral("Shiny");
        options.attackBonus = 20;
        options.png = png;
        options.output
            = dir.filePath(png ? QStringLiteral("card.png") : QStringLiteral("card.webp"));
        QString out;
        QCOMPARE(preview(options, &out), 0);
        QVERIFY2(out.startsWith(QLatin1String("Wrote the card of Calistan")), qPrintable(out));
        const QImage card(options.output);
        QCOMPARE(card.size(), QSize(1428, 2000));
    }

    void unknownBallListsTheKnownOnes()
    {
        bot::PreviewOptions options;
        options.ball = QStringLiteral("Atlantis");
        QString err;
        QCOMPARE(preview(options, nullptr, &err), 2);
        QVERIFY2(err.contains(QLatin1String("no ball named \"Atlantis\". Known: Aldoria")),
                 qPrintable(err));
    }

    void unknownSpecialIsRefused()
    {
        bot::PreviewOptions options;
        options.special = QStringLiteral("Golden");
        QString err;
        QCOMPARE(preview(options, nullptr, &err), 2);
        QVERIFY(err.contains(QLatin1String("no special named \"Golden\"")));
    }

    void unwritableOutputIsAnError()
    {
        bot::PreviewOptions options;
        options.output = QStringLiteral("/nonexistent-dir/card.webp");
        QString err;
        QCOMPARE(preview(options, nullptr, &err), 1);
        QVERIFY(err.contains(QLatin1String("cannot write /nonexistent-dir/card.webp")));
    }
};

QTEST_MAIN(TestPreviewCommand)
#include "tst_previewcommand.moc"
