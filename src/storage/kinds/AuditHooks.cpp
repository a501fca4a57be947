// What a save of an internal audit checks beyond its fields: the workflow, auditor independence
// (9.2.2 c) and its signed exception, who signs the report, and that the checklist names records
// that exist.

#include "domain/Permissions.h"
#include "domain/kinds/AuditWorkflow.h"
#include "domain/kinds/KindRules.h"
#include "storage/RecordHookSupport.h"

#include <QCoreApplication>

namespace qms {
namespace {

using namespace hooks;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordHooks)
};

bool namesOneOf(const QString& person, const QStringList& names) {
    return !person.trimmed().isEmpty() && names.contains(person.trimmed(), Qt::CaseInsensitive);
}

QList<FieldError> missingChecklistRecords(Workspace& ws, const Audit& audit) {
    QList<FieldError> out;
    for (qsizetype n = 0; n < audit.checklist.size(); ++n) {
        const ChecklistItem& item = audit.checklist[n];
        if (!item.process.isEmpty() && !ws.processes().exists(item.process))
            out.append(
                {QStringLiteral("checklist"),
                 Tr::tr("Checklist item %1 names %2, which does not exist").arg(n + 1).arg(item.process)});
        if (!item.finding.isEmpty() && !ws.nonconformities().exists(item.finding))
            out.append(
                {QStringLiteral("checklist"),
                 Tr::tr("Checklist item %1 names %2, which does not exist").arg(n + 1).arg(item.finding)});
    }
    return out;
}

// The processes in scope that an auditor owns, and their documents an auditor wrote a revision of.
Result<QStringList> independenceConflicts(Workspace& ws, const Audit& audit) {
    QStringList out;
    const QStringList auditors = audit.auditors();
    if (auditors.isEmpty() || audit.processes.isEmpty())
        return out;
    RecordFilter byId;
    byId.ids = audit.processes;
    auto processes = ws.processes().list(byId);
    if (!processes)
        return processes.error();
    for (const Process& p : *processes)
        if (namesOneOf(p.owner, auditors))
            out << Tr::tr("%1 owns %2 %3").arg(p.owner, p.meta.id, p.name);
    auto documents = ws.documents().list();
    if (!documents)
        return documents.error();
    for (const Document& d : *documents) {
        bool inScope = false;
        for (const QString& p : d.processes)
            inScope = inScope || audit.processes.contains(p);
        if (!inScope)
            continue;
        QStringList wrote;
        for (const DocumentRevision& r : d.revisions)
            if (namesOneOf(r.author, auditors) && !wrote.contains(r.author, Qt::CaseInsensitive))
                wrote << r.author;
        for (const QString& author : wrote)
            out << Tr::tr("%1 wrote %2 %3").arg(author, d.meta.id, d.title);
    }
    return out;
}

// 9.2.2 c: auditors do not audit their own work, unless a quality manager records and signs why
// it is acceptable here. An exception covers the auditors and processes it was written for.
Status checkIndependence(Workspace& ws, const Audit* before, const Audit& after) {
    const bool noteChanged = !before || before->independenceNote != after.independenceNote;
    const bool assignmentChanged =
        !before || before->auditors() != after.auditors() || before->processes != after.processes;
    if (!noteChanged && !assignmentChanged)
        return {};
    if (noteChanged && !after.independenceNote.trimmed().isEmpty())
        if (auto s = Permissions::canApproveIndependenceException(ws.user()); !s)
            return s;
    auto conflicts = independenceConflicts(ws, after);
    if (!conflicts)
        return conflicts.error();
    if (conflicts->isEmpty())
        return {};
    if (after.independenceNote.trimmed().isEmpty())
        return Error{ErrorCode::WorkflowRefused,
                     Tr::tr("Auditors do not audit their own work (ISO 9001 9.2.2 c): %1. Choose other "
                            "auditors, or a quality manager writes why it is acceptable under "
                            "\"Independence exception\" and signs it.")
                         .arg(conflicts->join(QStringLiteral("; "))),
                     {{QStringLiteral("lead_auditor"), Tr::tr("Not independent of the scope")}}};
    if (assignmentChanged && !noteChanged)
        return Error{ErrorCode::WorkflowRefused,
                     Tr::tr("The independence exception was approved for other auditors or another scope. "
                            "Review it for %1 and sign it again.")
                         .arg(conflicts->join(QStringLiteral("; "))),
                     {{QStringLiteral("independence_note"), Tr::tr("Review the exception")}}};
    return {};
}

} // namespace

template <>
Status RecordHooks<Audit>::beforeSave(Workspace& ws, const Audit* before, Audit& after,
                                      const SaveOptions& options, FieldCheck check) {
    const QString id = shownId(before, after.meta.id, options);
    if (auto s = fieldProblems(checkFields(ws, after, check) + missingChecklistRecords(ws, after), id); !s)
        return s;
    if (!before) {
        if (options.isImport) // imported history: the record must hold what its state needs
            return fieldProblems(AuditWorkflow::requirements(after, after.status), after.meta.id);
        if (after.status != AuditStatus::Planned)
            return makeError(ErrorCode::WorkflowRefused, Tr::tr("A new audit starts as planned."));
        return checkIndependence(ws, nullptr, after);
    }
    if (auto s = refuseEditOfClosed(before, after, !isOpenRecord(*before),
                                    Tr::tr("A closed audit is kept as it was."));
        !s)
        return s;
    if (before->status != after.status && before->independenceNote != after.independenceNote)
        return makeError(ErrorCode::WorkflowRefused,
                         Tr::tr("Save the independence exception first: it is signed on its own."));
    if (auto s = checkIndependence(ws, before, after); !s)
        return s;
    if (before->status == after.status)
        return {};
    if (!options.reason.isEmpty())
        after.statusReason = options.reason;
    else if (after.statusReason == before->statusReason)
        after.statusReason.clear(); // the old reason does not explain this step
    const User& user = ws.user();
    if (after.status == AuditStatus::Reported && !AuditWorkflow::isLeadAuditor(after, user.name) &&
        !AuditWorkflow::isLeadAuditor(after, user.printedName()))
        return makeError(ErrorCode::Forbidden, Tr::tr("Only the lead auditor, %1, signs the report of %2.")
                                                   .arg(after.leadAuditor, after.meta.id));
    if (auto s = AuditWorkflow::check(after, before->status); !s)
        return s;
    AuditWorkflow::applyDerived(after, before->status, ws.clock().today(), user.printedName());
    return {};
}

} // namespace qms
