#include "RecordRepository.h"

#include "AuditSnapshot.h"
#include "AuditTrail.h"
#include "Database.h"
#include "RecordFieldAccess.h"
#include "RecordHooks.h"
#include "RecordTraits.h"
#include "SignatureRepository.h"
#include "Workspace.h"
#include "domain/Permissions.h"
#include "domain/Signature.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace qms {
namespace {

// A field's value as a lock compares it: a table without its program-written (readOnly) columns.
template <typename R> QString lockedValue(const FieldDef<R>& f, const R& r) {
    if (f.type != FieldType::Table || !f.table)
        return f.get(r);
    QList<QStringList> rows = codec::parseTable(f.get(r));
    for (QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < qsizetype(f.table->columns.size()); ++c)
            if (f.table->columns[c].readOnly)
                row[c].clear();
    return codec::table(rows);
}

} // namespace
using namespace detail;

// ---- Writing -------------------------------------------------------------------------------

template <typename R>
Status RecordRepository<R>::insertRow(const R& r, const std::vector<QByteArray>& values) {
    // The SQL of a type never changes: built once, not per record of an import.
    static const QByteArray sql = [] {
        const QStringList keys = scalarKeys<R>();
        return QStringLiteral(
                   "INSERT INTO %1(id, seq, version, created_at, created_by, updated_at, updated_by, %2) "
                   "VALUES(?,?,?,?,?,?,?,%3)")
            .arg(table(), keys.join(QStringLiteral(", ")), placeholders(int(keys.size())))
            .toUtf8();
    }();
    SqliteStatement& q = m_ctx.database.statement(sql);
    int i = 0;
    q.bind(++i, r.meta.id);
    q.bind(++i, parseRecordId(r.meta.id)->second);
    q.bind(++i, qint64(r.meta.version));
    q.bind(++i, codec::dateTime(r.meta.createdAt));
    q.bind(++i, r.meta.createdBy);
    q.bind(++i, codec::dateTime(r.meta.updatedAt));
    q.bind(++i, r.meta.updatedBy);
    for (const QByteArray& v : values)
        q.bindView(++i, v);
    return q.run([&] { return RepoTr::tr("Saving %1").arg(r.meta.id); });
}

template <typename R> Status RecordRepository<R>::writeRow(const R& r, bool insert) {
    if (insert)
        return insertRow(r, scalarValues(r));
    static const QByteArray sql = [] {
        QStringList sets;
        for (const QString& k : scalarKeys<R>())
            sets << k + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE %1 SET version = ?, updated_at = ?, updated_by = ?, %2 WHERE id = ? "
                              "AND version = ?")
            .arg(table(), sets.join(QStringLiteral(", ")))
            .toUtf8();
    }();
    SqliteStatement& q = m_ctx.database.statement(sql);
    int i = 0;
    q.bind(++i, qint64(r.meta.version));
    q.bind(++i, codec::dateTime(r.meta.updatedAt));
    q.bind(++i, r.meta.updatedBy);
    for (const auto& f : recordFields<R>())
        if (isScalar(f))
            q.bind(++i, f.get(r));
    q.bind(++i, r.meta.id);
    q.bind(++i, qint64(r.meta.version - 1));
    if (auto s = q.run([&] { return RepoTr::tr("Saving %1").arg(r.meta.id); }); !s)
        return s;
    if (q.changes() != 1)
        return makeError(
            ErrorCode::Conflict,
            RepoTr::tr("%1 was changed by someone else while saving; reload it.").arg(r.meta.id));
    return {};
}

