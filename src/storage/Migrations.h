#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <optional>

namespace qms {

class Database;

// Schema changes, one numbered step each, applied in order on PRAGMA user_version. A step never
// changes once released: fixes come as a new step.
class Migrations {
public:
    static int latestVersion();
    // Runs every step above the file's version in one BEGIN IMMEDIATE transaction together with
    // the user_version bump, so a failure leaves the file exactly as it was.
    static Status migrate(Database& db, int fromVersion);
    // The SQL of step `version` (1-based), for tests that build a file of an older version.
    static QStringList statements(int version);
    // What lets a read-only connection read a file without step `version` as if it had it, while
    // the file stays as it is (an auditor reviews the file handed over, not a changed one): the
    // step's views as temporary views; its indexes only speed queries up and are left out. None
    // when the step changes tables, which only an upgrade can do.
    static std::optional<QStringList> reviewStatements(int version);
};

} // namespace qms
