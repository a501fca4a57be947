#include "ProgrammePolicy.h"

#include "AuditedSetting.h"
#include "Database.h"
#include "Workspace.h"
#include "domain/Permissions.h"

#include <QCoreApplication>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ProgrammePolicy)
};

} // namespace

QString ProgrammePolicy::auditCycleKey() {
    return QStringLiteral("audit_cycle_months");
}

QString ProgrammePolicy::reviewIntervalKey() {
    return QStringLiteral("review_interval_months");
}

int ProgrammePolicy::read(const QString& key, int fallback) const {
    bool ok = false;
    const int v = m_ws.database().metaValue(key).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

int ProgrammePolicy::auditCycleMonths() const {
    return read(auditCycleKey(), DefaultAuditCycleMonths);
}

int ProgrammePolicy::reviewIntervalMonths() const {
    return read(reviewIntervalKey(), DefaultReviewIntervalMonths);
}

Status ProgrammePolicy::setAuditCycleMonths(int months) {
    return write(auditCycleKey(), months, MaxAuditCycleMonths, DefaultAuditCycleMonths,
                 Tr::tr("The audit cycle"));
}

Status ProgrammePolicy::setReviewIntervalMonths(int months) {
    return write(reviewIntervalKey(), months, MaxReviewIntervalMonths, DefaultReviewIntervalMonths,
                 Tr::tr("The management review interval"));
}

Status ProgrammePolicy::write(const QString& key, int months, int max, int fallback, const QString& what) {
    if (auto s = Permissions::canEditOrganisation(m_ws.user()); !s)
        return s;
    if (months < 1 || months > max)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("%1 must be 1 to %2 months, not %3.").arg(what).arg(max).arg(months));
    // The value in force, stored or the default: nothing to record (Preferences' OK, for one).
    if (months == read(key, fallback))
        return {};
    return writeAuditedSetting(m_ws, key, QStringLiteral("months"), QString::number(months));
}

} // namespace qms
