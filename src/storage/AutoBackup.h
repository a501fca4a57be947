#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qms {

class Database;

// Automatic backups taken when a database is opened: a consistent copy (VACUUM INTO) named
// `<base>-YYYYMMDD-HHMMSS.qms` in a backup folder, checked after writing, then the oldest copies of
// the same database pruned so that `keep` remain. Files that do not match that database's backup
// name pattern are never touched.
class AutoBackup final {
public:
    struct Options {
        QString folder; // empty: defaultFolder(database)
        int keep = 10;  // at least 1
    };
    struct Outcome {
        QString written;    // the new backup (or the one of this very second, when it existed already)
        QStringList pruned; // backups deleted to keep `keep`
    };

    // "<folder of the database>/backups".
    static QString defaultFolder(const QString& databasePath);
    // "<base>-YYYYMMDD-HHMMSS.qms" for the database file's base name and `localTime`.
    static QString fileName(const QString& databasePath, const QDateTime& localTime);
    // The backups of `databasePath` in `folder`, newest first (full paths).
    static QStringList backupsIn(const QString& folder, const QString& databasePath);

    // Writes, checks and prunes. `nowUtc` names the copy (in local time). Nothing is pruned unless
    // the new copy was written and checked.
    static Result<Outcome> run(Database& db, const Options& options, const QDateTime& nowUtc);

private:
    static Status check(Database& source, const QString& copy);
};

} // namespace qms
