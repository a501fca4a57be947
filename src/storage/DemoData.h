#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace qms {

// A clock the demo generator can move through its simulated history: while a simulated time is
// set it returns that, otherwise the real time. Create the Workspace on it (and pass it in
// DemoOptions::clock) so that audit timestamps, release dates, review dates and closing dates
// read like 15 months of real work instead of "all today".
class DemoClock final : public Clock {
public:
    QDateTime nowUtc() const override {
        return m_simulated.isValid() ? m_simulated : QDateTime::currentDateTimeUtc();
    }
    // Whole seconds: stored timestamps have no fractions, so records read back compare equal.
    void setSimulated(const QDateTime& utc) {
        const QDateTime t = utc.toUTC();
        m_simulated = t.addMSecs(-t.time().msec());
    }
    void useRealTime() { m_simulated = {}; }

private:
    QDateTime m_simulated;
};

struct DemoOptions {
    int nonconformities = 60; // --scale N
    quint32 seed = 2026;      // same seed, same data
    // Documents in total; -1: the ~37 core documents, or N/20 when that is more.
    int documents = -1;
    // The newest this-many NCs walk the real workflow step by step (open, contained, ... closed,
    // with their actions). Older ones beyond it are recorded in one step as imported history
    // (audit action "import"), so that 100,000 NCs take minutes, not hours. -1: all walk.
    int workflowLimit = 5000;
    // The clock the Workspace was created on, if it is a DemoClock; null: timestamps are "now".
    std::shared_ptr<DemoClock> clock;
    // Called now and then with (steps done, steps in total); return false to cancel.
    std::function<bool(qint64, qint64)> progress;
};

// Fills a fresh database with realistic, varied demo data for the fictional "Nordwind Precision
// GmbH": users of every role, 12 processes, ~37 documents, N NCs across all states and
// severities with their corrective actions (some overdue, one or two ineffective), a few clauses
// deliberately left uncovered and one not applicable. Everything goes through the repositories
// inside one transaction, so the audit trail is complete and verifies.
class DemoData {
public:
    static Status generate(Workspace& ws, const DemoOptions& options = {});

    // Creates `path` on a DemoClock set to the start of the simulated history and fills it.
    // Empty organisation/admin in `create` default to Nordwind Precision GmbH and "k.lange".
    static Result<std::unique_ptr<Workspace>>
    createWorkspace(const QString& path, Workspace::CreateOptions create, DemoOptions options = {});

    // The organisation name the demo uses.
    static QString organisation();
};

} // namespace qms
