#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace qms::gui {

// `qmsdesk --bench-startup`: waits for the first paint of a widget (the NC register's table, or an
// empty main window as the baseline), then prints the time since the process started and the
// peak RSS, and quits. Used by bench/gui-startup.sh; hidden from --help.
class StartupBench final : public QObject {
    Q_OBJECT
public:
    explicit StartupBench(QString label, QObject* parent = nullptr);

    // Reports when `target` has painted once.
    void watch(QWidget* target);
    // Reports failure (the database did not open) and quits with exit code 1.
    void fail(const QString& why);
    // After the first paint: print the line but keep running until finish() (the dashboard's
    // figures arrive after its first paint).
    void setQuitOnReport(bool quit) { m_quitOnReport = quit; }
    // Prints "<label> startup_ms=… peak_rss_kib=…" and quits.
    void finish(const QString& label);

    // Milliseconds since the process was started by the kernel (before main and the loader).
    static double msSinceProcessStart();
    // VmHWM from /proc/self/status, in KiB; -1 when unknown.
    static qint64 peakRssKiB();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QString m_label;
    QPointer<QWidget> m_target;
    bool m_done = false;
    bool m_quitOnReport = true;
};

} // namespace qms::gui
