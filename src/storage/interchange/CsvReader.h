#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace qms {

// One data record. `line` is the physical line (1-based, as a text editor counts) on which the record
// starts; a record whose quoted fields contain line breaks occupies several physical lines.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QStringList header;
    // Data records in file order. Their field count may differ from the header's: the importer reports
    // missing/extra columns, the reader keeps the fields exactly as written.
    QList<CsvRow> rows;
    // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252" (the fallback for bytes that are not UTF-8).
    QString encoding;
    QChar delimiter;
    // Physical line of the header: 1, unless the file starts with blank lines or an Excel "sep=;" line.
    int headerLine = 1;
};

// Declared outside CsvReader so that `Options options = {}` works as a default argument inside the class.
struct CsvReaderOptions {
    // Null (the default) detects ',', ';' or tab from the header line (outside quotes); an Excel "sep=X"
    // first line is honoured too. Any other value is used as-is (it must not be a quote, CR, LF or NUL).
    QChar delimiter;
    // A field whose UTF-8 encoding is larger than this is refused, naming its line and column.
    // 0 or negative: no limit.
    qint64 maxFieldBytes = 4 * 1024 * 1024;
};

// RFC 4180 reader for spreadsheet exports (Excel, LibreOffice, Google Sheets).
//
// - Encoding: UTF-8 with or without BOM; UTF-16 LE/BE with BOM (Excel "Unicode text"), or without BOM
//   when the bytes are unmistakably UTF-16; otherwise, and only when the bytes are not valid UTF-8,
//   Windows-1252 (a superset of Latin-1 for printable characters).
// - Quoted fields with "" escapes and embedded CRLF/LF/CR line breaks (kept verbatim); CRLF, LF or CR
//   record ends; blank lines between records are skipped; whitespace around unquoted fields is kept.
// - Errors (ErrorCode::Invalid) name the physical line and the column (field number), both 1-based:
//   "line 7, column 3: the quoted field opened here is never closed". The message is complete on its
//   own; Error::fields stays empty.
class CsvReader {
public:
    using Options = CsvReaderOptions;

    // Parses a whole file held in memory, in a single pass.
    static Result<CsvTable> parse(const QByteArray& data, const Options& options = {});
    // Reads `path` with QFile and parses it. A missing or unreadable file is ErrorCode::Io naming the
    // path and the reason; parse errors are as for parse().
    static Result<CsvTable> parseFile(const QString& path, const Options& options = {});
};

} // namespace qms
