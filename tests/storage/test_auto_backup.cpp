// Automatic backups on open: timestamped, verified copies; pruning keeps the newest N of this
// database's backups and never touches anything else.

#include "StorageTestSupport.h"
#include "storage/AutoBackup.h"

using namespace qms;
using namespace qms::test;

namespace {

void touch(const QString& path, const QByteArray& bytes = "not a backup") {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("auto backup: names and folders", "[autobackup]") {
    const QDateTime local(QDate(2026, 3, 10), QTime(9, 5, 7));
    CHECK(AutoBackup::fileName(QStringLiteral("/data/quality.v2.qms"), local) ==
          "quality.v2-20260310-090507.qms");
    CHECK(AutoBackup::defaultFolder(QStringLiteral("/data/quality.qms")) ==
          QDir::cleanPath(QStringLiteral("/data/backups")));
}

TEST_CASE("auto backup: writes a copy that opens and matches the database", "[autobackup]") {
    Fixture fx;
    REQUIRE_OK(fx.w().nonconformities().create(sampleNc(fx.w())));
    auto outcome = AutoBackup::run(fx.w().database(), {}, fx.clock->nowUtc());
    REQUIRE_OK(outcome);
    const QString expected = QDir(fx.dir.filePath(QStringLiteral("backups")))
                                 .filePath(AutoBackup::fileName(fx.path, fx.clock->nowUtc().toLocalTime()));
    CHECK(outcome->written == expected);
    CHECK(outcome->pruned.isEmpty());
    REQUIRE(QFileInfo::exists(expected));

    auto copy = Workspace::open(expected, QStringLiteral("qm"), OpenMode::ReadOnly);
    REQUIRE_OK(copy);
    CHECK(auditHead(**copy).hash == auditHead(fx.w()).hash);
    auto report = (*copy)->verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
    auto ncs = (*copy)->nonconformities().list();
    REQUIRE_OK(ncs);
    CHECK(ncs->size() == 1);
}

TEST_CASE("auto backup: keeps the newest N of this database and leaves other files alone", "[autobackup]") {
    Fixture fx;
    const QString folder = fx.dir.filePath(QStringLiteral("elsewhere/backups"));
    REQUIRE(QDir().mkpath(folder));
    // Unrelated files that look a little like backups.
    const QStringList unrelated = {
        QStringLiteral("other-20200101-000000.qms"),    // another database's backup
        QStringLiteral("test-20200101-000000.qms.bak"), // not the pattern
        QStringLiteral("test-2020-01-01.qms"),          // a hand-made copy
        QStringLiteral("test-x-20200101-000000.qms"),   // a database named "test-x"
        QStringLiteral("notes.txt"),
    };
    for (const QString& name : unrelated)
        touch(QDir(folder).filePath(name));

    const AutoBackup::Options options{folder, 3};
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        fx.clock->advanceSecs(3600);
        REQUIRE_OK(fx.w().processes().create(sampleProcess(QStringLiteral("Process %1").arg(i))));
        auto outcome = AutoBackup::run(fx.w().database(), options, fx.clock->nowUtc());
        REQUIRE_OK(outcome);
        written << outcome->written;
        CHECK(outcome->pruned.size() == (i < 3 ? 0 : 1));
    }
    const QStringList kept = AutoBackup::backupsIn(folder, fx.path);
    REQUIRE(kept.size() == 3);
    CHECK(kept == QStringList{written[4], written[3], written[2]}); // newest first
    CHECK_FALSE(QFileInfo::exists(written[0]));
    CHECK_FALSE(QFileInfo::exists(written[1]));
    for (const QString& name : unrelated) {
        INFO(name.toStdString());
        CHECK(QFileInfo::exists(QDir(folder).filePath(name)));
    }
    // The newest backup holds the last change.
    auto copy = Workspace::open(kept.first(), QStringLiteral("qm"), OpenMode::ReadOnly);
    REQUIRE_OK(copy);
    auto processes = (*copy)->processes().list();
    REQUIRE_OK(processes);
    CHECK(processes->size() == 5);
}

TEST_CASE("auto backup: a failed copy prunes nothing", "[autobackup]") {
    Fixture fx;
    const QString folder = fx.dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    for (int i = 0; i < 3; ++i)
        touch(QDir(folder).filePath(QStringLiteral("test-2020010%1-000000.qms").arg(i + 1)));
    // A folder sits where the new backup should go: the copy cannot be written.
    const QString blocked =
        QDir(folder).filePath(AutoBackup::fileName(fx.path, fx.clock->nowUtc().toLocalTime()));
    REQUIRE(QDir().mkpath(blocked));
    auto outcome = AutoBackup::run(fx.w().database(), {folder, 1}, fx.clock->nowUtc());
    REQUIRE_FALSE(outcome.ok());
    CHECK(AutoBackup::backupsIn(folder, fx.path).size() == 3);

    // A backup folder that is a file is a clear error too.
    const QString notAFolder = fx.dir.filePath(QStringLiteral("plain-file"));
    touch(notAFolder);
    auto second = AutoBackup::run(fx.w().database(), {notAFolder, 1}, fx.clock->nowUtc());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().describe().contains(QStringLiteral("plain-file")));
}
