#pragma once

#include "domain/Result.h"
#include "report/AuditPackWriter.h"
#include "report/PackScope.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace qms::gui {

// Runs one audit-pack export on a worker thread. The writer opens its own read-only connection,
// so the GUI's workspace connection is never touched off the GUI thread. Progress and the end
// arrive as queued signals on the job's thread; cancel() makes the writer stop at its next
// progress call, and the writer then leaves no file behind.
class PackExportJob final : public QObject {
    Q_OBJECT
public:
    explicit PackExportJob(QObject* parent = nullptr);
    ~PackExportJob() override; // cancels and joins a running export

    // False when an export is already running.
    bool start(const QString& dbPath, const QString& userName, const report::PackScope& scope,
               const QString& outPath);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel; }
    // The outcome of the last finished export (empty before the first one ends).
    const std::optional<Result<report::PackSummary>>& result() const { return m_result; }

signals:
    void progressed(int done, int total, const QString& stage);
    void finished(bool ok);

private:
    void join();

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    std::optional<Result<report::PackSummary>> m_result;
};

} // namespace qms::gui
