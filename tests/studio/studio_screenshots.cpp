// SPDX-License-Identifier: MIT
// Takes the README's screenshots of Studio's main windows: the real app on a real database with
// the starter catalogue, logged in through the fake Discord. Run by scripts/screenshots.sh under
// Xvfb (real X11 windows), or by ctest on the offscreen platform to check it still works.
#include "StudioHarness.h"
#include "catalogue/CatalogueEditors.h"
#include "connection/ConnectionDialog.h"
#include "designer/BallEditor.h"
#include "designer/CardDesigner.h"
#include "designer/PreviewRenderer.h"
#include "mainwindow/Theme.h"
#include "mainwindow/Workspace.h"
#include "moderation/ModerationDesk.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

using ballsdex::testing::StudioHarness;

namespace {

constexpr int WaitMs = 20000;

bool save(QWidget &widget, const QDir &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = folder.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool run(const QDir &folder)
{
    StudioHarness studio;
    if (!studio.isReady()) {
        std::fprintf(stderr, "cannot set up Studio: %s\n", qPrintable(studio.why()));
        return false;
    }
    auto &window = studio.window();
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    if (!studio.connect() || !save(window, folder, QStringLiteral("studio-login")))
        return false;
    if (!studio.logIn())
        return false;

    auto *workspace = window.workspace();
    auto *designer = workspace->designer();
    auto *table = designer->findChild<QTableView *>(QStringLiteral("ballTable"));
    if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, WaitMs))
        return false;
    table->selectRow(0);
    QSignalSpy previewed(designer->editor(), &ballsdex::studio::BallEditor::previewUpdated);
    designer->findChild<QPushButton *>(QStringLiteral("openBallButton"))->click();
    // The first preview after the click may be the empty form's, already under way: wait until
    // the one for the opened ball has been drawn too.
    const auto &renderer = designer->editor()->previewRenderer();
    if (!QTest::qWaitFor([&] { return !previewed.isEmpty() && !renderer.isBusy(); }, WaitMs))
        return false;
    if (!save(window, folder, QStringLiteral("studio-designer")))
        return false;

    workspace->setCurrentWidget(workspace->catalogue());
    if (!save(window, folder, QStringLiteral("studio-catalogue")))
        return false;

    studio.seedPlayer(345678901234567890, 240);
    workspace->setCurrentWidget(workspace->moderation());
    auto *desk = workspace->moderation();
    desk->findChild<QLineEdit *>(QStringLiteral("lookupInput"))
        ->setText(QStringLiteral("345678901234567890"));
    desk->findChild<QPushButton *>(QStringLiteral("lookupButton"))->click();
    auto *instances = desk->findChild<QTableView *>(QStringLiteral("instanceTable"));
    if (!QTest::qWaitFor([&] { return instances->model()->rowCount() > 0; }, WaitMs))
        return false;
    if (!save(window, folder, QStringLiteral("studio-moderation")))
        return false;

    ballsdex::studio::applyTheme(ballsdex::studio::ThemeChoice::Dark);
    workspace->setCurrentWidget(designer);
    QTest::qWait(100);
    const bool dark = save(window, folder, QStringLiteral("studio-designer-dark"));
    ballsdex::studio::applyTheme(ballsdex::studio::ThemeChoice::System);
    return dark;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BallsDex Studio screenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNGs go."));
    parser.process(app);
    const QString folder = parser.positionalArguments().value(0, QStringLiteral("."));
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }
    ballsdex::studio::applyTheme(ballsdex::studio::ThemeChoice::Light);
    return run(QDir(folder)) ? 0 : 1;
}
