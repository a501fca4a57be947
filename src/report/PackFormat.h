#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace qms::report::fmt {

QString date(const QDate& d);           // 2026-03-14, "—" when unset
QString utc(const QDateTime& t);        // 2026-03-14 09:30 UTC
QString utcSeconds(const QDateTime& t); // 2026-03-14 09:30:12 UTC
QString local(const QDateTime& t);      // local time with its UTC offset
QString orDash(const QString& s);
// Enum label for a stored key ("root_cause_identified" -> "Root cause identified").
template <typename E> QString label(const QString& key) {
    if (key.isEmpty())
        return {};
    const auto v = enumFromString<E>(key);
    return v ? enumLabel(*v) : key;
}
// Long values (audit snapshots) cut to `max` characters with an ellipsis.
QString shorten(const QString& s, int max);

} // namespace qms::report::fmt
