// Tamper evidence: changes made with the sqlite3 shell behind the application's back must be
// found by verify (API and `qmsdesk-cli verify`), naming the record or the audit entry.

#include "TamperSupport.h"

#include <QRegularExpression>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

struct Found {
    bool namesRecord = false;
    bool namesSeq = false;
    QString text;
};

// Verifies through the API and expects a problem naming `recordId` (if given) or audit `seq`.
Found apiVerify(const QString& path, const QString& recordId, qint64 seq) {
    Found f;
    auto ws = Workspace::open(path, {}, OpenMode::ReadOnly);
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    auto report = (*ws)->verify();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok());
    for (const auto& p : report->problems) {
        f.text += QStringLiteral("seq %1 [%2] %3\n").arg(p.seq).arg(p.recordId, p.message);
        if (!recordId.isEmpty() && (p.recordId == recordId || p.message.contains(recordId)))
            f.namesRecord = true;
        if (seq > 0 && p.seq == seq)
            f.namesSeq = true;
    }
    return f;
}

// `qmsdesk-cli verify` must exit 1 and name the record id or the audit sequence number.
void cliVerifyNames(const QString& path, const QString& recordId, qint64 seq) {
    const CliResult r = runCliDb(path, {QStringLiteral("verify")});
    INFO("cli verify output: " << str(r.all()));
    REQUIRE_FALSE(r.crashed);
    CHECK(r.exitCode == 1);
    bool named = false;
    if (!recordId.isEmpty())
        named = r.all().contains(recordId);
    if (seq > 0)
        named = named || r.all().contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(seq)));
    CHECK(named);
}

} // namespace

TEST_CASE("Tamper: sqlite3 shell edits are found by verify and named", "[reliability][tamper]") {
    if (!haveSqliteShell()) {
        WARN("/usr/bin/sqlite3 is missing: tamper tests skipped");
        return;
    }
    TempDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.qms"));
    makeSmallQms(pristine);
    requireSound(pristine, QStringLiteral("creation"));

    auto copy = [&](const QString& name) {
        const QString p = dir.filePath(name);
        REQUIRE(QFile::copy(pristine, p));
        return p;
    };
    int attacks = 0;

    SECTION("a record field edited") {
        const QString p = copy(QStringLiteral("edit.qms"));
        REQUIRE(
            sqliteExec(p, QStringLiteral("UPDATE nonconformities SET title = 'Forged' WHERE id = 'NC-0002';"))
                .isEmpty());
        const Found f = apiVerify(p, QStringLiteral("NC-0002"), 0);
        INFO(str(f.text));
        CHECK(f.namesRecord);
        cliVerifyNames(p, QStringLiteral("NC-0002"), 0);
        ++attacks;
    }
    SECTION("an audit row deleted (trigger dropped first)") {
        const QString p = copy(QStringLiteral("delete-audit.qms"));
        REQUIRE(sqliteExec(p, QStringLiteral(
                                  "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3;"))
                    .isEmpty());
        const Found f = apiVerify(p, {}, 4); // the row after the gap no longer links to its predecessor
        INFO(str(f.text));
        CHECK((f.namesSeq || f.text.contains(QStringLiteral("3"))));
        cliVerifyNames(p, {}, 4);
        ++attacks;
    }
    SECTION("the last audit rows cut off") {
        const QString p = copy(QStringLiteral("cut-tail.qms"));
        REQUIRE(sqliteExec(
                    p, QStringLiteral("DROP TRIGGER audit_log_no_delete; "
                                      "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log);"))
                    .isEmpty());
        const Found f = apiVerify(p, {}, 0);
        INFO(str(f.text));
        CHECK_FALSE(f.text.isEmpty());
        const CliResult r = runCliDb(p, {QStringLiteral("verify")});
        INFO(str(r.all()));
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 1);
        ++attacks;
    }
    SECTION("two audit rows reordered (contents swapped)") {
        const QString p = copy(QStringLiteral("swap.qms"));
        const QString cols = QStringLiteral(
            "at, user, record_id, action, field, old_value, new_value, reason, prev_hash, hash");
        const QString sql =
            QStringLiteral("DROP TRIGGER audit_log_no_update; "
                           "CREATE TEMP TABLE s AS SELECT seq, %1 FROM audit_log WHERE seq IN (2, 3); "
                           "UPDATE audit_log SET (%1) = (SELECT %1 FROM s WHERE s.seq = 5 - audit_log.seq) "
                           "WHERE seq IN (2, 3);")
                .arg(cols);
        const QString err = sqliteExec(p, sql);
        INFO(str(err));
        REQUIRE(err.isEmpty());
        const Found f = apiVerify(p, {}, 2);
        INFO(str(f.text));
        CHECK(f.namesSeq);
        cliVerifyNames(p, {}, 2);
        ++attacks;
    }
    SECTION("a record row deleted (trigger dropped first)") {
        const QString p = copy(QStringLiteral("delete-record.qms"));
        REQUIRE(sqliteExec(p, QStringLiteral("DROP TRIGGER nonconformities_no_delete; "
                                             "DELETE FROM nonconformities WHERE id = 'NC-0003';"))
                    .isEmpty());
        const Found f = apiVerify(p, QStringLiteral("NC-0003"), 0);
        INFO(str(f.text));
        CHECK(f.namesRecord);
        cliVerifyNames(p, QStringLiteral("NC-0003"), 0);
        ++attacks;
    }
    SECTION("a record inserted behind the app's back") {
        const QString p = copy(QStringLiteral("insert-record.qms"));
        const QString err = sqliteExec(
            p, QStringLiteral(
                   "INSERT INTO nonconformities SELECT 'NC-0099', 99, 1, created_at, created_by, updated_at, "
                   "updated_by, 'Injected', description, source, severity, detected_on, reported_by, "
                   "responsible, process, reference, containment, rca_method, root_cause, disposition, "
                   "effectiveness, status, status_reason, closed_on FROM nonconformities WHERE id = "
                   "'NC-0001';"));
        INFO(str(err));
        REQUIRE(err.isEmpty());
        const Found f = apiVerify(p, QStringLiteral("NC-0099"), 0);
        INFO(str(f.text));
        CHECK(f.namesRecord);
        cliVerifyNames(p, QStringLiteral("NC-0099"), 0);
        ++attacks;
    }
    SECTION("an audit value edited in place (trigger dropped first)") {
        const QString p = copy(QStringLiteral("edit-audit.qms"));
        REQUIRE(sqliteExec(p, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                             "UPDATE audit_log SET user = 'mallory' WHERE seq = 2;"))
                    .isEmpty());
        const Found f = apiVerify(p, {}, 2);
        INFO(str(f.text));
        CHECK(f.namesSeq);
        cliVerifyNames(p, {}, 2);
        ++attacks;
    }
    SECTION("a user's printed name changed behind the app's back") {
        const QString p = copy(QStringLiteral("role.qms"));
        REQUIRE(sqliteExec(p, QStringLiteral("UPDATE users SET display_name = 'Mallory' WHERE name = 'qm';"))
                    .isEmpty());
        const Found f = apiVerify(p, QStringLiteral("user:qm"), 0);
        INFO(str(f.text));
        CHECK(f.namesRecord);
        ++attacks;
    }
    CHECK(attacks == 1);
}
