#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

namespace qms {

// Audit workflow (9.2): Planned -> Prepared (scope, criteria, lead auditor, checklist) -> In
// progress (held from today) -> Reported (every question answered, conclusions written, the
// report signed by the lead auditor) -> Closed (every nonconformity found raised); Cancelled with
// a reason before the report; one step back with a reason. The steps are declared in AuditKind.cpp.
class AuditWorkflow {
public:
    // What the audit must hold to be in `state`; empty when it may.
    static QList<FieldError> requirements(const Audit& audit, AuditStatus state);
    // Whether `audit` (holding its edits) may move from `from` to audit.status now.
    static Status check(const Audit& audit, AuditStatus from);
    // The day it was held, who signed the report and when, when it was closed.
    static void applyDerived(Audit& audit, AuditStatus from, const QDate& today, const QString& actingUser);
    // Whether `user` (a user name or printed name) is one of the audit's auditors / its lead.
    static bool isAuditor(const Audit& audit, const QString& name);
    static bool isLeadAuditor(const Audit& audit, const QString& name);
};

} // namespace qms
