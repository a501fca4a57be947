#include "domain/Result.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

// Readable failure output for Qt strings. If a shared test header ends up defining these too, drop
// these copies.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        std::string out = "{";
        for (qsizetype i = 0; i < l.size(); ++i)
            out += (i ? ", \"" : "\"") + l[i].toStdString() + '"';
        return out + "}";
    }
};
} // namespace Catch

using qms::CsvReader;
using qms::CsvTable;
using qms::CsvWriter;
using qms::ErrorCode;

namespace {

// Byte array from a literal, keeping embedded NULs.
template <std::size_t N> QByteArray raw(const char (&s)[N]) {
    return QByteArray(s, qsizetype(N - 1));
}

CsvTable parseOk(const QByteArray& data, const CsvReader::Options& options = {}) {
    auto result = CsvReader::parse(data, options);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

QString parseError(const QByteArray& data, const CsvReader::Options& options = {}) {
    auto result = CsvReader::parse(data, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    return result.error().message;
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding, bool bom) {
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QStringList list(std::initializer_list<const char16_t*> items) {
    QStringList out;
    for (const char16_t* s : items)
        out << QString::fromUtf16(s);
    return out;
}

QString randomField(QRandomGenerator& rng) {
    static const QStringList pieces = {
        QStringLiteral("a"),  QStringLiteral("Z"),  QStringLiteral("7"),     QStringLiteral(" "),
        QStringLiteral(","),  QStringLiteral(";"),  QStringLiteral("\t"),    QStringLiteral("\""),
        QStringLiteral("\""), QStringLiteral("\r"), QStringLiteral("\n"),    QStringLiteral("\r\n"),
        QStringLiteral("="),  QStringLiteral("-"),  QStringLiteral("+"),     QStringLiteral("@"),
        QStringLiteral("'"),  QStringLiteral("é"),  QStringLiteral("ß"),     QStringLiteral("€"),
        QStringLiteral("日"), QStringLiteral("😀"),  QStringLiteral("sep=;"), QStringLiteral("Ω"),
    };
    const int length = int(rng.bounded(0, 16));
    QString field;
    for (int i = 0; i < length; ++i)
        field += pieces[int(rng.bounded(qsizetype(pieces.size())))];
    return field;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Encodings

TEST_CASE("CsvReader strips a UTF-8 byte-order mark", "[csv]") {
    const CsvTable t = parseOk(raw("\xEF\xBB\xBFName,Owner\r\nAudit,M\xC3\xBCller\r\n"));
    CHECK(t.encoding == QStringLiteral("UTF-8"));
    CHECK(t.header == QStringList{QStringLiteral("Name"), QStringLiteral("Owner")});
    CHECK(t.header.first().size() == 4); // no U+FEFF left in front of the first header
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields == list({u"Audit", u"Müller"}));
}

TEST_CASE("CsvReader reads UTF-8 without BOM and does not fall back when it is valid", "[csv]") {
    const CsvTable t = parseOk(raw("Name\nRen\xC3\xA9\n"));
    CHECK(t.encoding == QStringLiteral("UTF-8"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields == list({u"René"})); // not "RenÃ©"
}

TEST_CASE("CsvReader reads UTF-16 with BOM (Excel Unicode text)", "[csv]") {
    const QString text = QStringLiteral("Nr\tTitel\tVerantwortlich\r\n1\tÄnderung\t日本 😀\r\n");
    SECTION("little endian") {
        const QByteArray data = utf16(text, QStringConverter::Utf16LE, true);
        REQUIRE(data.startsWith(raw("\xFF\xFE")));
        const CsvTable t = parseOk(data);
        CHECK(t.encoding == QStringLiteral("UTF-16LE"));
        CHECK(t.delimiter == QLatin1Char('\t'));
        CHECK(t.header == list({u"Nr", u"Titel", u"Verantwortlich"}));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].fields == list({u"1", u"Änderung", u"日本 😀"}));
        CHECK(t.rows[0].line == 2);
    }
    SECTION("big endian") {
        const QByteArray data = utf16(text, QStringConverter::Utf16BE, true);
        REQUIRE(data.startsWith(raw("\xFE\xFF")));
        const CsvTable t = parseOk(data);
        CHECK(t.encoding == QStringLiteral("UTF-16BE"));
        CHECK(t.header.first() == QStringLiteral("Nr"));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].fields == list({u"1", u"Änderung", u"日本 😀"}));
    }
    SECTION("little endian without BOM is recognised") {
        const CsvTable t = parseOk(utf16(text, QStringConverter::Utf16LE, false));
        CHECK(t.encoding == QStringLiteral("UTF-16LE"));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].fields[1] == QStringLiteral("Änderung"));
    }
    SECTION("a UTF-16 BOM followed by an odd number of bytes is refused") {
        const QString message = parseError(utf16(text, QStringConverter::Utf16LE, true) + 'x');
        CHECK(message.contains(QStringLiteral("not valid UTF-16")));
    }
}

