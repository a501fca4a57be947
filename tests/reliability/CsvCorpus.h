#pragma once

// The hand-written CSV corpus of the import fuzz test: nonconformity files with wrong encodings,
// BOMs, quotes, embedded line breaks, missing and extra columns, huge fields, dates in several
// forms and duplicate ids. Each case says what a correct importer does with it.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace qms::reltest {

enum class Expect {
    Accept, // imported; `records` are exactly what is stored
    Refuse, // refused, naming `line` (when > 0); nothing stored
    Either, // a reasonable importer may do either; all or nothing and a clear message still hold
};

struct CsvCase {
    QString name;
    QByteArray bytes;
    Expect expect = Expect::Accept;
    int line = 0;                           // the line a refusal must name
    QList<QHash<QString, QString>> records; // field key -> canonical text; "title" identifies the record
};

inline QByteArray csvHeader() {
    return "id,title,description,detected_on,reported_by\n";
}

inline QHash<QString, QString> rec(const QString& title, const QString& description = QStringLiteral("D"),
                                   const QString& date = QStringLiteral("2026-03-01")) {
    return {{QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("detected_on"), date},
            {QStringLiteral("reported_by"), QStringLiteral("qm")}};
}

inline QByteArray utf16(const QString& text, bool bigEndian) {
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
        out += bigEndian ? QByteArray{&hi, 1} + QByteArray{&lo, 1} : QByteArray{&lo, 1} + QByteArray{&hi, 1};
    }
    return out;
}

inline QList<CsvCase> csvCorpus() {
    const QByteArray h = csvHeader();
    QList<CsvCase> c;
    auto accept = [&](const QString& name, const QByteArray& bytes, QList<QHash<QString, QString>> records) {
        c.append({name, bytes, Expect::Accept, 0, std::move(records)});
    };
    auto refuse = [&](const QString& name, const QByteArray& bytes, int line) {
        c.append({name, bytes, Expect::Refuse, line, {}});
    };
    auto either = [&](const QString& name, const QByteArray& bytes,
                      QList<QHash<QString, QString>> records = {}) {
        c.append({name, bytes, Expect::Either, 0, std::move(records)});
    };

    accept(QStringLiteral("plain UTF-8"), h + ",Plain one,D,2026-03-01,qm\n,Plain two,D2,2026-03-02,qm\n",
           {rec(QStringLiteral("Plain one")),
            rec(QStringLiteral("Plain two"), QStringLiteral("D2"), QStringLiteral("2026-03-02"))});
    accept(QStringLiteral("UTF-8 BOM"), "\xEF\xBB\xBF" + h + ",Bom row,D,2026-03-01,qm\n",
           {rec(QStringLiteral("Bom row"))});
    accept(QStringLiteral("Latin-1 bytes"),
           h + ",Pr\xFC"
               "fung Gr\xF6\xDF"
               "e,D,2026-03-01,qm\n",
           {rec(QString::fromUtf8("Prüfung Größe"))});
    accept(QStringLiteral("Windows-1252 smart quotes"), h + ",\x93Quoted\x94 word,D,2026-03-01,qm\n",
           {rec(QString::fromUtf8("“Quoted” word"))});
    const QString u16 = QString::fromLatin1(h) + QString::fromUtf8(",Größe UTF-16,D,2026-03-01,qm\n");
    accept(QStringLiteral("UTF-16LE with BOM"), utf16(u16, false), {rec(QString::fromUtf8("Größe UTF-16"))});
    accept(QStringLiteral("UTF-16BE with BOM"), utf16(u16, true), {rec(QString::fromUtf8("Größe UTF-16"))});
    accept(QStringLiteral("quotes and escaped quotes"),
           h + ",\"He said \"\"stop\"\"\",\"a, b\",2026-03-01,qm\n",
           {rec(QStringLiteral("He said \"stop\""), QStringLiteral("a, b"))});
    accept(QStringLiteral("embedded line breaks"),
           h + ",Multi line,\"first\nsecond\",2026-03-01,qm\n,After multi,D,2026-03-01,qm\n",
           {rec(QStringLiteral("Multi line"), QStringLiteral("first\nsecond")),
            rec(QStringLiteral("After multi"))});
    accept(QStringLiteral("CRLF line ends"),
           QByteArray(h).replace("\n", "\r\n") + ",Crlf row,D,2026-03-01,qm\r\n",
           {rec(QStringLiteral("Crlf row"))});
    accept(QStringLiteral("CR line ends"), QByteArray(h).replace("\n", "\r") + ",Cr row,D,2026-03-01,qm\r",
           {rec(QStringLiteral("Cr row"))});
    accept(QStringLiteral("semicolons"),
           "id;title;description;detected_on;reported_by\n;Semi row;D;2026-03-01;qm\n",
           {rec(QStringLiteral("Semi row"))});
    accept(QStringLiteral("Excel sep line"),
           "sep=;\nid;title;description;detected_on;reported_by\n;Sep row;D;2026-03-01;qm\n",
           {rec(QStringLiteral("Sep row"))});
    accept(QStringLiteral("labels as headers"),
           "id,Title,Description,Detected on,Reported by\n,Label row,D,2026-03-01,qm\n",
           {rec(QStringLiteral("Label row"))});
    accept(QStringLiteral("blank lines between records"),
           h + "\n,Blank one,D,2026-03-01,qm\n\n\n,Blank two,D,2026-03-01,qm\n",
           {rec(QStringLiteral("Blank one")), rec(QStringLiteral("Blank two"))});
    accept(QStringLiteral("dates in three forms"),
           h + ",Date iso,D,2026-03-01,qm\n,Date dots,D,01.03.2026,qm\n,Date slashes,D,01/03/2026,qm\n",
           {rec(QStringLiteral("Date iso")), rec(QStringLiteral("Date dots")),
            rec(QStringLiteral("Date slashes"))});
    const QString mb(1024 * 1024, QLatin1Char('m'));
    accept(QStringLiteral("1 MB field"), h + ",Big field,\"" + mb.toLatin1() + "\",2026-03-01,qm\n",
           {rec(QStringLiteral("Big field"), mb)});
    accept(QStringLiteral("free id kept"), h + "NC-0500,Given id,D,2026-03-01,qm\n",
           {rec(QStringLiteral("Given id"))});

    refuse(QStringLiteral("missing column"), h + ",Ok row,D,2026-03-01,qm\n,Short row,D,2026-03-01\n", 3);
    refuse(QStringLiteral("extra column"), h + ",Extra row,D,2026-03-01,qm,surplus\n", 2);
    refuse(QStringLiteral("unclosed quote"), h + ",Fine,D,2026-03-01,qm\n,\"Never closed,D,2026-03-01,qm\n",
           3);
    refuse(QStringLiteral("5 MB field (over the reader's limit)"),
           h + ",Huge field,\"" + QByteArray(5 * 1024 * 1024, 'h') + "\",2026-03-01,qm\n", 2);
    refuse(QStringLiteral("impossible date"), h + ",Ok,D,2026-03-01,qm\n,Bad date,D,32.13.2026,qm\n", 3);
    refuse(QStringLiteral("garbage date"), h + ",Garbage date,D,yesterday,qm\n", 2);
    refuse(QStringLiteral("US date 03/31/2026"), h + ",Us date,D,03/31/2026,qm\n", 2);
    refuse(QStringLiteral("future date"), h + ",Future,D,2099-01-01,qm\n", 2);
    refuse(QStringLiteral("duplicate id in the file"),
           h + "NC-0600,Dup A,D,2026-03-01,qm\nNC-0600,Dup B,D,2026-03-01,qm\n", 3);
    refuse(QStringLiteral("id already in the database"),
           h + ",Fine,D,2026-03-01,qm\nNC-0001,Clash,D,2026-03-01,qm\n", 3);
    refuse(QStringLiteral("title too long"), h + "," + QByteArray(301, 't') + ",D,2026-03-01,qm\n", 2);
    refuse(QStringLiteral("empty required title"), h + ",,D,2026-03-01,qm\n", 2);
    refuse(QStringLiteral("bad enum value"),
           "id,title,description,detected_on,reported_by,severity\n,Enum,D,2026-03-01,qm,hgih\n", 2);
    refuse(QStringLiteral("no id column"),
           "title,description,detected_on,reported_by\nNo id,D,2026-03-01,qm\n", 1);
    refuse(QStringLiteral("empty file"), QByteArray(), 0);
    refuse(QStringLiteral("only a BOM"), QByteArray("\xEF\xBB\xBF"), 0);
    refuse(QStringLiteral("unknown column"),
           "id,title,colour,description,detected_on,reported_by\n,Colour,red,D,2026-03-01,qm\n", 1);
    refuse(
        QStringLiteral("bad row among good ones"),
        h + ",Good 1,D,2026-03-01,qm\n,Good 2,D,2026-03-01,qm\n,,D,2026-03-01,qm\n,Good 4,D,2026-03-01,qm\n",
        4);

    either(QStringLiteral("header only"), h);
    either(QStringLiteral("NUL byte in a field"), h + QByteArray(",Nul\0row,D,2026-03-01,qm\n", 25));
    either(QStringLiteral("binary garbage"), QByteArray("\x00\x01\x02\xff\xfe\x80,\n\r\"", 10).repeated(50));
    return c;
}

