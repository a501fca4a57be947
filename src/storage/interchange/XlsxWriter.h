#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

namespace qms {

// How a column's cells are written, so that a spreadsheet sorts and filters them by value.
enum class XlsxCellType {
    Text,     // a string cell
    Number,   // a numeric cell (from an int or double QVariant, or text that reads as a number)
    Date,     // a real Excel date (serial number) shown as yyyy-mm-dd; from a QDate
    DateTime, // a real Excel date-time shown as yyyy-mm-dd hh:mm; from a QDateTime (written in local time)
};

struct XlsxColumn {
    QString header;
    XlsxCellType type = XlsxCellType::Text;
};

struct XlsxProperties {
    QString title;
    QString subject;
    QString author;
    QString company; // the organisation
    QString comments;
};

// Streams sheets into one .xlsx workbook with libxlsxwriter: a bold header row frozen at the top,
// an autofilter over header and data, column widths from the content, typed cells. It knows
// nothing about records; RecordExporter feeds it.
//
// The file appears atomically: libxlsxwriter writes a temporary file in the target folder that is
// renamed over `path` by finish(). If finish() is not reached (an error, an exception, the writer
// destroyed early) the temporary file is removed and an existing `path` is left untouched.
class XlsxWriter final {
public:
    explicit XlsxWriter(QString path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Creates the temporary file; an unwritable folder is ErrorCode::Io naming the path and why.
    Status open(const XlsxProperties& properties);
    // Starts a sheet (the previous one is finished). Excel names are at most 31 characters without
    // []:*?/\ ; longer or forbidden names are shortened/cleaned.
    Status addSheet(const QString& name, const QList<XlsxColumn>& columns);
    // One data row; values in column order (missing values are empty cells). A null or empty
    // value leaves the cell empty.
    Status addRow(const QVariantList& values);
    // Finishes the last sheet, writes the workbook and renames it over `path`.
    Status finish();

    qint64 rowsInSheet() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace qms
