#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

class QIODevice;

namespace qms {

// Declared outside CsvWriter so that `Options options = {}` works as a default argument inside the class.
struct CsvWriterOptions {
    // ',' by default; ';' suits German Excel. A quote, CR, LF or NUL is not allowed (falls back to ',').
    QChar delimiter = QLatin1Char(',');
    // UTF-8 byte-order mark first, so that Excel opens the file as UTF-8 instead of the ANSI code page.
    bool writeBom = true;
    // CSV/formula injection guard (OWASP): a field starting with '=', '+', '-', '@', tab or CR is
    // prefixed with a single quote so that a spreadsheet shows it as text instead of evaluating it
    // (e.g. =HYPERLINK(...) typed into a complaint by an outsider). Off by default because it changes
    // the data: "-5", "+49 30 1234" or "=ISO" would no longer round-trip through CsvReader, and QMS Desk
    // exports are meant to be re-imported. Turn it on for exports that people open in a spreadsheet.
    bool guardFormulas = false;
};

// RFC 4180 writer: UTF-8 (with BOM by default), CRLF after every record. A field is quoted when it
// contains the delimiter, a quote, CR or LF, starts or ends with whitespace, or starts with "sep=";
// a record consisting of one empty field is written as "" so that it is not read back as a blank line.
class CsvWriter {
public:
    using Options = CsvWriterOptions;

    // One-shot: header plus rows as one byte array. Rows may have any number of fields.
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows,
                            const Options& options = {});

    // One encoded record including its CRLF (no BOM).
    static QByteArray encodeRow(const QStringList& fields, const Options& options = {});

    // Streaming: writes records to an open device one by one (for large exports). The first writeRow()
    // writes the BOM first (if enabled); by convention the first record is the header. The output is
    // byte-identical to write(). The device must stay open while the writer is used.
    explicit CsvWriter(QIODevice* device, const Options& options = {});
    Status writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }

private:
    Status put(const QByteArray& bytes);

    QIODevice* m_device;
    Options m_options;
    qint64 m_rows = 0;
};

} // namespace qms
