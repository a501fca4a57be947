#pragma once

// Shared helpers of the reliability (attack) tests: running qmsdesk-cli as a child process,
// hashing files, creating workspaces and checking that a database survived an attack.
//
// Heavy loops have two sizes: a small default that keeps the suite quick in CI, and the full
// figures of docs/reliability.md with QMSDESK_RELIABILITY_FULL=1.

#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>
#include <signal.h>
#include <unistd.h>

namespace qms::reltest {

inline bool fullRun() {
    return qEnvironmentVariableIntValue("QMSDESK_RELIABILITY_FULL") == 1;
}
// `ci` iterations by default, `full` with QMSDESK_RELIABILITY_FULL=1.
inline int scaled(int ci, int full) {
    return fullRun() ? full : ci;
}

inline QString cliPath() {
    return QStringLiteral(QMSDESK_CLI_PATH);
}

// The CLI type token for nonconformities (as in `list nonconformities`).
inline QString ncType() {
    return QStringLiteral("nonconformities");
}

inline std::string str(const QString& s) {
    return s.toStdString();
}

struct CliResult {
    int exitCode = -1;
    bool crashed = false; // ended by a signal or did not finish
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs qmsdesk-cli with `args` and waits for it (a timeout counts as a crash).
inline CliResult runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000)) {
        r.crashed = true;
        r.err = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline CliResult runCliDb(const QString& db, QStringList args, int timeoutMs = 120000) {
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args, timeoutMs);
}

// Puts the child into its own process group, so that a SIGKILL to -pid reaches a shell loop and
// the CLI process it is running at that moment.
inline void startInOwnGroup(QProcess& p, const QString& program, const QStringList& args) {
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    p.start(program, args);
}

inline void killGroup(QProcess& p) {
    const qint64 pid = p.processId();
    if (pid > 0)
        ::kill(-pid, SIGKILL);
    p.waitForFinished(10000);
}

// A /bin/sh process running `script` with $CLI (qmsdesk-cli) and $DB (the database) set, in its own
// process group. The script's stdout is the report of what was committed.
inline void startScript(QProcess& p, const QString& script, const QString& db) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), cliPath());
    env.insert(QStringLiteral("DB"), db);
    p.setProcessEnvironment(env);
    startInOwnGroup(p, QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
}

// Shell snippet: runs `new nonconformities` with the given title and sets $id to the new id
// (exits with the CLI's code on failure).
inline QString shellNewNc(const QString& titleExpr) {
    return QStringLiteral(
               "out=$(\"$CLI\" --db \"$DB\" new nonconformities title=\"%1\" "
               "description=\"written by the reliability harness\" detected_on=2026-01-15 reported_by=qm) "
               "|| exit $?; id=$(printf '%s' \"$out\" | grep -o 'NC-[0-9]*' | head -n 1); ")
        .arg(titleExpr);
}

inline QByteArray sha256File(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline QString describe(const Error& e) {
    return e.describe();
}

inline Workspace::CreateOptions defaultOptions() {
    return {QStringLiteral("Reliability Ltd"), QStringLiteral("qm"), QStringLiteral("Quality Manager")};
}

inline std::unique_ptr<Workspace> createWorkspace(const QString& path) {
    auto ws = Workspace::create(path, defaultOptions());
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws.value());
}

inline std::unique_ptr<Workspace> openWorkspace(const QString& path, OpenMode mode = OpenMode::ReadWrite) {
    auto ws = Workspace::open(path, {}, mode);
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws.value());
}

inline Nonconformity sampleNc(const Workspace& ws, const QString& title, const QString& description = {}) {
    Nonconformity nc;
    nc.title = title;
    nc.description = description.isEmpty() ? QStringLiteral("Found during a reliability test") : description;
    nc.detectedOn = ws.clock().today();
    nc.reportedBy = QStringLiteral("qm");
    return nc;
}

// One integer from `sql` run on the workspace's own connection (-1 on failure).
inline qint64 scalar(Workspace& ws, const QString& sql) {
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Opens `path` and requires: PRAGMA integrity_check ok and the audit chain verifies.
inline void requireSound(const QString& path, const QString& context = {}) {
    INFO("after: " << context.toStdString());
    auto ws = Workspace::open(path);
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    auto integrity = (*ws)->database().integrityCheck();
    REQUIRE(integrity.ok());
    INFO(integrity->join(QLatin1Char('\n')).toStdString());
    REQUIRE(integrity->isEmpty());
    auto report = (*ws)->verify();
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    QStringList problems;
    for (const auto& p : report->problems)
        problems << QStringLiteral("seq %1 %2: %3").arg(p.seq).arg(p.recordId, p.message);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->ok());
}

// Figures reported at the end of a test run, collected into docs/reliability.md by hand.
inline void figure(const QString& name, qint64 value) {
    WARN(name.toStdString() << ": " << value << (fullRun() ? " (full run)" : " (default run)"));
}

} // namespace qms::reltest
