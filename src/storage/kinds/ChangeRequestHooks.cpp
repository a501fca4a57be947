// What a save of a change request checks beyond its fields: the workflow, who may approve, and
// that every affected item names a record that exists.

#include "domain/Permissions.h"
#include "domain/kinds/ChangeRequestWorkflow.h"
#include "domain/kinds/KindRules.h"
#include "storage/RecordHookSupport.h"

#include <QCoreApplication>

namespace qms {
namespace {

using namespace hooks;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordHooks)
};

QList<FieldError> missingItems(Workspace& ws, const ChangeRequest& change) {
    QList<FieldError> out;
    for (const AffectedItem& item : change.affected) {
        const auto parsed = parseRecordId(item.id);
        const bool found = parsed && visitRecordKind(parsed->first, [&](auto t) {
                               using R = typename decltype(t)::type;
                               return ws.records<R>().exists(item.id);
                           });
        if (!found)
            out.append({QStringLiteral("affected"), Tr::tr("No record %1 to list as affected").arg(item.id)});
    }
    return out;
}

} // namespace

template <>
Status RecordHooks<ChangeRequest>::beforeSave(Workspace& ws, const ChangeRequest* before,
                                              ChangeRequest& after, const SaveOptions& options,
                                              FieldCheck check) {
    const QString id = shownId(before, after.meta.id, options);
    if (auto s = fieldProblems(checkFields(ws, after, check) + missingItems(ws, after), id); !s)
        return s;
    if (!before) {
        if (options.isImport) // imported history: the record must hold what its state needs
            return fieldProblems(ChangeRequestWorkflow::requirements(after, after.status), after.meta.id);
        if (after.status != ChangeStatus::Requested)
            return makeError(ErrorCode::WorkflowRefused, Tr::tr("A new change starts as requested."));
        return {};
    }
    if (auto s = refuseEditOfClosed(before, after, !isOpenRecord(*before),
                                    Tr::tr("A closed change is kept as it was."));
        !s)
        return s;
    if (before->status == after.status)
        return {};
    if (!options.reason.isEmpty())
        after.statusReason = options.reason;
    else if (ChangeRequestWorkflow::needsReason(before->status, after.status) &&
             after.statusReason == before->statusReason)
        after.statusReason.clear(); // the old reason does not explain this step
    if (after.status == ChangeStatus::Approved)
        if (auto s = Permissions::canApproveChange(ws.user()); !s)
            return s;
    if (auto s = ChangeRequestWorkflow::check(after, before->status); !s)
        return s;
    ChangeRequestWorkflow::applyDerived(after, before->status, ws.clock().today(), ws.user().printedName());
    return {};
}

} // namespace qms
