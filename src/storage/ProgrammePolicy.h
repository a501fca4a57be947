#pragma once

#include "domain/Result.h"

#include <QString>

namespace qms {

class Workspace;

// The organisation's rhythm for the two things ISO 9001 asks to be planned at intervals: how long
// the audit programme may take to cover every applicable clause (9.2.2 a, default 36 months) and
// how often top management reviews the QMS (9.3.1, default every 12 months). Kept in the
// database's meta table, so a copy handed to an auditor carries it; quality managers change it,
// every change is audited and `verify` checks the stored values against the trail.
class ProgrammePolicy final {
public:
    static constexpr int DefaultAuditCycleMonths = 36;
    static constexpr int DefaultReviewIntervalMonths = 12;
    static constexpr int MaxAuditCycleMonths = 120;
    static constexpr int MaxReviewIntervalMonths = 36;

    // Meta keys (and "meta:<key>" audit record ids, field "months").
    static QString auditCycleKey();
    static QString reviewIntervalKey();

    explicit ProgrammePolicy(Workspace& ws)
        : m_ws(ws) {}

    int auditCycleMonths() const;
    int reviewIntervalMonths() const;
    // 1 to the maximum; quality managers only; audited. Setting the current value changes nothing.
    Status setAuditCycleMonths(int months);
    Status setReviewIntervalMonths(int months);

private:
    int read(const QString& key, int fallback) const;
    Status write(const QString& key, int months, int max, int fallback, const QString& what);

    Workspace& m_ws;
};

} // namespace qms
