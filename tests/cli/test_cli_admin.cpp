// qmsdesk-cli: creating files, users and roles, opening errors, usage errors, verify and backup.

#include "CliTestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

// Raw SQL on a file, as someone tampering with it (or a newer version) would.
bool execSql(const QString& path, const QStringList& statements) {
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TEST_CASE("cli init creates a file with the login as quality manager and refuses an existing file") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    auto r = runCliOn(db, {S("init"), S("--org"), S("Acme GmbH")});
    INFO(r.transcript());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(S("tester")));
    CHECK(r.out.contains(S("Acme GmbH")));

    auto users = runCliOn(db, {S("users"), S("list")});
    INFO(users.transcript());
    REQUIRE(users.exitCode == 0);
    CHECK(users.out.contains(S("tester")));
    CHECK(users.out.contains(S("quality_manager")));

    auto again = runCliOn(db, {S("init")});
    INFO(again.transcript());
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(S("exists already")));

    auto named = runCliOn(dir.filePath(S("other.qms")), {S("init"), S("--admin"), S("dana")});
    INFO(named.transcript());
    CHECK(named.exitCode == 0);
    CHECK(named.out.contains(S("dana")));
}

TEST_CASE("cli users and roles: an auditor cannot change records, an unknown user is refused") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    auto add = runCliOn(
        db, {S("users"), S("add"), S("alice"), S("--role"), S("auditor"), S("--display"), S("Alice A")});
    INFO(add.transcript());
    REQUIRE(add.exitCode == 0);
    REQUIRE(runCliOn(db, {S("users"), S("add"), S("bob"), S("--role"), S("process_owner")}).exitCode == 0);
    auto badRole = runCliOn(db, {S("users"), S("add"), S("carl"), S("--role"), S("boss")});
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(S("quality_manager")));
    auto dup = runCliOn(db, {S("users"), S("add"), S("bob"), S("--role"), S("auditor")});
    CHECK(dup.exitCode == 1);

    auto created =
        runCliOn(db, {S("new"), S("nc"), S("title=Scratched housing"), S("description=Scratches on lot 7")});
    INFO(created.transcript());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.trimmed() == S("NC-0001"));

    auto auditorSet =
        runCli({S("--db"), db, S("--user"), S("alice"), S("set"), S("NC-0001"), S("severity=major")});
    INFO(auditorSet.transcript());
    CHECK(auditorSet.exitCode == 1);
    CHECK(auditorSet.err.contains(S("auditor")));
    auto auditorReads = runCli({S("--db"), db, S("--user"), S("alice"), S("show"), S("NC-0001")});
    CHECK(auditorReads.exitCode == 0);
    auto ownerAddsUser = runCli(
        {S("--db"), db, S("--user"), S("bob"), S("users"), S("add"), S("eve"), S("--role"), S("auditor")});
    CHECK(ownerAddsUser.exitCode == 1);

    auto unknown = runCli({S("--db"), db, S("--user"), S("mallory"), S("list"), S("ncs")});
    INFO(unknown.transcript());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(S("mallory")));
}

