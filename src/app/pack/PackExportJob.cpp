#include "PackExportJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace qms::gui {

PackExportJob::PackExportJob(QObject* parent)
    : QObject(parent) {}

PackExportJob::~PackExportJob() {
    m_cancel = true;
    join();
}

void PackExportJob::join() {
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

bool PackExportJob::start(const QString& dbPath, const QString& userName, const report::PackScope& scope,
                          const QString& outPath) {
    if (m_running)
        return false;
    join(); // the previous worker has already posted its result
    m_cancel = false;
    m_running = true;
    m_result.reset();
    QPointer<PackExportJob> self(this);
    // A QThread rather than std::thread: text layout in the writer starts timers, which need
    // a thread with a Qt event dispatcher.
    m_thread.reset(QThread::create([this, self, dbPath, userName, scope, outPath] {
        const report::AuditPackWriter writer;
        auto progress = [this, self](int done, int total, const QString& stage) {
            if (m_cancel)
                return false;
            // Queued: the receiver lives on the GUI thread. The destructor joins before `this`
            // dies, so posting to `this` is safe; the QPointer guards the delivery.
            QMetaObject::invokeMethod(
                this,
                [self, done, total, stage] {
                    if (self)
                        emit self->progressed(done, total, stage);
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        };
        auto result = std::make_shared<Result<report::PackSummary>>(
            writer.write(dbPath, userName, scope, outPath, progress));
        QMetaObject::invokeMethod(
            this,
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                self->m_result.emplace(*result);
                emit self->finished(result->ok());
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

} // namespace qms::gui
