#include "AuditChainWalk.h"

#include "AuditHasher.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AuditTrail)
};

QByteArrayView columnView(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
}

} // namespace

ChainWalk walkAuditChain(sqlite3* handle, const std::function<bool(qint64)>& tick) {
    ChainWalk walk;
    // Row by row through the C API, without copying the columns.
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT seq, at, user, record_id, action, field, old_value, new_value, reason, prev_hash, "
            "hash FROM audit_log ORDER BY seq",
            -1, &st, nullptr) != SQLITE_OK) {
        walk.status = makeError(
            ErrorCode::Corrupt,
            Tr::tr("The audit trail cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        return walk;
    }
    AuditHasher hasher;
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
            walk.problems.append(
                {seq, rid(),
                 seq > expectedSeq
                     ? Tr::tr("audit entries %1 to %2 are missing (deleted)").arg(expectedSeq).arg(seq - 1)
                     : Tr::tr("audit entry %1 is out of order").arg(seq)});
        if (storedPrev != QByteArrayView(prev))
            walk.problems.append({seq, rid(),
                                  Tr::tr("audit entry %1 (%2) does not follow the entry before it: rows were "
                                         "removed, inserted or reordered")
                                      .arg(seq)
                                      .arg(rid())});
        const QByteArrayView digest =
            hasher.row(storedPrev, seq,
                       {columnView(st, 1), columnView(st, 2), columnView(st, 3), columnView(st, 4),
                        columnView(st, 5), columnView(st, 6), columnView(st, 7), columnView(st, 8)});
        if (!AuditHasher::hexEquals(digest, storedHash))
            walk.problems.append({seq, rid(),
                                  Tr::tr("audit entry %1 (%2, field %3) was altered after it was written")
                                      .arg(seq)
                                      .arg(rid(), QString::fromUtf8(columnView(st, 5)))});
        prev.resize(storedHash.size());
        std::copy(storedHash.begin(), storedHash.end(), prev.begin());
        expectedSeq = seq + 1;
        ++walk.entries;
        if (tick && walk.entries % 16384 == 0 && !tick(walk.entries)) {
            sqlite3_finalize(st);
            walk.status = makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled"));
            return walk;
        }
    }
    if (tick)
        tick(walk.entries);
    walk.readToEnd = rc == SQLITE_DONE;
    const QString readError = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (!walk.readToEnd)
        walk.problems.append(
            {0, QString(), Tr::tr("the audit trail could not be read to the end: %1").arg(readError)});
    walk.head.seq = expectedSeq - 1;
    walk.head.hash = QString::fromLatin1(prev);
    return walk;
}

Result<QStringList> integrityCheckOn(sqlite3* handle, bool deep) {
    sqlite3_stmt* st = nullptr;
    QStringList problems;
    int rc =
        sqlite3_prepare_v2(handle, deep ? "PRAGMA integrity_check" : "PRAGMA quick_check", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const QByteArrayView line = columnView(st, 0);
            if (line != QByteArrayView("ok"))
                problems << QString::fromUtf8(line);
        }
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Corrupt, Tr::tr("SQLite could not check the file: %1").arg(error));
    return problems;
}

sqlite3* openReadOnlyTwin(sqlite3* handle) {
    const char* file = sqlite3_db_filename(handle, "main");
    if (!file || !*file)
        return nullptr;
    sqlite3* twin = nullptr;
    if (sqlite3_open_v2(file, &twin, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(twin);
        return nullptr;
    }
    sqlite3_busy_timeout(twin, 5000);
    // Opening is lazy: a file SQLite cannot read this way (WAL on read-only media) fails here.
    if (sqlite3_exec(twin, "SELECT 1 FROM audit_log LIMIT 1", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(twin);
        return nullptr;
    }
    return twin;
}

} // namespace qms
