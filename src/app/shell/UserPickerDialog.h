#pragma once

#include "domain/Records.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

namespace Ui {
class OpenAsUserDialog;
}

namespace qms::gui {

// "Who is working?": the file's active users with their roles; the last one chosen for this file
// is preselected. A user with a password types it here (the field is enabled for them only).
class UserPickerDialog final : public QDialog {
    Q_OBJECT
public:
    UserPickerDialog(const QString& filePath, const QList<User>& users, const QString& preselect,
                     bool readOnly, QWidget* parent = nullptr);
    ~UserPickerDialog() override;

    QString userName() const;
    bool readOnly() const;
    QString password() const;
    // Shows why the last attempt failed (a wrong password) and clears the password field.
    void setProblem(const QString& text);

private:
    void updatePasswordField();

    const QScopedPointer<Ui::OpenAsUserDialog> m_ui;
};

} // namespace qms::gui
