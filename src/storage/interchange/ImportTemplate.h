#pragma once

#include "CsvWriter.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace qms {

// CSV import templates, one per register, laid out like the registers quality managers keep in
// spreadsheets: "ID" first (left empty, QMS Desk numbers new records), then the columns people fill
// in, in the order they usually appear (an NC register: date, title, description, source, severity,
// who reported it, who is responsible, ...). Headers are the English field labels, which
// RecordImporter reads as they are: a filled-in template imports without a mapping step.
//
// The template holds the header only by default: an example row left in the file would be
// imported as a real record. `withExample` adds one row that imports cleanly, for people who
// want to see the expected formats (dates YYYY-MM-DD, lists separated by ";").
class ImportTemplate final {
public:
    // Field keys of the template's columns, "id" first.
    static QStringList fieldKeys(RecordKind kind);
    // The header as written ("ID", "Detected on", ...).
    static QStringList header(RecordKind kind);
    // One example row that imports into an empty database (its dates lie in the past).
    static QStringList exampleRow(RecordKind kind);
    static QByteArray csv(RecordKind kind, bool withExample = false, const CsvWriterOptions& options = {});
    // "nonconformities-template.csv"
    static QString suggestedFileName(RecordKind kind);
    // Writes the template atomically (QSaveFile); errors name the path.
    static Status save(RecordKind kind, const QString& path, bool withExample = false,
                       const CsvWriterOptions& options = {});
};

} // namespace qms
