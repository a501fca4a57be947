#pragma once

#include "domain/ClauseCoverage.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace qms {

class Workspace;

// NCs detected and closed in one calendar month.
struct MonthFlow {
    QString month; // "2026-03"
    int opened = 0;
    int closed = 0;
};

// NCs of one source, for a Pareto chart: sorted by count (descending), with the running share.
struct SourceCount {
    QString source; // NcSource key
    int count = 0;
    double cumulativePercent = 0.0;
};

// Corrective actions completed (done or verified) in one month, and how many met their due date.
struct OnTimeMonth {
    QString month; // "2026-03"
    int completed = 0;
    int onTime = 0;
};

// How many records one due rule of one kind applies to.
struct DueCount {
    RecordKind kind = RecordKind::Document;
    const char* rule = nullptr; // DueRule::key
    int dueWithin = 0;          // the date on or before today + reviewWithinDays (overdue ones included)
    int overdue = 0;            // overdue by the rule (its date before today, its extra condition met)
};

// The records of one kind per state, for the cards kinds declare (KindDecl::card).
struct StateCounts {
    RecordKind kind = RecordKind::Document;
    QHash<QString, int> byState;
    int open = 0;      // in an open state
    QDate next;        // the card's `nextField` ahead, if any
    QDate last;        // the card's `lastField`, if any
    int openLinked = 0; // open records linked through the card's `openLinks`
};

// The figures of the dashboard, computed in one go against one `today`.
struct DashboardFigures {
    QDate today;

    // Open NCs (any state but closed and cancelled) per severity.
    int openMajor = 0;
    int openMinor = 0;
    int openObservation = 0;
    int openNcs() const { return openMajor + openMinor + openObservation; }

    // Every due rule of every kind (DueRule): records due within `reviewWithinDays` and records
    // overdue, by the same declaration as the register's overdue column and the reminders.
    int reviewWithinDays = 30;
    QList<DueCount> dueCounts;
    // The counts of `kind`'s rule `rule`; zeros for a rule that is not declared.
    DueCount dueCount(RecordKind kind, const char* rule) const;

    QList<MonthFlow> ncFlow;        // the last 12 months, oldest first, the current month last
    QList<SourceCount> ncsBySource; // all NCs ever recorded, sources with at least one
    int ncTotal = 0;

    // CAs completed (done / verified effective / verified ineffective) with a completion date.
    int actionsCompleted = 0;
    int actionsOnTime = 0; // completed on or before the due date (or without a due date)
    double onTimePercent() const {
        return actionsCompleted == 0 ? 0.0 : 100.0 * actionsOnTime / actionsCompleted;
    }
    QList<OnTimeMonth> onTimeByMonth; // the last 12 months by completion month, oldest first

    CoverageSummary coverage;
    int coverageGaps() const { return coverage.gapLeaves(); }

    QList<StateCounts> stateCounts; // every kind that declares a dashboard card
    // The counts of `kind`; empty when it declares no card.
    StateCounts statesOf(RecordKind kind) const;
};

// Computes the dashboard with aggregate SQL over the record tables (indexed columns only in the
// hot filters), so that it stays quick on 100,000 NCs.
class DashboardQuery final {
public:
    explicit DashboardQuery(Workspace& ws)
        : m_ws(ws) {}

    Result<DashboardFigures> compute(int reviewWithinDays = 30) const;
    // The same, asking `cancelled` between the steps (each one aggregate query): a worker thread
    // stops early with ErrorCode::Cancelled when its result is no longer wanted.
    Result<DashboardFigures> compute(int reviewWithinDays, const std::function<bool()>& cancelled) const;

    // The months shown by the per-month charts: `count` "YYYY-MM" strings ending with today's.
    static QStringList lastMonths(const QDate& today, int count = 12);

private:
    Status openNcs(DashboardFigures& f) const;
    Status dueRules(DashboardFigures& f) const;
    Status ncFlow(DashboardFigures& f) const;
    Status sources(DashboardFigures& f) const;
    Status onTime(DashboardFigures& f) const;
    Status coverage(DashboardFigures& f) const;
    Status kindCards(DashboardFigures& f) const;

    Workspace& m_ws;
};

} // namespace qms
