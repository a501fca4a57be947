#include "PreferencesFlow.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "shell/Icons.h"

#include <QAction>
#include <QCoreApplication>

namespace qms::gui {

QAction* PreferencesFlow::createAction(MainWindow& window) {
    auto* action =
        new QAction(icon(QStringLiteral("settings")),
                    QCoreApplication::translate("qms::gui::PreferencesFlow", "P&references…"), &window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setShortcut(QKeySequence(QCoreApplication::translate("qms::gui::PreferencesFlow", "Ctrl+,")));
    action->setMenuRole(QAction::PreferencesRole);
    action->setStatusTip(
        QCoreApplication::translate("qms::gui::PreferencesFlow",
                                    "Organisation details, review and reminder defaults, backups, language"));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        PreferencesDialog dialog(window.workspace(), &window);
        dialog.exec();
    });
    return action;
}

} // namespace qms::gui
