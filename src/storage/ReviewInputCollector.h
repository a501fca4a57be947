#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

namespace qms {

class Workspace;

// The inputs of a management review (ISO 9001 9.3.2), taken from the records for the review's
// period when its inputs are collected: one section per topic, in the standard's order, as text
// for people. The text is then frozen in the review (and so in the audit trail). Topics whose
// records QMS Desk does not keep yet say so and show what the file holds that bears on them.
class ReviewInputCollector final {
public:
    explicit ReviewInputCollector(Workspace& ws)
        : m_ws(ws) {}

    Result<QList<ReviewInput>> collect(const ManagementReview& review) const;

private:
    Result<QString> previousActions(const ManagementReview& review) const;
    Result<QString> changes(const ManagementReview& review) const;
    Result<QString> ncsFrom(const ManagementReview& review, const char* source, const QString& none) const;
    Result<QString> objectives() const;
    Result<QString> processPerformance(const ManagementReview& review) const;
    Result<QString> nonconformities(const ManagementReview& review) const;
    Result<QString> audits(const ManagementReview& review) const;
    Result<QString> resources() const;
    Result<QString> risks(const ManagementReview& review) const;
    Result<QString> improvement(const ManagementReview& review) const;

    Workspace& m_ws;
};

} // namespace qms
