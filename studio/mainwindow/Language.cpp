// SPDX-License-Identifier: MIT
#include "mainwindow/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ballsdex::studio {

namespace {

struct InstalledTranslators
{
    std::unique_ptr<QTranslator> studio;
    std::unique_ptr<QTranslator> qt;
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

bool hasLanguage(const QString &code)
{
    for (const StudioLanguage &language : availableLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

} // namespace

QList<StudioLanguage> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString resolveLanguage(const QString &requested)
{
    if (hasLanguage(requested))
        return requested;
    const QString system = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (hasLanguage(system))
        return system;
    return QStringLiteral("en");
}

bool installLanguage(const QString &code)
{
    InstalledTranslators &translators = installed();
    for (auto *translator : {translators.studio.get(), translators.qt.get()}) {
        if (translator != nullptr)
            QCoreApplication::removeTranslator(translator);
    }
    translators.studio.reset();
    translators.qt.reset();

    auto studio = std::make_unique<QTranslator>();
    const bool loaded = studio->load(QStringLiteral(":/i18n/ballsdex-studio_%1.qm").arg(code));
    if (loaded) {
        QCoreApplication::installTranslator(studio.get());
        translators.studio = std::move(studio);
    }
    auto qt = std::make_unique<QTranslator>();
    if (code != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(code),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.qt = std::move(qt);
    }
    return loaded;
}

} // namespace ballsdex::studio
