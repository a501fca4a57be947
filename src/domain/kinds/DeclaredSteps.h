#pragma once

// The parts of a kind's workflow that follow from its declared steps (KindDecl::transitions),
// written once: the steps from a state, whether a step exists and needs a reason, and the check
// of a status change against the kind's requirements of each state.

#include "domain/Workflow.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {

template <typename R, typename S> QList<WorkflowStep<S>> declaredSteps(S from) {
    QList<WorkflowStep<S>> out;
    for (const TransitionDecl* t : declOf<R>().stepsFrom(enumKey(from)))
        if (const auto to = enumFromString<S>(QString::fromLatin1(t->to)))
            out.append({*to, QCoreApplication::translate("qms::Workflow", t->label), t->needsReason});
    return out;
}

template <typename R, typename S> const TransitionDecl* declaredStep(S from, S to) {
    return declOf<R>().transition(enumKey(from), enumKey(to));
}

// A state's place in the forward order; withdrawn states (cancelled) stand outside it (-1).
template <typename R, typename S> int stepRank(S state) {
    const KindDecl& decl = declOf<R>();
    const StateDecl* s = decl.state(enumKey(state));
    return !s || s->withdrawn ? -1 : decl.stateIndex(enumKey(state));
}

// Whether `record` (holding its edits, `status` its new state) may move from `from` now: the step
// is declared, a step that needs a reason has one, and going forward or to a withdrawn state the
// record holds what `requirements(record, state)` asks of its new state.
template <typename R, typename S, typename Requirements>
Status checkDeclaredStep(const R& record, S from, S status, const QString& statusReason,
                         Requirements requirements) {
    if (from == status)
        return {};
    const TransitionDecl* step = declaredStep<R>(from, status);
    if (!step)
        return Error{ErrorCode::WorkflowRefused,
                     QCoreApplication::translate("qms::Workflow", "%1 cannot go to %2 directly.")
                         .arg(enumLabel(from), enumLabel(status)),
                     {}};
    QList<FieldError> problems;
    const bool withdrawn = stepRank<R>(status) < 0;
    if (step->needsReason && !withdrawn && statusReason.trimmed().isEmpty())
        problems.append({QStringLiteral("status_reason"),
                         QCoreApplication::translate("qms::Workflow", "Give a reason for this change")});
    if (withdrawn || stepRank<R>(status) > stepRank<R>(from))
        problems += requirements(record, status);
    if (!problems.isEmpty())
        return Error{ErrorCode::WorkflowRefused,
                     QCoreApplication::translate("qms::Workflow", "Cannot move from %1 to %2 yet:")
                         .arg(enumLabel(from), enumLabel(status)),
                     problems};
    return {};
}

} // namespace qms
