#include "ClauseCoverage.h"

#include "kinds/KindRules.h"

#include <QCoreApplication>
#include <QLocale>

namespace qms {

QString clauseRoleLabel(ClauseRole role) {
    switch (role) {
    case ClauseRole::Evidence:
        return QCoreApplication::translate("qms::Coverage", "Evidence");
    case ClauseRole::StaleEvidence:
        return QCoreApplication::translate("qms::Coverage", "Stale evidence");
    case ClauseRole::OpenFinding:
        return QCoreApplication::translate("qms::Coverage", "Open findings");
    case ClauseRole::Linked:
        return QCoreApplication::translate("qms::Coverage", "Other linked records");
    case ClauseRole::Withdrawn:
        return QCoreApplication::translate("qms::Coverage", "Withdrawn records");
    }
    return {};
}

QString coverageStatusKey(CoverageStatus s) {
    switch (s) {
    case CoverageStatus::Covered:
        return QStringLiteral("covered");
    case CoverageStatus::CoveredWithFindings:
        return QStringLiteral("covered_with_findings");
    case CoverageStatus::Stale:
        return QStringLiteral("stale");
    case CoverageStatus::Gap:
        return QStringLiteral("gap");
    case CoverageStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString coverageStatusLabel(CoverageStatus s) {
    switch (s) {
    case CoverageStatus::Covered:
        return QCoreApplication::translate("qms::Coverage", "Covered");
    case CoverageStatus::CoveredWithFindings:
        return QCoreApplication::translate("qms::Coverage", "Covered, open findings");
    case CoverageStatus::Stale:
        return QCoreApplication::translate("qms::Coverage", "Evidence stale");
    case CoverageStatus::Gap:
        return QCoreApplication::translate("qms::Coverage", "Gap");
    case CoverageStatus::NotApplicable:
        return QCoreApplication::translate("qms::Coverage", "Not applicable");
    }
    return {};
}

bool isCovered(CoverageStatus s) {
    return s == CoverageStatus::Covered || s == CoverageStatus::CoveredWithFindings;
}

QString coverageRuleText() {
    QStringList evidence;
    QStringList findings;
    for (const KindDecl* d : kindDecls()) {
        if (d->evidence.role == EvidenceRole::Evidence && d->evidence.describes)
            evidence << QCoreApplication::translate("qms::Kind", d->evidence.describes);
        else if (d->evidence.role == EvidenceRole::Finding)
            findings << d->pluralLabelText().toLower();
    }
    // The C locale (the CLI without LANG) joins with bare commas; English reads better.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    return QCoreApplication::translate(
               "qms::Coverage",
               "A clause is covered when a record linked to it or to a subclause gives evidence: %1. "
               "Evidence past its review date is stale. Open %2 are findings: they are shown beside "
               "the status and never count as evidence. The percentage counts the lowest-level "
               "clauses: the covered ones out of all applicable ones.")
        .arg(locale.createSeparatedList(evidence), locale.createSeparatedList(findings));
}

CoverageStatus ClauseCoverage::status() const {
    if (!applicable)
        return CoverageStatus::NotApplicable;
    if (evidence > 0)
        return openFindings > 0 ? CoverageStatus::CoveredWithFindings : CoverageStatus::Covered;
    return staleEvidence > 0 ? CoverageStatus::Stale : CoverageStatus::Gap;
}

QString ClauseCoverage::findingsText() const {
    if (openFindings == 0)
        return {};
    const QString n =
        openFindings == 1
            ? QCoreApplication::translate("qms::Coverage", "1 open finding")
            : QCoreApplication::translate("qms::Coverage", "%1 open findings").arg(openFindings);
    if (worstFinding.isEmpty())
        return n;
    return QCoreApplication::translate("qms::Coverage", "%1, worst: %2").arg(n, worstFindingLabel());
}

QString ClauseCoverage::worstFindingLabel() const {
    if (worstFinding.isEmpty())
        return {};
    const KindDecl& d = kindDecl(worstFindingKind);
    return fieldChoiceLabel(d.kind, QString::fromLatin1(d.evidence.gradeField), worstFinding);
}

CoverageSummary summarise(const QList<ClauseCoverage>& rows, const ClauseCatalogue& catalogue) {
    CoverageSummary s;
    for (const auto& r : rows) {
        if (!catalogue.isLeaf(r.clause))
            continue;
        const CoverageStatus st = r.status();
        if (st == CoverageStatus::NotApplicable) {
            ++s.notApplicableLeaves;
            continue;
        }
        ++s.applicableLeaves;
        if (isCovered(st))
            ++s.coveredLeaves;
        if (st == CoverageStatus::CoveredWithFindings)
            ++s.withFindingsLeaves;
        if (st == CoverageStatus::Stale)
            ++s.staleLeaves;
    }
    return s;
}

QString coverageSummaryText(const CoverageSummary& s) {
    QString covered = QCoreApplication::translate("qms::Coverage", "%1 of %2 applicable clauses covered")
                          .arg(s.coveredLeaves)
                          .arg(s.applicableLeaves);
    if (s.withFindingsLeaves > 0)
        covered +=
            QLatin1Char(' ') +
            QCoreApplication::translate("qms::Coverage", "(%1 with open findings)").arg(s.withFindingsLeaves);
    QStringList parts{covered};
    if (s.staleLeaves > 0)
        parts << QCoreApplication::translate("qms::Coverage", "%1 with stale evidence").arg(s.staleLeaves);
    parts << (s.gapLeaves() == 1
                  ? QCoreApplication::translate("qms::Coverage", "1 gap")
                  : QCoreApplication::translate("qms::Coverage", "%1 gaps").arg(s.gapLeaves()));
    if (s.notApplicableLeaves > 0)
        parts << QCoreApplication::translate("qms::Coverage", "%1 not applicable").arg(s.notApplicableLeaves);
    return parts.join(QStringLiteral(", "));
}

QString lastDateLabel() {
    for (const KindDecl* d : kindDecls())
        if (d->evidence.lastDate && d->evidence.lastLabel)
            return QCoreApplication::translate("qms::Kind", d->evidence.lastLabel);
    return {};
}

ProgrammeStatus programmeStatus(const QDate& last, const QDate& next, const QDate& today, int cycleMonths) {
    if (last.isValid() && last.addMonths(cycleMonths) > today)
        return ProgrammeStatus::Audited;
    if (next.isValid())
        return ProgrammeStatus::Planned;
    return last.isValid() ? ProgrammeStatus::Overdue : ProgrammeStatus::NotAudited;
}

bool isProgrammeGap(ProgrammeStatus s) {
    return s == ProgrammeStatus::Overdue || s == ProgrammeStatus::NotAudited;
}

QString ClauseCoverage::programmeText() const {
    switch (programme) {
    case ProgrammeStatus::None:
        return {};
    case ProgrammeStatus::Audited:
        return QCoreApplication::translate("qms::Coverage", "Within the cycle");
    case ProgrammeStatus::Planned:
        return QCoreApplication::translate("qms::Coverage", "Planned for %1")
            .arg(nextDate.toString(Qt::ISODate));
    case ProgrammeStatus::Overdue:
        return QCoreApplication::translate("qms::Coverage", "Overdue: the cycle has passed, none planned");
    case ProgrammeStatus::NotAudited:
        return QCoreApplication::translate("qms::Coverage", "Not audited, none planned");
    }
    return {};
}

ProgrammeSummary summariseProgramme(const QList<ClauseCoverage>& rows, const ClauseCatalogue& catalogue) {
    ProgrammeSummary s;
    for (const auto& r : rows) {
        if (!catalogue.isLeaf(r.clause) || r.programme == ProgrammeStatus::None)
            continue;
        ++s.applicableLeaves;
        switch (r.programme) {
        case ProgrammeStatus::Audited:
            ++s.audited;
            break;
        case ProgrammeStatus::Planned:
            ++s.planned;
            break;
        case ProgrammeStatus::Overdue:
            ++s.overdue;
            break;
        case ProgrammeStatus::NotAudited:
            ++s.notAudited;
            break;
        case ProgrammeStatus::None:
            break;
        }
    }
    return s;
}

QString programmeSummaryText(const ProgrammeSummary& s, int cycleMonths) {
    if (s.applicableLeaves == 0)
        return {};
    QStringList parts{
        QCoreApplication::translate("qms::Coverage", "%1 of %2 applicable clauses audited within the cycle")
            .arg(s.audited)
            .arg(s.applicableLeaves)};
    if (s.planned > 0)
        parts << QCoreApplication::translate("qms::Coverage", "%1 planned").arg(s.planned);
    if (s.overdue > 0)
        parts << QCoreApplication::translate("qms::Coverage", "%1 overdue").arg(s.overdue);
    if (s.notAudited > 0)
        parts << QCoreApplication::translate("qms::Coverage", "%1 never audited and not planned")
                     .arg(s.notAudited);
    return QCoreApplication::translate("qms::Coverage", "Audit programme (%1-month cycle): %2")
        .arg(cycleMonths)
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace qms
