#include "AuditTrail.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace qms {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("qms::AuditTrail", s);
}

QString isoUtc(const QDateTime& dt) {
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void addField(QCryptographicHash& h, const QByteArray& value) {
    // Length-prefixed, so no choice of separator characters inside values can collide.
    h.addData(QByteArray::number(value.size()));
    h.addData(QByteArrayView(":"));
    h.addData(value);
}

QString computeHashRaw(qint64 seq, const QByteArray& at, const QByteArray& user, const QByteArray& recordId,
                       const QByteArray& action, const QByteArray& field, const QByteArray& oldValue,
                       const QByteArray& newValue, const QByteArray& reason, const QByteArray& prevHash) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, prevHash);
    addField(h, QByteArray::number(seq));
    addField(h, at);
    addField(h, user);
    addField(h, recordId);
    addField(h, action);
    addField(h, field);
    addField(h, oldValue);
    addField(h, newValue);
    addField(h, reason);
    return QString::fromLatin1(h.result().toHex());
}

sqlite3* rawHandle(Database& db) {
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QByteArray columnBytes(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return QByteArray(p ? p : "", sqlite3_column_bytes(st, col));
}

AuditEntry readEntry(const QSqlQuery& q) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.user = q.value(2).toString();
    e.recordId = q.value(3).toString();
    e.action = q.value(4).toString();
    e.field = q.value(5).toString();
    e.oldValue = q.value(6).toString();
    e.newValue = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

QString whereClause(const AuditFilter& f, QVariantList& binds) {
    QStringList where;
    if (!f.user.isEmpty()) {
        where << QStringLiteral("user = ?");
        binds << f.user;
    }
    if (!f.recordId.isEmpty()) {
        where << QStringLiteral("record_id = ?");
        binds << f.recordId;
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral(
            "(record_id LIKE ? ESCAPE '\\' OR field LIKE ? ESCAPE '\\' OR old_value LIKE ? "
            "ESCAPE '\\' OR new_value LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\')");
        // The text is searched literally: % and _ typed by a user are not wildcards.
        QString escaped = f.text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString like = QStringLiteral("%") + escaped + QStringLiteral("%");
        for (int i = 0; i < 5; ++i)
            binds << like;
    }
    if (f.afterSeq > 0) {
        where << QStringLiteral("seq > ?");
        binds << f.afterSeq;
    }
    if (f.fromUtc.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << isoUtc(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        where << QStringLiteral("at < ?");
        binds << isoUtc(f.toUtc);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

QString VerifyReport::summary() const {
    if (ok())
        return tr("verified %1 audit entries and %2 records; chain head %3")
            .arg(entries)
            .arg(recordsChecked)
            .arg(head.shortHash().isEmpty() ? tr("(empty)") : head.shortHash());
    return tr("%1 problem(s) found in %2 audit entries")
        .arg(problems.size() + integrityProblems.size())
        .arg(entries);
}

QString AuditTrail::computeHash(const AuditEntry& e, const QString& prevHash) {
    return computeHashRaw(e.seq, isoUtc(e.at).toUtf8(), e.user.toUtf8(), e.recordId.toUtf8(),
                          e.action.toUtf8(), e.field.toUtf8(), e.oldValue.toUtf8(), e.newValue.toUtf8(),
                          e.reason.toUtf8(), prevHash.toUtf8());
}

Status AuditTrail::append(QList<AuditEntry>& entries) {
    if (entries.isEmpty())
        return {};
    Q_ASSERT(m_db.inTransaction());
    // The head is read once per transaction and then carried along: a bulk import appends
    // hundreds of thousands of rows.
    if (m_cachedTransaction != m_db.transactionId()) {
        auto h = head();
        if (!h)
            return h.error();
        m_cachedHead = *h;
        m_cachedTransaction = m_db.transactionId();
    }
    qint64 seq = m_cachedHead.seq;
    QString prev = m_cachedHead.hash;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log(seq, at, user, record_id, action, field, old_value, new_value, "
                       "reason, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    for (AuditEntry& e : entries) {
        e.seq = ++seq;
        // Millisecond precision in the hash: the stored text is what is hashed.
        e.at = QDateTime::fromString(isoUtc(e.at), Qt::ISODateWithMs);
        e.prevHash = prev;
        e.hash = computeHash(e, prev);
        prev = e.hash;
        q.addBindValue(e.seq);
        q.addBindValue(isoUtc(e.at));
        q.addBindValue(notNull(e.user));
        q.addBindValue(notNull(e.recordId));
        q.addBindValue(notNull(e.action));
        q.addBindValue(notNull(e.field));
        q.addBindValue(notNull(e.oldValue));
        q.addBindValue(notNull(e.newValue));
        q.addBindValue(notNull(e.reason));
        q.addBindValue(notNull(e.prevHash));
        q.addBindValue(e.hash);
        if (!q.exec()) {
            m_cachedTransaction = 0;
            return sqlError(q.lastError(), tr("Writing the audit trail"));
        }
    }
    m_cachedHead = ChainHead{seq, prev};
    // The head is also kept apart from the rows, so cutting rows off the end is noticed; written
    // once, just before the transaction commits.
    m_db.beforeCommit(QStringLiteral("audit_head"), [this]() {
        return m_db.setMetaValue(QStringLiteral("audit_head"),
                                 QStringLiteral("%1 %2").arg(m_cachedHead.seq).arg(m_cachedHead.hash));
    });
    return {};
}

Result<QList<AuditEntry>> AuditTrail::query(const AuditFilter& filter) const {
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT seq, at, user, record_id, action, field, old_value, new_value, reason, "
                       "prev_hash, hash FROM audit_log") +
        whereClause(filter, binds) +
        (filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq")) +
        QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q.lastError(), tr("Reading the audit trail"));
    QList<AuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

Result<qint64> AuditTrail::count(const AuditFilter& filter) const {
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter, binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), tr("Counting audit entries"));
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditTrail::forRecord(const QString& recordId) const {
    AuditFilter f;
    f.recordId = recordId;
    f.limit = 100000;
    f.newestFirst = false;
    return query(f);
}

Result<ChainHead> AuditTrail::head() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(q.lastError(), tr("Reading the audit trail head"));
    ChainHead h;
    if (q.next()) {
        h.seq = q.value(0).toLongLong();
        h.hash = q.value(1).toString();
    }
    return h;
}

Result<QStringList> AuditTrail::users() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT user FROM audit_log ORDER BY user")))
        return sqlError(q.lastError(), tr("Reading the audit trail users"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<VerifyReport> AuditTrail::verify(const StateProvider& currentState,
                                        const std::function<bool(qint64)>& progress) const {
    VerifyReport report;
    auto integrity = m_db.integrityCheck();
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;

    sqlite3* handle = rawHandle(m_db);
    if (!handle)
        return makeError(ErrorCode::Internal, tr("No SQLite handle for verification"));

    // Pass 1: the chain, row by row, through the C API: a million rows in well under a second.
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT seq, at, user, record_id, action, field, old_value, new_value, reason, prev_hash, "
            "hash FROM audit_log ORDER BY seq",
            -1, &st, nullptr) != SQLITE_OK)
        return makeError(
            ErrorCode::Corrupt,
            tr("The audit trail cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    QByteArray prev;
    qint64 expectedSeq = 1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(st, 0);
        const QByteArray recordId = columnBytes(st, 3);
        const QByteArray storedPrev = columnBytes(st, 9);
        const QByteArray storedHash = columnBytes(st, 10);
        const QString rid = QString::fromUtf8(recordId);
        if (seq != expectedSeq)
            report.problems.append(
                {seq, rid,
                 seq > expectedSeq
                     ? tr("audit entries %1 to %2 are missing (deleted)").arg(expectedSeq).arg(seq - 1)
                     : tr("audit entry %1 is out of order").arg(seq)});
        if (storedPrev != prev)
            report.problems.append({seq, rid,
                                    tr("audit entry %1 (%2) does not follow the entry before it: rows were "
                                       "removed, inserted or reordered")
                                        .arg(seq)
                                        .arg(rid)});
        const QString actual = computeHashRaw(seq, columnBytes(st, 1), columnBytes(st, 2), recordId,
                                              columnBytes(st, 4), columnBytes(st, 5), columnBytes(st, 6),
                                              columnBytes(st, 7), columnBytes(st, 8), storedPrev);
        if (actual.toLatin1() != storedHash)
            report.problems.append({seq, rid,
                                    tr("audit entry %1 (%2, field %3) was altered after it was written")
                                        .arg(seq)
                                        .arg(rid, QString::fromUtf8(columnBytes(st, 5)))});
        prev = storedHash;
        expectedSeq = seq + 1;
        ++report.entries;
        if (progress && report.entries % 50000 == 0 && !progress(report.entries)) {
            sqlite3_finalize(st);
            return makeError(ErrorCode::Cancelled, tr("Verification cancelled"));
        }
    }
    const bool readOk = rc == SQLITE_DONE;
    const QString readError = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (!readOk)
        report.problems.append(
            {0, QString(), tr("the audit trail could not be read to the end: %1").arg(readError)});
    report.head.seq = expectedSeq - 1;
    report.head.hash = QString::fromLatin1(prev);

    const QString storedHead = m_db.metaValue(QStringLiteral("audit_head"));
    const QString actualHead = QStringLiteral("%1 %2").arg(report.head.seq).arg(report.head.hash);
    if (!storedHead.isEmpty() && storedHead != actualHead)
        report.problems.append(
            {report.head.seq, QString(),
             tr("the audit trail ends at entry %1, but entry %2 was recorded as the last one: "
                "entries were cut off the end")
                 .arg(report.head.seq)
                 .arg(storedHead.section(QLatin1Char(' '), 0, 0))});

    // Pass 2: each record's stored fields must equal what the trail last recorded for them.
    QHash<QString, QHash<QString, QString>> replay;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // SQLite returns the bare columns of the row holding max(seq) in each group.
        if (!q.exec(QStringLiteral(
                "SELECT record_id, field, new_value, max(seq) FROM audit_log GROUP BY record_id, field")))
            return sqlError(q.lastError(), tr("Replaying the audit trail"));
        QHash<QString, qint64> snapshotSeq;
        QHash<QString, QList<std::tuple<QString, QString, qint64>>> fieldRows;
        while (q.next()) {
            const QString rid = q.value(0).toString();
            const QString field = q.value(1).toString();
            if (field == QLatin1String("*")) {
                snapshotSeq[rid] = q.value(3).toLongLong();
                auto& state = replay[rid];
                const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (!state.contains(it.key()))
                        state.insert(it.key(), it.value().toString());
                for (auto it = o.begin(); it != o.end(); ++it)
                    state.insert(QStringLiteral("\x01snap:") + it.key(), it.value().toString());
            } else {
                fieldRows[rid].append({field, q.value(2).toString(), q.value(3).toLongLong()});
            }
        }
        // Later field rows win over the snapshot; earlier ones were superseded by it.
        for (auto it = fieldRows.begin(); it != fieldRows.end(); ++it) {
            auto& state = replay[it.key()];
            const qint64 snap = snapshotSeq.value(it.key(), 0);
            for (const auto& [field, value, seq] : it.value()) {
                if (seq > snap)
                    state.insert(field, value);
                else
                    state.insert(field, state.value(QStringLiteral("\x01snap:") + field));
            }
        }
    }
    {
        // Who created each record and who touched it last, to hold against its created_by and
        // updated_by columns (records only: ids without a colon).
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT record_id, user, max(seq) FROM audit_log WHERE instr(record_id, ':') = 0 "
                "GROUP BY record_id")))
            return sqlError(q.lastError(), tr("Replaying the audit trail"));
        while (q.next())
            replay[q.value(0).toString()].insert(QStringLiteral("meta.updated_by"), q.value(1).toString());
        if (!q.exec(QStringLiteral("SELECT record_id, user, min(seq) FROM audit_log WHERE field = '*' AND "
                                   "instr(record_id, ':') = 0 GROUP BY record_id")))
            return sqlError(q.lastError(), tr("Replaying the audit trail"));
        while (q.next())
            replay[q.value(0).toString()].insert(QStringLiteral("meta.created_by"), q.value(1).toString());
    }
    QSet<QString> seen;
    const auto compare = [&](const QString& rid, const QHash<QString, QString>& fields) {
        ++report.recordsChecked;
        seen.insert(rid);
        const auto it = replay.constFind(rid);
        if (it == replay.constEnd()) {
            report.problems.append({0, rid,
                                    tr("%1 is not in the audit trail: it was added behind the application's "
                                       "back")
                                        .arg(rid)});
            return;
        }
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const QString recorded = it->value(f.key());
            if (recorded != f.value())
                report.problems.append(
                    {0, rid,
                     tr("%1 field %2 holds \"%3\" but the audit trail last recorded \"%4\": it was changed "
                        "behind the application's back")
                         .arg(rid, f.key(), f.value().left(80), recorded.left(80))});
        }
    };
    if (auto s = currentState(compare); !s)
        return s.error();
    for (auto it = replay.constBegin(); it != replay.constEnd(); ++it) {
        const QString& rid = it.key();
        const bool isRecord = !rid.contains(QLatin1Char(':'));
        if (isRecord && !seen.contains(rid))
            report.problems.append(
                {0, rid,
                 tr("%1 is in the audit trail but missing from the database: it was deleted").arg(rid)});
    }
    return report;
}

} // namespace qms
