#include "BenchCommand.h"

#include "GuiStartupBench.h"
#include "TextTable.h"
#include "domain/FieldCodec.h"
#include "storage/AuditTrail.h"
#include "storage/DemoData.h"
#include "storage/SearchIndex.h"
#include "storage/Workspace.h"
#include "storage/demo/DemoVocabulary.h"
#include "storage/interchange/CsvWriter.h"
#include "storage/interchange/RecordImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>
#include <sys/resource.h>
#include <time.h>

namespace qms::cli {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("qms::cli::Bench", s);
}

// Peak resident set size of this process so far (Linux), in MiB; -1 when unknown.
double peakRssMiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

QString seconds(qint64 ms) {
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

// CPU time (user + system) of this process or of its finished children, in ms. The machine the
// figures come from may be shared: CPU time shows what the work itself costs.
qint64 cpuMs(int who = RUSAGE_SELF) {
    rusage u{};
    getrusage(who, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

// "12.30 s (CPU 11.90 s)"
QString timing(qint64 wallMs, qint64 cpu) {
    return QStringLiteral("%1 (CPU %2)").arg(seconds(wallMs), seconds(cpu));
}
QString millis(double ms) {
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}
QString verdict(bool met) {
    return met ? tr("met") : tr("MISSED");
}

void removeDb(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

class Bench {
public:
    Bench(CommandContext& ctx, QString work, int ncs, qint64 auditTarget)
        : m_ctx(ctx)
        , m_work(std::move(work))
        , m_ncs(ncs)
        , m_auditTarget(auditTarget) {}

    int run();
    // Only the GUI startup, on an existing database.
    int runGuiOnly(const QString& database);
    // Search, import and verify on an existing database, opened read-only (nothing is added to
    // its trail; the import goes into a fresh file of the work folder).
    int runOnExisting(const QString& database);

    QString guiBinary;
    int guiRuns = 5;

private:
    void note(const QString& text) { m_ctx.err << text << Qt::endl; }
    void row(const QString& what, const QString& figure, const QString& target = {},
             const QString& met = {}) {
        m_table.addRow({what, figure, target, met});
    }
    std::optional<int> fail(const QString& what, const Error& e) {
        m_ctx.err << tr("bench: %1 failed: %2").arg(what, e.describe()) << Qt::endl;
        return ExitFailed;
    }

    std::optional<int> generate();
    std::optional<int> search();
    std::optional<int> importCsv();
    std::optional<int> verify();
    std::optional<int> gui(const QString& database);
    QString path(const QString& name) const { return QDir(m_work).filePath(name); }

    CommandContext& m_ctx;
    QString m_work;
    int m_ncs;
    qint64 m_auditTarget;
    std::unique_ptr<Workspace> m_ws;
    TextTable m_table{{tr("Measurement"), tr("Result"), tr("Target"), tr("")}, 110};
};

int Bench::run() {
    const char* const names[] = {"generate", "search", "import", "verify"};
    int i = 0;
    QStringList peaks;
    for (auto step : {&Bench::generate, &Bench::search, &Bench::importCsv, &Bench::verify}) {
        if (auto rc = (this->*step)())
            return *rc;
        peaks << QStringLiteral("%1 %2").arg(QString::fromLatin1(names[i++])).arg(peakRssMiB(), 0, 'f', 0);
    }
    if (!guiBinary.isEmpty()) {
        const QString db = m_ws->path();
        m_ws.reset();
        if (auto rc = gui(db))
            return *rc;
    }
    row(tr("Peak RSS after each phase (MiB)"), peaks.join(QStringLiteral(", ")));
    const double rss = peakRssMiB();
    row(tr("Peak RSS (VmHWM) of the whole run"),
        rss < 0 ? tr("unknown") : QStringLiteral("%1 MiB").arg(rss, 0, 'f', 0));
    m_ctx.out << Qt::endl;
    m_table.print(m_ctx.out);
    return ExitOk;
}

int Bench::runOnExisting(const QString& database) {
    auto ws = Workspace::open(database, {}, OpenMode::ReadOnly);
    if (!ws)
        return *fail(tr("Opening %1").arg(database), ws.error());
    m_ws = std::move(ws).value();
    const auto ncs = m_ws->nonconformities().count();
    m_ncs = ncs ? int(*ncs) : 0;
    m_auditTarget = 0; // verify what is there
    AuditFilter all;
    const auto entries = m_ws->audit().count(all);
    row(tr("Existing database %1").arg(QDir::toNativeSeparators(database)),
        tr("%1 NCs, %2 audit entries").arg(m_ncs).arg(entries ? *entries : -1));
    const char* const names[] = {"search", "import", "verify"};
    int i = 0;
    QStringList peaks;
    for (auto step : {&Bench::search, &Bench::importCsv, &Bench::verify}) {
        if (auto rc = (this->*step)())
            return *rc;
        peaks << QStringLiteral("%1 %2").arg(QString::fromLatin1(names[i++])).arg(peakRssMiB(), 0, 'f', 0);
    }
    row(tr("Peak RSS after each phase (MiB)"), peaks.join(QStringLiteral(", ")));
    m_ctx.out << Qt::endl;
    m_table.print(m_ctx.out);
    return ExitOk;
}

int Bench::runGuiOnly(const QString& database) {
    if (auto rc = gui(database))
        return *rc;
    m_ctx.out << Qt::endl;
    m_table.print(m_ctx.out);
    return ExitOk;
}

std::optional<int> Bench::gui(const QString& database) {
    QString user;
    qint64 ncs = 0;
    {
        auto ws = Workspace::open(database, {}, OpenMode::ReadOnly);
        if (!ws)
            return fail(tr("Opening %1").arg(database), ws.error());
        user = (*ws)->user().name;
        auto n = (*ws)->nonconformities().count();
        ncs = n ? *n : -1;
    }
    note(tr("Starting %1 %2 times on the offscreen platform ...").arg(guiBinary).arg(2 * guiRuns));
    auto f = measureGuiStartup(guiBinary, database, user, guiRuns);
    if (!f)
        return fail(tr("Measuring the GUI startup"), f.error());
    const double ratio = f->registerMs / std::max(1.0, f->emptyMs);
    row(tr("GUI: empty Qt main window, process start to first paint (median of %1)").arg(f->runs),
        tr("%1 ms, peak RSS %2 MiB").arg(f->emptyMs, 0, 'f', 0).arg(f->emptyRssMiB, 0, 'f', 0));
    row(tr("GUI: NC register of %1 NCs painted").arg(ncs),
        tr("%1 ms (%2x the empty window)").arg(f->registerMs, 0, 'f', 0).arg(ratio, 0, 'f', 1),
        tr("<= 1 s, <= 3x"), verdict(f->registerMs <= 1000 && ratio <= 3));
    const double rssRatio = f->registerRssMiB / std::max(1.0, f->emptyRssMiB);
    row(tr("GUI: peak RSS with the NC register open"),
        tr("%1 MiB (%2x the empty window)").arg(f->registerRssMiB, 0, 'f', 0).arg(rssRatio, 0, 'f', 1),
        tr("<= 250 MB, <= 3x"), verdict(f->registerRssMiB * 1.048576 <= 250 && rssRatio <= 3));
    return std::nullopt;
}

std::optional<int> Bench::generate() {
    const QString db = path(QStringLiteral("bench.qms"));
    removeDb(db);
    note(tr("Generating %1 nonconformities into %2 ...").arg(m_ncs).arg(QDir::toNativeSeparators(db)));
    DemoOptions o;
    o.nonconformities = m_ncs;
    qint64 lastShown = -1;
    o.progress = [&](qint64 done, qint64 total) {
        const qint64 tenth = done * 10 / std::max<qint64>(total, 1);
        if (tenth != lastShown) {
            lastShown = tenth;
            note(tr("  %1 % of %2 steps").arg(tenth * 10).arg(total));
        }
        return true;
    };
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto ws = DemoData::createWorkspace(db, {}, o);
    if (!ws)
        return fail(tr("Generating the demo database"), ws.error());
    const qint64 ms = t.elapsed(), cpu = cpuMs() - cpu0;
    m_ws = std::move(ws).value();
    const auto count = [](const Result<qint64>& r) {
        return r ? *r : -1;
    };
    AuditFilter all;
    row(tr("Generate demo database (DemoData, one transaction)"),
        tr("%1 NCs, %2 CAs, %3 documents, %4 audit entries in %5")
            .arg(count(m_ws->nonconformities().count()))
            .arg(count(m_ws->actions().count()))
            .arg(count(m_ws->documents().count()))
            .arg(count(m_ws->audit().count(all)))
            .arg(timing(ms, cpu)));
    return std::nullopt;
}

std::optional<int> Bench::search() {
    // 100 queries: single words, word pairs and a few record ids, in a fixed order.
    const int words = int(std::size(demo::searchWords));
    QStringList queries;
    for (int i = 0; queries.size() < 100; ++i) {
        const QString w = QString::fromUtf8(demo::searchWords[i % words]);
        if (i % 10 == 9)
            queries << formatRecordId(RecordKind::Nonconformity, 1 + (i * 7919) % std::max(1, m_ncs));
        else if (i % 3 == 2)
            queries << w + QLatin1Char(' ') + QString::fromUtf8(demo::searchWords[(i * 7 + 3) % words]);
        else
            queries << w;
    }
    QList<double> times, cpuTimes;
    qint64 hits = 0;
    const auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        auto r = m_ws->search().search(q);
        times << t.nsecsElapsed() / 1e6;
        cpuTimes << threadCpuMs() - c0;
        if (!r)
            return fail(tr("Searching for \"%1\"").arg(q), r.error());
        hits += r->size();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    const double p50 = times[49], p95 = times[94], max = times.last();
    row(tr("Search latency, 100 queries (limit 50 hits, %1 hits in all)").arg(hits),
        tr("p50 %1, p95 %2, max %3 (CPU p50 %4, p95 %5)")
            .arg(millis(p50), millis(p95), millis(max), millis(cpuTimes[49]), millis(cpuTimes[94])),
        tr("p95 <= 50 ms"), verdict(p95 <= 50));
    return std::nullopt;
}

std::optional<int> Bench::importCsv() {
    // The NC register as CSV, without the links to processes and actions (a fresh file has none).
    const QString csv = path(QStringLiteral("nonconformities.csv"));
    auto ncs = m_ws->nonconformities().list();
    if (!ncs)
        return fail(tr("Reading the nonconformities"), ncs.error());
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("Writing %1").arg(csv), makeError(ErrorCode::Io, f.errorString()));
        CsvWriterOptions wo;
        wo.writeBom = false;
        CsvWriter w(&f, wo);
        QStringList header{QStringLiteral("id")};
        for (const auto& field : recordFields<Nonconformity>())
            if (field.set && qstrcmp(field.key, "process") != 0 && qstrcmp(field.key, "actions") != 0)
                header << QString::fromLatin1(field.key);
        if (auto s = w.writeRow(header); !s)
            return fail(tr("Writing %1").arg(csv), s.error());
        for (const Nonconformity& n : *ncs) {
            QStringList cells{n.meta.id};
            for (const auto& field : recordFields<Nonconformity>())
                if (field.set && qstrcmp(field.key, "process") != 0 && qstrcmp(field.key, "actions") != 0)
                    cells << field.get(n);
            if (auto s = w.writeRow(cells); !s)
                return fail(tr("Writing %1").arg(csv), s.error());
        }
    }
    const qint64 rows = ncs->size();
    ncs = QList<Nonconformity>(); // free before importing

    // (a) QMS Desk: the import command's code path into a fresh file.
    const QString target = path(QStringLiteral("import.qms"));
    removeDb(target);
    auto fresh = Workspace::create(
        target, {QStringLiteral("Import bench"), QStringLiteral("qm"), QStringLiteral("QM")});
    if (!fresh)
        return fail(tr("Creating %1").arg(target), fresh.error());
    note(tr("Importing %1 rows with RecordImporter ...").arg(rows));
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto report = RecordImporter(**fresh).importFile(RecordKind::Nonconformity, csv);
    const qint64 ours = t.elapsed(), oursCpu = cpuMs() - cpu0;
    if (!report)
        return fail(tr("Importing %1").arg(csv), report.error());
    fresh->reset();

    // (b) The sqlite3 shell into a plain table: the floor for "read a CSV into SQLite".
    const QString plain = path(QStringLiteral("plain.sqlite"));
    removeDb(plain);
    QProcess shell;
    const qint64 child0 = cpuMs(RUSAGE_CHILDREN);
    t.restart();
    shell.start(QStringLiteral("/usr/bin/sqlite3"), {plain, QStringLiteral(".import --csv %1 nc").arg(csv)});
    const bool ran =
        shell.waitForFinished(-1) && shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
    const qint64 floor = t.elapsed(), floorCpu = cpuMs(RUSAGE_CHILDREN) - child0;
    row(tr("CSV import, %1 NC rows (%2 MiB), RecordImporter")
            .arg(rows)
            .arg(QFileInfo(csv).size() / 1048576.0, 0, 'f', 1),
        timing(ours, oursCpu));
    if (!ran) {
        row(tr("sqlite3 .import --csv of the same file"),
            tr("failed: %1")
                .arg(QString::fromLocal8Bit(shell.readAllStandardError()).trimmed() + shell.errorString()));
        return std::nullopt;
    }
    const double ratio = double(ours) / std::max<qint64>(floor, 1);
    const double cpuRatio = double(oursCpu) / std::max<qint64>(floorCpu, 1);
    row(tr("sqlite3 .import --csv of the same file (plain table)"), timing(floor, floorCpu));
    row(tr("Import ratio QMS Desk / sqlite3"),
        tr("%1x wall, %2x CPU").arg(ratio, 0, 'f', 1).arg(cpuRatio, 0, 'f', 1), tr("<= 3x"),
        verdict(ratio <= 3));
    return std::nullopt;
}

// Tops the trail up to the target with synthetic field updates on real records (each pair ends at
// the stored value, so the replay still matches), then times a full verify.
std::optional<int> Bench::verify() {
    AuditFilter all;
    auto have = m_ws->audit().count(all);
    if (!have)
        return fail(tr("Counting audit entries"), have.error());
    const qint64 missing = m_auditTarget - *have;
    if (missing > 0) {
        note(tr("Adding %1 synthetic audit entries to reach %2 ...").arg(missing).arg(m_auditTarget));
        auto ncs = m_ws->nonconformities().list(RecordFilter{{}, {}, {}, true, 5000});
        if (!ncs)
            return fail(tr("Reading the nonconformities"), ncs.error());
        const Status s = m_ws->database().write([&]() -> Status {
            qint64 added = 0;
            for (int round = 0; added < missing; ++round) {
                QList<AuditEntry> batch;
                for (const Nonconformity& n : *ncs) {
                    const qint64 left = missing - added - batch.size();
                    if (left <= 0)
                        break;
                    // A pair away from and back to the stored value; a last single one keeps it.
                    const QString tmp =
                        left == 1 ? n.reference : QStringLiteral("%1 (draft %2)").arg(n.reference).arg(round);
                    AuditEntry a, b;
                    a.recordId = b.recordId = n.meta.id;
                    a.action = b.action = QStringLiteral("update");
                    a.field = b.field = QStringLiteral("reference");
                    a.oldValue = b.newValue = n.reference;
                    a.newValue = b.oldValue = tmp;
                    a.reason = b.reason = QStringLiteral("bench: synthetic history");
                    batch << a;
                    if (left > 1)
                        batch << b;
                }
                if (batch.isEmpty())
                    break;
                added += batch.size();
                if (auto s = m_ws->appendAudit(batch); !s)
                    return s;
            }
            return {};
        });
        if (!s)
            return fail(tr("Adding audit entries"), s.error());
    }
    note(tr("Verifying ..."));
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto report = m_ws->verify();
    const qint64 ms = t.elapsed(), cpu = cpuMs() - cpu0;
    if (!report)
        return fail(tr("Verifying"), report.error());
    row(tr("verify over %1 audit entries, %2 records (%3)")
            .arg(report->entries)
            .arg(report->recordsChecked)
            .arg(report->ok() ? tr("ok") : tr("%1 problems").arg(report->problems.size())),
        timing(ms, cpu), tr("<= 3 s"), verdict(ms <= 3000 && report->ok()));
    return std::nullopt;
}

} // namespace

int runBenchCommand(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the performance figures of docs/benchmarks.md on generated data."));
    parser.addHelpOption();
    const QCommandLineOption ncs(QStringLiteral("ncs"), tr("Nonconformities to generate (default 100000)."),
                                 tr("N"), QStringLiteral("100000"));
    const QCommandLineOption audit(QStringLiteral("audit"), tr("Audit entries to verify (default 1000000)."),
                                   tr("N"), QStringLiteral("1000000"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  tr("Folder for the files (default: a temporary folder)."), tr("DIR"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        tr("Keep the temporary folder afterwards (files in --work DIR are always kept)."));
    const QCommandLineOption gui(QStringLiteral("gui"),
                                 tr("Also time the GUI's startup: path of the qmsdesk executable."),
                                 tr("QMSDESK"));
    const QCommandLineOption existing(
        QStringLiteral("existing"),
        tr("Measure on this existing database instead of generating one: search, import and verify "
           "(read-only), or with --gui only the GUI."),
        tr("FILE"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("GUI starts per measurement (default 5)."),
                                  tr("N"), QStringLiteral("5"));
    parser.addOptions({ncs, audit, work, keep, gui, existing, runs});
    if (!parser.parse(QStringList{QStringLiteral("qmsdesk-cli bench")} + ctx.args)) {
        ctx.err << parser.errorText() << '\n' << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    bool ok1 = false, ok2 = false;
    const int n = parser.value(ncs).toInt(&ok1);
    const qint64 entries = parser.value(audit).toLongLong(&ok2);
    if (!ok1 || n < 1 || !ok2 || entries < 0) {
        ctx.err << tr("--ncs and --audit need positive numbers") << '\n';
        return ExitUsage;
    }
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/qmsdesk-bench-XXXXXX"));
    QString dir = parser.value(work);
    if (dir.isEmpty()) {
        if (!temp.isValid()) {
            ctx.err << tr("bench: cannot create a temporary folder: %1").arg(temp.errorString()) << '\n';
            return ExitFailed;
        }
        dir = temp.path();
    } else if (!QDir().mkpath(dir)) {
        ctx.err << tr("bench: cannot create %1").arg(QDir::toNativeSeparators(dir)) << '\n';
        return ExitFailed;
    }
    temp.setAutoRemove(!parser.isSet(keep));
    if (parser.isSet(keep))
        ctx.err << tr("Files are kept in %1").arg(QDir::toNativeSeparators(dir)) << '\n';
    Bench bench(ctx, dir, n, entries);
    bench.guiBinary = parser.value(gui);
    bench.guiRuns = std::max(1, parser.value(runs).toInt());
    if (parser.isSet(existing))
        return bench.guiBinary.isEmpty() ? bench.runOnExisting(parser.value(existing))
                                         : bench.runGuiOnly(parser.value(existing));
    return bench.run();
}

} // namespace qms::cli
