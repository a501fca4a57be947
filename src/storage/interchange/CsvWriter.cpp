#include "CsvWriter.h"

#include <QIODevice>

namespace qms {

namespace {

const char kBom[] = "\xEF\xBB\xBF";

char16_t effectiveDelimiter(const CsvWriterOptions& options) {
    const char16_t d = options.delimiter.unicode();
    if (d == 0 || d == u'"' || d == u'\r' || d == u'\n') {
        Q_ASSERT_X(false, "CsvWriter", "invalid delimiter");
        return u',';
    }
    return d;
}

bool isFormulaStart(QChar c) {
    const char16_t u = c.unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

bool needsQuotes(QStringView field, char16_t delimiter) {
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace() || field.startsWith(u"sep="))
        return true;
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == delimiter || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

void appendField(QString& out, QStringView field, char16_t delimiter, bool guard) {
    QString guarded;
    if (guard && !field.isEmpty() && isFormulaStart(field.front())) {
        guarded.reserve(field.size() + 1);
        guarded += QLatin1Char('\'');
        guarded += field;
        field = guarded;
    }
    if (!needsQuotes(field, delimiter)) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    qsizetype from = 0;
    for (qsizetype i = field.indexOf(u'"'); i >= 0; i = field.indexOf(u'"', from)) {
        out += field.sliced(from, i + 1 - from); // up to and including the quote ...
        out += QLatin1Char('"');                 // ... which is doubled
        from = i + 1;
    }
    out += field.sliced(from);
    out += QLatin1Char('"');
}

void appendRecord(QString& out, const QStringList& fields, const CsvWriterOptions& options) {
    const char16_t delimiter = effectiveDelimiter(options);
    if (fields.isEmpty() || (fields.size() == 1 && fields.front().isEmpty())) {
        out += QLatin1String("\"\"\r\n"); // a blank line would be skipped by readers
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QChar(delimiter);
        appendField(out, fields[i], delimiter, options.guardFormulas);
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray CsvWriter::encodeRow(const QStringList& fields, const Options& options) {
    QString line;
    appendRecord(line, fields, options);
    return line.toUtf8();
}

QByteArray CsvWriter::write(const QStringList& header, const QList<QStringList>& rows,
                            const Options& options) {
    QString text;
    appendRecord(text, header, options);
    for (const QStringList& row : rows)
        appendRecord(text, row, options);
    QByteArray out;
    if (options.writeBom)
        out = QByteArray(kBom, 3);
    out += text.toUtf8();
    return out;
}

CsvWriter::CsvWriter(QIODevice* device, const Options& options)
    : m_device(device)
    , m_options(options) {}

Status CsvWriter::put(const QByteArray& bytes) {
    if (!m_device || !m_device->isWritable())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write the CSV file: the output is not open for writing"));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_device->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("Cannot write the CSV file: %1").arg(m_device->errorString()));
        done += n;
    }
    return {};
}

Status CsvWriter::writeRow(const QStringList& fields) {
    QByteArray bytes = encodeRow(fields, m_options);
    if (m_rows == 0 && m_options.writeBom)
        bytes.prepend(kBom, 3);
    if (Status s = put(bytes); !s)
        return s;
    ++m_rows;
    return {};
}

} // namespace qms
