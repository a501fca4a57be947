#pragma once

// Runs the built qmsdesk-cli (QMSDESK_CLI_PATH) with QProcess and collects what it printed.

#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace qms::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut; // stdout as bytes (QString::fromUtf8 drops a byte-order mark)
    // For INFO(): everything the run printed.
    std::string transcript() const {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(out, err)
            .toStdString();
    }
};

inline CliRun runCli(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.remove(QStringLiteral("USERNAME"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QMSDESK_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `qmsdesk-cli --db DB args...`
inline CliRun runCliOn(const QString& db, const QStringList& args) {
    return runCli(QStringList{QStringLiteral("--db"), db} + args);
}

} // namespace qms::test
