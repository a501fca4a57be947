#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/Workflow.h"

namespace qms {

// Change workflow (6.3, 8.5.6): Requested -> Assessed (the 6.3 considerations written down) ->
// Approved (signed by the authoriser) -> Implemented -> Reviewed (the results of the review of the
// change) -> Closed (every affected item resolved); Rejected with a reason before approval; one
// step back with a reason.
class ChangeRequestWorkflow {
public:
    static QList<WorkflowStep<ChangeStatus>> steps(ChangeStatus from);
    static bool isStep(ChangeStatus from, ChangeStatus to);
    static bool needsReason(ChangeStatus from, ChangeStatus to);
    // What the change must hold to be in `state`; empty when it may.
    static QList<FieldError> requirements(const ChangeRequest& change, ChangeStatus state);
    // Whether `change` (holding its edits) may move from `from` to change.status now.
    static Status check(const ChangeRequest& change, ChangeStatus from);
    // Who approved it and when, when it was implemented and closed.
    static void applyDerived(ChangeRequest& change, ChangeStatus from, const QDate& today,
                             const QString& actingUser);
};

} // namespace qms
