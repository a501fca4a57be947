// RecordImporter / RecordExporter at the storage level, without the command line.

#include "CliPopulate.h"
#include "storage/DemoData.h"
#include "storage/UserRepository.h"
#include "storage/interchange/RecordExporter.h"
#include "storage/interchange/RecordImporter.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

CsvTable table(const QByteArray& csv) {
    return require(CsvReader::parse(csv));
}

QByteArray exportCsv(Workspace& ws, RecordKind kind) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = RecordExporter(ws).writeCsv(kind, &buffer);
    INFO((s ? QString() : s.error().describe()).toStdString());
    REQUIRE(s.ok());
    return buffer.data();
}

} // namespace

TEST_CASE(
    "RecordImporter links a process to one further down the file and numbers empty ids after given ones") {
    TempDir dir;
    auto ws = require(Workspace::create(dir.filePath(S("q.qms")), {S("Acme"), S("qm"), {}}));
    auto report = RecordImporter(*ws).import(RecordKind::Process,
                                             table("id,Name,Owner,Feeds\n"
                                                   ",Sales,qm,PRC-0005\n"
                                                   "PRC-0005,Production,qm,PRC-0007\n"
                                                   ",Shipping,qm,\n"),
                                             S("processes.csv"));
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->createdIds == QStringList{S("PRC-0006"), S("PRC-0005"), S("PRC-0007")});
    CHECK(require(ws->processes().get(S("PRC-0006"))).feeds == QStringList{S("PRC-0005")});
    CHECK(require(ws->processes().get(S("PRC-0005"))).feeds == QStringList{S("PRC-0007")});
    auto history = require(ws->audit().forRecord(S("PRC-0005")));
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().action == S("import"));
    CHECK(require(ws->verify()).ok());
}

TEST_CASE("RecordImporter refuses auditors, derived columns and self-feeding processes") {
    TempDir dir;
    const QString path = dir.filePath(S("q.qms"));
    {
        auto ws = require(Workspace::create(path, {S("Acme"), S("qm"), {}}));
        User auditor;
        auditor.name = S("audrey");
        auditor.role = Role::Auditor;
        require(ws->users().add(auditor));
        auto derived = RecordImporter(*ws).import(
            RecordKind::Document, table("id,title,owner,revision,revisions\n,Manual,qm,A,x\n"),
            S("docs.csv"));
        REQUIRE_FALSE(derived.ok());
        CHECK(derived.error().describe().contains(S("docs.csv line 1, column 5 (revisions)")));
        auto self = RecordImporter(*ws).import(
            RecordKind::Process, table("id,name,owner,feeds\nPRC-0001,A,qm,PRC-0001\n"), S("p.csv"));
        REQUIRE_FALSE(self.ok());
        CHECK(self.error().describe().contains(S("p.csv line 2, column 4 (feeds)")));
        CHECK(require(ws->processes().count()) == 0);
    }
    auto asAuditor = require(Workspace::open(path, S("audrey")));
    auto refused =
        RecordImporter(*asAuditor).import(RecordKind::Process, table("id,name,owner\n,A,qm\n"), S("p.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
}

TEST_CASE("RecordExporter output of the demo data imports into a fresh file byte for byte") {
    TempDir dir;
    auto demo = require(Workspace::create(dir.filePath(S("demo.qms")), {S("Demo"), S("qm"), {}}));
    DemoOptions options;
    options.nonconformities = 25;
    if (auto s = DemoData::generate(*demo, options); !s) {
        WARN("demo data not available: " << s.error().describe().toStdString());
        return;
    }
    auto fresh = require(Workspace::create(dir.filePath(S("fresh.qms")), {S("Fresh"), S("qm"), {}}));
    // Every register, processes first (documents name them), then in the application's order: a
    // link to a record of a later register is made when that record is imported naming this one.
    QList<RecordKind> order = recordKinds();
    order.removeOne(RecordKind::Process);
    order.prepend(RecordKind::Process);
    for (RecordKind kind : order) {
        const QByteArray exported = exportCsv(*demo, kind);
        auto report = RecordImporter(*fresh).import(kind, table(exported), recordKindKey(kind) + S(".csv"));
        INFO((report ? QString() : report.error().describe()).toStdString());
        REQUIRE(report.ok());
    }
    for (RecordKind kind : recordKinds()) {
        INFO("register " << recordKindKey(kind).toStdString());
        CHECK(exportCsv(*demo, kind) == exportCsv(*fresh, kind));
    }
    CHECK(require(fresh->verify()).ok());
}
