// Creating and opening QMS files: every kind of wrong file is refused with its own error code and
// left byte for byte as it was.

#include "StorageTestSupport.h"
#include "storage/AttachmentStore.h"
#include "storage/ClauseRepository.h"
#include "storage/SearchIndex.h"

#include <QProcess>
#include <QRandomGenerator>
#include <unistd.h>

using namespace qms;
using namespace qms::test;

namespace {

// Makes `path` read-only for this process. As root, permission bits do not stop writes, so the
// file is made immutable instead; returns false when neither works (then the test is skipped).
bool makeReadOnly(const QString& path) {
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!QFileInfo(path).isWritable())
        return true;
    return QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0 &&
           !QFileInfo(path).isWritable();
}

void makeWritable(const QString& path) {
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
}

} // namespace

TEST_CASE("Open: create refuses an existing path and a missing folder") {
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("exists.qms"), "keep me");
    auto ws = Workspace::create(path, {QStringLiteral("Acme"), QStringLiteral("qm"), {}});
    REQUIRE_ERROR(ws, ErrorCode::Duplicate);
    CHECK(ws.error().message.contains(QStringLiteral("exists.qms")));
    CHECK(fileBytes(path) == QByteArray("keep me"));

    auto noFolder = Workspace::create(dir.path() + QStringLiteral("/no/such/folder/x.qms"),
                                      {QStringLiteral("Acme"), QStringLiteral("qm"), {}});
    REQUIRE_ERROR(noFolder, ErrorCode::Io);

    auto badUser = Workspace::create(dir.filePath(QStringLiteral("new.qms")),
                                     {QStringLiteral("Acme"), QStringLiteral("bad name"), {}});
    REQUIRE_ERROR(badUser, ErrorCode::Invalid);
    CHECK(hasField(badUser.error(), QStringLiteral("name")));
    CHECK_FALSE(dir.exists(QStringLiteral("new.qms")));
}

TEST_CASE("Open: create refuses to start over a write-ahead log left by a deleted file") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("reused.qms"));
    dir.writeFile(QStringLiteral("reused.qms-wal"), QByteArray(4096, 'w'));
    auto ws = Workspace::create(path, {QStringLiteral("Acme"), QStringLiteral("qm"), {}});
    REQUIRE_ERROR(ws, ErrorCode::Duplicate);
    CHECK(ws.error().message.contains(QStringLiteral("reused.qms-wal")));
    CHECK_FALSE(dir.exists(QStringLiteral("reused.qms")));
    CHECK(dir.readFile(QStringLiteral("reused.qms-wal")) == QByteArray(4096, 'w'));
}

TEST_CASE("Open: the organisation is renamed with an audit entry, never to nothing") {
    Fixture f;
    const qint64 before = auditCount(f.w());
    REQUIRE_ERROR(f.w().setOrganisation(QStringLiteral("   ")), ErrorCode::Invalid);
    REQUIRE_OK(f.w().setOrganisation(QStringLiteral("  Acme GmbH ")));
    REQUIRE_OK(f.w().setOrganisation(QStringLiteral("Acme GmbH")));
    CHECK(f.w().organisation() == QStringLiteral("Acme GmbH"));
    CHECK(auditCount(f.w()) == before + 1);
    auto rows = f.w().audit().forRecord(QStringLiteral("meta:organisation"));
    REQUIRE_OK(rows);
    CHECK(rows->last().oldValue == QStringLiteral("Acme"));
    CHECK(rows->last().newValue == QStringLiteral("Acme GmbH"));
}

TEST_CASE("Open: a new file holds the organisation, the first manager and a verified trail") {
    Fixture f;
    CHECK(f.w().organisation() == QStringLiteral("Acme"));
    CHECK(f.w().user().name == QStringLiteral("qm"));
    CHECK(f.w().user().role == Role::QualityManager);
    CHECK_FALSE(f.w().isReadOnly());
    const VerifyReport r = verified(f.w());
    INFO(problemText(r));
    CHECK(r.ok());
    CHECK(r.entries == 2);
    f.close();

    auto again = Workspace::open(f.path, {}, OpenMode::ReadWrite, f.clock);
    REQUIRE_OK(again);
    CHECK((*again)->user().name == QStringLiteral("qm"));
    CHECK((*again)->user().displayName == QStringLiteral("Quinn Manager"));
    auto unknown = Workspace::open(f.path, QStringLiteral("nobody"));
    REQUIRE_ERROR(unknown, ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("nobody")));
}

TEST_CASE("Open: a missing file is NotFound") {
    TempDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("missing.qms")));
    REQUIRE_ERROR(ws, ErrorCode::NotFound);
    CHECK(ws.error().message.contains(QStringLiteral("missing.qms")));
    CHECK_FALSE(dir.exists(QStringLiteral("missing.qms")));
}

