// Faults of the medium under the database: read-only files and folders, a full disk (a database
// capped by max_page_count, and a real tiny tmpfs when mounting is allowed), and the file deleted
// while a workspace has it open.

#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <sys/stat.h>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

// Root ignores file permissions; while this guard lives the process acts as "nobody" (real and
// effective uid), keeping root as saved uid so that it can come back.
class AsNobody {
public:
    AsNobody() {
        if (::geteuid() == 0) {
            m_switched = ::setresgid(65534, 65534, 0) == 0 && ::setresuid(65534, 65534, 0) == 0;
        }
    }
    ~AsNobody() {
        if (m_switched) {
            (void)::setresuid(0, 0, 0);
            (void)::setresgid(0, 0, 0);
        }
    }
    bool ok() const { return m_switched || ::geteuid() != 0; }

private:
    bool m_switched = false;
};

// A tmpfs of `size` mounted on `dir` for the lifetime of the object (root only).
class TinyTmpfs {
public:
    TinyTmpfs(const QString& dir, const QString& size)
        : m_dir(dir) {
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1").arg(size), QStringLiteral("tmpfs"), dir});
        m_mounted = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString();
    }
    ~TinyTmpfs() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }

private:
    QString m_dir;
    bool m_mounted = false;
    QString m_why;
};

QString bigText(int bytes) {
    return QString(bytes, QLatin1Char('x'));
}

} // namespace

// A WAL-mode file on read-only media needs Database::openConnection's immutable open: SQLite
// cannot create the -shm/-wal files beside it, even for reading.
TEST_CASE("Read-only file: read-write open refused with the ReadOnly message - review open works",
          "[reliability][media]") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.qms"));
    {
        auto ws = createWorkspace(path);
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Kept"))).ok());
    }
    const QByteArray before = sha256File(path);
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0444) == 0);

    AsNobody nobody;
    REQUIRE(nobody.ok());
    auto rw = Workspace::open(path);
    REQUIRE_FALSE(rw.ok());
    CHECK(rw.error().code == ErrorCode::ReadOnly);
    CHECK(rw.error().message.contains(QStringLiteral("read-only")));

    auto ro = Workspace::open(path, {}, OpenMode::ReadOnly);
    INFO((ro ? QString() : ro.error().describe()).toStdString());
    REQUIRE(ro.ok());
    CHECK((*ro)->isReadOnly());
    auto list = (*ro)->nonconformities().list();
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
    auto report = (*ro)->verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
    // A write attempt through a review connection is refused, never half-done.
    auto refused = (*ro)->nonconformities().create(sampleNc(**ro, QStringLiteral("Refused")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnly);
    ro = makeError(ErrorCode::Internal, {}); // close before comparing bytes
    CHECK(sha256File(path) == before);
}

TEST_CASE("Read-only folder: read-write open refused - review open works", "[reliability][media]") {
    TempDir dir;
    const QString sub = dir.mkdir(QStringLiteral("media"));
    const QString path = sub + QStringLiteral("/ro.qms");
    {
        auto ws = createWorkspace(path);
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Kept"))).ok());
    }
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(sub).constData(), 0555) == 0);
    {
        AsNobody nobody;
        REQUIRE(nobody.ok());
        auto rw = Workspace::open(path);
        REQUIRE_FALSE(rw.ok());
        CHECK(rw.error().code == ErrorCode::ReadOnly);
        auto ro = Workspace::open(path, {}, OpenMode::ReadOnly);
        INFO((ro ? QString() : ro.error().describe()).toStdString());
        REQUIRE(ro.ok());
        auto list = (*ro)->nonconformities().list();
        REQUIRE(list.ok());
        CHECK(list->size() == 1);
    }
    ::chmod(QFile::encodeName(sub).constData(), 0755);
}

