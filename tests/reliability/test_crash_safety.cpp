// Crash safety: qmsdesk-cli is killed with SIGKILL at random points while it writes (a stream of
// `new`/`set` commands, and a 2,000-row CSV import). After every kill the file must pass
// integrity_check and verify, hold every write the process had reported as committed, and hold
// either all of an import or none of it.

#include "ReliabilitySupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

constexpr quint32 Seed = 20261125;

QByteArray importCsv(int rows) {
    // The importer's first column is the record id; empty takes the next free number.
    QByteArray csv("id,title,description,detected_on,reported_by,reference\n");
    for (int i = 1; i <= rows; ++i)
        csv += ",IMP-" + QByteArray::number(i) + ",\"Imported, row " + QByteArray::number(i) +
               "\",2026-02-01,qm,LOT-" + QByteArray::number(i) + "\n";
    return csv;
}

struct Reported {
    QHash<QString, QString> created; // id -> title
    QHash<QString, QString> edited;  // id -> reference
};

Reported parseReport(const QString& out) {
    Reported r;
    static const QRegularExpression newLine(QStringLiteral("^NEW (NC-\\d+) (\\S+)$"));
    static const QRegularExpression setLine(QStringLiteral("^SET (NC-\\d+) (\\S+)$"));
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (auto m = newLine.match(line); m.hasMatch())
            r.created.insert(m.captured(1), m.captured(2));
        else if (auto m2 = setLine.match(line); m2.hasMatch())
            r.edited.insert(m2.captured(1), m2.captured(2));
    }
    return r;
}

} // namespace

TEST_CASE("Crash safety: SIGKILL during a stream of new/set commands", "[reliability][crash][cli]") {
    const int kills = scaled(20, 100);
    QRandomGenerator rng(Seed);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.qms"));
    { auto ws = createWorkspace(path); }

    Reported all; // everything reported as committed over all rounds: it must survive later kills too
    int unreportedNew = 0, hotWal = 0;
    for (int round = 1; round <= kills; ++round) {
        INFO("round " << round);
        const QString script =
            QStringLiteral("i=0; while true; do i=$((i+1)); ") +
            shellNewNc(QStringLiteral("K-%1-$i").arg(round)) +
            QStringLiteral("echo \"NEW $id K-%1-$i\"; "
                           "\"$CLI\" --db \"$DB\" set \"$id\" reference=\"E-%1-$i\" >/dev/null || exit $?; "
                           "echo \"SET $id E-%1-$i\"; done")
                .arg(round);
        QProcess p;
        startScript(p, script, path);
        REQUIRE(p.waitForStarted());
        QThread::msleep(rng.bounded(150, 1500));
        killGroup(p);
        // A WAL left with frames in it means the kill interrupted a writer that SQLite must recover.
        hotWal += QFileInfo(path + QStringLiteral("-wal")).size() > 0 ? 1 : 0;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO("stderr: " << str(err));
        CHECK_FALSE(err.contains(QStringLiteral("locked"), Qt::CaseInsensitive));
        const Reported now = parseReport(out);
        for (auto it = now.created.cbegin(); it != now.created.cend(); ++it)
            all.created.insert(it.key(), it.value());
        for (auto it = now.edited.cbegin(); it != now.edited.cend(); ++it)
            all.edited.insert(it.key(), it.value());

        requireSound(path, QStringLiteral("kill %1").arg(round));
        auto ws = openWorkspace(path, OpenMode::ReadOnly);
        auto list = ws->nonconformities().list();
        REQUIRE(list.ok());
        QHash<QString, Nonconformity> byId;
        int thisRound = 0;
        for (const Nonconformity& nc : *list) {
            byId.insert(nc.meta.id, nc);
            thisRound += nc.title.startsWith(QStringLiteral("K-%1-").arg(round)) ? 1 : 0;
        }
        for (auto it = all.created.cbegin(); it != all.created.cend(); ++it) {
            INFO("reported as created: " << str(it.key()));
            REQUIRE(byId.contains(it.key()));
            CHECK(byId[it.key()].title == it.value());
        }
        for (auto it = all.edited.cbegin(); it != all.edited.cend(); ++it) {
            INFO("reported as edited: " << str(it.key()));
            REQUIRE(byId.contains(it.key()));
            CHECK(byId[it.key()].reference == it.value());
        }
        // At most the one `new` in flight at the kill may have committed without being reported.
        CHECK(thisRound >= now.created.size());
        CHECK(thisRound <= now.created.size() + 1);
        unreportedNew += thisRound - int(now.created.size());
    }
    figure(QStringLiteral("SIGKILLs survived (command stream)"), kills);
    figure(QStringLiteral("reported creations checked after kills"), all.created.size());
    figure(QStringLiteral("reported edits checked after kills"), all.edited.size());
    figure(QStringLiteral("creations committed but killed before reporting"), unreportedNew);
    figure(QStringLiteral("kills that left a WAL to recover (command stream)"), hotWal);
}

