#pragma once

#include "AuditTrail.h"

#include <functional>

struct sqlite3;

namespace qms {

struct ChainWalk {
    qint64 entries = 0;
    ChainHead head;
    QList<AuditProblem> problems;
    bool readToEnd = false; // false: the rows could not all be read (a problem says why)
    Status status;          // not ok: the walk could not start, or was cancelled
};

// Pass 1 of verify: every row of audit_log in seq order, hashed again and held against its
// stored hash and its predecessor's. Runs on whichever thread owns `handle`; `tick` is told the
// rows walked so far every 16,384 rows, and false from it cancels.
ChainWalk walkAuditChain(sqlite3* handle, const std::function<bool(qint64 done)>& tick);

// SQLite's own check of the file behind `handle` (`deep`: integrity_check, else quick_check): the
// lines it reports, none when the file is sound.
Result<QStringList> integrityCheckOn(sqlite3* handle, bool deep);

// A second, read-only connection to the database file behind `handle`, for the walk on another
// thread (a connection is never shared between threads); null when none can be opened, e.g. for
// an in-memory database or a file on read-only media. Close with sqlite3_close.
sqlite3* openReadOnlyTwin(sqlite3* handle);

} // namespace qms
