#pragma once

#include <QStringList>

namespace qms {

// The questions a generated audit checklist asks for `clause` (a leaf clause of ISO 9001:2015),
// translated; empty for a clause without questions of its own (a heading such as 8.5).
QStringList auditQuestions(const QString& clause);
// The clauses that have questions, in catalogue order.
QStringList questionClauses();

} // namespace qms
