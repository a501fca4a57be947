#include "RestoreBackupFlow.h"

#include "MainWindow.h"
#include "shell/AppSettings.h"
#include "shell/MessageBox.h"
#include "storage/BackupRestore.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <memory>

namespace qms::gui {

RestoreBackupFlow::RestoreBackupFlow(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Restore from backup…"), window)) {
    m_action->setObjectName(QStringLiteral("restoreBackupAction"));
    m_action->setStatusTip(tr("Replace this database by a backup copy, once the copy verifies"));
    connect(m_action, &QAction::triggered, this, &RestoreBackupFlow::chooseAndRestore);
}

void RestoreBackupFlow::chooseAndRestore() {
    Workspace* ws = m_window->workspace();
    if (!ws)
        return;
    const QString start = AppSettings().lastDirectory().isEmpty() ? QFileInfo(ws->path()).absolutePath()
                                                                  : AppSettings().lastDirectory();
    const QString backup = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), start,
                                                        tr("QMS Desk databases (*.qms)"));
    if (!backup.isEmpty())
        restoreFrom(backup);
}

bool RestoreBackupFlow::restoreFrom(const QString& backup) {
    Workspace* ws = m_window->workspace();
    if (!ws)
        return false;
    const QString target = ws->path();
    const QString user = ws->user().name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString kept = BackupRestore::keptName(target, now);
    if (MessageBox::question(
            m_window, tr("Restore from backup"),
            tr("Replace %1 with the backup %2?\n\nThe backup is verified first; if it does not "
               "verify, nothing changes. The current file is kept as %3.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup),
                     QFileInfo(kept).fileName())) != QMessageBox::Yes)
        return false;
    // The file can only be replaced once this window's connection is closed.
    if (!m_window->closeDatabase())
        return false;

    // Deep verification of a big backup takes a while: off the GUI thread, with a busy indicator.
    auto result = std::make_shared<Result<RestoreOutcome>>(makeError(ErrorCode::Cancelled, QString()));
    QProgressDialog progress(tr("Verifying the backup and restoring…"), QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QThread* worker = QThread::create([=] { *result = BackupRestore::restore(backup, target, user, now); });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    const bool ok = result->ok();
    if (!ok)
        MessageBox::critical(m_window, tr("Restore from backup"),
                             tr("The database was not changed.\n\n%1").arg(result->error().describe()));
    // Open again what is now at the path: the restored file, or the untouched one.
    if (!m_window->openDatabase(target, user))
        return false;
    if (ok) {
        QString text = tr("%1 was restored from %2 (%3).\n\nThe replaced file is kept as %4.")
                           .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup),
                                (*result)->report.summary(), QDir::toNativeSeparators((*result)->keptAs));
        if (!(*result)->note.isEmpty())
            text += QStringLiteral("\n\n") + (*result)->note;
        MessageBox::information(m_window, tr("Restore from backup"), text);
    }
    return ok;
}

} // namespace qms::gui