TEST_CASE("CsvReader falls back to Windows-1252 only for bytes that are not UTF-8", "[csv]") {
    SECTION("Latin-1 letters") {
        const CsvTable t = parseOk(raw("Name;Ort\r\nRen\xE9;K\xF6ln\r\n"));
        CHECK(t.encoding == QStringLiteral("Windows-1252"));
        CHECK(t.delimiter == QLatin1Char(';'));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].fields == list({u"René", u"Köln"}));
    }
    SECTION("Windows-1252 specials in 0x80..0x9F") {
        const CsvTable t = parseOk(raw("Kosten,Zitat\n100 \x80,\x93gut\x94 \x96 ok\n"));
        CHECK(t.encoding == QStringLiteral("Windows-1252"));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].fields == list({u"100 €", u"“gut” – ok"}));
    }
    SECTION("a truncated UTF-8 sequence at the end is not valid UTF-8") {
        const CsvTable t = parseOk(raw("a\nb\xC3"));
        CHECK(t.encoding == QStringLiteral("Windows-1252"));
        CHECK(t.rows[0].fields == list({u"bÃ"}));
    }
    SECTION("a UTF-8 BOM with invalid bytes is refused with the line") {
        const QString message = parseError(raw("\xEF\xBB\xBF"
                                               "a,b\n1,2\n3,\xFF\n"));
        CHECK(message.startsWith(QStringLiteral("line 3: ")));
        CHECK(message.contains(QStringLiteral("not valid UTF-8")));
    }
}

TEST_CASE("CsvReader recognises spreadsheet workbooks that are not CSV", "[csv]") {
    CHECK(parseError(raw("PK\x03\x04\x14\x00\x06\x00")).contains(QStringLiteral(".xlsx")));
    CHECK(parseError(raw("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00")).contains(QStringLiteral(".xls")));
}

// ---------------------------------------------------------------------------------------------------
// Delimiters

TEST_CASE("CsvReader detects the delimiter from the header line", "[csv]") {
    SECTION("semicolon (German Excel)") {
        const CsvTable t = parseOk(raw("Nr;Titel;Status\r\n1;Audit, intern;offen\r\n"));
        CHECK(t.delimiter == QLatin1Char(';'));
        CHECK(t.rows[0].fields == list({u"1", u"Audit, intern", u"offen"}));
    }
    SECTION("tab") {
        const CsvTable t = parseOk(raw("Nr\tTitel, lang\tStatus\n1\ta;b\toffen\n"));
        CHECK(t.delimiter == QLatin1Char('\t'));
        CHECK(t.header == list({u"Nr", u"Titel, lang", u"Status"}));
        CHECK(t.rows[0].fields == list({u"1", u"a;b", u"offen"}));
    }
    SECTION("comma") {
        const CsvTable t = parseOk(raw("Nr,Titel\n1,x\n"));
        CHECK(t.delimiter == QLatin1Char(','));
    }
    SECTION("delimiters inside quotes do not count") {
        const CsvTable t = parseOk(raw("\"a;b;c;d\",e,f\n1,2,3\n"));
        CHECK(t.delimiter == QLatin1Char(','));
        CHECK(t.header == list({u"a;b;c;d", u"e", u"f"}));
    }
    SECTION("a single-column header defaults to comma") {
        const CsvTable t = parseOk(raw("Name\nx\n"));
        CHECK(t.delimiter == QLatin1Char(','));
        CHECK(t.header == list({u"Name"}));
    }
    SECTION("Excel's sep= line sets the delimiter and is skipped") {
        const CsvTable t = parseOk(raw("sep=;\r\na,b;c\r\n1;2\r\n"));
        CHECK(t.delimiter == QLatin1Char(';'));
        CHECK(t.headerLine == 2);
        CHECK(t.header == list({u"a,b", u"c"}));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].line == 3);
    }
}

