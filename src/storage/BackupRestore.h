#pragma once

#include "AuditTrail.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace qms {

struct RestoreOutcome {
    QString keptAs;      // the replaced database, kept beside it
    VerifyReport report; // of the restored copy
    QString note;        // anything worth telling that did not stop the restore
};

// Replaces a database by a backup copy, but only a copy that verifies: SQLite integrity_check,
// the audit chain and the replay of every record. Nothing changes otherwise.
class BackupRestore final {
public:
    // `userName` must be a quality manager of `target`; no one else may have `target` open.
    // The replaced file is kept as "<name>.before-restore-<yyyyMMdd-HHmmss>.qms" next to it.
    static Result<RestoreOutcome> restore(const QString& backup, const QString& target,
                                          const QString& userName, const QDateTime& nowUtc);

    static QString keptName(const QString& target, const QDateTime& nowUtc);
};

} // namespace qms
