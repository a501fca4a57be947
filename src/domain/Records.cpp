#include "Records.h"

namespace qms {

const DocumentRevision* Document::currentRevision() const {
    for (const auto& r : revisions)
        if (r.label == revision)
            return &r;
    return nullptr;
}

DocumentRevision* Document::currentRevision() {
    for (auto& r : revisions)
        if (r.label == revision)
            return &r;
    return nullptr;
}

bool Document::isReviewOverdue(const QDate& today) const {
    return status != DocumentStatus::Obsolete && !effectiveRevision.isEmpty() && nextReview.isValid() &&
           nextReview < today;
}

bool Document::isReviewDueWithin(const QDate& today, int days) const {
    return status != DocumentStatus::Obsolete && nextReview.isValid() && nextReview <= today.addDays(days);
}

int Nonconformity::daysOpen(const QDate& today) const {
    if (!detectedOn.isValid())
        return 0;
    const QDate end = (status == NcStatus::Closed && closedOn.isValid()) ? closedOn : today;
    return std::max<qint64>(0, detectedOn.daysTo(end));
}

bool CorrectiveAction::isOverdue(const QDate& today) const {
    return isOpen(status) && dueDate.isValid() && dueDate < today;
}

bool CorrectiveAction::isEffectivenessCheckOverdue(const QDate& today) const {
    return status == CaStatus::Done && effectivenessDue.isValid() && effectivenessDue < today;
}

} // namespace qms
