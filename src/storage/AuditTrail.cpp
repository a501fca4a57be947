#include "AuditTrail.h"

#include "AuditChainWalk.h"
#include "AuditHasher.h"
#include "AuditReplay.h"
#include "Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <thread>
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

struct TwinCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};

QString isoUtc(const QDateTime& dt) {
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// isoUtc() of a time given in ms since the epoch, without QDateTime's formatter (once per row).
QByteArray isoUtcBytes(qint64 ms) {
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    if (d.year() < 1 || d.year() > 9999)
        return isoUtc(dt).toUtf8();
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                                d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QByteArray(buffer, n);
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
    // One hasher per thread: its libcrypto context is set up once, not per row of a bulk import.
    thread_local AuditHasher hasher;
    const QByteArray at = isoUtc(e.at).toUtf8(), user = e.user.toUtf8(), recordId = e.recordId.toUtf8(),
                     action = e.action.toUtf8(), field = e.field.toUtf8(), oldValue = e.oldValue.toUtf8(),
                     newValue = e.newValue.toUtf8(), reason = e.reason.toUtf8(), prev = prevHash.toUtf8();
    return QString::fromLatin1(AuditHasher::toHex(
        hasher.row(prev, e.seq, {at, user, recordId, action, field, oldValue, newValue, reason})));
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
        m_cachedHashBytes = m_cachedHead.hash.toLatin1();
        m_cachedTransaction = m_db.transactionId();
    }
    thread_local AuditHasher hasher;
    qint64 seq = m_cachedHead.seq;
    QByteArray prev = m_cachedHashBytes;
    SqliteStatement& q =
        m_db.statement("INSERT INTO audit_log(seq, at, user, record_id, action, field, old_value, new_value, "
                       "reason, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    for (AuditEntry& e : entries) {
        e.seq = ++seq;
        // Millisecond precision: the stored text is what is hashed, and what a reader gets back.
        const qint64 ms = e.at.toMSecsSinceEpoch();
        if (e.at.isValid())
            e.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        e.prevHash = QString::fromLatin1(prev);
        // Each text is converted to UTF-8 once, for the hash and for SQLite alike.
        const std::array<QByteArray, 8> columns{e.at.isValid() ? isoUtcBytes(ms) : QByteArray(),
                                                e.user.toUtf8(),
                                                e.recordId.toUtf8(),
                                                e.action.toUtf8(),
                                                e.field.toUtf8(),
                                                e.oldValue.toUtf8(),
                                                e.newValue.toUtf8(),
                                                e.reason.toUtf8()};
        const QByteArray hash =
            AuditHasher::toHex(hasher.row(prev, e.seq,
                                          {columns[0], columns[1], columns[2], columns[3], columns[4],
                                           columns[5], columns[6], columns[7]}));
        e.hash = QString::fromLatin1(hash);
        q.bind(1, e.seq);
        for (int i = 0; i < 8; ++i)
            q.bindView(i + 2, columns[size_t(i)]);
        q.bindView(10, prev);
        q.bindView(11, hash);
        if (auto s = q.run([] { return Tr::tr("Writing the audit trail"); }); !s) {
            m_cachedTransaction = 0;
            return s;
        }
        prev = hash;
    }
    m_cachedHead = ChainHead{seq, QString::fromLatin1(prev)};
    m_cachedHashBytes = prev;
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
    sqlite3* handle = m_db.handle();
    if (!handle)
        return makeError(ErrorCode::Internal, Tr::tr("No SQLite handle for verification"));

    // SQLite's own check and pass 1, the chain, run on a worker thread through a second, read-only
    // connection of its own while this thread replays (pass 2) on the workspace's connection: a
    // connection is never used from two threads. Without a second connection all three run here,
    // one after the other.
    const std::unique_ptr<sqlite3, TwinCloser> twin(openReadOnlyTwin(handle));
    std::atomic<qint64> chainDone{0};
    std::atomic<bool> cancel{false}, chainFinished{false};
    Result<QStringList> integrity = QStringList();
    ChainWalk walk;
    qint64 integrityCpu = 0, chainCpu = 0;
    std::thread worker;
    if (twin) {
        worker = std::thread([&] {
            qint64 started = threadCpuMs();
            integrity = integrityCheckOn(twin.get(), deep);
            integrityCpu = threadCpuMs() - started;
            started = threadCpuMs();
            walk = walkAuditChain(twin.get(), [&](qint64 done) {
                chainDone.store(done, std::memory_order_relaxed);
                return !cancel.load(std::memory_order_relaxed);
            });
            chainCpu = threadCpuMs() - started;
            chainFinished.store(true);
        });
    } else {
        integrity = m_db.integrityCheck(deep);
        integrityCpu = lap();
        if (!integrity)
            return integrity.error();
        walk = walkAuditChain(handle, [&](qint64 done) {
            chainDone.store(done, std::memory_order_relaxed);
            return !progress || progress(done);
        });
        chainCpu = lap();
        if (!walk.status)
            return walk.status.error();
    }
    // Every way out of here joins the worker first: it works on this frame's variables.
    const auto stopWorker = qScopeGuard([&] {
        cancel.store(true);
        if (worker.joinable())
            worker.join();
    });
    const auto tell = [&](qint64 records) {
        if (!progress || progress(chainDone.load(std::memory_order_relaxed) + records))
            return true;
        cancel.store(true);
        return false;
    };

    AuditReplay replay(handle, report, tell);
    if (auto s = replay.run(sources); !s)
        return s.error();
    qCDebug(lcVerify) << "replay" << lap() << "ms CPU";
    while (worker.joinable() && !chainFinished.load()) {
        if (!tell(report.recordsChecked))
            return makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled"));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (worker.joinable())
        worker.join();
    const char* where = twin ? "(on a second thread)" : "";
    qCDebug(lcVerify) << (deep ? "integrity_check" : "quick_check") << integrityCpu << "ms CPU" << where;
    qCDebug(lcVerify) << "chain" << chainCpu << "ms CPU" << where;
    if (twin && !integrity)
        integrity = m_db.integrityCheck(deep); // the error as the workspace's connection words it
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;
    if (!walk.status)
        return walk.status.error();
    if (twin && walk.readToEnd &&
        (walk.entries != replay.indexedEntries() || walk.head.seq != replay.lastSeq())) {
        // The two connections may have read different snapshots (another instance wrote in
        // between), or the index disagrees with the table: walk the chain again on this
        // connection, as the sequential check does, and judge by that.
        qCDebug(lcVerify) << "chain and replay disagree; walking the chain again on the workspace connection";
        walk = walkAuditChain(handle, {});
        if (!walk.status)
            return walk.status.error();
    }

    report.entries = walk.entries;
    report.head = walk.head;
    QList<AuditProblem> replayProblems = std::move(report.problems);
    report.problems = std::move(walk.problems);
    const QString storedHead = m_db.metaValue(QStringLiteral("audit_head"));
    const QString actualHead = QStringLiteral("%1 %2").arg(report.head.seq).arg(report.head.hash);
    if (!storedHead.isEmpty() && storedHead != actualHead)
        report.problems.append(
            {report.head.seq, QString(),
             Tr::tr("the audit trail ends at entry %1, but entry %2 was recorded as the last one: "
                    "entries were cut off the end")
                 .arg(report.head.seq)
                 .arg(storedHead.section(QLatin1Char(' '), 0, 0))});
    report.problems.append(replayProblems);
    const bool readOk = walk.readToEnd;
    // The replay reads the index, the chain the table: quick_check does not hold one against the
    // other, so their row counts are.
    if (readOk && replay.indexedEntries() != report.entries)
        report.problems.append(
            {0, QString(),
             Tr::tr("the audit trail's index holds %1 entries but the trail %2: the file was "
                    "edited below SQLite")
                 .arg(replay.indexedEntries())
                 .arg(report.entries)});
    return report;
}

} // namespace qms
