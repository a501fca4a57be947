#pragma once

#include "domain/Result.h"

#include <QStringList>

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
};

} // namespace qms