TEST_CASE("CsvReader honours an explicit delimiter", "[csv]") {
    CsvReader::Options options;
    SECTION("pipe") {
        options.delimiter = QLatin1Char('|');
        const CsvTable t = parseOk(raw("a|b,c\n1|2\n"), options);
        CHECK(t.delimiter == QLatin1Char('|'));
        CHECK(t.header == list({u"a", u"b,c"}));
        CHECK(t.rows[0].fields == list({u"1", u"2"}));
    }
    SECTION("semicolon although the header has more commas") {
        options.delimiter = QLatin1Char(';');
        const CsvTable t = parseOk(raw("a,b,c;d\n1,2;3\n"), options);
        CHECK(t.header == list({u"a,b,c", u"d"}));
    }
    SECTION("a quote cannot be the delimiter") {
        options.delimiter = QLatin1Char('"');
        CHECK(parseError(raw("a,b\n"), options).contains(QStringLiteral("delimiter")));
    }
}

// ---------------------------------------------------------------------------------------------------
// RFC 4180 structure

TEST_CASE("CsvReader unescapes quoted fields", "[csv]") {
    const CsvTable t = parseOk(raw("a,b,c,d,e\n"
                                   "\"He said \"\"hi\"\"\",\"\",\"\"\"\",\"x,y\",\" padded \"\n"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields == list({u"He said \"hi\"", u"", u"\"", u"x,y", u" padded "}));
}

TEST_CASE("CsvReader keeps embedded line breaks and counts physical lines", "[csv]") {
    SECTION("CRLF inside quotes") {
        const CsvTable t = parseOk(raw("id,text\r\n"
                                       "1,\"first\r\nsecond\r\nthird\"\r\n"
                                       "2,x\r\n"
                                       "3,y\r\n"));
        REQUIRE(t.rows.size() == 3);
        CHECK(t.rows[0].line == 2);
        CHECK(t.rows[0].fields[1] == QStringLiteral("first\r\nsecond\r\nthird"));
        CHECK(t.rows[1].line == 5); // the record above spans lines 2..4
        CHECK(t.rows[1].fields == list({u"2", u"x"}));
        CHECK(t.rows[2].line == 6);
    }
    SECTION("LF and lone CR inside quotes") {
        const CsvTable t = parseOk(raw("id,text\n1,\"a\nb\rc\"\n2,z\n"));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].fields[1] == QStringLiteral("a\nb\rc"));
        CHECK(t.rows[1].line == 5);
    }
    SECTION("an empty line inside quotes is kept, blank lines between records are skipped") {
        const CsvTable t = parseOk(raw("a\n\"x\n\ny\"\n\n\nz\n"));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].line == 2);
        CHECK(t.rows[0].fields == list({u"x\n\ny"}));
        CHECK(t.rows[1].line == 7);
        CHECK(t.rows[1].fields == list({u"z"}));
    }
}

TEST_CASE("CsvReader accepts every line ending style", "[csv]") {
    const char* name = GENERATE("\r\n", "\n", "\r");
    const QByteArray eol(name);
    const QByteArray data = "h1,h2" + eol + "1,2" + eol + eol + "3,4"; // no trailing line break
    const CsvTable t = parseOk(data);
    CHECK(t.header == list({u"h1", u"h2"}));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 4);
    CHECK(t.rows[1].fields == list({u"3", u"4"}));
}

TEST_CASE("CsvReader keeps fields exactly", "[csv]") {
    SECTION("whitespace around unquoted fields") {
        const CsvTable t = parseOk(raw("a,b\n  x , y\t\n"));
        CHECK(t.rows[0].fields == list({u"  x ", u" y\t"}));
    }
    SECTION("trailing delimiters give empty fields") {
        const CsvTable t = parseOk(raw("a,b,\n1,,\n"));
        CHECK(t.header == list({u"a", u"b", u""}));
        CHECK(t.rows[0].fields == list({u"1", u"", u""}));
    }
    SECTION("rows with fewer or more fields than the header are not errors") {
        const CsvTable t = parseOk(raw("a,b,c\n1\n1,2,3,4\n"));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].fields == list({u"1"}));
        CHECK(t.rows[1].fields == list({u"1", u"2", u"3", u"4"}));
        CHECK(t.rows[1].line == 3);
    }
}

