#pragma once

#include <QToolBar>

class QLabel;

namespace qms {
class Workspace;
struct ChangeSet;
} // namespace qms

namespace qms::gui {

class MainWindow;

// A banner for quality managers when approvals in the open file are not password-protected:
// signatures are not required and some approvers have no password, so their releases, closures and
// signed reports carry no password check (the audit pack's cover says the same). It offers the
// two ways out, setting one's password and requiring signatures (Tools menu), and goes away once
// neither applies. Dismissed, it stays away until the file is opened again.
class SignatureNotice final : public QToolBar {
    Q_OBJECT
public:
    explicit SignatureNotice(MainWindow* window);

    QString text() const;

private:
    void attach(Workspace* ws);
    void update();

    MainWindow* m_window;
    QLabel* m_text = nullptr;
    QMetaObject::Connection m_changes;
    bool m_dismissed = false;
};

} // namespace qms::gui