template <typename R> Status RecordRepository<R>::writeLinks(const R& before, const R& after) {
    for (const LinkDecl& link : declOf<R>().links) {
        const QStringList oldItems = listValue(before, link.field);
        const QStringList newItems = listValue(after, link.field);
        if (oldItems == newItems && !before.meta.id.isEmpty())
            continue;
        if (link.own) {
            const QByteArray id = after.meta.id.toUtf8();
            const QByteArrayView field(link.storedField);
            if (!before.meta.id.isEmpty()) { // a new record has no links to remove
                SqliteStatement& del =
                    m_ctx.database.statement("DELETE FROM record_links WHERE record_id = ? AND field = ?");
                del.bindView(1, id);
                del.bindView(2, field);
                if (auto s = del.run([&] { return RepoTr::tr("Saving links of %1").arg(after.meta.id); }); !s)
                    return s;
            }
            SqliteStatement& ins = m_ctx.database.statement(
                "INSERT INTO record_links(record_id, field, target, pos) VALUES(?,?,?,?)");
            for (int i = 0; i < newItems.size(); ++i) {
                ins.bindView(1, id);
                ins.bindView(2, field);
                ins.bind(3, newItems[i]);
                ins.bind(4, qint64(i));
                if (auto s = ins.run([&] { return RepoTr::tr("Saving links of %1").arg(after.meta.id); }); !s)
                    return s;
            }
        } else {
            // The rows live under the other records' ids.
            const QByteArrayView field(link.storedField);
            const auto what = [&] {
                return RepoTr::tr("Saving links of %1").arg(after.meta.id);
            };
            for (const QString& other : oldItems) {
                if (newItems.contains(other))
                    continue;
                SqliteStatement& del = m_ctx.database.statement(
                    "DELETE FROM record_links WHERE record_id = ? AND field = ? AND target = ?");
                del.bind(1, other);
                del.bindView(2, field);
                del.bind(3, after.meta.id);
                if (auto s = del.run(what); !s)
                    return s;
            }
            for (const QString& other : newItems) {
                if (oldItems.contains(other))
                    continue;
                SqliteStatement& ins = m_ctx.database.statement(
                    "INSERT INTO record_links(record_id, field, target, pos) SELECT ?1, ?2, ?3, "
                    "coalesce(max(pos), -1) + 1 FROM record_links WHERE record_id = ?1 AND field = ?2");
                ins.bind(1, other);
                ins.bindView(2, field);
                ins.bind(3, after.meta.id);
                if (auto s = ins.run(what); !s)
                    return s;
            }
        }
    }
    return {};
}

