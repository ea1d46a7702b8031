// SPDX-License-Identifier: MIT
#include "mainwindow/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ballsdex::studio {

namespace {

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

void setColour(QPalette &palette, QPalette::ColorRole role, const QColor &active,
               const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QString themeKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QPalette lightPalette()
{
    QPalette palette;
    setColour(palette, QPalette::Window, QColor(0xf3, 0xf4, 0xf6), QColor(0xf3, 0xf4, 0xf6));
    setColour(palette, QPalette::WindowText, QColor(0x1f, 0x23, 0x28), QColor(0x9a, 0xa0, 0xa6));
    setColour(palette, QPalette::Base, Qt::white, QColor(0xf3, 0xf4, 0xf6));
    setColour(palette, QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa), QColor(0xf7, 0xf8, 0xfa));
    setColour(palette, QPalette::Text, QColor(0x1f, 0x23, 0x28), QColor(0x9a, 0xa0, 0xa6));
    setColour(palette, QPalette::Button, QColor(0xe9, 0xeb, 0xef), QColor(0xe9, 0xeb, 0xef));
    setColour(palette, QPalette::ButtonText, QColor(0x1f, 0x23, 0x28), QColor(0x9a, 0xa0, 0xa6));
    setColour(palette, QPalette::Highlight, QColor(0x58, 0x65, 0xf2), QColor(0xc4, 0xc9, 0xf9));
    setColour(palette, QPalette::HighlightedText, Qt::white, Qt::white);
    setColour(palette, QPalette::ToolTipBase, QColor(0x1f, 0x23, 0x28), QColor(0x1f, 0x23, 0x28));
    setColour(palette, QPalette::ToolTipText, Qt::white, Qt::white);
    setColour(palette, QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8e),
              QColor(0xb0, 0xb4, 0xba));
    setColour(palette, QPalette::Link, QColor(0x1a, 0x5f, 0xd0), QColor(0x9a, 0xa0, 0xa6));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    setColour(palette, QPalette::Window, QColor(0x2b, 0x2d, 0x31), QColor(0x2b, 0x2d, 0x31));
    setColour(palette, QPalette::WindowText, QColor(0xe3, 0xe5, 0xe8), QColor(0x80, 0x84, 0x8e));
    setColour(palette, QPalette::Base, QColor(0x1e, 0x1f, 0x22), QColor(0x2b, 0x2d, 0x31));
    setColour(palette, QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b), QColor(0x26, 0x27, 0x2b));
    setColour(palette, QPalette::Text, QColor(0xe3, 0xe5, 0xe8), QColor(0x80, 0x84, 0x8e));
    setColour(palette, QPalette::Button, QColor(0x38, 0x3a, 0x40), QColor(0x30, 0x32, 0x37));
    setColour(palette, QPalette::ButtonText, QColor(0xe3, 0xe5, 0xe8), QColor(0x80, 0x84, 0x8e));
    setColour(palette, QPalette::Highlight, QColor(0x58, 0x65, 0xf2), QColor(0x3c, 0x43, 0x8f));
    setColour(palette, QPalette::HighlightedText, Qt::white, QColor(0xb5, 0xba, 0xc1));
    setColour(palette, QPalette::ToolTipBase, QColor(0x11, 0x12, 0x14), QColor(0x11, 0x12, 0x14));
    setColour(palette, QPalette::ToolTipText, QColor(0xe3, 0xe5, 0xe8), QColor(0xe3, 0xe5, 0xe8));
    setColour(palette, QPalette::PlaceholderText, QColor(0x87, 0x8c, 0x96),
              QColor(0x5c, 0x60, 0x68));
    setColour(palette, QPalette::Link, QColor(0x00, 0xa8, 0xfc), QColor(0x80, 0x84, 0x8e));
    setColour(palette, QPalette::BrightText, QColor(0xf2, 0x3f, 0x43), QColor(0xf2, 0x3f, 0x43));
    setColour(palette, QPalette::Light, QColor(0x4e, 0x50, 0x58), QColor(0x4e, 0x50, 0x58));
    setColour(palette, QPalette::Mid, QColor(0x3a, 0x3c, 0x42), QColor(0x3a, 0x3c, 0x42));
    setColour(palette, QPalette::Dark, QColor(0x1a, 0x1b, 0x1e), QColor(0x1a, 0x1b, 0x1e));
    setColour(palette, QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e), QColor(0x0b, 0x0c, 0x0e));
    return palette;
}

void applyTheme(ThemeChoice choice)
{
    [[maybe_unused]] const QPalette &original = systemPalette(); // remember before changing it
    switch (choice) {
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case ThemeChoice::System:
        QApplication::setPalette(systemPalette());
        break;
    }
}

} // namespace ballsdex::studio
