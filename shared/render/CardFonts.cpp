// SPDX-License-Identifier: MIT
#include "CardFonts.h"

#include "RenderLogging.h"

#include <QFontDatabase>
#include <QStringList>

namespace ballsdex::render {

namespace {

QFont loadFont(const QString &resource, int pixelSize)
{
    const int id = QFontDatabase::addApplicationFont(resource);
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    QFont font;
    if (families.isEmpty()) {
        qCWarning(lcRender).noquote() << "cannot load bundled font" << resource;
    } else {
        font.setFamilies(families);
        // Same-family system fonts must not win over the bundled file's style.
        const QStringList styles = QFontDatabase::styles(families.constFirst());
        if (styles.size() == 1)
            font.setStyleName(styles.constFirst());
    }
    font.setPixelSize(pixelSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

} // namespace

const CardFonts &CardFonts::instance()
{
    static const CardFonts fonts = [] {
        CardFonts f;
        f.title = loadFont(QStringLiteral(":/ballsdex/fonts/Lato-Black.ttf"), 170);
        f.abilityName = loadFont(QStringLiteral(":/ballsdex/fonts/BebasNeue-Bold.otf"), 110);
        f.description = loadFont(QStringLiteral(":/ballsdex/fonts/OpenSans-Semibold.ttf"), 75);
        f.stats = f.abilityName;
        f.stats.setPixelSize(130);
        f.credits = loadFont(QStringLiteral(":/ballsdex/fonts/Lato-Regular.ttf"), 40);
        return f;
    }();
    return fonts;
}

} // namespace ballsdex::render
