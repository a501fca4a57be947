#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace qms::report {

// Typography and colours of the pack. Colours are opaque on purpose: PDF/A-1 has no transparency.
namespace style {

inline const QString FontFamily = QStringLiteral("DejaVu Sans");
inline const QString MonoFamily = QStringLiteral("DejaVu Sans Mono");

constexpr qreal BodyPt = 9.0;
constexpr qreal TablePt = 7.5;
constexpr qreal SmallPt = 7.0;
constexpr qreal Heading1Pt = 15.0;
constexpr qreal Heading2Pt = 11.0;

inline QColor accent() {
    return QColor(0x1F, 0x3A, 0x5F);
}
inline QColor muted() {
    return QColor(0x55, 0x5B, 0x66);
}
inline QColor rule() {
    return QColor(0x9A, 0xA3, 0xB0);
}
inline QColor headerFill() {
    return QColor(0xE3, 0xE8, 0xF0);
}
inline QColor stripeFill() {
    return QColor(0xF6, 0xF7, 0xF9);
}
inline QColor gapFill() {
    return QColor(0xFB, 0xDD, 0xDA);
}
inline QColor staleFill() {
    return QColor(0xFD, 0xEF, 0xC8);
}
inline QColor alert() {
    return QColor(0xA8, 0x14, 0x1B);
}
inline QColor okGreen() {
    return QColor(0x1E, 0x6B, 0x34);
}
inline QColor naFill() {
    return QColor(0xEE, 0xEE, 0xEE);
}

// A letter spacing too small to see; non-zero, it turns ligatures off so that text extracted from
// the PDF reads "fingerprint", not "\ufb01ngerprint" (which Ctrl+F would miss).
constexpr qreal LigatureBreakingSpacing = 0.02;

QFont font(qreal pointSize, bool bold = false, bool mono = false);

} // namespace style
} // namespace qms::report
