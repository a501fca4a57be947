#pragma once

// The question texts behind auditQuestions(), internal to the domain library: one table per part
// of the standard, in catalogue order.

#include <span>

namespace qms::audit_questions {

struct ClauseQuestion {
    const char* clause;
    const char* question; // English, context "qms::AuditQuestions"
};

std::span<const ClauseQuestion> contextToSupport();       // clauses 4 to 7
std::span<const ClauseQuestion> operationToImprovement(); // clauses 8 to 10

} // namespace qms::audit_questions
