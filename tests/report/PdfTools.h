#pragma once

// Runs poppler-utils (pdfinfo, pdftotext) on a written pack.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace qms::test {

inline QString runTool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfInfo(const QString& pdf, bool meta = false) {
    return runTool(QStringLiteral("pdfinfo"),
                   meta ? QStringList{QStringLiteral("-meta"), pdf} : QStringList{pdf});
}

// Text of the whole file, or of one page (1-based).
inline QString pdfText(const QString& pdf, int page = 0) {
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

} // namespace qms::test
