#include "Records.h"

#include "kinds/KindRules.h"

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
    return isOverdueBy(*this, dueRuleOf<Document>("review"), today);
}

bool Document::isReviewDueWithin(const QDate& today, int days) const {
    return qms::isDueWithin(*this, dueRuleOf<Document>("review"), today, days);
}

int Nonconformity::daysOpen(const QDate& today) const {
    if (!detectedOn.isValid())
        return 0;
    const QDate end = (status == NcStatus::Closed && closedOn.isValid()) ? closedOn : today;
    return std::max<qint64>(0, detectedOn.daysTo(end));
}

bool CorrectiveAction::isOverdue(const QDate& today) const {
    return isOverdueBy(*this, dueRuleOf<CorrectiveAction>("due"), today);
}

bool CorrectiveAction::isEffectivenessCheckOverdue(const QDate& today) const {
    return isOverdueBy(*this, dueRuleOf<CorrectiveAction>("effectiveness"), today);
}

} // namespace qms
