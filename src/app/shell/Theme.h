#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace qms::gui {

// Colours for messages that must stand out (banners, error boxes, verification results), chosen
// from the application palette so they stay readable in light and dark themes alike.
enum class Tone { Info, Warning, Error, Success };

bool isDark(const QPalette& palette);

// A style sheet for a framed message: `selector` is the widget rule ("QLabel",
// "QFrame#verifyResult"); with `childLabels` the labels inside the frame get the text colour too.
QString bannerStyleSheet(Tone tone, const QString& selector = QStringLiteral("QLabel"),
                         bool childLabels = false);

// Text colour for a plain message in that tone, readable on the window background.
QColor toneText(Tone tone);

// The dark palette used with --dark (Fusion style): for users who prefer it and for checking that
// every colour in the program still reads on a dark background.
QPalette darkPalette();
void applyDarkTheme(QApplication& app);

} // namespace qms::gui
