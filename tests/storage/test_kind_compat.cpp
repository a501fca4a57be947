// A file written before record kinds became declarations (main at commit ba1f1e7, made with
// `qmsdesk-cli demo --seed 7`, kept in tests/data) still opens, verifies with the chain head it had,
// and exports every register as that version did: byte for byte, but for the columns of fields
// declared since, which come last and are empty for every old record.

#include "StorageTestSupport.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/Database.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/RecordExporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qms;
using namespace qms::test;

namespace {

// Files of earlier versions: before record kinds became declarations (schema 2), and the last
// schema 3 file, before internal audits and management reviews.
QString dataDirOf(const char* name) {
    return QStringLiteral(QMSDESK_TEST_DATA) + QLatin1Char('/') + QString::fromLatin1(name);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// `now` without the fields the old export did not have; they must be last and empty.
QByteArray withoutNewColumns(const QByteArray& now, const QByteArray& old) {
    auto n = CsvReader::parse(now);
    auto o = CsvReader::parse(old);
    REQUIRE_OK(n);
    REQUIRE_OK(o);
    const qsizetype keep = o->header.size();
    REQUIRE(n->header.mid(0, keep) == o->header);
    for (const CsvRow& row : n->rows)
        for (qsizetype i = keep; i < row.fields.size(); ++i)
            CHECK(row.fields[i].isEmpty());
    if (n->header.size() == keep)
        return now;
    // Cut the new trailing columns off the header and off the last physical line of each record:
    // they are empty, so each is one comma there.
    const qsizetype extra = n->header.size() - keep;
    QList<QByteArray> lines = now.split('\n');
    const auto cut = [&](qsizetype index, qsizetype bytes) {
        QByteArray& line = lines[index];
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        line.chop(bytes);
        if (cr)
            line.append('\r');
    };
    qsizetype headerBytes = 0;
    for (qsizetype i = keep; i < n->header.size(); ++i)
        headerBytes += 1 + n->header[i].toUtf8().size();
    cut(n->headerLine - 1, headerBytes);
    for (qsizetype r = 0; r < n->rows.size(); ++r) {
        // A record ends on the line before the next one starts; the last one on the last line.
        const qsizetype end = r + 1 < n->rows.size() ? n->rows[r + 1].line - 2 : lines.size() - 2;
        cut(end, extra);
    }
    return lines.join('\n');
}

QByteArray jsonWithoutNewKeys(const QByteArray& now, const QByteArray& old) {
    const QJsonArray n = QJsonDocument::fromJson(now).array();
    const QJsonArray o = QJsonDocument::fromJson(old).array();
    REQUIRE(n.size() == o.size());
    QJsonArray out;
    for (qsizetype i = 0; i < n.size(); ++i) {
        QJsonObject record = n[i].toObject();
        for (const QString& key : record.keys())
            if (!o[i].toObject().contains(key)) {
                CHECK(record.value(key).toString().isEmpty());
                record.remove(key);
            }
        out.append(record);
    }
    return QJsonDocument(out).toJson();
}

} // namespace

TEST_CASE("Kinds: files of earlier versions verify with their heads and export the same") {
    const QString dataDir = dataDirOf(GENERATE("main-ba1f1e7-demo", "main-9e6edd0-demo"));
    INFO("file " << dataDir.toStdString());
    TempDir dir;
    const QString copy = dir.path() + QStringLiteral("/demo.qms");
    REQUIRE(QFile::copy(dataDir + QStringLiteral("/demo.qms"), copy));
    const QByteArray before = readFile(copy);

    auto ws = Workspace::open(copy, QString(), OpenMode::ReadOnly);
    INFO(describe(ws));
    REQUIRE(ws.ok());
    auto report = (*ws)->verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
    auto head = (*ws)->audit().head();
    REQUIRE(head.ok());
    const QString expectedHead =
        QString::fromLatin1(readFile(dataDir + QStringLiteral("/head.txt"))).trimmed();
    CHECK(QStringLiteral("%1:%2").arg(head->seq).arg(head->hash) == expectedHead);

    for (const KindDecl* decl : kindDecls()) {
        const QString key = QString::fromLatin1(decl->key);
        INFO("register " << decl->key);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        REQUIRE_OK(RecordExporter(**ws).writeCsv(decl->kind, &csv));
        if (!QFile::exists(dataDir + QStringLiteral("/%1.csv").arg(key))) {
            // A kind added since: the old file has none of its records, only the header to export.
            CHECK(csv.data().count('\n') == 1);
            continue;
        }
        const QByteArray oldCsv = readFile(dataDir + QStringLiteral("/%1.csv").arg(key));
        CHECK(withoutNewColumns(csv.data(), oldCsv) == oldCsv);
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        REQUIRE_OK(RecordExporter(**ws).writeJson(decl->kind, &json));
        const QByteArray oldJson = readFile(dataDir + QStringLiteral("/%1.json").arg(key));
        CHECK(jsonWithoutNewKeys(json.data(), oldJson) == QJsonDocument::fromJson(oldJson).toJson());
    }
    ws->reset();
    CHECK(readFile(copy) == before); // reviewed as it is
}

TEST_CASE("Kinds: a schema 3 file upgrades to the current schema, keeps its records and still verifies") {
    const QString dataDir = dataDirOf("main-9e6edd0-demo");
    TempDir dir;
    const QString copy = dir.path() + QStringLiteral("/demo.qms");
    REQUIRE(QFile::copy(dataDir + QStringLiteral("/demo.qms"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = Workspace::open(copy, QString(), OpenMode::ReadWrite);
    INFO(describe(ws));
    REQUIRE(ws.ok());
    CHECK((*ws)->database().schemaVersion() == Database::SchemaVersion);
    auto report = (*ws)->verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
    // The new registers start empty and take records; the old ones export as before.
    CHECK(*(*ws)->records<Audit>().count() == 0);
    Audit a = newRecord<Audit>({(*ws)->clock().today(), (*ws)->user().name});
    a.title = QStringLiteral("First audit after the upgrade");
    REQUIRE(((*ws)->records<Audit>().create(a)).ok());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE_OK(RecordExporter(**ws).writeCsv(RecordKind::ChangeRequest, &csv));
    CHECK(withoutNewColumns(csv.data(), readFile(dataDir + QStringLiteral("/changes.csv"))) ==
          readFile(dataDir + QStringLiteral("/changes.csv")));
    auto after = (*ws)->verify();
    REQUIRE(after.ok());
    CHECK(after->ok());
}