TEST_CASE("CsvReader: empty file and header only", "[csv]") {
    CHECK(parseError(QByteArray()) == QStringLiteral("the file is empty"));
    CHECK(parseError(raw("\xEF\xBB\xBF")) == QStringLiteral("the file is empty"));
    CHECK(parseError(raw("\r\n\n\r")) == QStringLiteral("the file is empty"));

    const CsvTable noBreak = parseOk(raw("a,b,c"));
    CHECK(noBreak.header == list({u"a", u"b", u"c"}));
    CHECK(noBreak.rows.isEmpty());
    CHECK(noBreak.headerLine == 1);

    const CsvTable withBreak = parseOk(raw("a;b\r\n"));
    CHECK(withBreak.header == list({u"a", u"b"}));
    CHECK(withBreak.rows.isEmpty());

    const CsvTable leadingBlank = parseOk(raw("\n\r\nA,B\n1,2\n"));
    CHECK(leadingBlank.headerLine == 3);
    REQUIRE(leadingBlank.rows.size() == 1);
    CHECK(leadingBlank.rows[0].line == 4);
}

// ---------------------------------------------------------------------------------------------------
// Errors

TEST_CASE("CsvReader reports an unterminated quote with line and column", "[csv]") {
    const QByteArray data = raw("h1,h2,h3\n"       // 1
                                "a,b,c\n"          // 2
                                "\n"               // 3
                                "d,e,f\n"          // 4
                                "g,\"h\ni\",j\n"   // 5-6
                                "k,l,\"m\nn,o\n"); // 7: opens a quote that never closes
    CHECK(parseError(data) ==
          QStringLiteral("line 7, column 3: the quoted field opened here is never closed"));
    CHECK(parseError(raw("\"abc,def\n")) ==
          QStringLiteral("line 1, column 1: the quoted field opened here is never closed"));
}

TEST_CASE("CsvReader reports text after a closing quote", "[csv]") {
    CHECK(parseError(raw("a,b\r\n1,2\r\n3,4\r\n5,\"abc\"def\r\n")) ==
          QStringLiteral("line 4, column 2: text after the closing quote"));
    // A quote missing earlier: the error names where the quoted field opened.
    const QString spanning = parseError(raw("a,b,c\n1,\"x,3\n4,5,6\n7,\"y\",9\n"));
    CHECK(spanning.startsWith(QStringLiteral("line 4, column 2: text after the closing quote")));
    CHECK(spanning.contains(QStringLiteral("line 2")));
}

TEST_CASE("CsvReader reports a stray quote in an unquoted field", "[csv]") {
    const QString message = parseError(raw("Teil,Maß\nMonitor,24\" breit\n"));
    CHECK(message.startsWith(QStringLiteral("line 2, column 2: a quote inside an unquoted field")));
}

TEST_CASE("CsvReader refuses NUL characters with their position", "[csv]") {
    CHECK(parseError(raw("a,b\nc,d\0x\n")).startsWith(QStringLiteral("line 2, column 2: ")));
    CHECK(parseError(raw("a,b\nc,d\0x\n")).contains(QStringLiteral("NUL")));
    CHECK(parseError(raw("a,b\n1,2\n3,\"x\ny\0\"\n")).startsWith(QStringLiteral("line 4, column 2: ")));
}

TEST_CASE("CsvReader refuses oversize fields with line and column", "[csv]") {
    CsvReader::Options options;
    options.maxFieldBytes = 10;
    SECTION("exactly at the limit is fine") {
        const CsvTable t = parseOk(raw("a,b\n1,0123456789\n"), options);
        CHECK(t.rows[0].fields[1].size() == 10);
    }
    SECTION("one byte over") {
        CHECK(parseError(raw("a,b\n1,2\n3,01234567890\n"), options) ==
              QStringLiteral("line 3, column 2: the field is larger than the limit of 10 bytes"));
    }
    SECTION("the limit counts UTF-8 bytes, not characters") {
        // 6 characters, 12 bytes in UTF-8
        CHECK(parseError(raw("a,b\n1,\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\n"), options)
                  .startsWith(QStringLiteral("line 2, column 2: ")));
    }
    SECTION("a quoted field is reported where it opens") {
        const QString message = parseError(raw("a,b,c\n1,2,\"0123\n4567\n89ab\"\n"), options);
        CHECK(message.startsWith(QStringLiteral("line 2, column 3: the field is larger than the limit")));
        CHECK(message.contains(QStringLiteral("line 4")));
    }
    SECTION("default limit is 4 MiB") {
        QByteArray data = "a,b\n1,";
        data += QByteArray(4 * 1024 * 1024 + 1, 'x');
        data += "\n";
        CHECK(parseError(data) ==
              QStringLiteral("line 2, column 2: the field is larger than the limit of 4 MiB"));
        options.maxFieldBytes = 0; // no limit
        CHECK(parseOk(data, options).rows[0].fields[1].size() == 4 * 1024 * 1024 + 1);
    }
}

