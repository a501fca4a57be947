#pragma once

#include "storage/Workspace.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class NewDatabaseDialog;
}

namespace qms::gui {

// Asks for the new file's path, the organisation and the first quality manager.
class NewDatabaseDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewDatabaseDialog(QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    QString filePath() const; // with the .qms suffix
    Workspace::CreateOptions options() const;
    // For tests and for "save as" style pre-filling.
    void setValues(const QString& path, const QString& organisation, const QString& user,
                   const QString& displayName);

private:
    void browse();
    void validate();

    const QScopedPointer<Ui::NewDatabaseDialog> m_ui;
};

} // namespace qms::gui
