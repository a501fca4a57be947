#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/RecordRepository.h"

#include <QList>
#include <QString>

namespace qms {

class Workspace;

// Exports registers to one .xlsx workbook for people working in a spreadsheet: a sheet per register
// ("Nonconformities", ...) with the field labels as headers, dates as real Excel dates, numbers as
// numbers, states and types by their label, plus created/changed columns; optionally a "Clause
// coverage" sheet. Written through XlsxWriter, so the file appears atomically or not at all.
//
// This is a report, not a round trip: CSV (RecordExporter) is the format that imports again.
class RegisterWorkbook final {
public:
    explicit RegisterWorkbook(Workspace& ws)
        : m_ws(ws) {}

    struct Options {
        QList<RecordKind> kinds = recordKinds();
        bool clauseCoverage = false;
        RecordFilter filter; // applied to every register
    };

    Status write(const QString& path, const Options& options);
    Status write(const QString& path) { return write(path, Options{}); }

private:
    Workspace& m_ws;
};

} // namespace qms
