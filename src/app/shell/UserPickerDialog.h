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
// is preselected.
class UserPickerDialog final : public QDialog {
    Q_OBJECT
public:
    UserPickerDialog(const QString& filePath, const QList<User>& users, const QString& preselect,
                     bool readOnly, QWidget* parent = nullptr);
    ~UserPickerDialog() override;

    QString userName() const;
    bool readOnly() const;

private:
    const QScopedPointer<Ui::OpenAsUserDialog> m_ui;
};

} // namespace qms::gui
