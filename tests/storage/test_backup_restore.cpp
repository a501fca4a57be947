// Restore from a backup: only a copy that verifies replaces the database, the replaced file is kept
// beside it, and a refused restore changes nothing.

#include "StorageTestSupport.h"
#include "storage/BackupRestore.h"

using namespace qms;
using namespace qms::test;

namespace {

// A database with NC-0001, its backup, and then NC-0002 added to the live file only.
struct BackedUp : Fixture {
    QString backup = dir.filePath(QStringLiteral("backup.qms"));
    QDateTime now = QDateTime(QDate(2026, 3, 11), QTime(14, 30, 5), Qt::UTC);

    BackedUp() {
        REQUIRE_OK(w().nonconformities().create(sampleNc(w(), QStringLiteral("Before the backup"))));
        REQUIRE_OK(w().database().backupTo(backup));
        REQUIRE_OK(w().nonconformities().create(sampleNc(w(), QStringLiteral("After the backup"))));
        addUser(QStringLiteral("aud"), Role::Auditor);
        close();
    }

    QString kept() const { return dir.filePath(QStringLiteral("test.before-restore-20260311-143005.qms")); }
};

} // namespace

TEST_CASE("Restore: a verified backup replaces the database and the old file is kept beside it") {
    BackedUp f;
    auto outcome = BackupRestore::restore(f.backup, f.path, QStringLiteral("qm"), f.now);
    REQUIRE_OK(outcome);
    CHECK(outcome->keptAs == f.kept());
    CHECK(outcome->report.ok());
    CHECK(outcome->note.isEmpty());
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".restoring")));

    auto restored = f.openAs(QStringLiteral("qm"));
    CHECK(*restored->nonconformities().count() == 1);
    CHECK(restored->nonconformities().get(QStringLiteral("NC-0001"))->title ==
          QStringLiteral("Before the backup"));
    const VerifyReport report = verified(*restored);
    INFO(problemText(report));
    CHECK(report.ok());
    auto trail = restored->audit().forRecord(QStringLiteral("meta:restore"));
    REQUIRE_OK(trail);
    REQUIRE(trail->size() == 1);
    CHECK(trail->first().user == QStringLiteral("qm"));
    CHECK(trail->first().reason.contains(QFileInfo(f.kept()).fileName()));
    restored.reset();

    auto old = Workspace::open(f.kept(), QStringLiteral("qm"), OpenMode::ReadOnly);
    REQUIRE_OK(old);
    CHECK(*(*old)->nonconformities().count() == 2);
    CHECK(verified(**old).ok());
}

TEST_CASE("Restore: a tampered backup is refused with the reasons and nothing changes") {
    BackedUp f;
    {
        RawDb raw(f.backup);
        REQUIRE(raw.isOpen());
        REQUIRE_SQL(raw, QStringLiteral("UPDATE nonconformities SET title = 'Forged' WHERE id = 'NC-0001'"));
    }
    const QByteArray before = fileBytes(f.path);
    const QByteArray backupBefore = fileBytes(f.backup);
    auto outcome = BackupRestore::restore(f.backup, f.path, QStringLiteral("qm"), f.now);
    REQUIRE_ERROR(outcome, ErrorCode::Corrupt);
    CHECK(outcome.error().message.contains(QStringLiteral("NC-0001")));
    CHECK(outcome.error().message.contains(QStringLiteral("Forged")));
    CHECK(fileBytes(f.path) == before);
    CHECK(fileBytes(f.backup) == backupBefore);
    CHECK_FALSE(QFileInfo::exists(f.kept()));
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".restoring")));
}

TEST_CASE("Restore: refused for auditors, for a foreign file and for the database itself") {
    BackedUp f;
    const QByteArray before = fileBytes(f.path);
    REQUIRE_ERROR(BackupRestore::restore(f.backup, f.path, QStringLiteral("aud"), f.now),
                  ErrorCode::Forbidden);
    const QString foreign = f.dir.writeFile(QStringLiteral("notes.qms"), "just some text, not a database");
    auto refused = BackupRestore::restore(foreign, f.path, QStringLiteral("qm"), f.now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("notes.qms")));
    REQUIRE_ERROR(BackupRestore::restore(f.path, f.path, QStringLiteral("qm"), f.now), ErrorCode::Invalid);
    REQUIRE_ERROR(BackupRestore::restore(f.dir.filePath(QStringLiteral("none.qms")), f.path,
                                         QStringLiteral("qm"), f.now),
                  ErrorCode::NotFound);
    CHECK(fileBytes(f.path) == before);
    CHECK_FALSE(QFileInfo::exists(f.kept()));
}
