// SPDX-License-Identifier: MIT
#include "SandboxOptions.h"
#include "SandboxSession.h"
#include "TerminalInput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace ballsdex::sandbox;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ballsdex-sandbox"));
    std::signal(SIGPIPE, SIG_IGN);
    QTextStream out(stdout);

    const auto options = parseSandboxArguments(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "ballsdex-sandbox: " << options.error() << '\n';
        return SandboxExitUsage;
    }
    if (options->help) {
        out << sandboxUsage();
        return SandboxExitOk;
    }

    SandboxSession session(*options, out);
    QObject::connect(&session, &SandboxSession::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    if (!session.start(QProcessEnvironment::systemEnvironment(),
                       QCoreApplication::applicationDirPath()))
        return SandboxExitUsage;

    TerminalInput input(0);
    QObject::connect(&input, &TerminalInput::lineRead, &session, &SandboxSession::enqueue);
    QObject::connect(&input, &TerminalInput::endOfInput, &session, &SandboxSession::endOfInput);
    return app.exec();
}
