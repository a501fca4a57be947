#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace qms {
class Workspace;
}

namespace qms::report {

// Reads a pack's records in small batches, so that a pack of 100,000 nonconformities never holds
// more than one chunk of records: the collector scans registers batch by batch and keeps only the
// ids in scope; the sections load the records of the chunk they are laying out.
class PackRecords final {
public:
    // Up to this many ids the repository reads links by id rather than the whole link table.
    static constexpr int BatchSize = 200;

    explicit PackRecords(Workspace& ws)
        : m_ws(ws) {}

    // The records with these ids (any status), in record-number order.
    template <typename R> Result<QList<R>> load(const QStringList& ids) const;
    // Every record of R's register in record-number order, BatchSize at a time; closed ones only
    // with `includeClosed`. `visit` returns false to stop (cancel).
    template <typename R> Status scan(bool includeClosed, const std::function<bool(const R&)>& visit) const;

    // Most records held by one load() or scan batch so far (tests check the bound).
    int peakHeld() const { return m_peakHeld; }

private:
    template <typename R> Result<QList<R>> batch(const QStringList& ids, bool includeClosed) const;

    Workspace& m_ws;
    mutable int m_peakHeld = 0;
};

} // namespace qms::report
