#pragma once

// A small QMS file with a known history, built through the repositories so that its audit trail
// is real: three documents, two processes, five nonconformities in different states (one closed,
// one cancelled) and two corrective actions (one overdue), spread over January to March 2026.

#include "domain/Clock.h"
#include "storage/Workspace.h"

#include <QString>
#include <memory>

namespace qms::test {

struct PackFixture {
    QString path;
    std::shared_ptr<FixedClock> clock;
    std::unique_ptr<Workspace> ws;

    // Creates the file at `path`; throws std::runtime_error with the reason when a step fails.
    explicit PackFixture(const QString& path);
    // Adds `count` open nonconformities with a corrective action each (performance runs).
    void addBulkNcs(int count);
};

} // namespace qms::test