TEST_CASE("cli refuses files it cannot open: missing, newer schema, foreign SQLite, random bytes") {
    TempDir dir;
    auto missing = runCliOn(dir.filePath(S("none.qms")), {S("list"), S("ncs")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(S("none.qms")));

    const QString newer = dir.filePath(S("newer.qms"));
    REQUIRE(runCliOn(newer, {S("init")}).exitCode == 0);
    REQUIRE(execSql(newer, {S("PRAGMA user_version = 99")}));
    auto n = runCliOn(newer, {S("list"), S("ncs")});
    INFO(n.transcript());
    CHECK(n.exitCode == 1);
    CHECK(n.err.contains(S("newer")));

    const QString foreign = dir.filePath(S("foreign.sqlite"));
    REQUIRE(execSql(foreign, {S("CREATE TABLE t(x)"), S("INSERT INTO t VALUES(1)")}));
    auto f = runCliOn(foreign, {S("verify")});
    INFO(f.transcript());
    CHECK(f.exitCode == 1);
    CHECK(f.err.contains(S("another program")));

    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    const QString random = dir.writeFile(S("random.qms"), noise);
    auto rb = runCliOn(random, {S("verify")});
    INFO(rb.transcript());
    CHECK(rb.exitCode == 1);
    CHECK(rb.err.contains(S("not a QMS Desk database")));
    CHECK(dir.readFile(S("random.qms")) == noise); // never touched
}

TEST_CASE("cli usage errors exit 2 and --help lists every command") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init")}).exitCode == 0);
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCliOn(db, {S("frobnicate")}).exitCode == 2);
    CHECK(runCli({S("--bogus")}).exitCode == 2);
    CHECK(runCli({S("list"), S("ncs")}).exitCode == 2); // no --db
    auto unknownOption = runCliOn(db, {S("list"), S("ncs"), S("--bogus")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(S("bogus")));
    CHECK(runCliOn(db, {S("show")}).exitCode == 2);
    auto lateGlobal = runCliOn(db, {S("list"), S("ncs"), S("--user"), S("tester")});
    CHECK(lateGlobal.exitCode == 2);
    CHECK(lateGlobal.err.contains(S("global option")));
    CHECK(runCliOn(db, {S("set"), S("NC-0001"), S("no-equals-sign")}).exitCode == 2);
    CHECK(runCliOn(db, {S("list"), S("ncs"), S("--format"), S("xml")}).exitCode == 2);
    CHECK(runCliOn(db, {S("list"), S("widgets")}).exitCode == 1); // invalid input, not usage

    auto help = runCli({S("--help")});
    INFO(help.transcript());
    CHECK(help.exitCode == 0);
    for (const char* command : {"init", "demo", "users", "list", "show", "search", "new", "set", "clauses",
                                "import", "export", "verify", "backup", "pack", "bench"})
        CHECK(help.out.contains(S("  ") + S(command) + S(" ")));
    auto listHelp = runCliOn(db, {S("list"), S("--help")});
    CHECK(listHelp.exitCode == 0);
    CHECK(listHelp.out.contains(S("--status")));
}

TEST_CASE("cli verify passes on an untouched file and names the record changed behind its back") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("new"), S("nc"), S("title=Leaking valve"), S("description=Drips"),
                          S("severity=minor")})
                .exitCode == 0);
    auto ok = runCliOn(db, {S("verify")});
    INFO(ok.transcript());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(S("verified")));

    auto backup = runCliOn(db, {S("backup"), dir.filePath(S("copy.qms"))});
    INFO(backup.transcript());
    CHECK(backup.exitCode == 0);
    CHECK(dir.exists(S("copy.qms")));
    CHECK(runCliOn(db, {S("backup"), dir.filePath(S("copy.qms"))}).exitCode == 1); // never overwrites

    REQUIRE(execSql(db, {S("UPDATE nonconformities SET severity = 'major' WHERE id = 'NC-0001'")}));
    auto tampered = runCliOn(db, {S("verify")});
    INFO(tampered.transcript());
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.err.contains(S("NC-0001")));
}

TEST_CASE("cli demo fills a new file that verifies; --verbose logs to stderr") {
    TempDir dir;
    const QString db = dir.filePath(S("demo.qms"));
    auto demo = runCli({S("--verbose"), S("--db"), db, S("demo"), S("--scale"), S("10")});
    INFO(demo.transcript());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(S("Clause coverage")));
    CHECK(demo.err.contains(S("[debug]")));
    CHECK(runCliOn(db, {S("demo")}).exitCode == 1); // never overwrites
    CHECK(runCliOn(db, {S("demo"), S("--scale"), S("many")}).exitCode == 2);
    auto verify = runCliOn(db, {S("verify")});
    INFO(verify.transcript());
    CHECK(verify.exitCode == 0);
    CHECK(verify.err.isEmpty()); // no debug output without --verbose
}
