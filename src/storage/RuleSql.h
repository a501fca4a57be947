#pragma once

// The SQL side of the rules a kind declares (domain/kinds/KindRules.h is the C++ side): due and
// overdue dates, open and closed states. Dates are ISO text, so they compare as strings.

#include "domain/kinds/KindDeclaration.h"

#include <QString>
#include <QStringList>

namespace qms::sql {

// 'a','b','c' for an IN list of keys we declared (never user text).
QString quotedList(const QStringList& keys);

// `alias.status IN (...)` for the states a rule applies in.
QString ruleStates(const KindDecl& kind, const DueRule& rule, const QString& alias);
// The rule's date is set and on or before `until` (an SQL expression: a literal or a placeholder).
QString dueWithin(const KindDecl& kind, const DueRule& rule, const QString& alias, const QString& until);
// The rule's date is set and before `today`, with the rule's extra condition.
QString overdue(const KindDecl& kind, const DueRule& rule, const QString& alias, const QString& today);
// The kind's overdue rule over the record table aliased `alias` ("0" for a kind without one),
// following `overdueVia` to the linked records.
QString kindOverdue(const KindDecl& kind, const QString& alias, const QString& today);
// The column behind a register column that is not a plain field.
QString computedColumn(const KindDecl& kind, const ColumnDecl& column, const QString& alias,
                       const QString& today);
// The ClauseRole, as an integer, that a record of `kind` (table aliased `alias`) plays for the
// clauses it is linked to, by the kind's EvidenceDecl.
QString clauseRole(const KindDecl& kind, const QString& alias, const QString& today);
// The position of the record's grade in `evidence.gradeOrder` (0: the worst); -1 when ungraded.
QString findingGrade(const KindDecl& kind, const QString& alias);
// The states of a record still to happen for its clauses: open, and not yet evidence (an audit
// planned, prepared or in progress). The audit programme's "planned" reads these.
QStringList pendingStates(const KindDecl& kind);
// A CASE that sorts an enum or state column in its declared order.
QString orderCase(const QString& expr, const QStringList& keys);

} // namespace qms::sql
