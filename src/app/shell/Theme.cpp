#include "Theme.h"

#include <QApplication>
#include <QStyleFactory>

namespace qms::gui {

namespace {

struct ToneColours {
    QColor background;
    QColor text;
    QColor border;
};

// Light: pale fill with dark text. Dark: deep fill with light text. Contrast of text on fill is
// above 7:1 in both (WCAG AAA for normal text).
ToneColours colours(Tone tone, bool dark) {
    switch (tone) {
    case Tone::Info:
        return dark
                   ? ToneColours{QColor(0x1c, 0x2b, 0x40), QColor(0xd6, 0xe4, 0xf5), QColor(0x4a, 0x6a, 0x94)}
                   : ToneColours{QColor(0xe8, 0xee, 0xf7), QColor(0x1f, 0x3a, 0x5f),
                                 QColor(0xb9, 0xc9, 0xe0)};
    case Tone::Warning:
        return dark
                   ? ToneColours{QColor(0x3d, 0x32, 0x10), QColor(0xff, 0xe6, 0xa8), QColor(0x9c, 0x7f, 0x2a)}
                   : ToneColours{QColor(0xff, 0xf4, 0xce), QColor(0x5c, 0x44, 0x00),
                                 QColor(0xe0, 0xc3, 0x6a)};
    case Tone::Error:
        return dark
                   ? ToneColours{QColor(0x45, 0x1c, 0x1a), QColor(0xff, 0xd4, 0xd0), QColor(0xb0, 0x4a, 0x44)}
                   : ToneColours{QColor(0xfb, 0xe3, 0xe2), QColor(0x7a, 0x1f, 0x1c),
                                 QColor(0xd6, 0x45, 0x41)};
    case Tone::Success:
        return dark
                   ? ToneColours{QColor(0x15, 0x36, 0x24), QColor(0xc8, 0xf0, 0xd6), QColor(0x3d, 0x8f, 0x5e)}
                   : ToneColours{QColor(0xe3, 0xf4, 0xe8), QColor(0x14, 0x5a, 0x32),
                                 QColor(0x2e, 0x8b, 0x57)};
    }
    return {};
}

} // namespace

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QString bannerStyleSheet(Tone tone, const QString& selector, bool childLabels) {
    const ToneColours c = colours(tone, isDark(QApplication::palette()));
    QString sheet =
        QStringLiteral("%1 { background-color: %2; color: %3; border: 1px solid %4; border-radius: 4px; "
                       "padding: 6px; }")
            .arg(selector, c.background.name(), c.text.name(), c.border.name());
    if (childLabels)
        sheet += QStringLiteral(" %1 QLabel { color: %2; background: transparent; border: none; }")
                     .arg(selector, c.text.name());
    return sheet;
}

QColor toneText(Tone tone) {
    const bool dark = isDark(QApplication::palette());
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    }
    return QApplication::palette().color(QPalette::WindowText);
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x57));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return p;
}

void applyDarkTheme(QApplication& app) {
    // Fusion draws everything from the palette; native styles may ignore parts of it.
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QApplication::setPalette(darkPalette());
}

} // namespace qms::gui
