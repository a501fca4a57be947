// What a save of a management review checks beyond its fields: the workflow, the inputs collected
// from the records and frozen, and who signs the review.

#include "domain/kinds/KindRules.h"
#include "domain/kinds/ManagementReviewWorkflow.h"
#include "storage/RecordHookSupport.h"
#include "storage/ReviewInputCollector.h"

#include <QCoreApplication>

namespace qms {
namespace {

using namespace hooks;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordHooks)
};

using S = ReviewStatus;

} // namespace

template <>
Status RecordHooks<ManagementReview>::beforeSave(Workspace& ws, const ManagementReview* before,
                                                 ManagementReview& after, const SaveOptions& options,
                                                 FieldCheck check) {
    const QString id = shownId(before, after.meta.id, options);
    if (auto s = fieldProblems(checkFields(ws, after, check), id); !s)
        return s;
    if (!before) {
        if (options.isImport)
            return fieldProblems(ManagementReviewWorkflow::requirements(after, after.status), after.meta.id);
        if (after.status != S::Planned)
            return makeError(ErrorCode::WorkflowRefused,
                             Tr::tr("A new management review starts as planned."));
        if (!after.inputs.isEmpty())
            return makeError(ErrorCode::WorkflowRefused,
                             Tr::tr("The inputs of a review are collected from the records by its step "
                                    "\"Collect inputs\", not typed in."));
        return {};
    }
    if (auto s = refuseEditOfClosed(before, after, !isOpenRecord(*before),
                                    Tr::tr("A closed management review is kept as it was."));
        !s)
        return s;
    const bool collecting = before->status == S::Planned && after.status == S::InputsCollected;
    const bool discarding = after.status == S::Planned;
    // The data collected is frozen: only the commentary beside it is written by people.
    if (!collecting && !discarding &&
        ManagementReviewWorkflow::frozenData(*before) != ManagementReviewWorkflow::frozenData(after))
        return Error{ErrorCode::WorkflowRefused,
                     Tr::tr("The inputs of %1 were collected on its way to \"Inputs collected\" and are "
                            "frozen: only the commentary is written. To collect them again, go back to "
                            "planned.")
                         .arg(after.meta.id),
                     {{QStringLiteral("inputs"), Tr::tr("Frozen when collected")}}};
    if (before->status == S::Planned && !after.inputs.isEmpty() && !collecting)
        return makeError(ErrorCode::WorkflowRefused,
                         Tr::tr("The inputs of a review are collected from the records by its step "
                                "\"Collect inputs\", not typed in."));
    if (before->status == after.status)
        return {};
    if (!options.reason.isEmpty())
        after.statusReason = options.reason;
    else if (after.statusReason == before->statusReason)
        after.statusReason.clear();
    const User& user = ws.user();
    if (collecting) {
        auto inputs = ReviewInputCollector(ws).collect(after);
        if (!inputs)
            return inputs.error();
        after.inputs = *inputs;
    }
    if (after.status == S::Closed && !ManagementReviewWorkflow::isChair(after, user.name) &&
        !ManagementReviewWorkflow::isChair(after, user.printedName()))
        return makeError(ErrorCode::Forbidden,
                         Tr::tr("Only the chair, %1, signs and closes %2.").arg(after.chair, after.meta.id));
    if (auto s = ManagementReviewWorkflow::check(after, before->status); !s)
        return s;
    ManagementReviewWorkflow::applyDerived(after, before->status, ws.clock().today());
    return {};
}

} // namespace qms