// A valid five-row file, the seed of the random mutations.
inline QByteArray mutationSeed() {
    QByteArray b = csvHeader();
    for (int i = 1; i <= 5; ++i)
        b += ",Seed " + QByteArray::number(i) + ",\"Desc, with \"\"quotes\"\"\n and a break\",0" +
             QByteArray::number(i) + ".03.2026,qm\n";
    return b;
}

// Flips, inserts, deletes or duplicates bytes, or truncates, a few times.
inline QByteArray mutate(QByteArray b, QRandomGenerator& rng) {
    static const char interesting[] = {'"',  ',',  ';',        '\n',       '\r',
                                       '\0', '\t', char(0xff), char(0xc3), char(0xbb)};
    const int ops = 1 + int(rng.bounded(4));
    for (int k = 0; k < ops && !b.isEmpty(); ++k) {
        const int at = int(rng.bounded(quint32(b.size())));
        switch (rng.bounded(6)) {
        case 0:
            b[at] = char(b[at] ^ (1 << rng.bounded(8)));
            break;
        case 1:
            b.insert(at, interesting[rng.bounded(int(sizeof interesting))]);
            break;
        case 2:
            b.insert(at, char(rng.bounded(256)));
            break;
        case 3:
            b.remove(at, 1 + int(rng.bounded(3)));
            break;
        case 4:
            b.truncate(at);
            break;
        default:
            b.insert(at, b.mid(at, 1 + int(rng.bounded(20))));
            break;
        }
    }
    return b;
}

} // namespace qms::reltest
