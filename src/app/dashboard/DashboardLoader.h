#pragma once

#include "storage/DashboardQuery.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>

namespace qms::gui {

// Computes the dashboard figures off the GUI thread. Each request runs on a pool thread with a
// read-only Workspace of its own on the same file (SQLite connections belong to one thread) and
// hands back a plain DashboardFigures copy. A newer request cancels the older ones, whose results
// are dropped; cancel() also waits, for a bounded time, until the workers have let go of the file.
class DashboardLoader final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString path;
        QString user;
        QDateTime nowUtc; // the GUI workspace's clock, so both agree on "today"
        int reviewWithinDays = 30;
    };

    explicit DashboardLoader(QObject* parent = nullptr);
    ~DashboardLoader() override;

    void start(const Request& request);
    // Drops every pending result and waits up to `waitMs` for the workers to stop.
    void cancel(int waitMs = 3000);
    // A request whose result is still to come.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void computed(const qms::DashboardFigures& figures);
    void failed(const QString& message);

private:
    struct Outcome {
        DashboardFigures figures;
        QString error;
    };
    static Outcome run(const Request& request, const std::function<bool()>& cancelled);

    quint64 m_generation = 0; // of the newest request; older results are dropped
    bool m_running = false;
    QList<QFuture<Outcome>> m_inFlight; // the current and cancelled ones not finished yet
};

} // namespace qms::gui
