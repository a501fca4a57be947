#include "AutoBackupFlow.h"

#include "shell/AppSettings.h"
#include "storage/AutoBackup.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcBackup, "qmsdesk.gui.backup")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::AutoBackupFlow)
};

// After the caller has put the workspace in place (which may reset the status bar's widgets).
void tell(QWidget* parent, const QString& text, int timeoutMs) {
    QPointer<QMainWindow> window = parent ? qobject_cast<QMainWindow*>(parent->window()) : nullptr;
    if (!window)
        return;
    QTimer::singleShot(0, window,
                       [window, text, timeoutMs] { window->statusBar()->showMessage(text, timeoutMs); });
}

} // namespace

void AutoBackupFlow::runIfEnabled(Workspace& ws, QWidget* parent) {
    const AppSettings settings;
    if (!settings.autoBackupOnOpen() || ws.isReadOnly())
        return;
    AutoBackup::Options options;
    options.folder = settings.autoBackupFolder();
    options.keep = settings.autoBackupKeep();
    Result<AutoBackup::Outcome> outcome = Error{};
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        outcome = AutoBackup::run(ws.database(), options, ws.clock().nowUtc());
        QGuiApplication::restoreOverrideCursor();
    }
    if (!outcome) {
        qCWarning(lcBackup).noquote()
            << "Automatic backup of" << ws.path() << "failed:" << outcome.error().describe();
        // Stays until the next message: the user should notice it.
        tell(parent, Tr::tr("Automatic backup failed: %1").arg(outcome.error().describe()), 0);
        return;
    }
    qCInfo(lcBackup).noquote() << "Automatic backup" << outcome->written << "- removed"
                               << outcome->pruned.size() << "old backup(s)";
    const QString written = QDir::toNativeSeparators(outcome->written);
    const qsizetype pruned = outcome->pruned.size();
    tell(parent,
         pruned == 0   ? Tr::tr("Backed up to %1").arg(written)
         : pruned == 1 ? Tr::tr("Backed up to %1; removed the oldest backup").arg(written)
                       : Tr::tr("Backed up to %1; removed the %2 oldest backups").arg(written).arg(pruned),
         10000);
}

} // namespace qms::gui
