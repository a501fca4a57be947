// Reading half of RecordRepository: loading records with their links, filters, counts.
#include "RecordFieldAccess.h"
#include "RecordHooks.h"
#include "RecordRepository.h"
#include "RecordTraits.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace qms {

using namespace detail;

QString tableFor(RecordKind kind) {
    return QString::fromLatin1(kindDecl(kind).table);
}

qint64 searchRowId(RecordKind kind, qint64 seq) {
    return qint64(int(kind) + 1) * 10'000'000'000LL + seq;
}

template <typename R> RecordKind RecordRepository<R>::kind() {
    return kindOf<R>;
}

template <typename R> QString RecordRepository<R>::table() {
    return QString::fromLatin1(declOf<R>().table);
}

// ---- Reading -------------------------------------------------------------------------------

template <typename R>
Result<QList<R>> RecordRepository<R>::load(const QString& where, const QVariantList& binds, int limit) const {
    QSqlDatabase& db = m_ctx.database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY seq%3")
                  .arg(table(), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where,
                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q.lastError(),
                        RepoTr::tr("Reading %1").arg(inSentence(recordKindPluralLabel(kind()))));

    QList<R> out;
    QHash<QString, int> index;
    const QSqlRecord rec = q.record();
    QList<std::pair<const FieldDef<R>*, int>> columns;
    for (const auto& f : recordFields<R>())
        if (isScalar(f))
            columns.append({&f, rec.indexOf(QString::fromLatin1(f.key))});
    const int cId = rec.indexOf(QStringLiteral("id")), cVersion = rec.indexOf(QStringLiteral("version")),
              cCreatedAt = rec.indexOf(QStringLiteral("created_at")),
              cCreatedBy = rec.indexOf(QStringLiteral("created_by")),
              cUpdatedAt = rec.indexOf(QStringLiteral("updated_at")),
              cUpdatedBy = rec.indexOf(QStringLiteral("updated_by"));
    while (q.next()) {
        R r;
        r.meta.id = q.value(cId).toString();
        r.meta.version = q.value(cVersion).toInt();
        r.meta.createdAt = QDateTime::fromString(q.value(cCreatedAt).toString(), Qt::ISODateWithMs);
        r.meta.createdBy = q.value(cCreatedBy).toString();
        r.meta.updatedAt = QDateTime::fromString(q.value(cUpdatedAt).toString(), Qt::ISODateWithMs);
        r.meta.updatedBy = q.value(cUpdatedBy).toString();
        for (const auto& [f, col] : columns)
            f->set(r, q.value(col).toString());
        index.insert(r.meta.id, out.size());
        out.append(std::move(r));
    }
    q.finish();
    if (out.isEmpty())
        return out;

    // Links: for a few records ask by id, for many read the whole link set of the type once.
    const bool few = out.size() <= 200;
    QVariantList ids;
    if (few)
        for (const R& r : out)
            ids << r.meta.id;
    QHash<QString, QHash<QString, QStringList>> lists; // id -> field -> items
    for (const LinkDecl& link : declOf<R>().links) {
        QSqlQuery lq(db);
        lq.setForwardOnly(true);
        if (link.own) {
            lq.prepare(
                QStringLiteral(
                    "SELECT record_id, target FROM record_links WHERE field = ?%1 ORDER BY record_id, pos")
                    .arg(few ? QStringLiteral(" AND record_id IN (%1)").arg(placeholders(ids.size()))
                             : QStringLiteral(" AND record_id LIKE ?")));
        } else {
            lq.prepare(
                QStringLiteral(
                    "SELECT target, record_id FROM record_links WHERE field = ?%1 ORDER BY target, record_id")
                    .arg(few ? QStringLiteral(" AND target IN (%1)").arg(placeholders(ids.size()))
                             : QStringLiteral(" AND target LIKE ?")));
        }
        lq.addBindValue(QString::fromLatin1(link.storedField));
        if (few)
            for (const QVariant& id : ids)
                lq.addBindValue(id);
        else
            lq.addBindValue(recordPrefix(kind()) + QStringLiteral("-%"));
        if (!lq.exec())
            return sqlError(lq.lastError(), RepoTr::tr("Reading links"));
        while (lq.next()) {
            const QString id = lq.value(0).toString();
            if (index.contains(id))
                lists[id][QString::fromLatin1(link.field)].append(lq.value(1).toString());
        }
    }
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        R& r = out[index.value(it.key())];
        for (auto f = it.value().begin(); f != it.value().end(); ++f)
            setListValue(r, f.key().toLatin1().constData(), f.value());
    }
    if (auto s = RecordHooks<R>::loadExtra(m_ctx.owner, out, index); !s)
        return s.error();
    return out;
}

