#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

namespace qms {

// Management review workflow (9.3): Planned -> Inputs collected (the inputs of 9.3.2 taken from
// the records and frozen) -> Held (date, attendees, minutes, a commentary on every input) ->
// Closed (at least one decision, signed by the chair); Cancelled with a reason before it is held;
// one step back with a reason (back to planned discards the collected inputs). The steps are
// declared in ManagementReviewKind.cpp; storage collects the inputs (ReviewInputCollector).
class ManagementReviewWorkflow {
public:
    static QList<FieldError> requirements(const ManagementReview& review, ReviewStatus state);
    static Status check(const ManagementReview& review, ReviewStatus from);
    static void applyDerived(ManagementReview& review, ReviewStatus from, const QDate& today);
    static bool isChair(const ManagementReview& review, const QString& name);
    // The frozen part of the inputs (each topic and its data), for the check that it is never edited.
    static QList<QPair<ReviewTopic, QString>> frozenData(const ManagementReview& review);
};

} // namespace qms
