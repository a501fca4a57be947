#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PasswordDialog;
}

namespace qms {
class Workspace;
}

namespace qms::gui {

// "Set my password": the acting user sets, or changes (with the current one), their password.
// The change is saved when the dialog is accepted; a refusal is shown in the dialog.
class PasswordDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PasswordDialog(Workspace& ws, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    void accept() override;
    QString problem() const; // the refusal shown, for tests

private:
    void showProblem(const QString& text);

    const QScopedPointer<Ui::PasswordDialog> m_ui;
    Workspace& m_ws;
};

} // namespace qms::gui
