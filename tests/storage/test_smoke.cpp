#include "storage/Workspace.h"
#include "storage/ClauseRepository.h"
#include "storage/SearchIndex.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace qms;
using qms::test::TempDir;

TEST_CASE("Smoke: create, link, walk an NC through its workflow, verify")
{
    TempDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("q.qms")), {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quality Manager")});
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    Workspace& w = **ws;
    Nonconformity nc;
    nc.title = QStringLiteral("Scratched housing");
    nc.description = QStringLiteral("Found scratches");
    nc.detectedOn = w.clock().today();
    nc.reportedBy = QStringLiteral("qm");
    nc.clauses = {QStringLiteral("8.7.1")};
    auto saved = w.nonconformities().create(nc);
    INFO((saved ? QString() : saved.error().describe()).toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->meta.id == QStringLiteral("NC-0001"));
    CorrectiveAction ca;
    ca.title = QStringLiteral("Fix fixture");
    ca.owner = QStringLiteral("qm");
    ca.dueDate = w.clock().today().addDays(10);
    ca.nonconformities = {saved->meta.id};
    auto savedCa = w.actions().create(ca);
    INFO((savedCa ? QString() : savedCa.error().describe()).toStdString());
    REQUIRE(savedCa.ok());
    auto reread = w.nonconformities().get(QStringLiteral("NC-0001"));
    REQUIRE(reread.ok());
    CHECK(reread->actions == QStringList{QStringLiteral("CA-0001")});
    CHECK(reread->meta.version == 2);
    Nonconformity n = *reread;
    n.status = NcStatus::Contained;
    auto refused = w.nonconformities().save(n);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::WorkflowRefused);
    n.containment = QStringLiteral("Quarantined lot");
    auto ok = w.nonconformities().save(n);
    INFO((ok ? QString() : ok.error().describe()).toStdString());
    REQUIRE(ok.ok());
    auto report = w.verify();
    REQUIRE(report.ok());
    INFO(report->summary().toStdString());
    for (const auto& p : report->problems)
        INFO(p.message.toStdString());
    CHECK(report->ok());
    auto hits = w.search().search(QStringLiteral("scratch"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    auto cov = w.clauses().coverage();
    REQUIRE(cov.ok());
}
