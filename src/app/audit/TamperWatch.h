#pragma once

#include "storage/AuditTrail.h"

#include <QPointer>
#include <QToolBar>
#include <atomic>
#include <memory>

class QLabel;
class QThread;

namespace qms {
class Workspace;
}

namespace qms::gui {

class MainWindow;

// Verifies every database the window opens, off the GUI thread on a read-only connection of its
// own, and shows a banner at the top of the window when something was changed behind the
// application's back. Quiet for a clean file; opening never waits for it.
class TamperWatch final : public QToolBar {
    Q_OBJECT
public:
    explicit TamperWatch(MainWindow* window);
    ~TamperWatch() override;

    bool isChecking() const { return m_thread != nullptr; }
    QString bannerText() const;
    const VerifyReport& lastReport() const { return m_report; }

Q_SIGNALS:
    void checked(bool clean); // after each finished check of an open database

public Q_SLOTS:
    void showDetails();

private:
    struct Outcome {
        VerifyReport report;
        QString error; // the check could not run
        bool cancelled = false;
    };
    void start(Workspace* ws);
    void stop();
    void finished(const std::shared_ptr<Outcome>& outcome);

    MainWindow* m_window;
    QLabel* m_text = nullptr;
    QThread* m_thread = nullptr;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    VerifyReport m_report;
    QString m_error;
};

} // namespace qms::gui
