// Two writers on one file, backups, and loading big registers.

#include "StorageTestSupport.h"
#include "storage/AttachmentStore.h"

#include <QElapsedTimer>
#include <atomic>
#include <chrono>
#include <thread>

using namespace qms;
using namespace qms::test;

TEST_CASE("Concurrency: a save waits for another writer's lock and then succeeds") {
    Fixture f;
    Workspace& ws = f.w();
    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);

    std::atomic<int> state{0}; // 1: locked, 2: failed to lock, 3: released
    QString lockError;
    std::thread other([&] {
        // Another program's connection, in its own thread as SQLite wants.
        RawDb raw(f.path);
        lockError = raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!lockError.isEmpty()) {
            state = 2;
            return;
        }
        state = 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        raw.exec(QStringLiteral("COMMIT"));
        state = 3;
    });
    while (state == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    INFO(lockError.toStdString());
    REQUIRE(state == 1);

    Nonconformity edited = *nc;
    edited.containment = QStringLiteral("Saved after the other writer let go");
    QElapsedTimer timer;
    timer.start();
    auto saved = ws.nonconformities().save(edited);
    const qint64 waited = timer.elapsed();
    other.join();
    REQUIRE_OK(saved);
    CHECK(waited >= 200);
    CHECK(state == 3);
    CHECK(ws.nonconformities().get(nc->meta.id)->containment == edited.containment);
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Concurrency: readers are not blocked by a writer's open transaction") {
    Fixture f;
    Workspace& ws = f.w();
    REQUIRE_OK(ws.nonconformities().create(sampleNc(ws)));
    RawDb raw(f.path);
    REQUIRE_SQL(raw, QStringLiteral("BEGIN IMMEDIATE"));
    REQUIRE_SQL(raw, QStringLiteral("UPDATE meta SET value = 'uncommitted' WHERE key = 'organisation'"));
    QElapsedTimer timer;
    timer.start();
    auto list = ws.nonconformities().list();
    REQUIRE_OK(list);
    CHECK(list->size() == 1);
    CHECK(ws.organisation() == QStringLiteral("Acme"));
    CHECK(timer.elapsed() < 1000);
    REQUIRE_SQL(raw, QStringLiteral("ROLLBACK"));
}

TEST_CASE("Backup: a copy opens, verifies and holds everything and never overwrites a file") {
    Fixture f;
    Workspace& ws = f.w();
    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    REQUIRE_OK(ws.actions().create(sampleCa(ws, {nc->meta.id})));
    REQUIRE_OK(ws.attachments().addData(QStringLiteral("note.txt"), "kept in the backup"));
    const QString target = f.dir.filePath(QStringLiteral("backup/copy.qms"));
    REQUIRE_OK(ws.database().backupTo(target));
    REQUIRE(QFileInfo::exists(target));

    {
        auto copy = Workspace::open(target, QStringLiteral("qm"), OpenMode::ReadOnly, f.clock);
        REQUIRE_OK(copy);
        const VerifyReport r = verified(**copy);
        INFO(problemText(r));
        CHECK(r.ok());
        CHECK(r.head.hash == auditHead(ws).hash);
        CHECK((*copy)->nonconformities().get(nc->meta.id)->actions.size() == 1);
        CHECK((*copy)->organisation() == QStringLiteral("Acme"));
    }
    {
        auto copy = Workspace::open(target, QStringLiteral("qm"), OpenMode::ReadWrite, f.clock);
        REQUIRE_OK(copy);
        REQUIRE_OK((*copy)->nonconformities().create(sampleNc(**copy, QStringLiteral("Only in the copy"))));
    }
    CHECK(*ws.nonconformities().count() == 1);

    const QByteArray copyBytes = fileBytes(target);
    auto again = ws.database().backupTo(target);
    REQUIRE_ERROR(again, ErrorCode::Duplicate);
    CHECK(again.error().message.contains(QStringLiteral("copy.qms")));
    CHECK(fileBytes(target) == copyBytes);
    REQUIRE_ERROR(ws.database().backupTo(f.dir.path() + QStringLiteral("/missing/folder/x.qms")),
                  ErrorCode::Io);
}

TEST_CASE("Performance: listing a big register takes a few queries, not one per record") {
    Fixture f;
    Workspace& ws = f.w();
    auto p = ws.processes().create(sampleProcess());
    REQUIRE_OK(p);
    constexpr int count = 600;
    REQUIRE_OK(ws.database().write([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Nonconformity nc = sampleNc(ws, QStringLiteral("Nonconformity %1").arg(i));
            nc.clauses = {QStringLiteral("8.7.1"), QStringLiteral("8.5.1")};
            nc.process = p->meta.id;
            auto r = ws.nonconformities().createInTransaction(nc, {});
            if (!r)
                return r.error();
        }
        return {};
    }));
    QElapsedTimer timer;
    timer.start();
    auto all = ws.nonconformities().list();
    REQUIRE_OK(all);
    const qint64 listMs = timer.elapsed();
    REQUIRE(all->size() == count);
    CHECK(all->last().clauses == QStringList{QStringLiteral("8.7.1"), QStringLiteral("8.5.1")});
    CHECK(all->first().meta.id == QStringLiteral("NC-0001"));
    INFO("listing " << count << " nonconformities took " << listMs << " ms");
    CHECK(listMs < 3000);

    RecordFilter open;
    open.includeClosed = false;
    open.limit = 10;
    auto firstTen = ws.nonconformities().list(open);
    REQUIRE_OK(firstTen);
    CHECK(firstTen->size() == 10);
    CHECK(firstTen->first().clauses.size() == 2);

    timer.restart();
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
    INFO("verifying " << r.entries << " entries took " << timer.elapsed() << " ms");
}

TEST_CASE("Backup: a reviewer (read-only session) can take a backup too") {
    Fixture f;
    f.addUser(QStringLiteral("audrey"), Role::Auditor);
    REQUIRE_OK(f.w().nonconformities().create(sampleNc(f.w())));
    auto auditor = f.openAs(QStringLiteral("audrey"));
    REQUIRE(auditor->isReadOnly());
    const QString target = f.dir.filePath(QStringLiteral("audit-copy.qms"));
    REQUIRE_OK(auditor->database().backupTo(target));
    auto copy = Workspace::open(target, QStringLiteral("audrey"), OpenMode::ReadOnly, f.clock);
    REQUIRE_OK(copy);
    CHECK(*(*copy)->nonconformities().count() == 1);
    const VerifyReport r = verified(**copy);
    INFO(problemText(r));
    CHECK(r.ok());
}
