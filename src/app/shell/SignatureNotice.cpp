#include "SignatureNotice.h"

#include "MainWindow.h"
#include "Theme.h"
#include "domain/Permissions.h"
#include "storage/RecordChanges.h"
#include "storage/SignatureRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QStyle>

namespace qms::gui {

SignatureNotice::SignatureNotice(MainWindow* window)
    : QToolBar(tr("Signature notice"), window)
    , m_window(window) {
    setObjectName(QStringLiteral("signatureNotice"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    setStyleSheet(bannerStyleSheet(Tone::Warning, QStringLiteral("QToolBar#signatureNotice"), true));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("signatureNoticeText"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setMinimumWidth(120);
    addWidget(icon);
    addWidget(m_text);
    // The Tools menu's own actions: one place that sets a password or requires signatures.
    for (const char* name : {"setMyPassword", "requireSignatures"}) {
        auto* action = addAction(QString());
        action->setObjectName(QStringLiteral("notice_") + QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, name] {
            if (auto* tool = m_window->findChild<QAction*>(QLatin1String(name)))
                tool->trigger();
        });
    }
    auto* dismiss = addAction(tr("Dismiss"), this, [this] {
        m_dismissed = true;
        hide();
    });
    dismiss->setObjectName(QStringLiteral("signatureNoticeDismiss"));
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, this);
    hide();
    connect(window, &MainWindow::workspaceChanged, this, &SignatureNotice::attach);
}

void SignatureNotice::attach(Workspace* ws) {
    disconnect(m_changes);
    m_dismissed = false;
    if (ws)
        // Users and the signature setting are not records: they come as "user:" and "meta:" ids.
        m_changes = connect(&ws->changes(), &RecordChanges::changed, this, [this](const ChangeSet& c) {
            if (c.everything || !c.others.isEmpty())
                update();
        });
    update();
}

QString SignatureNotice::text() const {
    return m_text->text();
}

void SignatureNotice::update() {
    Workspace* ws = m_window->workspace();
    const bool manager = ws && !ws->isReadOnly() && Permissions::isQualityManager(ws->user());
    ApproverPasswords count;
    if (manager && !ws->signatures().required())
        if (auto a = ws->signatures().approverPasswords())
            count = *a;
    const int without = count.without();
    if (without == 0 || m_dismissed) {
        hide();
        return;
    }
    m_text->setText(
        tr("Approvals in this file are not password-protected: %1 of %2 approvers have no password, "
           "and signatures are not required.")
            .arg(without)
            .arg(count.approvers));
    m_text->setToolTip(
        tr("Without a password an approval (a release, a closure, a signed report) is recorded "
           "but not signed; the audit pack's cover says so."));
    const bool mine = !ws->user().hasPassword;
    for (QAction* a : actions()) {
        if (a->objectName() == QLatin1String("notice_setMyPassword")) {
            a->setText(tr("Set my password…"));
            a->setVisible(mine);
        } else if (a->objectName() == QLatin1String("notice_requireSignatures")) {
            a->setText(tr("Require signatures"));
            a->setToolTip(tr("Every approval then needs the approver's password (Tools > Require electronic "
                             "signatures)"));
        }
    }
    show();
}

} // namespace qms::gui
