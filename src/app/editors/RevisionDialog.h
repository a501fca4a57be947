#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RevisionDialog;
}

namespace qms::gui {

// Asks the label and change summary of a document's next revision.
class RevisionDialog final : public QDialog {
    Q_OBJECT
public:
    RevisionDialog(const QString& docId, const QString& defaultLabel, QWidget* parent = nullptr);
    ~RevisionDialog() override;

    QString label() const;
    QString summary() const;

private:
    void updateOk();

    const QScopedPointer<Ui::RevisionDialog> m_ui;
};

} // namespace qms::gui
