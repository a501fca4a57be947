#pragma once

#include "domain/Result.h"

namespace qms {

class Workspace;

struct DemoOptions {
    int nonconformities = 60; // --scale N
    quint32 seed = 2026;      // same seed, same data
};

// Fills a fresh database with realistic, varied demo data: ~30 documents, 12 processes, N NCs across
// all states and severities with their corrective actions (some overdue), users of every role and
// a few clauses deliberately left uncovered. Everything goes through the repositories, so the
// audit trail is complete and verifies.
class DemoData {
public:
    static Status generate(Workspace& ws, const DemoOptions& options = {});
};

} // namespace qms
