#pragma once

#include "AuditTrail.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

namespace qms {

class RecordChanges;

// Writes audit entries as the acting user at the clock's now, and notes them for the change
// announcement. The workspace owns one and hands it to the repositories, so that they never reach
// back up for the user, the time or the trail.
class AuditWriter {
public:
    AuditWriter(AuditTrail& trail, const User& user, const Clock& clock, RecordChanges& changes)
        : m_trail(trail)
        , m_user(user)
        , m_clock(clock)
        , m_changes(changes) {}

    // Inside an open write transaction.
    Status append(QList<AuditEntry> entries);

private:
    AuditTrail& m_trail;
    const User& m_user; // the workspace's acting user, kept current by it
    const Clock& m_clock;
    RecordChanges& m_changes;
};

} // namespace qms
