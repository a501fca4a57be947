#include "AuditWorkflow.h"

#include "domain/kinds/DeclaredSteps.h"
#include "domain/kinds/LinkedRecords.h"

#include <QCoreApplication>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Workflow)
};

using S = AuditStatus;

int rank(S s) {
    return stepRank<Audit>(s);
}

QList<int> itemsWhere(const Audit& a, bool (*pred)(const ChecklistItem&)) {
    QList<int> out;
    for (qsizetype i = 0; i < a.checklist.size(); ++i)
        if (pred(a.checklist[i]))
            out << int(i + 1);
    return out;
}

QString numbers(const QList<int>& items) {
    QStringList out;
    for (int n : items)
        out << QString::number(n);
    return out.join(QStringLiteral(", "));
}

} // namespace

QList<FieldError> AuditWorkflow::requirements(const Audit& a, AuditStatus state) {
    QList<FieldError> out;
    if (state == S::Cancelled) {
        if (a.statusReason.trimmed().isEmpty())
            out.append({QStringLiteral("status_reason"), Tr::tr("Say why the audit is cancelled")});
        return out;
    }
    if (rank(state) >= rank(S::Prepared)) {
        if (a.leadAuditor.trimmed().isEmpty())
            out.append({QStringLiteral("lead_auditor"), Tr::tr("Name the lead auditor")});
        if (!a.plannedDate.isValid())
            out.append({QStringLiteral("planned_date"), Tr::tr("Give the date the audit is planned for")});
        if (a.clauses.isEmpty() && a.processes.isEmpty())
            out.append(
                {QStringLiteral("clauses"), Tr::tr("Name the clauses or processes in scope (9.2.2 b)")});
        if (a.criteria.trimmed().isEmpty())
            out.append({QStringLiteral("criteria"), Tr::tr("State the audit criteria (9.2.2 b)")});
        if (a.checklist.isEmpty())
            out.append({QStringLiteral("checklist"),
                        Tr::tr("Prepare the checklist: generate it from the scope or add questions")});
    }
    if (rank(state) >= rank(S::Reported)) {
        if (const QList<int> open =
                itemsWhere(a, [](const ChecklistItem& i) { return i.result == AuditResult::Unanswered; });
            !open.isEmpty())
            out.append({QStringLiteral("checklist"),
                        Tr::tr("Answer every checklist question; still open: %1").arg(numbers(open))});
        if (const QList<int> bare = itemsWhere(a,
                                               [](const ChecklistItem& i) {
                                                   return i.result != AuditResult::Unanswered &&
                                                          i.result != AuditResult::NotAudited &&
                                                          i.evidence.trimmed().isEmpty();
                                               });
            !bare.isEmpty())
            out.append(
                {QStringLiteral("checklist"),
                 Tr::tr("Write the evidence seen for every answer; missing for: %1").arg(numbers(bare))});
        if (a.conclusions.trimmed().isEmpty())
            out.append(
                {QStringLiteral("conclusions"), Tr::tr("Write the audit's conclusions for the report")});
    }
    if (state == S::Closed)
        if (const QStringList raise = a.findingsToRaise(); !raise.isEmpty())
            out.append({QStringLiteral("checklist"),
                        Tr::tr("Raise a nonconformity for every NC found; not yet raised: %1")
                            .arg(raise.join(QStringLiteral(", ")))});
    return out;
}

Status AuditWorkflow::check(const Audit& a, AuditStatus from) {
    return checkDeclaredStep(a, from, a.status, a.statusReason, &AuditWorkflow::requirements);
}

void AuditWorkflow::applyDerived(Audit& a, AuditStatus from, const QDate& today, const QString& actingUser) {
    if (a.status == S::InProgress && from == S::Prepared && !a.heldOn.isValid())
        a.heldOn = today;
    if (a.status == S::Reported && from != S::Reported) {
        a.reportedBy = actingUser;
        a.reportedOn = today;
    }
    if (a.status == S::InProgress && from == S::Reported) { // the report reopened
        a.reportedBy.clear();
        a.reportedOn = {};
    }
    if ((a.status == S::Closed || a.status == S::Cancelled) && !a.closedOn.isValid())
        a.closedOn = today;
}

bool AuditWorkflow::isAuditor(const Audit& a, const QString& name) {
    return a.auditors().contains(name.trimmed(), Qt::CaseInsensitive);
}

bool AuditWorkflow::isLeadAuditor(const Audit& a, const QString& name) {
    return !name.trimmed().isEmpty() &&
           a.leadAuditor.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
}

// A nonconformity raised from checklist row `row`: found in an internal audit, graded by the
// result, against the item's clause and process, described by the question and the evidence.
template <> void fillRecordFromRow<Nonconformity, Audit>(Nonconformity& nc, const Audit& audit, int row) {
    if (row < 0 || row >= audit.checklist.size())
        return;
    const ChecklistItem& item = audit.checklist[row];
    nc.source = NcSource::InternalAudit;
    nc.severity = item.result == AuditResult::MajorNc   ? Severity::Major
                  : item.result == AuditResult::MinorNc ? Severity::Minor
                                                        : Severity::Observation;
    nc.title = QCoreApplication::translate("qms::Kind", "%1 item %2: %3")
                   .arg(audit.meta.id)
                   .arg(row + 1)
                   .arg(item.question.section(QLatin1Char('\n'), 0, 0).left(120));
    nc.description = item.evidence;
    if (!item.clause.isEmpty())
        nc.clauses = {item.clause};
    nc.process = item.process;
    if (audit.heldOn.isValid())
        nc.detectedOn = audit.heldOn;
}

} // namespace qms
