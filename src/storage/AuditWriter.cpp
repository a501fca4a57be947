#include "AuditWriter.h"

#include "RecordChanges.h"

namespace qms {

Status AuditWriter::append(QList<AuditEntry> entries) {
    const QDateTime now = m_clock.nowUtc();
    for (AuditEntry& e : entries) {
        e.user = m_user.name;
        e.at = now;
    }
    if (auto s = m_trail.append(entries); !s)
        return s;
    m_changes.note(entries);
    return {};
}

} // namespace qms
