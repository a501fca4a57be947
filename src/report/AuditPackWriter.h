#pragma once

#include "PackScope.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>
#include <functional>
#include <memory>

namespace qms {
class Workspace;
}

namespace qms::report {

// What an export produced, for the CLI's message and the GUI's preview.
struct PackSummary {
    QString path;
    int pages = 0;
    QList<QPair<RecordKind, int>> records; // records in the pack, per kind in scope, in list order
    int detailSections = 0; // NC detail sections (fewer than nonconformities above the detail budget)
    qint64 auditEntries = 0;
    bool auditSummarised = false;
    QString fingerprint; // SHA-256 head of the audit chain
    qint64 chainSeq = 0;
    bool integrityOk = false;
    int integrityProblems = 0;
    qint64 elapsedMs = 0;
    int peakRecordsHeld = 0; // most records in memory at once (PackRecords::peakHeld)
    QString shortFingerprint() const { return fingerprint.left(12); }
    int count(RecordKind kind) const {
        for (const auto& [k, n] : records)
            if (k == kind)
                return n;
        return 0;
    }
};

// Writes the audit pack: a PDF/A-1b file with cover, contents, clause coverage matrix, registers,
// nonconformity details, corrective actions, audit trail and chain verification.
//
// The file appears only when the export succeeds: it is written to a temporary file beside the
// target and renamed at the end, so a cancelled or failed export leaves nothing behind.
// Rendering needs a QGuiApplication (fonts) but no widgets; it runs in any thread.
class AuditPackWriter final {
public:
    // done/total over the whole export; return false to cancel.
    using Progress = std::function<bool(int done, int total, const QString& stage)>;

    AuditPackWriter() = default;
    // Time source for "generated at" and overdue flags (tests); default the system clock.
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }

    // For worker threads: opens its own read-only connection to `dbPath` as `userName` (empty: the
    // first quality manager), as SQLite wants one connection per thread.
    Result<PackSummary> write(const QString& dbPath, const QString& userName, const PackScope& scope,
                              const QString& outPath, const Progress& progress = {}) const;
    // Uses an open workspace (same thread only).
    Result<PackSummary> write(Workspace& ws, const PackScope& scope, const QString& outPath,
                              const Progress& progress = {}) const;

    static constexpr int ProgressTotal = 1000;

private:
    std::shared_ptr<const Clock> m_clock;
};

} // namespace qms::report