TEST_CASE("Open: random bytes are not a QMS file and stay untouched") {
    TempDir dir;
    QByteArray junk(8192, '\0');
    QRandomGenerator rng(42);
    for (char& c : junk)
        c = char(rng.bounded(256));
    const QString path = dir.writeFile(QStringLiteral("junk.qms"), junk);
    const FileSnapshot before = FileSnapshot::of(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto ws = Workspace::open(path, {}, mode);
        REQUIRE_ERROR(ws, ErrorCode::NotAQmsFile);
        CHECK(ws.error().message.contains(QStringLiteral("junk.qms")));
    }
    CHECK(FileSnapshot::of(path) == before);
    CHECK(fileBytes(path) == junk);
}

TEST_CASE("Open: an empty file is not a QMS file") {
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("empty.qms"), QByteArray());
    auto ws = Workspace::open(path);
    REQUIRE_ERROR(ws, ErrorCode::NotAQmsFile);
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("empty.qms")});
}

TEST_CASE("Open: a foreign SQLite database is refused and left unchanged") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawDb raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE_SQL(raw, QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"));
        REQUIRE_SQL(raw, QStringLiteral("INSERT INTO customers(name) VALUES('Ada')"));
    }
    const FileSnapshot before = FileSnapshot::of(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto ws = Workspace::open(path, {}, mode);
        REQUIRE_ERROR(ws, ErrorCode::NotAQmsFile);
        CHECK(ws.error().message.contains(QStringLiteral("another program")));
    }
    // Another program's own application id is named.
    {
        RawDb raw(path);
        REQUIRE_SQL(raw, QStringLiteral("PRAGMA application_id = 1234"));
    }
    const FileSnapshot withId = FileSnapshot::of(path);
    auto ws = Workspace::open(path);
    REQUIRE_ERROR(ws, ErrorCode::NotAQmsFile);
    CHECK(ws.error().message.contains(QStringLiteral("0x000004d2")));
    CHECK(FileSnapshot::of(path) == withId);
    CHECK(before.size == withId.size);
}

TEST_CASE("Open: a file of a newer schema is refused, naming both versions, and left unchanged") {
    Fixture f;
    f.close();
    {
        RawDb raw(f.path);
        REQUIRE_SQL(raw, QStringLiteral("PRAGMA user_version = 99"));
    } // the last connection checkpoints and removes the WAL
    REQUIRE_FALSE(QFileInfo::exists(f.path + QStringLiteral("-wal")));
    const FileSnapshot before = FileSnapshot::of(f.path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto ws = Workspace::open(f.path, {}, mode, f.clock);
        REQUIRE_ERROR(ws, ErrorCode::NewerSchema);
        CHECK(ws.error().message.contains(QStringLiteral("schema 99")));
        CHECK(ws.error().message.contains(QStringLiteral("schema %1").arg(Database::SchemaVersion)));
    }
    CHECK(FileSnapshot::of(f.path) == before);
}

TEST_CASE("Open: a truncated file is reported corrupt") {
    Fixture f;
    for (int i = 0; i < 30; ++i)
        REQUIRE_OK(f.w().nonconformities().create(
            sampleNc(f.w(), QStringLiteral("Nonconformity number %1").arg(i))));
    f.close();
    const QByteArray whole = fileBytes(f.path);
    REQUIRE(whole.size() > 16 * 4096);
    QFile file(f.path);
    REQUIRE(file.resize(whole.size() / 2));
    const FileSnapshot before = FileSnapshot::of(f.path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto ws = Workspace::open(f.path, {}, mode, f.clock);
        REQUIRE_ERROR(ws, ErrorCode::Corrupt);
        INFO(describe(ws));
        CHECK(ws.error().message.contains(QStringLiteral("truncated")));
    }
    CHECK(FileSnapshot::of(f.path) == before);

    // Cut inside the header page: not recognisable as a database any more.
    REQUIRE(file.resize(60));
    auto stub = Workspace::open(f.path, {}, OpenMode::ReadWrite, f.clock);
    REQUIRE_FALSE(stub.ok());
    CHECK((stub.error().code == ErrorCode::NotAQmsFile || stub.error().code == ErrorCode::Corrupt));
}

