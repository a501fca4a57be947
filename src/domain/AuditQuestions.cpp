// The questions a generated audit checklist asks per clause (ISO 9001:2015); the texts are in
// AuditQuestionsContext.cpp (clauses 4 to 7) and AuditQuestionsOperation.cpp (8 to 10).

#include "AuditQuestions.h"

#include "AuditQuestionData.h"

#include <QCoreApplication>
#include <array>

namespace qms {
namespace {

using audit_questions::ClauseQuestion;

// Both tables in catalogue order.
std::array<std::span<const ClauseQuestion>, 2> tables() {
    return {audit_questions::contextToSupport(), audit_questions::operationToImprovement()};
}

} // namespace

QStringList auditQuestions(const QString& clause) {
    QStringList out;
    for (const auto& table : tables())
        for (const ClauseQuestion& q : table)
            if (clause == QLatin1String(q.clause))
                out << QCoreApplication::translate("qms::AuditQuestions", q.question);
    return out;
}

QStringList questionClauses() {
    QStringList out;
    for (const auto& table : tables())
        for (const ClauseQuestion& q : table)
            if (!out.contains(QLatin1String(q.clause)))
                out << QString::fromLatin1(q.clause);
    return out;
}

} // namespace qms
