#include "PackExportJob.h"

#include <QMetaObject>
#include <QPointer>
#include <memory>

namespace qms::gui {

PackExportJob::PackExportJob(QObject* parent)
    : QObject(parent) {}

PackExportJob::~PackExportJob() {
    m_cancel = true;
    join();
}

void PackExportJob::join() {
    if (m_thread.joinable())
        m_thread.join();
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
    m_thread = std::thread([this, self, dbPath, userName, scope, outPath] {
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
    });
    return true;
}

} // namespace qms::gui
