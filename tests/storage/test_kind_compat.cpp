// A file written before record kinds became declarations (main at commit ba1f1e7, made with
// `qmsdesk-cli demo --seed 7`, kept in tests/data) still opens, verifies with the chain head it had,
// and exports every register byte for byte as that version did.

#include "StorageTestSupport.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/interchange/RecordExporter.h"

#include <QBuffer>

using namespace qms;
using namespace qms::test;

namespace {

const QString dataDir = QStringLiteral(QMSDESK_TEST_DATA) + QStringLiteral("/main-ba1f1e7-demo");

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Kinds: a file of the version before declarations verifies with its head and exports the same") {
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
        CHECK(csv.data() == readFile(dataDir + QStringLiteral("/%1.csv").arg(key)));
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        REQUIRE_OK(RecordExporter(**ws).writeJson(decl->kind, &json));
        CHECK(json.data() == readFile(dataDir + QStringLiteral("/%1.json").arg(key)));
    }
    ws->reset();
    CHECK(readFile(copy) == before); // reviewed as it is
}