TEST_CASE("CsvReader::parseFile reads files and reports I/O problems", "[csv]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("a readable file") {
        QFile file(dir.filePath(QStringLiteral("register.csv")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(raw("\xEF\xBB\xBFNr;Titel\r\n1;Kalibrierung\r\n"));
        file.close();
        auto result = CsvReader::parseFile(file.fileName());
        REQUIRE(result.ok());
        CHECK(result->delimiter == QLatin1Char(';'));
        CHECK(result->rows[0].fields == list({u"1", u"Kalibrierung"}));
    }
    SECTION("a missing file") {
        const QString path = dir.filePath(QStringLiteral("missing.csv"));
        auto result = CsvReader::parseFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Io);
        CHECK(result.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(result.error().message.size() > QDir::toNativeSeparators(path).size() + 15); // has a reason
    }
}

// ---------------------------------------------------------------------------------------------------
// Writer

TEST_CASE("CsvWriter writes UTF-8 with BOM and CRLF", "[csv]") {
    const QByteArray out = CsvWriter::write({QStringLiteral("a"), QStringLiteral("b")},
                                            {{QStringLiteral("1"), QStringLiteral("Müller")}});
    CHECK(out == raw("\xEF\xBB\xBF"
                     "a,b\r\n1,M\xC3\xBCller\r\n"));

    CsvWriter::Options options;
    options.writeBom = false;
    options.delimiter = QLatin1Char(';');
    CHECK(CsvWriter::write({QStringLiteral("a"), QStringLiteral("b")}, {}, options) == raw("a;b\r\n"));
}

TEST_CASE("CsvWriter quotes only where needed", "[csv]") {
    CsvWriter::Options options;
    options.writeBom = false;
    auto one = [&](const QString& field) {
        return CsvWriter::encodeRow({QStringLiteral("x"), field}, options);
    };
    CHECK(one(QStringLiteral("plain text")) == raw("x,plain text\r\n"));
    CHECK(one(QStringLiteral("a,b")) == raw("x,\"a,b\"\r\n"));
    CHECK(one(QStringLiteral("a;b")) == raw("x,a;b\r\n"));
    CHECK(one(QStringLiteral("say \"hi\"")) == raw("x,\"say \"\"hi\"\"\"\r\n"));
    CHECK(one(QStringLiteral("two\nlines")) == raw("x,\"two\nlines\"\r\n"));
    CHECK(one(QStringLiteral("cr\rhere")) == raw("x,\"cr\rhere\"\r\n"));
    CHECK(one(QStringLiteral(" lead")) == raw("x,\" lead\"\r\n"));
    CHECK(one(QStringLiteral("trail ")) == raw("x,\"trail \"\r\n"));
    CHECK(one(QString()) == raw("x,\r\n"));
    options.delimiter = QLatin1Char(';');
    CHECK(one(QStringLiteral("a;b")) == raw("x;\"a;b\"\r\n"));
    CHECK(one(QStringLiteral("a,b")) == raw("x;a,b\r\n"));
    // A record of one empty field must not become a blank line (readers skip those).
    CHECK(CsvWriter::encodeRow({QString()}, options) == raw("\"\"\r\n"));
}

TEST_CASE("CsvWriter guards against formula injection only when asked", "[csv]") {
    const QStringList row = {QStringLiteral("=HYPERLINK(\"http://x\")"),
                             QStringLiteral("-5"),
                             QStringLiteral("+49 30 1234"),
                             QStringLiteral("@SUM(A1)"),
                             QStringLiteral("a=b"),
                             QStringLiteral("=1,2")};
    CsvWriter::Options options;
    options.writeBom = false;
    CHECK(CsvWriter::encodeRow(row, options) ==
          raw("\"=HYPERLINK(\"\"http://x\"\")\",-5,+49 30 1234,@SUM(A1),a=b,\"=1,2\"\r\n"));
    options.guardFormulas = true;
    CHECK(CsvWriter::encodeRow(row, options) ==
          raw("\"'=HYPERLINK(\"\"http://x\"\")\",'-5,'+49 30 1234,'@SUM(A1),a=b,\"'=1,2\"\r\n"));
}

TEST_CASE("CsvWriter -> CsvReader round trip with random fields", "[csv]") {
    const char16_t delimiter = GENERATE(u',', u';', u'\t');
    QRandomGenerator rng(42);
    const QStringList header = {QStringLiteral("ID"), QStringLiteral("Titel; \"kurz\""),
                                QStringLiteral("Owner, Team"), QStringLiteral("Notes\nmore"),
                                QStringLiteral("Fällig")};
    QList<QStringList> rows;
    for (int r = 0; r < 500; ++r) {
        QStringList row;
        const int count = r % 50 == 0 ? 1 : int(rng.bounded(1, 8)); // includes single-field rows
        for (int c = 0; c < count; ++c)
            row << randomField(rng);
        rows << row;
    }
    CsvWriter::Options options;
    options.delimiter = QChar(delimiter);
    const QByteArray bytes = CsvWriter::write(header, rows, options);
    REQUIRE(bytes.startsWith(raw("\xEF\xBB\xBF")));

    const CsvTable t = parseOk(bytes); // delimiter detected from the header
    CHECK(t.encoding == QStringLiteral("UTF-8"));
    CHECK(t.delimiter == QChar(delimiter));
    CHECK(t.header == header);
    REQUIRE(t.rows.size() == rows.size());
    // Physical lines a record occupies: one plus the line breaks inside its fields.
    auto linesOf = [](const QStringList& fields) {
        int n = 1;
        for (const QString& f : fields)
            n += int(f.count(QLatin1Char('\n')) + f.count(QLatin1Char('\r')) -
                     f.count(QStringLiteral("\r\n")));
        return n;
    };
    int line = 1 + linesOf(header);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        REQUIRE(t.rows[i].fields == rows[i]);
        CHECK(t.rows[i].line == line);
        line += linesOf(rows[i]);
    }
}

