#include "PackFormat.h"

#include <QLocale>
#include <QTimeZone>

namespace qms::report::fmt {

namespace {
const QString Dash = QStringLiteral("\u2014");
}

QString date(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : Dash;
}

QString utc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                       : Dash;
}

QString utcSeconds(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                       : Dash;
}

QString local(const QDateTime& t) {
    if (!t.isValid())
        return Dash;
    const QDateTime l = t.toLocalTime();
    const int offset = l.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int abs = qAbs(offset) / 60;
    return l.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (UTC%1%2:%3)")
                                                                   .arg(sign)
                                                                   .arg(abs / 60, 2, 10, QLatin1Char('0'))
                                                                   .arg(abs % 60, 2, 10, QLatin1Char('0'));
}

QString orDash(const QString& s) {
    return s.trimmed().isEmpty() ? Dash : s;
}

QString shorten(const QString& s, int max) {
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

} // namespace qms::report::fmt