// The other side of a two-way link changed too: bump its version and audit its list field, so
// its history and the verification replay stay true.
template <typename R>
Status RecordRepository<R>::updateOtherSide(const R& before, const R& after, const SaveOptions& options) {
    QList<AuditEntry> entries;
    for (const LinkDecl& link : declOf<R>().links) {
        if (!link.hasOther)
            continue;
        const QStringList oldItems = listValue(before, link.field);
        const QStringList newItems = listValue(after, link.field);
        QStringList touched;
        for (const QString& id : oldItems)
            if (!newItems.contains(id))
                touched << id;
        for (const QString& id : newItems)
            if (!oldItems.contains(id))
                touched << id;
        for (const QString& other : touched) {
            // The other side's list as stored now (after writeLinks) and as it was.
            SqliteStatement& q = m_ctx.database.statement(
                link.own // the other side is a reverse field: records whose own field points at `other`
                    ? QByteArray("SELECT record_id FROM record_links WHERE field = ? AND target = ? "
                                 "ORDER BY record_id")
                    : QByteArray("SELECT target FROM record_links WHERE field = ? AND record_id = ? "
                                 "ORDER BY pos"));
            q.bindView(1, QByteArrayView(link.storedField));
            q.bind(2, other);
            QStringList now;
            for (;;) {
                auto row = q.next([&] { return RepoTr::tr("Reading links of %1").arg(other); });
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                now << QString::fromUtf8(q.textColumn(0));
            }
            q.reset();
            QStringList was = now;
            if (newItems.contains(other))
                was.removeAll(after.meta.id);
            else if (!was.contains(after.meta.id)) {
                was.append(after.meta.id);
                if (link.own)
                    std::sort(was.begin(), was.end());
            }
            SqliteStatement& u = m_ctx.database.statement(
                QStringLiteral(
                    "UPDATE %1 SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
                    .arg(recordTableOf(other))
                    .toUtf8());
            u.bind(1, codec::dateTime(after.meta.updatedAt));
            u.bind(2, m_ctx.user.name);
            u.bind(3, other);
            if (auto s = u.run([&] { return RepoTr::tr("Updating %1").arg(other); }); !s)
                return s;
            AuditEntry e;
            e.recordId = other;
            e.action = QStringLiteral("link");
            e.field = QString::fromLatin1(link.otherField);
            e.oldValue = codec::list(was);
            e.newValue = codec::list(now);
            // Stored text stays English (no tr()): the audit trail reads the same in every language.
            e.reason = options.reason.isEmpty() ? QStringLiteral("linked from %1").arg(after.meta.id)
                                                : options.reason;
            entries.append(e);
        }
    }
    return m_ctx.audit.append(entries);
}

template <typename R> Status RecordRepository<R>::writeSearch(const R& r) {
    return writeSearch(r, searchTitleOf(r), searchableText(r).toUtf8());
}

template <typename R>
Status RecordRepository<R>::writeSearch(const R& r, const QByteArray& title, const QByteArray& body,
                                        bool isNew) {
    const qint64 rowId = searchRowId(kind(), parseRecordId(r.meta.id)->second);
    if (!isNew) {
        SqliteStatement& del = m_ctx.database.statement("DELETE FROM search_index WHERE rowid = ?");
        del.bind(1, rowId);
        if (auto s = del.run([] { return RepoTr::tr("Updating the search index"); }); !s)
            return s;
    }
    static const QByteArray kindKey = enumKey(kind()).toUtf8();
    SqliteStatement& q = m_ctx.database.statement(
        "INSERT INTO search_index(rowid, record_id, kind, title, body) VALUES(?,?,?,?,?)");
    q.bind(1, rowId);
    q.bind(2, r.meta.id);
    q.bindView(3, kindKey);
    q.bindView(4, title);
    q.bindView(5, body);
    return q.run([] { return RepoTr::tr("Updating the search index"); });
}

template <typename R> Status RecordRepository<R>::checkReferences(const R& r) const {
    QList<FieldError> problems;
    for (const auto& f : recordFields<R>()) {
        std::optional<RecordKind> expected;
        for (const RefDecl& ref : declOf<R>().refs)
            if (qstrcmp(ref.field, f.key) == 0)
                expected = ref.other;
        if (f.type != FieldType::IdList && !expected)
            continue;
        // The kind a list may hold: an NC's actions are CAs, never a document of the same number.
        for (const LinkDecl& link : declOf<R>().links)
            if (qstrcmp(link.field, f.key) == 0)
                expected = link.other;
        for (const QString& id : codec::parseList(f.get(r))) {
            const auto parsed = parseRecordId(id);
            if (parsed && expected && parsed->first != *expected) {
                problems.append(
                    {QString::fromLatin1(f.key),
                     RepoTr::tr("%1 is not a %2").arg(id, inSentence(recordKindLabel(*expected)))});
                continue;
            }
            const QString t = recordTableOf(id);
            bool found = false;
            if (!t.isEmpty()) {
                SqliteStatement& q =
                    m_ctx.database.statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(t).toUtf8());
                q.bind(1, id);
                auto row = q.next([&] { return RepoTr::tr("Checking %1").arg(id); });
                q.reset();
                if (!row)
                    return row.error();
                found = *row;
            }
            if (!found)
                problems.append({QString::fromLatin1(f.key), RepoTr::tr("%1 does not exist").arg(id)});
        }
    }
    if (!problems.isEmpty())
        return Error::invalid(problems, RepoTr::tr("%1 refers to records that do not exist:")
                                            .arg(r.meta.id.isEmpty() ? RepoTr::tr("The record") : r.meta.id));
    return {};
}

