#include "ManagementReviewWorkflow.h"

#include "domain/kinds/DeclaredSteps.h"
#include "domain/kinds/LinkedRecords.h"

#include <QCoreApplication>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Workflow)
};

using S = ReviewStatus;

int rank(S s) {
    return stepRank<ManagementReview>(s);
}

} // namespace

QList<FieldError> ManagementReviewWorkflow::requirements(const ManagementReview& r, ReviewStatus state) {
    QList<FieldError> out;
    if (state == S::Cancelled) {
        if (r.statusReason.trimmed().isEmpty())
            out.append({QStringLiteral("status_reason"), Tr::tr("Say why the review is cancelled")});
        return out;
    }
    if (rank(state) >= rank(S::InputsCollected)) {
        if (r.chair.trimmed().isEmpty())
            out.append({QStringLiteral("chair"), Tr::tr("Name the chair of the review")});
        if (!r.periodFrom.isValid() || !r.periodTo.isValid())
            out.append({QStringLiteral("period_from"), Tr::tr("Give the period the review covers")});
        else if (r.periodFrom > r.periodTo)
            out.append({QStringLiteral("period_to"), Tr::tr("The period ends before it starts")});
        if (r.inputs.isEmpty())
            out.append({QStringLiteral("inputs"), Tr::tr("Collect the inputs (9.3.2)")});
    }
    if (rank(state) >= rank(S::Held)) {
        if (!r.heldOn.isValid())
            out.append({QStringLiteral("held_on"), Tr::tr("Give the date the review was held")});
        if (r.attendees.trimmed().isEmpty())
            out.append({QStringLiteral("attendees"), Tr::tr("Name who attended")});
        if (r.minutes.trimmed().isEmpty())
            out.append({QStringLiteral("minutes"), Tr::tr("Write the minutes of the meeting")});
        QStringList bare;
        for (const ReviewInput& i : r.inputs)
            if (i.commentary.trimmed().isEmpty())
                bare << enumLabel(i.topic);
        if (!bare.isEmpty())
            out.append({QStringLiteral("inputs"), Tr::tr("Write the review's commentary on every input; "
                                                         "missing for: %1")
                                                      .arg(bare.join(QStringLiteral("; ")))});
    }
    if (state == S::Closed) {
        if (r.outputs.isEmpty())
            out.append({QStringLiteral("outputs"),
                        Tr::tr("Record the review's decisions: improvements, changes to the QMS, resource "
                               "needs (9.3.3)")});
        for (qsizetype n = 0; n < r.outputs.size(); ++n)
            if (r.outputs[n].decision.trimmed().isEmpty())
                out.append({QStringLiteral("outputs"), Tr::tr("Decision %1 says nothing").arg(n + 1)});
    }
    return out;
}

Status ManagementReviewWorkflow::check(const ManagementReview& r, ReviewStatus from) {
    return checkDeclaredStep(r, from, r.status, r.statusReason, &ManagementReviewWorkflow::requirements);
}

void ManagementReviewWorkflow::applyDerived(ManagementReview& r, ReviewStatus from, const QDate& today) {
    if (r.status == S::Planned && from == S::InputsCollected)
        r.inputs.clear(); // discarded: collected again next time
    if ((r.status == S::Closed || r.status == S::Cancelled) && !r.closedOn.isValid())
        r.closedOn = today;
}

bool ManagementReviewWorkflow::isChair(const ManagementReview& r, const QString& name) {
    return !name.trimmed().isEmpty() && r.chair.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
}

QList<QPair<ReviewTopic, QString>> ManagementReviewWorkflow::frozenData(const ManagementReview& r) {
    QList<QPair<ReviewTopic, QString>> out;
    for (const ReviewInput& i : r.inputs)
        out.append({i.topic, i.data});
    return out;
}

// An action decided by a review: an improvement with the decision's owner and due date.
template <>
void fillRecordFromRow<CorrectiveAction, ManagementReview>(CorrectiveAction& action,
                                                           const ManagementReview& review, int row) {
    if (row < 0 || row >= review.outputs.size())
        return;
    const ReviewOutput& o = review.outputs[row];
    action.type = CaType::Improvement;
    action.title = QCoreApplication::translate("qms::Kind", "%1 decision %2: %3")
                       .arg(review.meta.id)
                       .arg(row + 1)
                       .arg(o.decision.section(QLatin1Char('\n'), 0, 0).left(120));
    action.description = o.decision;
    if (!o.owner.isEmpty())
        action.owner = o.owner;
    if (o.due.isValid())
        action.dueDate = o.due;
    action.clauses = {QStringLiteral("9.3.3")};
}

} // namespace qms
