// qmsdesk-cli template, import --map/--auto-map/--dry-run and export --format xlsx.

#include "CliPopulate.h"
#include "CliTestSupport.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

qint64 ncCount(const QString& db) {
    auto ws = require(Workspace::open(db, {}, OpenMode::ReadOnly));
    return require(ws->nonconformities().count());
}

} // namespace

TEST_CASE("cli template writes a template that imports once filled") {
    TempDir dir;
    const QString db = dir.filePath(S("t.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    const CliRun header = runCli({S("template"), S("nc")});
    INFO(header.transcript());
    REQUIRE(header.exitCode == 0);
    CHECK(header.out.startsWith(S("ID,Detected on,Title,Description,Source,Severity")));

    const QString path = dir.filePath(S("nc-template.csv"));
    const CliRun saved = runCli({S("template"), S("nc"), S("--example"), S("-o"), path});
    INFO(saved.transcript());
    REQUIRE(saved.exitCode == 0);
    const CliRun imported = runCliOn(db, {S("import"), S("nc"), path});
    INFO(imported.transcript());
    CHECK(imported.exitCode == 0);
    CHECK(ncCount(db) == 1);
}

TEST_CASE("cli import --map reads spreadsheet columns and --dry-run writes nothing") {
    TempDir dir;
    const QString db = dir.filePath(S("m.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    const QString csv = dir.writeFile(S("ncs.csv"), "NC No.,Raised,Title,Details,Raised by,Notes\r\n"
                                                    ",2025-03-01,Burr,Burr on shaft,Ann,x\r\n");
    // Without a mapping the importer's own rules apply: unknown columns are refused.
    CHECK(runCliOn(db, {S("import"), S("nc"), csv}).exitCode != 0);

    const CliRun dry = runCliOn(db, {S("import"), S("nc"), csv, S("--map"), S("Details=description"),
                                     S("--map"), S("Raised=detected_on"), S("--dry-run")});
    INFO(dry.transcript());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(S("would import 1")));
    CHECK(dry.err.contains(S("column 6 \"Notes\" is not imported")));
    CHECK(ncCount(db) == 0);

    const QString mapFile =
        dir.writeFile(S("map.txt"), "# our NC register\nDetails=description\nRaised=detected_on\n");
    const CliRun real = runCliOn(db, {S("import"), S("nc"), csv, S("--map-file"), mapFile});
    INFO(real.transcript());
    REQUIRE(real.exitCode == 0);
    CHECK(ncCount(db) == 1);

    // A required field left out is named.
    const QString noReporter =
        dir.writeFile(S("no-reporter.csv"), "Title,Details,Raised\r\nT,D,2025-03-01\r\n");
    const CliRun missing = runCliOn(db, {S("import"), S("nc"), noReporter, S("--auto-map")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(S("reported_by")));
}

TEST_CASE("cli export --format xlsx writes a workbook and needs -o") {
    TempDir dir;
    const QString db = dir.filePath(S("x.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    CHECK(runCliOn(db, {S("export"), S("--format"), S("xlsx")}).exitCode != 0);
    const QString out = dir.filePath(S("all.xlsx"));
    const CliRun all = runCliOn(db, {S("export"), S("--format"), S("xlsx"), S("-o"), out});
    INFO(all.transcript());
    REQUIRE(all.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");
    const CliRun bad = runCliOn(db, {S("export"), S("nc"), S("--format"), S("xlsx"), S("-o"),
                                     S("/nonexistent-qmsdesk-folder/x.xlsx")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(S("/nonexistent-qmsdesk-folder")));
}
