#pragma once

#include "PackData.h"
#include "PackRecords.h"
#include "domain/Result.h"

#include <functional>

namespace qms {
class Workspace;
}

namespace qms::report {

// Reads what a pack needs from an open workspace: the integrity check, the chain head, the
// clause coverage, the in-scope records of each register and the audit trail of the period.
class PackDataCollector final {
public:
    // `progress(done, total)` returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit PackDataCollector(Workspace& ws)
        : m_ws(ws)
        , m_records(ws) {}

    Result<PackData> collect(const PackScope& scope, const Progress& progress = {});

    // Status changes of one record, oldest first, from its creation snapshot and "status" entries.
    Result<QList<StatusChange>> statusHistory(const QString& recordId) const;
    // Loads the records of a chunk for the sections.
    const PackRecords& records() const { return m_records; }

private:
    Status collectRecords(PackData& data, const QSet<QString>& touched,
                          const std::function<bool()>& keepGoing);
    Status collectAudit(PackData& data, QSet<QString>* touched);

    Workspace& m_ws;
    PackRecords m_records;
};

} // namespace qms::report