template <typename R> Result<R> RecordRepository<R>::get(const QString& id) const {
    const auto parsed = parseRecordId(id);
    if (!parsed || parsed->first != kind())
        return makeError(ErrorCode::NotFound,
                         RepoTr::tr("\"%1\" is not a %2 id like %3")
                             .arg(id, inSentence(recordKindLabel(kind())), formatRecordId(kind(), 1)));
    const QString canonical = formatRecordId(kind(), parsed->second);
    auto list = load(QStringLiteral("id = ?"), {canonical}, 1);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            RepoTr::tr("No %1 %2 in this database").arg(inSentence(recordKindLabel(kind())), canonical));
    return list->first();
}

template <typename R> Result<QList<R>> RecordRepository<R>::list(const RecordFilter& filter) const {
    QStringList where;
    QVariantList binds;
    const QString statusColumn = QString::fromLatin1(declOf<R>().statusField);
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("%1 IN (%2)").arg(statusColumn, placeholders(filter.statuses.size()));
        for (const QString& s : filter.statuses)
            binds << s;
    }
    if (!filter.includeClosed) {
        const QStringList closed = declOf<R>().closedStates();
        where << QStringLiteral("%1 NOT IN (%2)").arg(statusColumn, placeholders(closed.size()));
        for (const QString& s : closed)
            binds << s;
    }
    if (!filter.clause.isEmpty()) {
        where << QStringLiteral("id IN (SELECT record_id FROM record_links WHERE field = 'clauses' AND "
                                "(target = ? OR target LIKE ?))");
        binds << filter.clause << filter.clause + QStringLiteral(".%");
    }
    if (!filter.ids.isEmpty()) {
        where << QStringLiteral("id IN (%1)").arg(placeholders(filter.ids.size()));
        for (const QString& s : filter.ids)
            binds << s;
    }
    return load(where.join(QStringLiteral(" AND ")), binds, filter.limit);
}

template <typename R> Result<qint64> RecordRepository<R>::count() const {
    QSqlQuery q(m_ctx.database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table())) || !q.next())
        return sqlError(q.lastError(), RepoTr::tr("Counting records"));
    return q.value(0).toLongLong();
}

template <typename R> bool RecordRepository<R>::exists(const QString& id) const {
    static const QByteArray sql = QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table()).toUtf8();
    SqliteStatement& q = m_ctx.database.statement(sql);
    q.bind(1, id);
    const auto row = q.next({});
    q.reset();
    return row && *row;
}

template <typename R>
Status RecordRepository<R>::forEachStoredState(
    const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const {
    auto all = list();
    if (!all)
        return all.error();
    for (const R& r : *all) {
        QHash<QString, QString> fields;
        for (const auto& [k, v] : fieldValues(r))
            fields.insert(k, v);
        fields.insert(QStringLiteral("meta.created_by"), r.meta.createdBy);
        fields.insert(QStringLiteral("meta.updated_by"), r.meta.updatedBy);
        fn(r.meta.id, fields);
    }
    return {};
}

// The writing half instantiates the whole class; here only the members defined in this file.
#define QMS_INSTANTIATE_READERS(R)                                                                           \
    template RecordKind RecordRepository<R>::kind();                                                         \
    template QString RecordRepository<R>::table();                                                           \
    template Result<QList<R>> RecordRepository<R>::load(const QString&, const QVariantList&, int) const;     \
    template Result<R> RecordRepository<R>::get(const QString&) const;                                       \
    template Result<QList<R>> RecordRepository<R>::list(const RecordFilter&) const;                          \
    template Result<qint64> RecordRepository<R>::count() const;                                              \
    template bool RecordRepository<R>::exists(const QString&) const;                                         \
    template Status RecordRepository<R>::forEachStoredState(                                                 \
        const std::function<void(const QString&, const QHash<QString, QString>&)>&) const;

QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE_READERS)

#undef QMS_INSTANTIATE_READERS

} // namespace qms
