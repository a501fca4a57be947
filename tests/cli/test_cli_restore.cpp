// qmsdesk-cli restore --from BACKUP: a backup that verifies replaces the file (the old one kept
// beside it); a tampered one is refused with exit 1 and the file is left as it was.

#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

void tamper(const QString& path, const QString& sql) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), S("restore-tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(S("restore-tamper"));
}

QByteArray bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("cli restore replaces the file only with a backup that verifies") {
    TempDir dir;
    const QString db = dir.filePath(S("acme.qms"));
    const QString backup = dir.filePath(S("acme-backup.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--org"), S("Acme"), S("--admin"), S("qm")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("new"), S("nc"), S("title=Before"), S("description=x"), S("severity=minor")})
                .exitCode == 0);
    REQUIRE(runCliOn(db, {S("backup"), backup}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("new"), S("nc"), S("title=After"), S("description=x"), S("severity=minor")})
                .exitCode == 0);

    SECTION("usage") {
        CHECK(runCliOn(db, {S("restore")}).exitCode == 2);
    }
    SECTION("a tampered backup exits 1 naming the record; nothing changes") {
        tamper(backup, S("UPDATE nonconformities SET title = 'Forged' WHERE id = 'NC-0001'"));
        const QByteArray before = bytes(db);
        auto r = runCliOn(db, {S("restore"), S("--from"), backup});
        INFO(r.transcript());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(S("NC-0001")));
        CHECK(bytes(db) == before);
        CHECK(QDir(dir.path()).entryList({S("*.before-restore-*")}).isEmpty());
    }
    SECTION("a good backup is restored; the replaced file is kept") {
        auto r = runCliOn(db, {S("restore"), S("--from"), backup});
        INFO(r.transcript());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(S("before-restore")));
        auto list = runCliOn(db, {S("list"), S("nonconformities"), S("--format"), S("csv")});
        CHECK(list.out.contains(S("Before")));
        CHECK_FALSE(list.out.contains(S("After")));
        CHECK(runCliOn(db, {S("verify")}).exitCode == 0);
        const QStringList kept = QDir(dir.path()).entryList({S("acme.before-restore-*.qms")});
        REQUIRE(kept.size() == 1);
        auto old =
            runCliOn(dir.filePath(kept.first()), {S("list"), S("nonconformities"), S("--format"), S("csv")});
        CHECK(old.out.contains(S("After")));
    }
}
