#pragma once

// Pieces every kind's save rules (RecordHooks<R>::beforeSave) share.

#include "RecordHooks.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace qms::hooks {

// A new record's number is only taken when it is stored: a refused first save must not name it.
inline QString shownId(const void* before, const QString& id, const SaveOptions& options) {
    return before || options.isImport ? id : QString();
}

// The record's field checks, unless the caller made them already (FieldCheck).
template <typename R> QList<FieldError> checkFields(Workspace& ws, const R& record, FieldCheck check) {
    if (check == FieldCheck::AlreadyValidated)
        return {};
    return validateRecord(record, ws.catalogue(), ws.clock().today());
}

inline Status fieldProblems(const QList<FieldError>& problems, const QString& id) {
    if (problems.isEmpty())
        return {};
    return Error::invalid(
        problems, id.isEmpty()
                      ? QString()
                      : (problems.size() == 1
                             ? QCoreApplication::translate("qms::RecordHooks", "%1 has a problem:").arg(id)
                             : QCoreApplication::translate("qms::RecordHooks", "%1 has %2 problems:")
                                   .arg(id)
                                   .arg(problems.size())));
}

// Closed records are kept as they were: only a status change (reopen) may touch them.
template <typename R>
Status refuseEditOfClosed(const R* before, const R& after, bool closed, const QString& how) {
    if (!before || !closed || before->status != after.status)
        return {};
    if (fieldValues(*before) == fieldValues(after))
        return {};
    return makeError(ErrorCode::WorkflowRefused,
                     QCoreApplication::translate("qms::RecordHooks", "%1 is %2 and kept as it was. %3")
                         .arg(after.meta.id, inSentence(enumLabel(before->status)), how));
}

} // namespace qms::hooks
