#pragma once

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
    // Reads `path` with CsvReader, then import().
    Result<ImportReport> importFile(RecordKind kind, const QString& path);

private:
    Workspace& m_ws;
};

} // namespace qms