template <typename R>
void RecordRepository<R>::addAudit(QList<AuditEntry>& out, const R* before, const R& after,
                                   const SaveOptions& options) const {
    if (!before) {
        AuditEntry e;
        e.recordId = after.meta.id;
        e.action = options.isImport ? QStringLiteral("import") : QStringLiteral("create");
        e.field = QStringLiteral("*");
        e.newValue = QString::fromUtf8(auditSnapshotJson(fieldValues(after)));
        e.reason = options.reason;
        out.append(e);
        return;
    }
    const FieldValues oldValues = fieldValues(*before);
    const FieldValues newValues = fieldValues(after);
    for (int i = 0; i < newValues.size(); ++i) {
        if (oldValues[i].second == newValues[i].second)
            continue;
        AuditEntry e;
        e.recordId = after.meta.id;
        e.field = newValues[i].first;
        e.action = e.field == QLatin1String("status") ? QStringLiteral("status") : QStringLiteral("update");
        e.oldValue = oldValues[i].second;
        e.newValue = newValues[i].second;
        e.reason = options.reason;
        out.append(e);
    }
}

template <typename R> Result<R> RecordRepository<R>::store(R record, const SaveOptions& options, bool isNew) {
    // The common case of a new record takes the same path as a bulk import.
    if (isNew && canPrepareCreate(record))
        return createPrepared(prepareCreate(std::move(record), options, m_ctx.clock.nowUtc()), options);
    const User& user = m_ctx.user;
    normaliseLinks(record);
    std::optional<R> before;
    if (isNew) {
        if (!options.systemCascade)
            if (auto s = Permissions::canEdit(user, record); !s)
                return s.error();
        if (record.meta.id.trimmed().isEmpty()) {
            QSqlQuery q(m_ctx.database.connection());
            if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM %1").arg(table())) || !q.next())
                return sqlError(q.lastError(), RepoTr::tr("Numbering the new record"));
            record.meta.id = formatRecordId(kind(), q.value(0).toLongLong());
        } else {
            const auto parsed = parseRecordId(record.meta.id);
            if (!parsed || parsed->first != kind())
                return Error::invalid(
                    {{QStringLiteral("id"), RepoTr::tr("\"%1\" is not a %2 id like %3")
                                                .arg(record.meta.id, inSentence(recordKindLabel(kind())),
                                                     formatRecordId(kind(), 1))}});
            record.meta.id = formatRecordId(kind(), parsed->second);
            if (exists(record.meta.id))
                return makeError(ErrorCode::Duplicate, RepoTr::tr("%1 exists already").arg(record.meta.id));
        }
        record.meta.version = 1;
        record.meta.createdAt = m_ctx.clock.nowUtc();
        record.meta.createdBy = user.name;
    } else {
        auto stored = get(record.meta.id);
        if (!stored)
            return stored.error();
        before = *stored;
        if (!options.systemCascade)
            if (auto s = Permissions::canEdit(user, *before); !s)
                return s.error();
        if (record.meta.version != before->meta.version)
            return makeError(
                ErrorCode::Conflict,
                RepoTr::tr(
                    "%1 was changed by %2 at %3 after you opened it. Reload it to see their change, then "
                    "apply yours again.")
                    .arg(record.meta.id, before->meta.updatedBy,
                         before->meta.updatedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        record.meta.createdAt = before->meta.createdAt;
        record.meta.createdBy = before->meta.createdBy;
        record.meta.version = before->meta.version + 1;
    }
    record.meta.updatedAt = m_ctx.clock.nowUtc();
    record.meta.updatedBy = user.name;
    // What the workflow sets is not typed in: it changes with the status, or not at all.
    if (before && !options.systemCascade && stateOf(*before) == stateOf(record))
        for (const auto& f : recordFields<R>())
            if (declOf<R>().isDerived(f.key) && f.get(*before) != f.get(record))
                return makeError(ErrorCode::WorkflowRefused,
                                 RepoTr::tr("%1: %2 is set by the workflow and not changed by hand.")
                                     .arg(record.meta.id, translateFieldLabel(f.label)));
    // What the state freezes (a signed report) stays as it is until the record leaves the state.
    if (before && !options.systemCascade && stateOf(*before) == stateOf(record))
        for (const auto& f : recordFields<R>())
            if (const FieldLockDecl* lock = declOf<R>().lockOf(f.key, stateOf(record));
                lock && lockedValue(f, *before) != lockedValue(f, record))
                return makeError(ErrorCode::WorkflowRefused,
                                 QCoreApplication::translate("qms::Kind", lock->reason).arg(record.meta.id));

    if (auto s = RecordHooks<R>::beforeSave(m_ctx.owner, before ? &*before : nullptr, record, options); !s)
        return s.error();
    if (before && fieldValues(*before) == fieldValues(record))
        return *before; // nothing changed: no new version, no audit noise
    if (auto s = checkReferences(record); !s)
        return s.error();
    // An approval is signed by the acting user before anything is written; a new record may be
    // one as it stands (imported history is not: its signatures are in the file it came from).
    std::optional<AuditEntry> signature;
    const R none;
    if (!options.systemCascade && (before || !options.isImport)) {
        if (const auto meaning = approvalMeaning(before ? *before : none, record)) {
            auto signed_ = m_ctx.owner.signatures().sign(*meaning, record.meta.id, signedRevision(record),
                                                         stateOf(record), record.meta.version,
                                                         options.signaturePassword);
            if (!signed_)
                return signed_.error();
            signature = *signed_;
        }
    }

    const R empty;
    if (auto s = writeRow(record, isNew); !s)
        return s.error();
    if (auto s = writeLinks(before ? *before : empty, record); !s)
        return s.error();
    if (auto s = RecordHooks<R>::writeExtra(m_ctx.owner, before ? &*before : nullptr, record); !s)
        return s.error();
    QList<AuditEntry> entries;
    addAudit(entries, before ? &*before : nullptr, record, options);
    if (signature)
        entries.append(*signature);
    if (auto s = m_ctx.audit.append(entries); !s)
        return s.error();
    if (auto s = updateOtherSide(before ? *before : empty, record, options); !s)
        return s.error();
    if (auto s = writeSearch(record); !s)
        return s.error();
    if (auto s = RecordHooks<R>::afterSave(m_ctx.owner, before ? &*before : nullptr, record); !s)
        return s.error();
    return record;
}

template <typename R>
Result<R> RecordRepository<R>::createInTransaction(R record, const SaveOptions& options) {
    return store(std::move(record), options, true);
}

template <typename R> Result<R> RecordRepository<R>::saveInTransaction(R record, const SaveOptions& options) {
    return store(std::move(record), options, false);
}

template <typename R> Result<R> RecordRepository<R>::create(R record, const SaveOptions& options) {
    std::optional<R> saved;
    const Status s = m_ctx.database.write([&]() -> Status {
        auto r = store(std::move(record), options, true);
        if (!r)
            return r.error();
        saved = std::move(r).value();
        return {};
    });
    if (!s)
        return s.error();
    return *saved;
}

template <typename R> Result<R> RecordRepository<R>::save(R record, const SaveOptions& options) {
    std::optional<R> saved;
    const Status s = m_ctx.database.write([&]() -> Status {
        auto r = store(std::move(record), options, false);
        if (!r)
            return r.error();
        saved = std::move(r).value();
        return {};
    });
    if (!s)
        return s.error();
    return *saved;
}

#define QMS_INSTANTIATE(R) template class RecordRepository<R>;
QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE)
#undef QMS_INSTANTIATE

} // namespace qms
