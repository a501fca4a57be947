#pragma once

#include "Records.h"
#include "kinds/RecordTypes.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>
#include <span>

namespace qms {

// Canonical text forms shared by the audit trail, CSV, JSON and the search index. They must stay
// stable: the audit hash chain covers them.
namespace codec {
QString date(const QDate& d);          // "2026-11-25" or ""
QString dateTime(const QDateTime& dt); // "2026-11-25T10:04:05Z" or ""
// Accepts ISO dates, ISO date-times and the European forms 25.11.2026 and 25/11/2026.
std::optional<QDate> parseDate(const QString& text);
QString list(const QStringList& items); // "a; b; c"
QStringList parseList(const QString& text);
QString kpis(const QList<Kpi>& kpis); // one per line: "name | target | unit"
std::optional<QList<Kpi>> parseKpis(const QString& text, QString* error);
QString revisions(const QList<DocumentRevision>& revisions);
QString yesNo(bool v);
std::optional<bool> parseYesNo(const QString& text);
// A Table field: a row a line, its cells separated by " | "; a backslash, a bar and a line break
// inside a cell are written "\\", "\|" and "\n", so a cell may hold any text.
QString table(const QList<QStringList>& rows);
QList<QStringList> parseTable(const QString& text);
} // namespace codec

// ItemStates: "ID | state | note" lines, the state one of the field's `choices` (a change's
// affected items); editors show them as a table. Table: rows of the cells a TableDecl declares
// (an audit's checklist), stored as codec::table.
enum class FieldType {
    Text,
    LongText,
    Date,
    DateTime,
    Enum,
    IdList,
    ClauseList,
    Int,
    Bool,
    Kpis,
    Revisions,
    ItemStates,
    Table
};

// What a cell of a Table field holds.
enum class CellType { Text, LongText, Date, Enum, Clause, RecordId };

struct TableColumnDecl {
    const char* key;
    const char* label; // context "qms::Field"
    CellType type = CellType::Text;
    QStringList (*choices)() = nullptr; // Enum: the keys, in order
    QString (*choiceLabel)(const QString& key) = nullptr;
    RecordKind kind = RecordKind::Document; // RecordId: the kind it names
    bool readOnly = false; // written by the program (a frozen snapshot, the id of a raised NC)
    int stretch = 1;       // its share of the table's width
};

// A button beside a Table that makes a record of another kind from the selected row, linked back:
// its id goes into the row's `idColumn` and into the record's list field `link`
// (newRecordFromRow, kinds/LinkedRecords.h).
struct RowCreateDecl {
    const char* label = nullptr; // "Raise NC", context "qms::Kind"; nullptr: none
    RecordKind kind = RecordKind::Nonconformity;
    const char* idColumn = nullptr;
    const char* link = nullptr;
    // Offered only for rows whose `whenColumn` holds one of `whenValues` (comma-separated keys).
    const char* whenColumn = nullptr;
    const char* whenValues = nullptr;
};

// A button that fills the table from the stored data (storage's TableFills): an audit's checklist
// from its scope, or from the previous audit of the same scope.
struct TableFillDecl {
    const char* key;
    const char* label; // context "qms::Kind"
    const char* tip;   // context "qms::Kind"
};

struct TableDecl {
    std::span<const TableColumnDecl> columns;
    bool fixedRows = false; // rows are made by the program only, never added or removed by people
    RowCreateDecl create = {};
    std::span<const TableFillDecl> fills = {};

    int column(const char* key) const; // -1 when unknown
    // Checks and normalises `rows` (enum keys from labels, canonical ids and dates, one cell per
    // column); the first problem for people ("row 2, Result: ..."), or an empty string.
    QString check(QList<QStringList>& rows) const;
    // The rows for people: one line a row, "Column: value" pairs, enum labels.
    QStringList lines(const QString& text) const;
};

// One field of a record type: its stable key (CSV header, JSON key, audit field name), its label
// for people, and how to read and write it as canonical text.
template <typename R> struct FieldDef {
    const char* key;
    const char* label;
    FieldType type;
    QString (*get)(const R&);
    // Parses `text` into the record; returns an error message, or an empty string when fine.
    // Null for fields the workflow derives (closed_on, revisions): they are never imported.
    QString (*set)(R&, const QString&);
    // Column names seen in spreadsheets kept by hand, '|'-separated, matched after the key and the
    // label when a file is imported (ColumnMapping).
    const char* synonyms = nullptr;
    // Enum fields: the keys a value may take, in order (labels: enumLabelForKey()).
    QStringList (*choices)() = nullptr;
    QString (*choiceLabel)(const QString& key) = nullptr; // translated
    const TableDecl* table = nullptr;                     // Table fields: the columns
};

template <typename R> std::span<const FieldDef<R>> recordFields();

QString translateFieldLabel(const char* label);

using FieldValues = QList<QPair<QString, QString>>; // key -> canonical text, in field order

template <typename R> FieldValues fieldValues(const R& record) {
    FieldValues out;
    for (const auto& f : recordFields<R>())
        out.append({QString::fromLatin1(f.key), f.get(record)});
    return out;
}

template <typename R> const FieldDef<R>* findField(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (const auto& f : recordFields<R>())
        if (k == QLatin1String(f.key) || k == QString::fromLatin1(f.label).toLower())
            return &f;
    return nullptr;
}

// An ItemStates field's lines for people: "DOC-0004 — Action needed — revise", the state by
// `label` (a FieldDef's choiceLabel; null: the key).
QStringList itemStateLines(const QString& text, QString (*label)(const QString&));

// All searchable text of a record, for the full-text index.
template <typename R> QString searchableText(const R& record) {
    QStringList parts;
    for (const auto& f : recordFields<R>())
        if (f.type == FieldType::Text || f.type == FieldType::LongText || f.type == FieldType::Kpis ||
            f.type == FieldType::Revisions || f.type == FieldType::ItemStates || f.type == FieldType::Table)
            parts << f.get(record);
    return parts.join(QLatin1Char('\n'));
}

// The text people know a record by: its kind's declared title field.
template <typename R> QString recordTitle(const R& record) {
    const char* title = declOf<R>().titleField;
    for (const auto& f : recordFields<R>())
        if (qstrcmp(f.key, title) == 0)
            return f.get(record);
    return {};
}

} // namespace qms
