#pragma once

// What the records linked to a clause say about it: evidence that it is met, open findings against
// it, or nothing yet. One rule (KindDecl::evidence) for the clause page, the dashboard, the CLI, the
// workbook and the audit pack.

#include "ClauseCatalogue.h"
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qms {

// The role one linked record plays for its clauses now (stored as an int by the SQL side).
enum class ClauseRole {
    Linked = 0,        // counted, neither evidence nor an open finding (a closed NC, a draft change)
    Evidence = 1,      // shows that the clause is met
    StaleEvidence = 2, // would be evidence but is overdue (a document past its review date)
    OpenFinding = 3,   // an open nonconformity or corrective action against the clause
    Withdrawn = 4,     // no longer in force (obsolete, retired, cancelled): listed, never counted
};
QString clauseRoleLabel(ClauseRole role);

struct ClauseLink {
    QString recordId;
    ClauseRole role = ClauseRole::Linked;
}; // translated, plural ("Evidence", "Open findings")

// Values are shown, never stored: new ones may go anywhere.
enum class CoverageStatus {
    Covered,             // current evidence, no open finding
    CoveredWithFindings, // current evidence and open findings against the clause
    Stale,               // only stale evidence
    Gap,                 // no evidence (there may be findings)
    NotApplicable,       // excluded with a justification (ISO 9001 4.3)
};
QString coverageStatusKey(CoverageStatus s);   // "covered", "covered_with_findings", "stale", ...
QString coverageStatusLabel(CoverageStatus s); // translated
bool isCovered(CoverageStatus s);              // covered, with or without open findings
// How a clause's status and the coverage percentage are worked out, from the kinds' declarations.
QString coverageRuleText();

// Whether the audit programme reaches a clause within its cycle (ISO 9001 9.2.2 a). The cycle is
// the organisation's (ProgrammePolicy); the dates come from the kind that declares
// EvidenceDecl::lastDate (audits held) and its card's next date (audits planned).
enum class ProgrammeStatus {
    None,       // no kind keeps audits, or the clause is not applicable
    Audited,    // audited within the cycle
    Planned,    // not audited within the cycle, but a planned audit covers it
    Overdue,    // last audited longer ago than the cycle, and no audit planned
    NotAudited, // never audited, and no audit planned: a gap in the programme
};
// The rule, stated once. `last` and `next` may be null (never audited, none planned).
ProgrammeStatus programmeStatus(const QDate& last, const QDate& next, const QDate& today, int cycleMonths);
bool isProgrammeGap(ProgrammeStatus s); // overdue or never audited

// Evidence for one clause: records linked to it or to any of its subclauses.
// The heading of ClauseCoverage::lastDate ("Last audited"), translated; empty when no kind declares one.
QString lastDateLabel();

struct ClauseCoverage {
    QString clause;
    QString title;
    int depth = 0;
    bool applicable = true;
    QString justification;
    // Live (not withdrawn) records of each kind linked to the clause or a subclause, indexed by
    // int(RecordKind) (the order of kindDecls()); every declared kind has its count.
    QList<int> counts;
    int evidence = 0;      // records that show the clause is met
    int staleEvidence = 0; // records that would, but are overdue
    int openFindings = 0;
    // The grade of the worst graded open finding ("major") and the kind that declares the grade.
    QString worstFinding;
    RecordKind worstFindingKind = RecordKind::Nonconformity;
    // The latest date of the kind declaring EvidenceDecl::lastDate (when it was last audited).
    QDate lastDate;
    // The earliest planned date of an open audit of the clause, a parent or a subclause.
    QDate nextDate;
    // Whether the audit programme covers it within the cycle (None until storage works it out).
    ProgrammeStatus programme = ProgrammeStatus::None;
    // "Within the cycle", "Planned for 2027-02-01", "Overdue: the cycle has passed, none planned",
    // "Not audited, none planned"; empty for None. Translated; shown beside lastDate.
    QString programmeText() const;

    int count(RecordKind kind) const { return int(kind) < counts.size() ? counts[int(kind)] : 0; }
    void setCount(RecordKind kind, int n) {
        if (counts.size() <= int(kind))
            counts.resize(int(kind) + 1);
        counts[int(kind)] = n;
    }
    int total() const {
        int n = 0;
        for (int c : counts)
            n += c;
        return n;
    }
    CoverageStatus status() const;
    // "2 open findings, worst: Major"; empty without open findings. Translated.
    QString findingsText() const;
    // The label of the worst grade ("Major"); empty when no open finding is graded. Translated.
    QString worstFindingLabel() const;
};

struct CoverageSummary {
    int applicableLeaves = 0;
    int coveredLeaves = 0; // with or without open findings
    int withFindingsLeaves = 0;
    int staleLeaves = 0;
    int notApplicableLeaves = 0;
    int gapLeaves() const { return applicableLeaves - coveredLeaves - staleLeaves; }
    double percent() const {
        return applicableLeaves == 0 ? 100.0 : 100.0 * coveredLeaves / applicableLeaves;
    }
};
CoverageSummary summarise(const QList<ClauseCoverage>& rows, const ClauseCatalogue& catalogue);
// "31 of 36 applicable clauses covered (2 with open findings), 1 stale, 4 gaps, 3 not applicable";
// parts that are zero are left out. Translated.
QString coverageSummaryText(const CoverageSummary& s);

// The audit programme over the applicable leaf clauses.
struct ProgrammeSummary {
    int applicableLeaves = 0;
    int audited = 0;
    int planned = 0;
    int overdue = 0;
    int notAudited = 0;
    int gaps() const { return overdue + notAudited; }
};
ProgrammeSummary summariseProgramme(const QList<ClauseCoverage>& rows, const ClauseCatalogue& catalogue);
// "Audit programme (36-month cycle): 30 of 36 applicable clauses audited within the cycle, 4
// planned, 1 overdue, 1 never audited"; empty when no kind keeps audits. Translated.
QString programmeSummaryText(const ProgrammeSummary& s, int cycleMonths);

} // namespace qms
