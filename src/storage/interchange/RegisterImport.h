#pragma once

// The import of one register, as RecordImporter runs it: reading, checking and storing the rows
// of one CSV table (see RecordImporter.h for the rules). Internal to the importer.

#include "RecordImporter.h"
#include "domain/FieldCodec.h"
#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <utility>

namespace qms {

class Workspace;

namespace importing {

template <typename R> class RegisterImport {
public:
    // `mapped`: the table came through a ColumnMapping; messages name the file's columns.
    // `preview`: a dry run that fills it and rolls back.
    RegisterImport(Workspace& ws, const CsvTable& table, QString source, const MappedTable* mapped = nullptr,
                   ImportPreview* preview = nullptr, int previewRows = 0)
        : m_ws(ws)
        , m_table(table)
        , m_source(std::move(source))
        , m_mapped(mapped)
        , m_preview(preview)
        , m_previewRows(previewRows) {}

    Result<ImportReport> run();

    // Stop collecting after this many problems: a wrong file gives one per row, and nobody reads
    // more.
    static constexpr int MaxProblems = 10000;

private:
    struct Row {
        int line = 0;
        R record;
        bool autoId = false;
        // Same-file links to rows further down: made in a second pass once those exist.
        QList<std::pair<const FieldDef<R>*, QString>> laterLinks;
        QSet<QString> unreadable; // fields whose text was refused: not validated again
        bool idOk = true;
        // Found while the rows are read in parallel, reported in file order afterwards.
        QList<std::pair<int, QString>> fieldErrors; // column index, message
        QList<FieldError> invalid;                  // validation of the whole record
    };

    void problem(int line, int column, const QString& field, const QString& message);
    bool full() const { return m_problems.size() >= MaxProblems; }
    bool readHeader();
    Status loadExistingIds();
    void readRows();
    void checkRows();
    Status store();
    Error failure() const;
    void fillPreviewRows();
    Result<ImportReport> finishPreview();

    Workspace& m_ws;
    const CsvTable& m_table;
    QString m_source;
    const MappedTable* m_mapped = nullptr;
    ImportPreview* m_preview = nullptr;
    int m_previewRows = 0;
    QStringList m_problems;
    QList<ImportProblem> m_problemList; // the same, structured, for the preview
    ImportReport m_report;
    QList<const FieldDef<R>*> m_columns; // per header column; index 0 (id) is null
    QHash<QString, int> m_columnOfKey;   // field key -> 1-based column
    QHash<RecordKind, QSet<QString>> m_existing;
    qint64 m_maxSeq = 0;
    QDate m_validatedOn; // the day checkRows() validated the rows (the store skips validating again)
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId; // id -> index in m_rows
};

// Hands the memory a big import freed back to the system (see RegisterImport.cpp).
void releaseFreedHeap(qsizetype rows);

} // namespace importing
} // namespace qms
