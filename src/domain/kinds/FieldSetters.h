#pragma once

// The building blocks of the kinds' field tables (src/domain/kinds/*Kind.cpp): parsers from
// canonical text into a record's members, each returning an error message or an empty string.

#include "domain/FieldCodec.h"

namespace qms::fields {

QString setDate(QDate& target, const QString& text);
QString setDateTime(QDateTime& target, const QString& text);
QString setIds(QStringList& target, const QString& text, RecordKind kind);
QString setClauses(QStringList& target, const QString& text);
QString setOneId(QString& target, const QString& text, RecordKind kind); // one id or empty
QString setBool(bool& target, const QString& text, bool ifEmpty);
QString setInt(int& target, const QString& text, int min, int max, int ifEmpty, const char* what);
QString enumRequired(const QString& keys);
QString enumUnknown(const QString& text, const QString& keys);

template <typename E> QString setEnum(E& target, const QString& text) {
    if (text.trimmed().isEmpty())
        return enumRequired(enumKeyList<E>());
    const auto v = enumFromString<E>(text);
    if (!v)
        return enumUnknown(text, enumKeyList<E>());
    target = *v;
    return {};
}

// An enum that falls back to `ifEmpty` when the text is empty.
template <typename E> QString setEnumOr(E& target, const QString& text, E ifEmpty) {
    if (text.trimmed().isEmpty()) {
        target = ifEmpty;
        return {};
    }
    return setEnum(target, text);
}

} // namespace qms::fields

// Getter and setter pairs for FieldDef initialisers.
#define QMS_TEXT(R, member)                                                                                  \
    [](const R& r) { return r.member; }, [](R& r, const QString& t) {                                        \
        r.member = t.trimmed();                                                                              \
        return QString();                                                                                    \
    }
#define QMS_RAWTEXT(R, member)                                                                               \
    [](const R& r) { return r.member; }, [](R& r, const QString& t) {                                        \
        r.member = t;                                                                                        \
        return QString();                                                                                    \
    }
#define QMS_ENUM(R, member)                                                                                  \
    [](const R& r) { return enumKey(r.member); }, [](R& r, const QString& t) {                               \
        return ::qms::fields::setEnum(r.member, t);                                                          \
    }
#define QMS_ENUM_OR(R, member, ifEmpty)                                                                      \
    [](const R& r) { return enumKey(r.member); }, [](R& r, const QString& t) {                               \
        return ::qms::fields::setEnumOr(r.member, t, ifEmpty);                                               \
    }
#define QMS_DATE(R, member)                                                                                  \
    [](const R& r) { return codec::date(r.member); }, [](R& r, const QString& t) {                           \
        return ::qms::fields::setDate(r.member, t);                                                          \
    }
#define QMS_DATETIME(R, member)                                                                              \
    [](const R& r) { return codec::dateTime(r.member); }, [](R& r, const QString& t) {                       \
        return ::qms::fields::setDateTime(r.member, t);                                                      \
    }
#define QMS_CLAUSES(R)                                                                                       \
    [](const R& r) { return codec::list(r.clauses); }, [](R& r, const QString& t) {                          \
        return ::qms::fields::setClauses(r.clauses, t);                                                      \
    }
#define QMS_IDS(R, member, kind)                                                                             \
    [](const R& r) { return codec::list(r.member); }, [](R& r, const QString& t) {                           \
        return ::qms::fields::setIds(r.member, t, kind);                                                     \
    }
