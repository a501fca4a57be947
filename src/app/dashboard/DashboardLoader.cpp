#include "DashboardLoader.h"

#include "domain/Clock.h"
#include "storage/Workspace.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <memory>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcDashboard, "qmsdesk.gui.dashboard", QtInfoMsg)

} // namespace

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent) {}

DashboardLoader::~DashboardLoader() {
    cancel();
}

DashboardLoader::Outcome DashboardLoader::run(const Request& request,
                                              const std::function<bool()>& cancelled) {
    Outcome out;
    Workspace::OpenOptions options;
    options.userName = request.user;
    options.mode = OpenMode::ReadOnly;
    options.clock = std::make_shared<FixedClock>(request.nowUtc);
    auto ws = Workspace::open(request.path, options);
    if (!ws) {
        out.error = ws.error().describe();
        return out;
    }
    auto figures = DashboardQuery(**ws).compute(request.reviewWithinDays, cancelled);
    if (figures)
        out.figures = *figures;
    else
        out.error = figures.error().describe();
    return out;
}

void DashboardLoader::start(const Request& request) {
    // Older requests would only show older figures: stop them at their next step.
    for (QFuture<Outcome>& f : m_inFlight)
        f.cancel();
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_inFlight.append(future);

    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<Outcome> done = watcher->future();
        m_inFlight.removeIf([&done](const QFuture<Outcome>& f) { return f.isFinished(); });
        // A stale or cancelled request has nothing to say.
        if (generation != m_generation || done.isCanceled() || done.resultCount() == 0)
            return;
        m_running = false;
        const Outcome out = done.result();
        if (out.error.isEmpty())
            Q_EMIT computed(out.figures);
        else
            Q_EMIT failed(out.error);
    });
    watcher->setFuture(future);

    QThreadPool::globalInstance()->start([promise, request] {
        QElapsedTimer timer;
        timer.start();
        if (!promise->isCanceled()) {
            Outcome out = run(request, [&promise] { return promise->isCanceled(); });
            if (!promise->isCanceled())
                promise->addResult(std::move(out));
        }
        qCDebug(lcDashboard) << "dashboard computed in" << timer.elapsed() << "ms"
                             << (promise->isCanceled() ? "(cancelled)" : "");
        promise->finish();
    });
}

void DashboardLoader::cancel(int waitMs) {
    ++m_generation;
    m_running = false;
    for (QFuture<Outcome>& f : m_inFlight)
        f.cancel();
    // A worker stops at its next step; wait for that, but never hang the GUI on a slow query:
    // after the deadline it finishes on its own, touching nothing but its own copies.
    QDeadlineTimer deadline(waitMs);
    for (const QFuture<Outcome>& f : std::as_const(m_inFlight)) {
        while (!f.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
    }
    if (!deadline.hasExpired())
        m_inFlight.clear();
    else
        qCWarning(lcDashboard) << "a dashboard computation is still running after" << waitMs << "ms";
}

} // namespace qms::gui
