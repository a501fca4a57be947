#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>

namespace qms {

// A step a user can take from a record's current status, as offered by editors and the CLI.
template <typename S> struct WorkflowStep {
    S target;
    QString action; // "Mark contained", "Cancel", "Reopen" ...
    bool needsReason = false;
};

// Nonconformity workflow: Open -> Contained -> Root cause identified -> Action planned ->
// Verification -> Closed, Cancelled with a reason, one step back or reopen with a reason.
class NcWorkflow {
public:
    static QList<WorkflowStep<NcStatus>> steps(NcStatus from);
    static bool isStep(NcStatus from, NcStatus to);
    static bool needsReason(NcStatus from, NcStatus to);
    // What the record must hold to be in `state`; empty when it may. `linked` are its CAs.
    static QList<FieldError> requirements(const Nonconformity& nc, NcStatus state,
                                          const QList<CorrectiveAction>& linked);
    // Whether `nc` (holding its edits) may move from `from` to nc.status now; explains a refusal.
    static Status check(const Nonconformity& nc, NcStatus from, const QList<CorrectiveAction>& linked);
    // Derived fields of the new status: closedOn.
    static void applyDerived(Nonconformity& nc, NcStatus from, const QDate& today);
};

// Corrective action workflow: Planned -> In progress -> Done -> Verified effective | Verified
// ineffective; cancel with a reason; back one step with a reason.
class CaWorkflow {
public:
    static QList<WorkflowStep<CaStatus>> steps(CaStatus from);
    static bool isStep(CaStatus from, CaStatus to);
    static bool needsReason(CaStatus from, CaStatus to);
    static QList<FieldError> requirements(const CorrectiveAction& ca, CaStatus state);
    static Status check(const CorrectiveAction& ca, CaStatus from);
    // completedOn when Done; effectivenessBy defaults to the acting user when verified.
    static void applyDerived(CorrectiveAction& ca, CaStatus from, const QDate& today,
                             const QString& actingUser);
};

// Document workflow: Draft -> In review -> Released -> Obsolete; In review back to Draft with a
// reason. A released document gets a new draft revision through startRevision(), while the
// released revision stays effective.
class DocumentWorkflow {
public:
    static QList<WorkflowStep<DocumentStatus>> steps(DocumentStatus from);
    static bool isStep(DocumentStatus from, DocumentStatus to);
    static bool needsReason(DocumentStatus from, DocumentStatus to);
    static QList<FieldError> requirements(const Document& doc, DocumentStatus state);
    static Status check(const Document& doc, DocumentStatus from);
    // On release: effective revision, approver, release time, next review date.
    static void applyDerived(Document& doc, DocumentStatus from, const QDateTime& nowUtc,
                             const QString& approver);
    // Starts the next revision as a draft; the released revision stays effective.
    static Status startRevision(Document& doc, const QString& label, const QString& summary,
                                const QString& author, const QDate& today);
    // "A" -> "B", "1" -> "2", "1.3" -> "1.4"; empty -> "A".
    static QString nextRevisionLabel(const QString& label);
};

} // namespace qms
