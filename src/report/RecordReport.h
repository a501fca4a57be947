#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace qms {
class Workspace;
}

namespace qms::report {

// What a record report produced, for the CLI's message and the GUI's status bar.
struct RecordReportSummary {
    QString path;
    QString title; // "AUD-0003 Internal audit of purchasing"
    int pages = 0;
};

// One record as a PDF file: RecordPrintout on A4 with the running header (organisation, record)
// and footer (printed when and by whom, page X of Y). An audit's report (scope, team, checklist
// with results, findings with their NCs, the lead auditor's signature) and a management review's
// record (inputs, decisions, minutes, the chair's signature) are such reports.
//
// The file is written through QSaveFile: it appears only complete, and a failure leaves an
// existing file of that name as it was.
class RecordReport final {
public:
    explicit RecordReport(Workspace& ws)
        : m_ws(ws) {}

    // `printedAt` is the local time the footer names (default: now).
    Result<RecordReportSummary> write(const QString& id, const QString& outPath,
                                      const QDateTime& printedAt = {}) const;

private:
    Workspace& m_ws;
};

} // namespace qms::report