TEST_CASE("Full database (max_page_count): the save fails clearly - earlier data intact",
          "[reliability][media]") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("full.qms"));
    int saved = 0;
    Error failure;
    {
        auto ws = createWorkspace(path);
        const qint64 pages = scalar(*ws, QStringLiteral("PRAGMA page_count"));
        REQUIRE(pages > 0);
        REQUIRE(ws->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40),
                                    QStringLiteral("cap")));
        bool failed = false;
        for (int i = 0; i < 200 && !failed; ++i) {
            Nonconformity nc = sampleNc(*ws, QStringLiteral("Fill %1").arg(i), bigText(20000));
            auto r = ws->nonconformities().create(nc);
            if (r) {
                ++saved;
            } else {
                failed = true;
                failure = r.error();
                // The caller keeps its edit: `nc` is untouched and can be saved elsewhere.
                CHECK(nc.title == QStringLiteral("Fill %1").arg(i));
                CHECK(nc.meta.id.isEmpty());
            }
        }
        REQUIRE(failed);
        INFO(failure.describe().toStdString());
        CHECK(failure.code == ErrorCode::Io);
        CHECK(failure.message.contains(QStringLiteral("full")));
        // The connection is still usable after the failure.
        auto list = ws->nonconformities().list();
        REQUIRE(list.ok());
        CHECK(list->size() == saved);
    }
    requireSound(path, QStringLiteral("database full"));
    auto ws = openWorkspace(path);
    CHECK(ws->nonconformities().count().value() == saved);
    WARN("max_page_count: saved " << saved << " records before: " << str(failure.message));
}

TEST_CASE("Disk full on a real tiny tmpfs: clear message - earlier data intact", "[reliability][media]") {
    TempDir dir;
    const QString mnt = dir.mkdir(QStringLiteral("tiny"));
    TinyTmpfs fs(mnt, QStringLiteral("700k"));
    if (!fs.mounted()) {
        WARN("tmpfs could not be mounted (not root, or a container without CAP_SYS_ADMIN): skipped. "
             << str(fs.why()));
        return;
    }
    const QString path = mnt + QStringLiteral("/disk.qms");
    int saved = 0;
    Error failure;
    {
        auto ws = createWorkspace(path);
        bool failed = false;
        for (int i = 0; i < 400 && !failed; ++i) {
            auto r =
                ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Fill %1").arg(i), bigText(8000)));
            if (r)
                ++saved;
            else {
                failed = true;
                failure = r.error();
            }
        }
        REQUIRE(failed);
        INFO(failure.describe().toStdString());
        CHECK((failure.code == ErrorCode::Io || failure.code == ErrorCode::Corrupt));
        CHECK((failure.message.contains(QStringLiteral("full")) ||
               failure.message.contains(QStringLiteral("could not be read or written"))));
    }
    // Free some room (the WAL may hold the tail) and check that nothing earlier was lost.
    WARN("tmpfs 700k: saved " << saved << " records, then: " << str(failure.message));
    requireSound(path, QStringLiteral("disk full"));
    auto ws = openWorkspace(path, OpenMode::ReadOnly);
    CHECK(ws->nonconformities().count().value() == saved);
}

// When the file is deleted (or moved) while a workspace has it open, SQLite would keep writing to
// the unlinked inode and lose everything at close; Database::write compares the file's device and
// inode with those it opened and refuses the save instead.
TEST_CASE("File deleted under an open workspace: the next save is refused clearly",
          "[reliability][media]") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.qms"));
    auto ws = createWorkspace(path);
    REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Before"))).ok());
    REQUIRE(QFile::remove(path));
    Nonconformity edit = sampleNc(*ws, QStringLiteral("After"));
    auto r = ws->nonconformities().create(edit);
    WARN("save after the file was deleted: "
         << (r ? std::string("reported success (written to the unlinked inode, lost on close)")
               : str(r.error().describe())));
    // The open workspace still reads consistently, and the caller still holds its edit.
    auto list = ws->nonconformities().list();
    REQUIRE(list.ok());
    CHECK(list->size() == (r ? 2 : 1));
    CHECK(edit.title == QStringLiteral("After"));
    CHECK_FALSE(QFile::exists(path)); // not silently recreated as a fresh, empty file
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Io);
}
