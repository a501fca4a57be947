#pragma once

// Field access shared by the reading and the writing half of RecordRepository.

#include "RecordTraits.h"
#include "domain/FieldCodec.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace qms::detail {

// Messages of this file share one translation context; lupdate reads it from here.
struct RepoTr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordRepository)
};

template <typename R> bool isScalar(const FieldDef<R>& f) {
    return f.type != FieldType::IdList && f.type != FieldType::ClauseList && f.type != FieldType::Revisions;
}

template <typename R> QStringList scalarKeys() {
    QStringList keys;
    for (const auto& f : recordFields<R>())
        if (isScalar(f))
            keys << QString::fromLatin1(f.key);
    return keys;
}

template <typename R> const FieldDef<R>& fieldByKey(const char* key) {
    for (const auto& f : recordFields<R>())
        if (qstrcmp(f.key, key) == 0)
            return f;
    qFatal("unknown field %s", key);
}

template <typename R> QStringList listValue(const R& r, const char* key) {
    return codec::parseList(fieldByKey<R>(key).get(r));
}

template <typename R> void setListValue(R& r, const char* key, const QStringList& items) {
    fieldByKey<R>(key).set(r, codec::list(items));
}

// Lists as they will be read back: a link is stored once (repeats would break the table's key),
// and the other side of a two-way link is read in id order.
template <typename R> void normaliseLinks(R& record) {
    for (const LinkDecl& link : declOf<R>().links) {
        QStringList items = listValue(record, link.field);
        items.removeDuplicates();
        if (!link.own)
            std::sort(items.begin(), items.end());
        setListValue(record, link.field, items);
    }
}

// The scalar fields' canonical texts as UTF-8, in column order (as scalarKeys).
template <typename R> std::vector<QByteArray> scalarValues(const R& r) {
    std::vector<QByteArray> out;
    for (const auto& f : recordFields<R>())
        if (isScalar(f))
            out.push_back(f.get(r).toUtf8());
    return out;
}

// The search index's title column: the id, then the title.
template <typename R> QByteArray searchTitleOf(const R& r) {
    return (r.meta.id + QLatin1Char(' ') + recordTitle(r)).toUtf8();
}

inline QString placeholders(int n) {
    QStringList p;
    p.fill(QStringLiteral("?"), n);
    return p.join(QLatin1Char(','));
}

inline QString recordTableOf(const QString& id) {
    const auto parsed = parseRecordId(id);
    return parsed ? tableFor(parsed->first) : QString();
}

} // namespace qms::detail
