#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace qms {

class Workspace;

struct ImportReport {
    QStringList createdIds; // in file order
    // Links left for later (see RecordImporter), one line each, naming line and column.
    QStringList notes;
};

// One problem of an import, as listed in the preview. `column` is the 1-based column of the CSV
// file (after a column mapping: the file's column, not the field's position); 0 when the problem
// concerns the whole row or a missing column. `text` is the full message as in Error::fields.
struct ImportProblem {
    int line = 0;
    int column = 0;
    QString field; // field key, "id", or empty
    QString message;
    QString text;
};

// What an import would do, found without writing anything (RecordImporter::check).
struct ImportPreview {
    QStringList fields; // "id", then the imported field keys in file order
    struct Row {
        int line = 0;
        QStringList values; // per field: the canonical text to be stored, or the text as
                            // written when it could not be read (see `problems`)
    };
    QList<Row> rows;               // the first rows, as they will be imported (ids assigned)
    int rowCount = 0;              // data rows in the file
    QList<ImportProblem> problems; // every problem (up to the importer's limit); empty: it imports
    QStringList notes;             // links left for later, as in ImportReport
    QString summary;               // the headline of the problems, as the import's Error::message
    bool ok() const { return problems.isEmpty(); }
};

// Imports one register from a CSV table, all or nothing, in ONE write transaction.
//
// Format: the first column is the record id (empty: the next free number; a free id is kept; an
// existing id is refused as a duplicate); every other header names a field by key or label
// (case-insensitive). Fields the workflow derives (document revisions) cannot be imported.
// Every problem is collected, each naming line (the header is line 1) and column:
//   nonconformities.csv line 7, column 4 (severity): "hgih" is not one of: major, minor, observation
// On any problem nothing is written (ErrorCode::Invalid, one FieldError per problem, field empty).
//
// Links to other records must point at records that exist or appear in the same file, with one
// exception: a link seen from both sides is stored once, so a column of a two-way link that the
// other register also carries may name records that do not exist yet:
//   - nonconformities.actions <-> actions.nonconformities (either register may come first),
//   - processes.documents (the other side of documents.processes; processes come first).
// Such a reference is skipped with a note; the link is made when the other record is imported
// naming this one. Import order for a full register set: processes, documents,
// nonconformities, actions.
class RecordImporter final {
public:
    explicit RecordImporter(Workspace& ws)
        : m_ws(ws) {}

    // `sourceName` names the file in messages ("nonconformities.csv").
    Result<ImportReport> import(RecordKind kind, const CsvTable& table, const QString& sourceName);
    // The same with `mapping` applied first (see ColumnMapping); an empty mapping is no mapping.
    // Line and column numbers in messages are those of the file.
    Result<ImportReport> import(RecordKind kind, const CsvTable& table, const QString& sourceName,
                                const ColumnMapping& mapping);
    // Reads `path` with CsvReader, then import().
    Result<ImportReport> importFile(RecordKind kind, const QString& path);

    // A dry run: every check import() makes, the records stored too, in a transaction that is then
    // rolled back, so that the preview finds exactly the problems the import would. Nothing is
    // written. Fails only when the check cannot run (no permission, read-only, a database error);
    // problems of the file are in ImportPreview::problems. `previewRows` limits ImportPreview::rows.
    Result<ImportPreview> check(RecordKind kind, const CsvTable& table, const QString& sourceName,
                                const ColumnMapping& mapping = {}, int previewRows = 100);

private:
    Workspace& m_ws;
};

} // namespace qms