TEST_CASE("Open: a read-only file opens for review only, and review refuses every write") {
    Fixture f;
    f.addUser(QStringLiteral("audrey"), Role::Auditor);
    auto nc = f.w().nonconformities().create(sampleNc(f.w()));
    REQUIRE_OK(nc);
    f.close();

    SECTION("read-only file") {
        struct Restore {
            QString path;
            ~Restore() { makeWritable(path); }
        } restore{f.path};
        if (!makeReadOnly(f.path)) {
            WARN("cannot make a file read-only on this machine; skipped");
            return;
        }
        const FileSnapshot before = FileSnapshot::of(f.path);
        auto rw = Workspace::open(f.path, {}, OpenMode::ReadWrite, f.clock);
        REQUIRE_ERROR(rw, ErrorCode::ReadOnly);
        CHECK(rw.error().message.contains(QStringLiteral("test.qms")));
        {
            auto ro = Workspace::open(f.path, {}, OpenMode::ReadOnly, f.clock);
            REQUIRE_OK(ro);
            CHECK((*ro)->isReadOnly());
            auto got = (*ro)->nonconformities().get(nc->meta.id);
            REQUIRE_OK(got);
            CHECK(got->title == nc->title);
            Nonconformity edited = *got;
            edited.title = QStringLiteral("Changed");
            REQUIRE_ERROR((*ro)->nonconformities().save(edited), ErrorCode::ReadOnly);
            const VerifyReport r = verified(**ro);
            INFO(problemText(r));
            CHECK(r.ok());
        }
        {
            // An auditor needs no write access to the file at all.
            auto auditor = Workspace::open(f.path, QStringLiteral("audrey"), OpenMode::ReadWrite, f.clock);
            REQUIRE_OK(auditor);
            CHECK((*auditor)->isReadOnly());
            CHECK((*auditor)->user().role == Role::Auditor);
            REQUIRE_ERROR(Workspace::open(f.path, QStringLiteral("qm"), OpenMode::ReadWrite, f.clock),
                          ErrorCode::ReadOnly);
        }
        makeWritable(f.path);
        CHECK(FileSnapshot::of(f.path).sha == before.sha);
    }

    SECTION("read-only file in a read-only folder (a CD, a write-protected share)") {
        const QString folder = QFileInfo(f.path).absolutePath();
        struct Restore {
            QString path, folder;
            ~Restore() {
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
                makeWritable(path);
            }
        } restore{f.path, folder};
        if (::geteuid() != 0 || !makeReadOnly(f.path) ||
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0) {
            WARN("cannot make a folder read-only on this machine; skipped");
            return;
        }
        const FileSnapshot before = FileSnapshot::of(f.path);
        REQUIRE_ERROR(Workspace::open(f.path, {}, OpenMode::ReadWrite, f.clock), ErrorCode::ReadOnly);
        auto ro = Workspace::open(f.path, {}, OpenMode::ReadOnly, f.clock);
        REQUIRE_OK(ro);
        auto got = (*ro)->nonconformities().get(nc->meta.id);
        REQUIRE_OK(got);
        const VerifyReport r = verified(**ro);
        INFO(problemText(r));
        CHECK(r.ok());
        ro = Error{};
        CHECK(FileSnapshot::of(f.path) == before);
    }

    SECTION("review mode") {
        auto ws = f.openAs(QStringLiteral("qm"), OpenMode::ReadOnly);
        CHECK(ws->isReadOnly());
        CHECK(ws->user().role == Role::QualityManager);
        const ChainHead head = auditHead(*ws);
        Nonconformity edited = *nc;
        edited.title = QStringLiteral("Changed");
        REQUIRE_ERROR(ws->nonconformities().save(edited), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->nonconformities().create(sampleNc(*ws)), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->actions().create(sampleCa(*ws)), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->documents().create(sampleDoc()), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->processes().create(sampleProcess()), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->users().add(User{QStringLiteral("bob"), {}, Role::Auditor, true, false}),
                      ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->users().update(
                          User{QStringLiteral("qm"), QStringLiteral("Q"), Role::QualityManager, true, false}),
                      ErrorCode::ReadOnly);
        REQUIRE_ERROR(
            ws->clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("no design")),
            ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->attachments().addData(QStringLiteral("a.txt"), "hello"), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->setOrganisation(QStringLiteral("Other Ltd")), ErrorCode::ReadOnly);
        REQUIRE_ERROR(ws->search().rebuild(), ErrorCode::ReadOnly);
        // Not even raw SQL gets through the review connection.
        QSqlQuery q(ws->database().connection());
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));
        CHECK(auditHead(*ws).seq == head.seq);
        CHECK(ws->organisation() == QStringLiteral("Acme"));
    }
}

TEST_CASE("Open: an auditor gets a read-only connection") {
    Fixture f;
    f.addUser(QStringLiteral("audrey"), Role::Auditor);
    f.addUser(QStringLiteral("gone"), Role::ProcessOwner);
    REQUIRE_OK(f.w().users().update(
        User{QStringLiteral("gone"), QStringLiteral("gone"), Role::ProcessOwner, false, false}));
    auto auditor = f.openAs(QStringLiteral("audrey"));
    CHECK(auditor->isReadOnly());
    CHECK(auditor->user().role == Role::Auditor);
    QSqlQuery q(auditor->database().connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));
    // The writer keeps writing while the auditor reads.
    REQUIRE_OK(f.w().nonconformities().create(sampleNc(f.w())));
    auto list = auditor->nonconformities().list();
    REQUIRE_OK(list);
    CHECK(list->size() == 1);

    auto deactivated = Workspace::open(f.path, QStringLiteral("gone"), OpenMode::ReadWrite, f.clock);
    REQUIRE_ERROR(deactivated, ErrorCode::Forbidden);
}
