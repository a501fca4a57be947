#include "StartupBench.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace qms::gui {

StartupBench::StartupBench(QString label, QObject* parent)
    : QObject(parent)
    , m_label(std::move(label)) {}

void StartupBench::watch(QWidget* target) {
    m_target = target;
    target->installEventFilter(this);
}

bool StartupBench::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_target && event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint event has been handled: the frame is complete.
        QTimer::singleShot(0, this, &StartupBench::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupBench::report() {
    std::printf("%s startup_ms=%.0f peak_rss_kib=%lld\n", qPrintable(m_label), msSinceProcessStart(),
                static_cast<long long>(peakRssKiB()));
    std::fflush(stdout);
    if (m_quitOnReport)
        QCoreApplication::exit(0);
}

void StartupBench::finish(const QString& label) {
    m_label = label;
    m_quitOnReport = true;
    report();
}

void StartupBench::fail(const QString& why) {
    std::printf("%s failed: %s\n", qPrintable(m_label), qPrintable(why));
    std::fflush(stdout);
    QCoreApplication::exit(1);
}

double StartupBench::msSinceProcessStart() {
    // Field 22 of /proc/self/stat: start time in clock ticks since boot; CLOCK_BOOTTIME is "now"
    // on the same clock.
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22, counted after "pid (comm)"
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1e3 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

qint64 StartupBench::peakRssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace qms::gui
