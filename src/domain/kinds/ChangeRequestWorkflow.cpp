#include "ChangeRequestWorkflow.h"

#include "domain/kinds/LinkedRecords.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Workflow)
};

using S = ChangeStatus;

// The forward order; Rejected stands outside it.
int rank(S s) {
    return s == S::Rejected ? -1 : int(s);
}

} // namespace

// The steps are declared with the kind (ChangeRequestKind.cpp), where the generic editor reads them.
QList<WorkflowStep<ChangeStatus>> ChangeRequestWorkflow::steps(ChangeStatus from) {
    QList<WorkflowStep<ChangeStatus>> out;
    for (const TransitionDecl* t : declOf<ChangeRequest>().stepsFrom(enumKey(from)))
        if (const auto to = enumFromString<ChangeStatus>(QString::fromLatin1(t->to)))
            out.append({*to, QCoreApplication::translate("qms::Workflow", t->label), t->needsReason});
    return out;
}

bool ChangeRequestWorkflow::isStep(ChangeStatus from, ChangeStatus to) {
    return declOf<ChangeRequest>().transition(enumKey(from), enumKey(to)) != nullptr;
}

bool ChangeRequestWorkflow::needsReason(ChangeStatus from, ChangeStatus to) {
    const TransitionDecl* t = declOf<ChangeRequest>().transition(enumKey(from), enumKey(to));
    return t && t->needsReason;
}

QList<FieldError> ChangeRequestWorkflow::requirements(const ChangeRequest& c, ChangeStatus state) {
    QList<FieldError> out;
    if (state == S::Rejected) {
        if (c.statusReason.trimmed().isEmpty())
            out.append({QStringLiteral("status_reason"), Tr::tr("Say why the change is rejected")});
        return out;
    }
    auto need = [&](const char* key, const QString& value, const QString& message) {
        if (value.trimmed().isEmpty())
            out.append({QString::fromLatin1(key), message});
    };
    if (rank(state) >= rank(S::Assessed)) {
        need("consequences", c.consequences,
             Tr::tr("Write down its purpose and potential consequences (6.3 a)"));
        need("integrity", c.integrity, Tr::tr("Say how the integrity of the QMS is kept (6.3 b)"));
        need("resources", c.resources,
             Tr::tr("Say which resources it needs and whether they are available (6.3 c)"));
        need("responsibilities", c.responsibilities,
             Tr::tr("Say which responsibilities and authorities it allocates or moves (6.3 d)"));
        need("owner", c.owner, Tr::tr("Name the owner of the change"));
        if (!c.plannedDate.isValid())
            out.append({QStringLiteral("planned_date"), Tr::tr("Give the date it is planned for")});
    }
    if (rank(state) >= rank(S::Reviewed))
        need("review_result", c.reviewResult,
             Tr::tr("Record the results of the review of the change (8.5.6)"));
    if (state == S::Closed && c.unresolvedItems() > 0) {
        QStringList open;
        for (const AffectedItem& i : c.affected)
            if (i.state == AffectedState::ActionNeeded)
                open << i.id;
        out.append(
            {QStringLiteral("affected"), Tr::tr("Resolve every affected item first; still needing action: %1")
                                             .arg(open.join(QStringLiteral(", ")))});
    }
    return out;
}

Status ChangeRequestWorkflow::check(const ChangeRequest& c, ChangeStatus from) {
    if (from == c.status)
        return {};
    if (!isStep(from, c.status))
        return Error{ErrorCode::WorkflowRefused,
                     Tr::tr("%1 cannot go to %2 directly.").arg(enumLabel(from), enumLabel(c.status)),
                     {}};
    QList<FieldError> problems;
    if (needsReason(from, c.status) && c.status != S::Rejected && c.statusReason.trimmed().isEmpty())
        problems.append({QStringLiteral("status_reason"), Tr::tr("Give a reason for this change")});
    // Stepping back only needs the reason; going forward or rejecting needs the stage's data.
    if (c.status == S::Rejected || rank(c.status) > rank(from))
        problems += requirements(c, c.status);
    if (!problems.isEmpty())
        return Error{ErrorCode::WorkflowRefused,
                     Tr::tr("Cannot move from %1 to %2 yet:").arg(enumLabel(from), enumLabel(c.status)),
                     problems};
    return {};
}

void ChangeRequestWorkflow::applyDerived(ChangeRequest& c, ChangeStatus from, const QDate& today,
                                         const QString& actingUser) {
    if (c.status == S::Approved && from != S::Approved) {
        c.approvedBy = actingUser;
        c.approvedOn = today;
    }
    if (rank(c.status) < rank(S::Approved) && c.status != S::Rejected) { // approval withdrawn
        c.approvedBy.clear();
        c.approvedOn = {};
    }
    if (c.status == S::Implemented && from == S::Approved)
        c.implementedOn = today;
    if ((c.status == S::Closed || c.status == S::Rejected) && !c.closedOn.isValid())
        c.closedOn = today;
}

// An action raised from a change carries it out: an improvement owned by the change's owner, due
// by the planned date, titled after the change.
template <>
void fillLinkedRecord<CorrectiveAction, ChangeRequest>(CorrectiveAction& action,
                                                       const ChangeRequest& change) {
    action.type = CaType::Improvement;
    action.title =
        QCoreApplication::translate("qms::Kind", "Carry out %1: %2").arg(change.meta.id, change.title);
    action.description = change.intendedResult;
    if (!change.owner.isEmpty())
        action.owner = change.owner;
    if (change.plannedDate.isValid())
        action.dueDate = change.plannedDate;
}

} // namespace qms
