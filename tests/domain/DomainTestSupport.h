#pragma once

// Helpers shared by the domain tests: readable output for domain types and small builders.

#include "domain/Enums.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "support/QtCatch.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace Catch {

template <> struct StringMaker<qms::FieldError> {
    static std::string convert(const qms::FieldError& e) {
        return "{" + e.field.toStdString() + ": " + e.message.toStdString() + "}";
    }
};

template <> struct StringMaker<qms::ErrorCode> {
    static std::string convert(qms::ErrorCode c) {
        using E = qms::ErrorCode;
        switch (c) {
        case E::Invalid:
            return "Invalid";
        case E::NotFound:
            return "NotFound";
        case E::Forbidden:
            return "Forbidden";
        case E::Conflict:
            return "Conflict";
        case E::WorkflowRefused:
            return "WorkflowRefused";
        case E::Duplicate:
            return "Duplicate";
        case E::NotAQmsFile:
            return "NotAQmsFile";
        case E::NewerSchema:
            return "NewerSchema";
        case E::Corrupt:
            return "Corrupt";
        case E::Locked:
            return "Locked";
        case E::ReadOnly:
            return "ReadOnly";
        case E::Io:
            return "Io";
        case E::Cancelled:
            return "Cancelled";
        case E::Unauthenticated:
            return "Unauthenticated";
        case E::SignatureNeeded:
            return "SignatureNeeded";
        case E::Internal:
            return "Internal";
        }
        return "?";
    }
};

#define QMS_TEST_ENUM_STRINGMAKER(E)                                                                         \
    template <> struct StringMaker<E> {                                                                      \
        static std::string convert(E v) { return qms::enumKey(v).toStdString(); }                            \
    };
QMS_TEST_ENUM_STRINGMAKER(qms::NcStatus)
QMS_TEST_ENUM_STRINGMAKER(qms::CaStatus)
QMS_TEST_ENUM_STRINGMAKER(qms::DocumentStatus)
QMS_TEST_ENUM_STRINGMAKER(qms::RecordKind)
#undef QMS_TEST_ENUM_STRINGMAKER

} // namespace Catch

namespace qms::test {

inline QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

// Midday UTC, so that the local date equals the UTC date in every usual time zone.
inline QDateTime utc(int y, int m, int d, int h = 12, int min = 0, int s = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

inline QStringList fieldNames(const QList<FieldError>& errors) {
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}

inline bool hasField(const QList<FieldError>& errors, const QString& field) {
    return fieldNames(errors).contains(field);
}

// Every message given for `field`, joined by " / ".
inline QString messagesFor(const QList<FieldError>& errors, const QString& field) {
    QStringList out;
    for (const auto& e : errors)
        if (e.field == field)
            out << e.message;
    return out.join(QStringLiteral(" / "));
}

inline CorrectiveAction makeCa(const QString& id, CaStatus status) {
    CorrectiveAction ca;
    ca.meta.id = id;
    ca.title = QStringLiteral("Action %1").arg(id);
    ca.owner = QStringLiteral("olga");
    ca.dueDate = day(2026, 4, 1);
    ca.status = status;
    return ca;
}

} // namespace qms::test
