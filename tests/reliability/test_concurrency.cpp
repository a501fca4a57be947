// Several writers on one file: two CLI loops creating and editing records while a third edits
// the same record over and over; a stale edit through the API; backups taken while writing.

#include "ReliabilitySupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

struct Loop {
    QProcess process;
    QString out;
    QString err;
};

void finish(Loop& l, int timeoutMs) {
    if (!l.process.waitForFinished(timeoutMs))
        killGroup(l.process);
    l.out += QString::fromUtf8(l.process.readAllStandardOutput());
    l.err += QString::fromUtf8(l.process.readAllStandardError());
}

} // namespace

TEST_CASE("Two processes: stale edit through the API is refused with Conflict",
          "[reliability][concurrency]") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("two.qms"));
    auto a = createWorkspace(path);
    auto created = a->nonconformities().create(sampleNc(*a, QStringLiteral("Shared")));
    REQUIRE(created.ok());
    auto b = openWorkspace(path);

    Nonconformity inA = *a->nonconformities().get(created->meta.id);
    Nonconformity inB = *b->nonconformities().get(created->meta.id);
    inA.reference = QStringLiteral("from A");
    inB.reference = QStringLiteral("from B");
    REQUIRE(a->nonconformities().save(inA).ok());
    auto stale = b->nonconformities().save(inB);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(created->meta.id));
    // B's edit is still in its hands; after reloading it can be applied on top.
    CHECK(inB.reference == QStringLiteral("from B"));
    Nonconformity reloaded = *b->nonconformities().get(created->meta.id);
    CHECK(reloaded.reference == QStringLiteral("from A"));
    reloaded.reference = inB.reference;
    REQUIRE(b->nonconformities().save(reloaded).ok());
    auto report = a->verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("Two CLI loops and a same-record editor: all exit 0 - no lost update - verify ok",
          "[reliability][concurrency][cli]") {
    const int n = scaled(60, 300);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.qms"));
    QString sharedId;
    {
        auto ws = createWorkspace(path);
        auto shared = ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Edited by everyone")));
        REQUIRE(shared.ok());
        sharedId = shared->meta.id;
    }

    auto loopScript = [&](const QString& tag) {
        return QStringLiteral("set -u; i=0; while [ $i -lt %1 ]; do i=$((i+1)); ").arg(n) +
               shellNewNc(QStringLiteral("%1-$i").arg(tag)) +
               QStringLiteral(
                   "\"$CLI\" --db \"$DB\" set \"$id\" reference=\"%1-ref-$i\" >/dev/null || exit $?; "
                   "echo \"DONE $id %1-$i\"; done")
                   .arg(tag);
    };
    const QString editorScript =
        QStringLiteral(
            "set -u; i=0; while [ $i -lt %1 ]; do i=$((i+1)); "
            "\"$CLI\" --db \"$DB\" set %2 reference=\"S-$i\" >/dev/null || exit $?; echo \"SET $i\"; done")
            .arg(n)
            .arg(sharedId);

    QElapsedTimer timer;
    timer.start();
    Loop a, b, editor;
    startScript(a.process, loopScript(QStringLiteral("A")), path);
    startScript(b.process, loopScript(QStringLiteral("B")), path);
    startScript(editor.process, editorScript, path);
    for (Loop* l : {&a, &b, &editor})
        finish(*l, 600000);
    const qint64 ms = timer.elapsed();

    for (Loop* l : {&a, &b, &editor}) {
        INFO("stderr: " << str(l->err));
        CHECK(l->process.exitStatus() == QProcess::NormalExit);
        CHECK(l->process.exitCode() == 0);
        CHECK_FALSE(l->err.contains(QStringLiteral("locked"), Qt::CaseInsensitive));
        CHECK_FALSE(l->err.contains(QStringLiteral("busy"), Qt::CaseInsensitive));
    }
    CHECK(a.out.count(QStringLiteral("DONE NC-")) == n);
    CHECK(b.out.count(QStringLiteral("DONE NC-")) == n);
    CHECK(editor.out.count(QStringLiteral("SET ")) == n);

    requireSound(path, QStringLiteral("concurrent writers"));
    auto ws = openWorkspace(path, OpenMode::ReadOnly);
    auto all = ws->nonconformities().list();
    REQUIRE(all.ok());
    CHECK(all->size() == 1 + 2 * n);
    int checked = 0;
    for (const Nonconformity& nc : *all) {
        if (nc.meta.id == sharedId) {
            CHECK(nc.reference == QStringLiteral("S-%1").arg(n));
            continue;
        }
        // Every record carries its own edit: neither loop's write was lost to the other's.
        const QString expected = nc.title.section(QLatin1Char('-'), 0, 0) + QStringLiteral("-ref-") +
                                 nc.title.section(QLatin1Char('-'), 1);
        CHECK(nc.reference == expected);
        ++checked;
    }
    auto trail = ws->audit().forRecord(sharedId);
    REQUIRE(trail.ok());
    int referenceEdits = 0;
    for (const AuditEntry& e : *trail)
        referenceEdits += e.field == QLatin1String("reference") ? 1 : 0;
    CHECK(referenceEdits == n); // every one of the n edits of the shared record is in the trail
    figure(QStringLiteral("concurrent CLI commands run"), 5LL * n);
    figure(QStringLiteral("records checked after concurrent writing"), checked + 1);
    figure(QStringLiteral("concurrent writing wall time ms"), ms);
}

TEST_CASE("Backup while another process writes: every copy opens and verifies",
          "[reliability][backup][cli]") {
    const int backups = scaled(3, 10);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("live.qms"));
    {
        auto ws = createWorkspace(path);
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Seed"))).ok());
    }
    Loop writer;
    startScript(
        writer.process,
        QStringLiteral("while true; do ") + shellNewNc(QStringLiteral("W")) +
            QStringLiteral(
                "\"$CLI\" --db \"$DB\" set \"$id\" reference=R >/dev/null || exit $?; echo \"$id\"; done"),
        path);
    REQUIRE(writer.process.waitForStarted());
    QThread::msleep(400);

    int verified = 0;
    for (int i = 0; i < backups; ++i) {
        const QString copy = dir.filePath(QStringLiteral("cli-backup-%1.qms").arg(i));
        const CliResult r = runCliDb(path, {QStringLiteral("backup"), copy});
        INFO("backup " << i << ": " << str(r.all()));
        REQUIRE_FALSE(r.crashed);
        CHECK(r.exitCode == 0);
        requireSound(copy, QStringLiteral("CLI backup while writing"));
        ++verified;

        // The API path: Database::backupTo from a second connection.
        const QString apiCopy = dir.filePath(QStringLiteral("api-backup-%1.qms").arg(i));
        {
            auto ws = openWorkspace(path);
            auto s = ws->database().backupTo(apiCopy);
            INFO((s ? QString() : s.error().describe()).toStdString());
            REQUIRE(s.ok());
        }
        requireSound(apiCopy, QStringLiteral("API backup while writing"));
        ++verified;
        QThread::msleep(150);
    }
    killGroup(writer.process);
    writer.err += QString::fromUtf8(writer.process.readAllStandardError());
    INFO("writer stderr: " << str(writer.err));
    CHECK_FALSE(writer.err.contains(QStringLiteral("locked"), Qt::CaseInsensitive));
    requireSound(path, QStringLiteral("writer killed after the backups"));
    figure(QStringLiteral("backups taken while writing and verified"), verified);
}