TEST_CASE("Crash safety: SIGKILL during a 2000-row CSV import: all or nothing", "[reliability][crash][cli]") {
    const int kills = scaled(20, 100);
    const int rows = 2000;
    QRandomGenerator rng(Seed + 1);
    TempDir dir;
    const QString csv = dir.writeFile(QStringLiteral("ncs.csv"), importCsv(rows));
    REQUIRE_FALSE(csv.isEmpty());
    const QString templ = dir.filePath(QStringLiteral("template.qms"));
    { auto ws = createWorkspace(templ); }

    auto imported = [](const QString& path) {
        auto ws = openWorkspace(path, OpenMode::ReadOnly);
        return scalar(*ws, QStringLiteral("SELECT count(*) FROM nonconformities WHERE title LIKE 'IMP-%'"));
    };

    // Calibration: one import left to finish tells how long the kill window is.
    const QString calib = dir.filePath(QStringLiteral("calibration.qms"));
    REQUIRE(QFile::copy(templ, calib));
    QElapsedTimer t;
    t.start();
    const CliResult full = runCliDb(calib, {QStringLiteral("import"), ncType(), csv});
    const qint64 importMs = t.elapsed();
    INFO("import: " << str(full.all()));
    REQUIRE_FALSE(full.crashed);
    REQUIRE(full.exitCode == 0);
    requireSound(calib, QStringLiteral("complete import"));
    REQUIRE(imported(calib) == rows);
    {
        auto ws = openWorkspace(calib, OpenMode::ReadOnly);
        auto nc = ws->nonconformities().list({.ids = {QStringLiteral("NC-1234")}});
        REQUIRE(nc.ok());
        REQUIRE(nc->size() == 1);
        CHECK(nc->first().title == QStringLiteral("IMP-1234"));
        CHECK(nc->first().reference == QStringLiteral("LOT-1234"));
    }

    int none = 0, whole = 0, killed = 0, killedWhole = 0, hotWal = 0;
    // Rounds whose import finished before its delay are not kills: go on until `kills` kills.
    int round = 0;
    while (killed < kills && round < 3 * kills) {
        ++round;
        INFO("round " << round);
        const QString path = dir.filePath(QStringLiteral("import-%1.qms").arg(round));
        REQUIRE(QFile::copy(templ, path));
        QProcess p;
        startInOwnGroup(p, cliPath(),
                        {QStringLiteral("--db"), path, QStringLiteral("import"), ncType(), csv});
        REQUIRE(p.waitForStarted());
        // Odd rounds: anywhere in the run. Even rounds: in the second half, where the one big transaction
        // is written to the WAL and committed (the cache holds it until COMMIT).
        const quint32 span = quint32(importMs);
        const int delay =
            round % 2 ? int(rng.bounded(span * 12 / 10 + 1)) : int(span / 2 + rng.bounded(span / 2 + 1));
        const bool finished = p.waitForFinished(delay);
        if (!finished) {
            killGroup(p);
            ++killed;
            hotWal += QFileInfo(path + QStringLiteral("-wal")).size() > 0 ? 1 : 0;
        }
        const bool reportedOk = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        requireSound(path, QStringLiteral("import killed after %1 ms").arg(delay));
        const qint64 count = imported(path);
        CHECK((count == 0 || count == rows));
        if (reportedOk)
            CHECK(count == rows);
        (count == 0 ? none : whole) += 1;
        killedWhole += !finished && count == rows ? 1 : 0;
        QFile::remove(path);
    }
    figure(QStringLiteral("import rounds"), round);
    CHECK(killed >= kills / 2); // timing-dependent; normally == kills
    figure(QStringLiteral("SIGKILLs survived (2000-row import)"), killed);
    figure(QStringLiteral("kills that left a WAL to recover (import)"), hotWal);
    figure(QStringLiteral("import duration ms (calibration)"), importMs);
    figure(QStringLiteral("rounds ending with no rows"), none);
    figure(QStringLiteral("rounds ending with all rows"), whole);
    figure(QStringLiteral("kills between the commit and the exit (all rows)"), killedWhole);
}
