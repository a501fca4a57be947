#pragma once

// Readable Catch2 failure output for Qt types. Include after nothing in particular; include
// before the first CHECK that compares these types.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return "QByteArray(\"" + b.toStdString() + "\")"; }
};

template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("QDate(invalid)");
    }
};

template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& dt) {
        return dt.isValid() ? dt.toString(Qt::ISODateWithMs).toStdString()
                            : std::string("QDateTime(invalid)");
    }
};

} // namespace Catch
