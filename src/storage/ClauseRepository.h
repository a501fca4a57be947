#pragma once

#include "domain/ClauseCoverage.h"
#include "domain/Result.h"

#include <QHash>
#include <functional>

namespace qms {

class Workspace;

// Which clauses apply to the organisation (ISO 9001 4.3) and how well each is covered by records.
class ClauseRepository final {
public:
    explicit ClauseRepository(Workspace& ws)
        : m_ws(ws) {}

    // Every catalogue clause with its applicability; a clause under a not-applicable one is not
    // applicable either and carries the parent's justification.
    Result<QList<ClauseApplicability>> applicability() const;
    Status setApplicability(const QString& clause, bool applicable, const QString& justification);

    // Per clause, the records linked to it or any subclause (each once), their evidence and open
    // findings by the kinds' EvidenceDecl. Obsolete, retired and cancelled records count nowhere.
    Result<QList<ClauseCoverage>> coverage() const;
    // The coverage percentage and status counts of the leaf clauses alone.
    Result<CoverageSummary> summary() const;
    // The records linked to `clause` or a subclause, in id order, each with its role.
    Result<QList<ClauseLink>> linkedRecords(const QString& clause) const;

    Status
    forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;

private:
    Workspace& m_ws;
};

} // namespace qms
