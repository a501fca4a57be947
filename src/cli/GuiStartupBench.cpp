#include "GuiStartupBench.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

namespace qms::cli {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("qms::cli::Bench", s);
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct Run {
    double ms = 0;
    double rssMiB = 0;
};

Result<Run> runOnce(const QString& qmsdesk, const QStringList& args, const QString& home) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Fresh settings: no restored geometry or recent files, and the user's own stay untouched.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(qmsdesk, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Internal, tr("%1 %2 failed: %3 %4")
                                                  .arg(qmsdesk, args.join(QLatin1Char(' ')),
                                                       QString::fromLocal8Bit(p.readAllStandardOutput()),
                                                       QString::fromLocal8Bit(p.readAllStandardError())));
    static const QRegularExpression re(QStringLiteral("startup_ms=(\\d+) peak_rss_kib=(\\d+)"));
    const auto m = re.match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    if (!m.hasMatch())
        return makeError(ErrorCode::Internal, tr("%1 printed no figures").arg(qmsdesk));
    return Run{m.captured(1).toDouble(), m.captured(2).toDouble() / 1024.0};
}

} // namespace

Result<GuiStartupFigures> measureGuiStartup(const QString& qmsdesk, const QString& database,
                                            const QString& user, int runs) {
    QTemporaryDir home;
    if (!home.isValid())
        return makeError(ErrorCode::Io, tr("Cannot create a temporary folder: %1").arg(home.errorString()));
    QList<double> emptyMs, emptyRss, regMs, regRss;
    // Alternating, so that a change in the machine's load hits both alike.
    for (int i = 0; i < runs; ++i) {
        auto e = runOnce(qmsdesk, {QStringLiteral("--bench-startup"), QStringLiteral("empty")}, home.path());
        if (!e)
            return e.error();
        emptyMs << e->ms;
        emptyRss << e->rssMiB;
        auto r =
            runOnce(qmsdesk, {QStringLiteral("--bench-startup"), database, QStringLiteral("--user"), user},
                    home.path());
        if (!r)
            return r.error();
        regMs << r->ms;
        regRss << r->rssMiB;
    }
    return GuiStartupFigures{median(emptyMs), median(regMs), median(emptyRss), median(regRss), runs};
}

} // namespace qms::cli
