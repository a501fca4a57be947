#include "PasswordMenu.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordDialog.h"
#include "domain/Permissions.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSignalBlocker>

namespace qms::gui {

PasswordMenu::PasswordMenu(QMenu* menu, MainWindow* window)
    : QObject(window)
    , m_window(window) {
    menu->addSeparator();
    m_setMine = menu->addAction(tr("Set &my password…"), this, &PasswordMenu::setMyPassword);
    m_setMine->setObjectName(QStringLiteral("setMyPassword"));
    m_clear = menu->addAction(tr("&Clear a user's password…"), this, &PasswordMenu::clearPassword);
    m_clear->setObjectName(QStringLiteral("clearPassword"));
    m_require = menu->addAction(tr("&Require electronic signatures"));
    m_require->setObjectName(QStringLiteral("requireSignatures"));
    m_require->setCheckable(true);
    m_require->setStatusTip(tr("Every document release, NC closure and CA effectiveness verification then "
                               "needs the approver's password"));
    connect(m_require, &QAction::toggled, this, &PasswordMenu::setRequired);
    connect(window, &MainWindow::workspaceChanged, this, &PasswordMenu::update);
    update();
}

void PasswordMenu::update() {
    Workspace* ws = m_window->workspace();
    const bool writable = ws && !ws->isReadOnly();
    const bool manager = writable && Permissions::isQualityManager(ws->user());
    m_setMine->setEnabled(writable);
    m_setMine->setText(ws && ws->user().hasPassword ? tr("Change &my password…") : tr("Set &my password…"));
    m_clear->setEnabled(manager);
    m_require->setEnabled(manager);
    const QSignalBlocker block(m_require);
    m_require->setChecked(ws && ws->signatures().required());
}

void PasswordMenu::setMyPassword() {
    Workspace* ws = m_window->workspace();
    if (!ws)
        return;
    PasswordDialog dialog(*ws, m_window);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(m_window, tr("Password saved"),
                                tr("Your password is saved. You will need it to open this file as %1 and "
                                   "to sign approvals.")
                                    .arg(ws->user().name));
    update();
}

void PasswordMenu::clearPassword() {
    Workspace* ws = m_window->workspace();
    if (!ws)
        return;
    auto users = ws->users().list();
    if (!users) {
        MessageBox::critical(m_window, tr("Clear a password"), users.error().describe());
        return;
    }
    QStringList names;
    for (const User& u : *users)
        if (u.hasPassword)
            names << u.name;
    if (names.isEmpty()) {
        MessageBox::information(m_window, tr("Clear a password"), tr("No user has a password."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Clear a password"),
                                               tr("Clear the password of (they then open the file "
                                                  "without one and can set a new one):"),
                                               names, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    if (auto s = ws->users().clearPassword(name); !s)
        MessageBox::critical(m_window, tr("Clear a password"), s.error().describe());
    else if (name.compare(ws->user().name, Qt::CaseInsensitive) == 0)
        (void)ws->reloadUser();
    update();
}

void PasswordMenu::setRequired(bool on) {
    Workspace* ws = m_window->workspace();
    if (!ws)
        return;
    if (auto s = ws->signatures().setRequired(on); !s)
        MessageBox::critical(m_window, tr("Electronic signatures"), s.error().describe());
    update();
}

} // namespace qms::gui
