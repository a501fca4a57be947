#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringView>
#include <algorithm>
#include <optional>

namespace qms {

namespace {

QString located(int line, int column, const QString& what) {
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(what);
}

Error invalid(QString message) {
    return Error{ErrorCode::Invalid, std::move(message), {}};
}

QString byteSize(qint64 bytes) {
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * 1024;
    if (bytes >= mib && bytes % mib == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return QStringLiteral("%1 KiB").arg(bytes / kib);
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

bool startsWith(const QByteArray& data, const char* prefix, qsizetype n) {
    return data.size() >= n && std::equal(prefix, prefix + n, data.constData());
}

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (no overlongs, no
// surrogates, nothing above U+10FFFF), or -1. Only used to locate an error, never on the happy path.
qsizetype firstInvalidUtf8(const unsigned char* s, qsizetype n) {
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return -1;
}

// Physical line (1-based) of a byte offset, counting CRLF, LF and lone CR as one break each.
int lineOfByte(const QByteArray& data, qsizetype offset) {
    int line = 1;
    const char* s = data.constData();
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (s[i] == '\n')
            ++line;
        else if (s[i] == '\r' && !(i + 1 < data.size() && s[i + 1] == '\n'))
            ++line;
    }
    return line;
}

// Decodes bytes completely (Stateless: a truncated sequence at the end counts as an error).
std::optional<QString> decodeStrictly(QByteArrayView bytes, QStringConverter::Encoding encoding) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five unassigned bytes keep their C1
// code points, as the WHATWG encoding standard does.
QString decodeWindows1252(QByteArrayView bytes) {
    static constexpr char16_t c1[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QStringDecoder decoder(QStringConverter::Latin1);
    QString text = decoder.decode(bytes);
    const unsigned char* in = reinterpret_cast<const unsigned char*>(bytes.data());
    QChar* out = nullptr; // detach only if something needs remapping
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char b = in[i];
        if (b >= 0x80 && b <= 0x9F) {
            if (!out)
                out = text.data();
            out[i] = QChar(c1[b - 0x80]);
        }
    }
    return text;
}

// UTF-16 without a byte-order mark: only accepted when unmistakable, i.e. the first few KiB look like
// text in which most code units have a zero high byte (Latin script in UTF-16), and it decodes cleanly.
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray& data) {
    if (data.size() < 4 || data.size() % 2 != 0)
        return std::nullopt;
    const qsizetype pairs = std::min<qsizetype>(data.size() / 2, 4096);
    const char* s = data.constData();
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += s[2 * i] == 0;
        zeroOdd += s[2 * i + 1] == 0;
    }
    // Text in UTF-8 or an ANSI code page has no NUL bytes at all; Latin-script UTF-16 has one in
    // most code units, always on the same side.
    if (zeroOdd * 2 >= pairs && zeroEven * 20 <= zeroOdd)
        return QStringConverter::Utf16LE;
    if (zeroEven * 2 >= pairs && zeroOdd * 20 <= zeroEven)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

struct Decoded {
    QString text;
    QString encoding;
};

Result<Decoded> decode(const QByteArray& data) {
    if (startsWith(data, "\xEF\xBB\xBF", 3)) {
        const QByteArrayView body = QByteArrayView(data).sliced(3);
        if (auto text = decodeStrictly(body, QStringConverter::Utf8))
            return Decoded{std::move(*text), QStringLiteral("UTF-8")};
        const qsizetype bad =
            firstInvalidUtf8(reinterpret_cast<const unsigned char*>(body.data()), body.size());
        const QString what = QStringLiteral(
            "the file is marked as UTF-8 (byte-order mark) but contains bytes that are not valid UTF-8");
        return invalid(bad < 0 ? what
                               : QStringLiteral("line %1: %2").arg(lineOfByte(data, bad + 3)).arg(what));
    }
    const bool le = startsWith(data, "\xFF\xFE", 2);
    if (le || startsWith(data, "\xFE\xFF", 2)) {
        const auto encoding = le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        if (data.size() % 2 != 0) // QStringDecoder in Qt 6.4 silently drops a trailing odd byte
            return invalid(QStringLiteral("the file is marked as UTF-16 (byte-order mark) but is not valid "
                                          "UTF-16 (odd number of bytes)"));
        if (auto text = decodeStrictly(QByteArrayView(data).sliced(2), encoding))
            return Decoded{std::move(*text), le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
        return invalid(
            QStringLiteral("the file is marked as UTF-16 (byte-order mark) but is not valid UTF-16"));
    }
    if (const auto encoding = sniffUtf16(data)) {
        if (auto text = decodeStrictly(data, *encoding))
            return Decoded{std::move(*text), *encoding == QStringConverter::Utf16LE
                                                 ? QStringLiteral("UTF-16LE")
                                                 : QStringLiteral("UTF-16BE")};
    }
    if (auto text = decodeStrictly(data, QStringConverter::Utf8))
        return Decoded{std::move(*text), QStringLiteral("UTF-8")};
    // Not UTF-8: an old Excel/Windows export in the ANSI code page (Western European).
    return Decoded{decodeWindows1252(data), QStringLiteral("Windows-1252")};
}

// Size of the UTF-8 encoding of `s`; an unpaired surrogate counts as 3 bytes (the replacement char).
qint64 utf8Size(QStringView s) {
    qint64 n = 0;
    const char16_t* p = s.utf16();
    const char16_t* end = p + s.size();
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            n += 4;
            ++p;
        } else
            n += 3;
    }
    return n;
}

// Looks at the first record (up to its line break outside quotes) and picks the delimiter that occurs
// most often outside quotes. Ties prefer ',' then ';' then tab; a single-column header gives ','.
char16_t detectDelimiter(const char16_t* p, const char16_t* end) {
    qsizetype comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c == u'"') {
            inQuotes = !inQuotes; // "" inside quotes toggles twice: still inside
        } else if (!inQuotes) {
            if (c == u'\r' || c == u'\n')
                break;
            comma += c == u',';
            semicolon += c == u';';
            tab += c == u'\t';
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// The single-pass scanner. Works on raw UTF-16 code units; a field becomes a QString exactly once
// (or is assembled from segments only when it contains "" escapes).
class Parser {
public:
    Parser(const QString& text, qint64 maxFieldBytes)
        : m_p(QStringView(text).utf16())
        , m_end(m_p + text.size())
        , m_maxFieldBytes(maxFieldBytes) {}

    void setDelimiter(char16_t d) {
        m_delimiter = d;
        m_fastMax = std::max<char16_t>(u'"', d);
    }

    const char16_t* pos() const { return m_p; }
    const char16_t* end() const { return m_end; }
    int line() const { return m_line; }
    const std::optional<Error>& error() const { return m_error; }

    // Excel's "sep=;" hint line at the very start of the file. Returns the delimiter, or 0.
    char16_t takeSepLine() {
        const qsizetype n = m_end - m_p;
        if (n < 5 || m_p[0] != u's' || m_p[1] != u'e' || m_p[2] != u'p' || m_p[3] != u'=')
            return 0;
        const char16_t d = m_p[4];
        if (d == u'"' || d == u'\r' || d == u'\n' || d == 0)
            return 0;
        if (n > 5 && m_p[5] != u'\r' && m_p[5] != u'\n')
            return 0;
        m_p += 5;
        if (m_p < m_end)
            consumeBreak();
        return d;
    }

    // Skips blank lines; false at the end of the input.
    bool atRecord() {
        while (m_p < m_end && (*m_p == u'\r' || *m_p == u'\n'))
            consumeBreak();
        return m_p < m_end;
    }

    // Parses the record at the current position (call atRecord() first) including its line break.
    bool record(QStringList& fields) {
        int column = 1;
        for (;;) {
            QString field;
            const bool ok = (m_p < m_end && *m_p == u'"') ? quoted(column, field) : unquoted(column, field);
            if (!ok)
                return false;
            fields.append(std::move(field));
            if (m_p == m_end)
                return true;
            if (*m_p == m_delimiter) {
                ++m_p;
                ++column;
                continue;
            }
            consumeBreak(); // the field scanners stop only at end, delimiter, CR or LF
            return true;
        }
    }

private:
    void consumeBreak() {
        if (*m_p == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
            m_p += 2;
        else
            ++m_p;
        ++m_line;
    }

    bool fail(int line, int column, const QString& what) {
        m_error = invalid(located(line, column, what));
        return false;
    }

    bool failNul(int column) {
        return fail(m_line, column,
                    QStringLiteral("the file contains a NUL character; it is not a text CSV file"));
    }

    bool checkSize(const QString& field, int line, int column, int lastLine) {
        if (m_maxFieldBytes <= 0)
            return true;
        const qint64 units = field.size();
        if (units * 3 <= m_maxFieldBytes) // a UTF-16 code unit never takes more than 3 UTF-8 bytes
            return true;
        if (units <= m_maxFieldBytes && utf8Size(field) <= m_maxFieldBytes)
            return true;
        QString what =
            QStringLiteral("the field is larger than the limit of %1").arg(byteSize(m_maxFieldBytes));
        if (lastLine > line)
            what +=
                QStringLiteral(" (its quotes run on to line %1; is a closing quote missing?)").arg(lastLine);
        return fail(line, column, what);
    }

    bool unquoted(int column, QString& field) {
        const char16_t* start = m_p;
        while (m_p < m_end) {
            const char16_t c = *m_p;
            if (c > m_fastMax) {
                ++m_p;
                continue;
            }
            if (c == m_delimiter || c == u'\r' || c == u'\n')
                break;
            if (c == u'"')
                return fail(m_line, column,
                            QStringLiteral("a quote inside an unquoted field (a field containing quotes must "
                                           "be enclosed in quotes, with each quote inside doubled)"));
            if (c == 0)
                return failNul(column);
            ++m_p;
        }
        field = QString(reinterpret_cast<const QChar*>(start), m_p - start);
        return checkSize(field, m_line, column, m_line);
    }

    bool quoted(int column, QString& field) {
        const int openLine = m_line;
        ++m_p; // opening quote
        const char16_t* segment = m_p;
        bool escaped = false;
        for (;;) {
            while (m_p < m_end) {
                const char16_t c = *m_p;
                if (c > u'"') {
                    ++m_p;
                    continue;
                }
                if (c == u'"')
                    break;
                if (c == u'\n') {
                    ++m_line;
                } else if (c == u'\r') {
                    ++m_line;
                    if (m_p + 1 < m_end && m_p[1] == u'\n')
                        ++m_p;
                } else if (c == 0) {
                    return failNul(column);
                }
                ++m_p;
            }
            if (m_p == m_end)
                return fail(openLine, column, QStringLiteral("the quoted field opened here is never closed"));
            if (m_p + 1 < m_end && m_p[1] == u'"') { // "" = one literal quote
                field.append(reinterpret_cast<const QChar*>(segment), m_p + 1 - segment);
                m_p += 2;
                segment = m_p;
                escaped = true;
                continue;
            }
            if (escaped)
                field.append(reinterpret_cast<const QChar*>(segment), m_p - segment);
            else
                field = QString(reinterpret_cast<const QChar*>(segment), m_p - segment);
            ++m_p; // closing quote
            break;
        }
        if (m_p < m_end && *m_p != m_delimiter && *m_p != u'\r' && *m_p != u'\n') {
            if (*m_p == 0)
                return failNul(column);
            QString what = QStringLiteral("text after the closing quote");
            if (m_line != openLine)
                what += QStringLiteral(" (the quoted field opened on line %1 spans several lines; is a quote "
                                       "missing there?)")
                            .arg(openLine);
            return fail(m_line, column, what);
        }
        return checkSize(field, openLine, column, m_line);
    }

    const char16_t* m_p;
    const char16_t* m_end;
    qint64 m_maxFieldBytes;
    char16_t m_delimiter = u',';
    char16_t m_fastMax = u',';
    int m_line = 1;
    std::optional<Error> m_error;
};

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray& data, const Options& options) {
    const char16_t forced = options.delimiter.unicode();
    if (forced == u'"' || forced == u'\r' || forced == u'\n')
        return invalid(QStringLiteral("a quote or a line break cannot be the CSV delimiter"));

    if (startsWith(data, "PK\x03\x04", 4))
        return invalid(QStringLiteral("the file is a spreadsheet workbook (.xlsx or .ods), not CSV; "
                                      "save it as CSV (UTF-8) first"));
    if (startsWith(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return invalid(QStringLiteral("the file is an Excel 97-2003 workbook (.xls), not CSV; "
                                      "save it as CSV (UTF-8) first"));

    Result<Decoded> decoded = decode(data);
    if (!decoded)
        return decoded.error();

    CsvTable table;
    table.encoding = std::move(decoded->encoding);
    const QString text = std::move(decoded->text);

    Parser parser(text, options.maxFieldBytes);
    const char16_t sep = parser.takeSepLine();
    if (!parser.atRecord())
        return invalid(QStringLiteral("the file is empty"));

    const char16_t delimiter = forced ? forced : sep ? sep : detectDelimiter(parser.pos(), parser.end());
    parser.setDelimiter(delimiter);
    table.delimiter = QChar(delimiter);

    table.headerLine = parser.line();
    if (!parser.record(table.header))
        return *parser.error();

    const qsizetype columns = table.header.size();
    while (parser.atRecord()) {
        CsvRow row;
        row.line = parser.line();
        row.fields.reserve(columns);
        if (!parser.record(row.fields))
            return *parser.error();
        table.rows.append(std::move(row));
    }
    return table;
}

Result<CsvTable> CsvReader::parseFile(const QString& path, const Options& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(data, options);
}

} // namespace qms
