#pragma once

#include "domain/ClauseCatalogue.h"
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

    // Evidence counts per clause, counting records linked to the clause or any subclause once.
    // Obsolete documents, retired processes and cancelled NCs/CAs are not evidence.
    Result<QList<ClauseCoverage>> coverage() const;
    // The coverage percentage alone: counts leaf clauses with any live evidence, which one
    // DISTINCT over the links answers without the per-clause counts (fast on 100,000 NCs).
    Result<CoverageSummary> summary() const;
    // Ids of the records linked to `clause` or a subclause, in id order.
    Result<QStringList> linkedRecords(const QString& clause) const;

    Status
    forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;

private:
    Workspace& m_ws;
};

} // namespace qms
