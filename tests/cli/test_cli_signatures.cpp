// qmsdesk-cli with passwords: users set-password / clear-password, opening with --password-file
// or QMSDESK_PASSWORD (and refused without), and a document release signed with --sign.

#include "CliTestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

// Like runCli, with extra environment variables and bytes on stdin.
CliRun runWith(const QString& db, const QStringList& args, const QMap<QString, QString>& env = {},
               const QByteArray& input = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(S("USER"), S("tester"));
    e.remove(S("USERNAME"));
    e.remove(S("QMSDESK_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(QMSDESK_CLI_PATH), QStringList{S("--db"), db} + args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("cli passwords: set from stdin, needed to open, cleared by a quality manager") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("users"), S("add"), S("pat"), S("--role"), S("process_owner")}).exitCode == 0);

    auto weak = runWith(db, {S("users"), S("set-password"), S("tester")}, {}, "short\n");
    INFO(weak.transcript());
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(S("at least 8 characters")));

    auto set = runWith(db, {S("users"), S("set-password"), S("tester")}, {}, "tester's password\n");
    INFO(set.transcript());
    REQUIRE(set.exitCode == 0);

    auto without = runWith(db, {S("users"), S("list")});
    INFO(without.transcript());
    CHECK(without.exitCode == 1);
    CHECK(without.err.contains(S("has a password")));
    CHECK(without.err.contains(S("--password-file")));

    auto wrong = runWith(db, {S("users"), S("list")}, {{S("QMSDESK_PASSWORD"), S("not the password")}});
    INFO(wrong.transcript());
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(S("user name or the password is wrong")));

    const QString file = writeFile(dir.filePath(S("pw.txt")), "tester's password\r\n");
    auto listed = runWith(db, {S("--password-file"), file, S("users"), S("list")});
    INFO(listed.transcript());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(S("pat")));

    auto missingFile =
        runWith(db, {S("--password-file"), dir.filePath(S("none.txt")), S("users"), S("list")});
    CHECK(missingFile.exitCode == 1);
    CHECK(missingFile.err.contains(S("Cannot read the password file")));

    // Only a quality manager clears a password; pat has none and opens without one.
    auto patClears = runWith(db, {S("--user"), S("pat"), S("users"), S("clear-password"), S("tester")});
    INFO(patClears.transcript());
    CHECK(patClears.exitCode == 1);
    CHECK(patClears.err.contains(S("Only a quality manager")));
    auto cleared = runWith(db, {S("users"), S("clear-password"), S("tester")},
                           {{S("QMSDESK_PASSWORD"), S("tester's password")}});
    INFO(cleared.transcript());
    REQUIRE(cleared.exitCode == 0);
    CHECK(runWith(db, {S("users"), S("list")}).exitCode == 0);
    auto verify = runWith(db, {S("verify")});
    INFO(verify.transcript());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("cli signatures: a release by a user with a password needs --sign and is shown by show") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init")}).exitCode == 0);
    const QString file = writeFile(dir.filePath(S("new.txt")), "release password\n");
    REQUIRE(
        runWith(db, {S("users"), S("set-password"), S("tester"), S("--new-password-file"), file}).exitCode ==
        0);
    const QStringList as = {S("--password-file"), file};

    auto created = runWith(
        db, as + QStringList{S("new"), S("documents"), S("title=Control of records"), S("revision=A")});
    INFO(created.transcript());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    REQUIRE(runWith(db, as + QStringList{S("set"), id, S("status=in_review")}).exitCode == 0);

    auto unsignedRelease = runWith(db, as + QStringList{S("set"), id, S("status=released")});
    INFO(unsignedRelease.transcript());
    CHECK(unsignedRelease.exitCode == 1);
    CHECK(unsignedRelease.err.contains(S("needs your electronic signature")));
    CHECK(unsignedRelease.err.contains(S("--sign")));

    auto noPassword = runWith(db, {S("set"), id, S("status=released"), S("--sign")});
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains(S("--sign needs your password")));

    auto released = runWith(db, as + QStringList{S("set"), id, S("status=released"), S("--sign")});
    INFO(released.transcript());
    REQUIRE(released.exitCode == 0);

    auto shown = runWith(db, as + QStringList{S("show"), id});
    INFO(shown.transcript());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(S("Signatures")));
    CHECK(shown.out.contains(S("Approved for release: tester (tester)")));
    CHECK(shown.out.contains(S("revision A")));

    auto listed = runWith(db, as + QStringList{S("signatures"), S("--json")});
    INFO(listed.transcript());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(S("\"meaning\": \"Approved for release\"")));
    CHECK(listed.out.contains(id));

    auto required = runWith(db, as + QStringList{S("signatures"), S("require"), S("on")});
    INFO(required.transcript());
    CHECK(required.exitCode == 0);
    CHECK(required.out.contains(S("Signatures are required")));
    auto verify = runWith(db, as + QStringList{S("verify")});
    INFO(verify.transcript());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("cli signatures: an audit whose auditor owns the scope needs a signed exception at new") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("users"), S("add"), S("dana"), S("--role"), S("process_owner")}).exitCode == 0);
    auto process = runCliOn(db, {S("new"), S("processes"), S("name=Purchasing"), S("owner=dana")});
    INFO(process.transcript());
    REQUIRE(process.exitCode == 0);
    const QString prc = process.out.trimmed();
    const QString file = writeFile(dir.filePath(S("pw.txt")), "exception password\n");
    REQUIRE(
        runWith(db, {S("users"), S("set-password"), S("tester"), S("--new-password-file"), file}).exitCode ==
        0);
    const QStringList as = {S("--password-file"), file};
    const QStringList audit = {S("new"),
                               S("audits"),
                               S("title=Purchasing 2027"),
                               S("lead_auditor=dana"),
                               S("planned_date=2027-01-20"),
                               S("clauses=8.4"),
                               S("processes=") + prc};

    auto refused = runWith(db, as + audit);
    INFO(refused.transcript());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(S("Auditors do not audit their own work")));
    CHECK(refused.err.contains(S("dana owns ") + prc));

    const QStringList justified =
        audit + QStringList{S("independence_note=The only trained buyer; co-audited.")};
    auto unsignedNew = runWith(db, as + justified);
    INFO(unsignedNew.transcript());
    CHECK(unsignedNew.exitCode == 1);
    CHECK(unsignedNew.err.contains(S("needs your electronic signature")));
    CHECK(unsignedNew.err.contains(S("--sign")));

    auto signedNew = runWith(db, as + justified + QStringList{S("--sign")});
    INFO(signedNew.transcript());
    REQUIRE(signedNew.exitCode == 0);
    const QString id = signedNew.out.trimmed();
    auto listed = runWith(db, as + QStringList{S("signatures"), S("--record"), id, S("--json")});
    INFO(listed.transcript());
    CHECK(listed.out.contains(S("\"meaning\": \"Independence exception approved\"")));
}
