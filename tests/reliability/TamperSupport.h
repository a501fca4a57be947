#pragma once

// Edits made behind the application's back with the sqlite3 shell, as an attacker with write
// access to the file would make them.

#include "ReliabilitySupport.h"

#include <QFileInfo>
#include <QProcess>

namespace qms::reltest {

inline QString sqliteShell() {
    return QStringLiteral("/usr/bin/sqlite3");
}
inline bool haveSqliteShell() {
    return QFileInfo(sqliteShell()).isExecutable();
}

// Runs `sql` on `path` with the sqlite3 shell; returns its stderr (empty when fine).
inline QString sqliteExec(const QString& path, const QString& sql) {
    QProcess p;
    p.start(sqliteShell(), {QStringLiteral("-bail"), path, sql});
    if (!p.waitForFinished(30000))
        return QStringLiteral("sqlite3 did not finish");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return err.isEmpty() ? QStringLiteral("sqlite3 exit %1").arg(p.exitCode()) : err;
    return err;
}

// A small QMS file: three nonconformities, the second edited twice. Closed before returning.
inline void makeSmallQms(const QString& path) {
    auto ws = createWorkspace(path);
    for (int i = 1; i <= 3; ++i)
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Record %1").arg(i))).ok());
    for (int i = 0; i < 2; ++i) {
        auto nc = ws->nonconformities().get(QStringLiteral("NC-0002"));
        REQUIRE(nc.ok());
        Nonconformity n = *nc;
        n.reference = QStringLiteral("LOT-%1").arg(i);
        auto r = ws->nonconformities().save(n);
        INFO((r ? QString() : r.error().describe()).toStdString());
        REQUIRE(r.ok());
    }
}

} // namespace qms::reltest
