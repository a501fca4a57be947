#include "ReminderFlow.h"

#include "MainWindow.h"
#include "ReminderDialog.h"
#include "shell/AppSettings.h"
#include "shell/Icons.h"
#include "shell/MessageBox.h"
#include "storage/ReminderQuery.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcReminders, "qmsdesk.gui.reminders")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::ReminderFlow)
};

} // namespace

ReminderDialog* ReminderFlow::dialogOf(const MainWindow& window) {
    return window.findChild<ReminderDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

void ReminderFlow::showIfDue(MainWindow& window) {
    if (window.workspace() && AppSettings().showRemindersAtOpen())
        show(window, false);
}

void ReminderFlow::show(MainWindow& window, bool evenIfEmpty) {
    Workspace* ws = window.workspace();
    if (!ws)
        return;
    auto reminders = ReminderQuery(*ws).compute(AppSettings().reminderHorizonDays());
    if (!reminders) {
        qCWarning(lcReminders).noquote()
            << "Reminders for" << ws->path() << ":" << reminders.error().describe();
        if (evenIfEmpty)
            MessageBox::warning(&window, Tr::tr("Reminders"), reminders.error().describe());
        return;
    }
    if (reminders->isEmpty() && !evenIfEmpty)
        return; // quiet when nothing is due
    if (ReminderDialog* old = dialogOf(window)) {
        old->close();
        delete old;
    }
    auto* dialog = new ReminderDialog(*reminders, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ReminderDialog::openRecord, &window, &MainWindow::openRecord);
    // The list belongs to this database: it goes when the database is closed or replaced.
    QObject::connect(&window, &MainWindow::workspaceChanged, dialog, &QDialog::close);
    dialog->show();
}

QAction* ReminderFlow::createAction(MainWindow& window) {
    auto* action = new QAction(icon(QStringLiteral("calendar")), Tr::tr("&Reminders…"), &window);
    action->setStatusTip(
        Tr::tr("Overdue corrective actions, documents due for review and effectiveness checks due"));
    action->setEnabled(window.workspace() != nullptr);
    QObject::connect(action, &QAction::triggered, &window, [&window] { show(window, true); });
    QObject::connect(&window, &MainWindow::workspaceChanged, action,
                     [action](Workspace* ws) { action->setEnabled(ws != nullptr); });
    return action;
}

} // namespace qms::gui
