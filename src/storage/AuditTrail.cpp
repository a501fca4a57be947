#include "AuditTrail.h"

#include "AuditReplay.h"
#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <charconv>
#include <sqlite3.h>
#include <time.h>

namespace qms {
namespace {

// Phase timings of verify: QT_LOGGING_RULES="qmsdesk.storage.verify.debug=true"
Q_LOGGING_CATEGORY(lcVerify, "qmsdesk.storage.verify", QtInfoMsg)

// CPU time of this thread in ms: on a shared machine the wall time says little.
qint64 threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AuditTrail)
};

QString isoUtc(const QDateTime& dt) {
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void addField(QCryptographicHash& h, QByteArrayView value) {
    // Length-prefixed, so no choice of separator characters inside values can collide.
    char prefix[24];
    char* end = std::to_chars(prefix, prefix + sizeof prefix - 1, value.size()).ptr;
    *end++ = ':';
    h.addData(QByteArrayView(prefix, end - prefix));
    h.addData(value);
}

// Compares a binary digest with its stored lowercase hex text without building strings.
bool hexEquals(QByteArrayView digest, QByteArrayView hex) {
    static constexpr char digits[] = "0123456789abcdef";
    if (hex.size() != digest.size() * 2)
        return false;
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto b = static_cast<unsigned char>(digest[i]);
        if (hex[2 * i] != digits[b >> 4] || hex[2 * i + 1] != digits[b & 15])
            return false;
    }
    return true;
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

QByteArrayView columnView(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
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
        return Tr::tr("verified %1 audit entries and %2 records; chain head %3")
            .arg(entries)
            .arg(recordsChecked)
            .arg(head.shortHash().isEmpty() ? Tr::tr("(empty)") : head.shortHash());
    return Tr::tr("%1 problem(s) found in %2 audit entries")
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
            return sqlError(q.lastError(), Tr::tr("Writing the audit trail"));
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
        return sqlError(q.lastError(), Tr::tr("Reading the audit trail"));
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
        return sqlError(q.lastError(), Tr::tr("Counting audit entries"));
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
        return sqlError(q.lastError(), Tr::tr("Reading the audit trail head"));
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
        return sqlError(q.lastError(), Tr::tr("Reading the audit trail users"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<VerifyReport> AuditTrail::verify(const QList<StateSource>& sources, bool deep,
                                        const std::function<bool(qint64)>& progress) const {
    VerifyReport report;
    qint64 cpu = threadCpuMs();
    const auto lap = [&cpu] {
        const qint64 now = threadCpuMs(), spent = now - cpu;
        cpu = now;
        return spent;
    };
    auto integrity = m_db.integrityCheck(deep);
    qCDebug(lcVerify) << (deep ? "integrity_check" : "quick_check") << lap() << "ms CPU";
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;

    sqlite3* handle = sqliteHandleOf(m_db);
    if (!handle)
        return makeError(ErrorCode::Internal, Tr::tr("No SQLite handle for verification"));

    // Pass 1: the chain, row by row, through the C API and without copying the columns.
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT seq, at, user, record_id, action, field, old_value, new_value, reason, prev_hash, "
            "hash FROM audit_log ORDER BY seq",
            -1, &st, nullptr) != SQLITE_OK)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("The audit trail cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray prev;
    qint64 expectedSeq = 1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(st, 0);
        const QByteArrayView storedPrev = columnView(st, 9);
        const QByteArrayView storedHash = columnView(st, 10);
        const auto rid = [st]() {
            return QString::fromUtf8(columnView(st, 3));
        };
        if (seq != expectedSeq)
            report.problems.append(
                {seq, rid(),
                 seq > expectedSeq
                     ? Tr::tr("audit entries %1 to %2 are missing (deleted)").arg(expectedSeq).arg(seq - 1)
                     : Tr::tr("audit entry %1 is out of order").arg(seq)});
        if (storedPrev != QByteArrayView(prev))
            report.problems.append({seq, rid(),
                                    Tr::tr("audit entry %1 (%2) does not follow the entry before it: rows were "
                                       "removed, inserted or reordered")
                                        .arg(seq)
                                        .arg(rid())});
        h.reset();
        char number[24];
        const auto end = std::to_chars(number, number + sizeof number, seq).ptr;
        addField(h, storedPrev);
        addField(h, QByteArrayView(number, end - number));
        for (int col : {1, 2, 3, 4, 5, 6, 7, 8})
            addField(h, columnView(st, col));
        if (!hexEquals(h.resultView(), storedHash))
            report.problems.append({seq, rid(),
                                    Tr::tr("audit entry %1 (%2, field %3) was altered after it was written")
                                        .arg(seq)
                                        .arg(rid(), QString::fromUtf8(columnView(st, 5)))});
        prev.resize(storedHash.size());
        std::copy(storedHash.begin(), storedHash.end(), prev.begin());
        expectedSeq = seq + 1;
        ++report.entries;
        if (progress && report.entries % 50000 == 0 && !progress(report.entries)) {
            sqlite3_finalize(st);
            return makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled"));
        }
    }
    const bool readOk = rc == SQLITE_DONE;
    const QString readError = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (!readOk)
        report.problems.append(
            {0, QString(), Tr::tr("the audit trail could not be read to the end: %1").arg(readError)});
    report.head.seq = expectedSeq - 1;
    report.head.hash = QString::fromLatin1(prev);

    const QString storedHead = m_db.metaValue(QStringLiteral("audit_head"));
    const QString actualHead = QStringLiteral("%1 %2").arg(report.head.seq).arg(report.head.hash);
    if (!storedHead.isEmpty() && storedHead != actualHead)
        report.problems.append(
            {report.head.seq, QString(),
             Tr::tr("the audit trail ends at entry %1, but entry %2 was recorded as the last one: "
                    "entries were cut off the end")
                 .arg(report.head.seq)
                 .arg(storedHead.section(QLatin1Char(' '), 0, 0))});

    qCDebug(lcVerify) << "chain" << lap() << "ms CPU";

    // Pass 2: each record's stored fields must equal what the trail last recorded for them.
    AuditReplay replay(handle, report, progress);
    if (auto s = replay.run(sources); !s)
        return s.error();
    qCDebug(lcVerify) << "replay" << lap() << "ms CPU";
    // The replay reads the index, the chain the table: quick_check does not hold one against the
    // other, so their row counts are.
    if (readOk && replay.indexedEntries() != report.entries)
        report.problems.append({0, QString(),
                                Tr::tr("the audit trail's index holds %1 entries but the trail %2: the file was "
                                   "edited below SQLite")
                                    .arg(replay.indexedEntries())
                                    .arg(report.entries)});
    return report;
}

} // namespace qms