TEST_CASE("CsvWriter streaming output equals the one-shot output", "[csv]") {
    QRandomGenerator rng(42);
    const QStringList header = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QList<QStringList> rows;
    for (int r = 0; r < 2000; ++r)
        rows << QStringList{randomField(rng), randomField(rng), randomField(rng)};

    CsvWriter::Options options;
    options.guardFormulas = GENERATE(false, true);
    options.writeBom = GENERATE(true, false);

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, options);
    REQUIRE(writer.writeRow(header).ok());
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).ok());
    CHECK(writer.rowsWritten() == rows.size() + 1);
    CHECK(buffer.data() == CsvWriter::write(header, rows, options));
}

TEST_CASE("CsvWriter streaming reports a device that cannot be written", "[csv]") {
    QBuffer buffer; // never opened
    CsvWriter writer(&buffer);
    const qms::Status status = writer.writeRow({QStringLiteral("a")});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Io);
    CHECK(writer.rowsWritten() == 0);
}

TEST_CASE("CsvReader handles a large export in one pass", "[csv]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    REQUIRE(writer.writeRow({QStringLiteral("Nr"), QStringLiteral("Titel"), QStringLiteral("Text")}).ok());
    for (int i = 0; i < 100000; ++i)
        REQUIRE(writer
                    .writeRow({QString::number(i), QStringLiteral("Abweichung %1").arg(i),
                               i % 10 == 0 ? QStringLiteral("zwei\r\nZeilen, \"zitiert\"")
                                           : QStringLiteral("kurz")})
                    .ok());
    const CsvTable t = parseOk(buffer.data());
    REQUIRE(t.rows.size() == 100000);
    CHECK(t.rows[99999].fields[0] == QStringLiteral("99999"));
    CHECK(t.rows[10].fields[2] == QStringLiteral("zwei\r\nZeilen, \"zitiert\""));
    CHECK(t.rows[11].line == 15); // header on line 1; rows 0 and 10 each take two lines
}
