#pragma once

#include "CsvReader.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qms {

// A field a CSV column can feed: "id" or a field key of the register.
struct ImportTarget {
    QString key;   // "id", "detected_on", ...
    QString label; // "ID", "Detected on" (translated)
    bool required = false;
};

// One header-level problem of a mapping: a required field no column feeds, or a field fed twice.
struct MappingProblem {
    QString field;   // key of the field concerned
    int column = 0;  // 1-based CSV column, 0 when the problem is a missing field
    QString message; // complete on its own, names the field by label and key
};

// A CSV table rearranged for RecordImporter, and where each of its columns came from.
struct MappedTable {
    CsvTable table;           // header "id", then field keys; rows in the same order and lines
    QList<int> sourceColumns; // per column of `table`, the 1-based CSV column; 0 for a generated id
    int sourceWidth = 0;      // the CSV header's column count
    // Lines whose record has a different field count than the CSV header, with that count.
    // RecordImporter reports them; their row in `table` holds no fields.
    QHash<int, int> wrongWidth;
};

// Which field each column of a CSV file feeds when a register is imported, so that spreadsheets
// whose columns are named their own way ("NC No.", "Date raised", "Owner") import without editing
// the file. Columns mapped to nothing are ignored. Without an "id" column every record gets the
// next free number.
// A field's label as the English user interface shows it ("Detected on" for detected_on, "ID"
// for id), whatever the language: templates and spreadsheets are headed with it. Empty for a
// key that is no field of `kind`.
QString englishLabelOf(RecordKind kind, const QString& key);

class ColumnMapping final {
public:
    ColumnMapping() = default;

    // "id" and every importable field of `kind`, in field order; `required` marks what an empty
    // record fails validation on.
    static QList<ImportTarget> targets(RecordKind kind);

    // A guess per column: the field whose key, English or translated label, or a common
    // spreadsheet synonym matches the header, ignoring case, spaces and punctuation
    // ("NC No." -> id, "Date raised" -> detected_on, "Owner" -> responsible). A field is suggested
    // for the first matching column only; unknown headers are ignored.
    static ColumnMapping suggest(RecordKind kind, const QStringList& header);

    // suggest(), then `assignments` "CSV column=field" applied on top: the column by header name
    // (same matching) or 1-based number, the field by key or label; an empty field or "-" ignores
    // the column. Unknown columns or fields are ErrorCode::Invalid naming them.
    static Result<ColumnMapping> fromAssignments(RecordKind kind, const QStringList& header,
                                                 const QStringList& assignments);
    // Reads assignments from a text file, one per line; blank lines and lines starting with '#'
    // are skipped.
    static Result<QStringList> readAssignments(const QString& path);

    bool isEmpty() const { return m_targets.isEmpty(); }
    int columnCount() const { return int(m_targets.size()); }
    QString target(int column) const { return m_targets.value(column); } // 0-based; empty = ignored
    void setTarget(int column, const QString& key);
    QStringList targetList() const { return m_targets; }

    // True when RecordImporter would read `header` exactly so without a mapping: no column ignored,
    // the id first, and every header the key or label of its field. Then the mapping step can be skipped.
    bool isPlain(RecordKind kind, const QStringList& header) const;

    // Required fields left out and fields fed by two columns; empty when the mapping can be applied.
    QList<MappingProblem> problems(RecordKind kind) const;

    // The table as RecordImporter reads it. Fails (ErrorCode::Invalid, one FieldError per
    // problem) when problems() is not empty or the mapping does not fit the table's width.
    Result<MappedTable> apply(RecordKind kind, const CsvTable& table) const;

private:
    QStringList m_targets; // per CSV column: a target key or empty
};

} // namespace qms
