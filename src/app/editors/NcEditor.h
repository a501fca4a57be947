#pragma once

#include "TypedEditor.h"

#include <QScopedPointer>

namespace Ui {
class EditorNonconformity;
}

namespace qms::gui {

class ClausePicker;
class LinkedRecordList;

// Nonconformity: what was found, containment, root cause, disposition, effectiveness; clauses and
// corrective actions on the Links tab, with "New corrective action for this NC".
class NcEditor final : public TypedEditor<Nonconformity> {
    Q_OBJECT
public:
    NcEditor(Workspace& ws, const QString& id, QWidget* parent = nullptr);
    ~NcEditor() override;

    ClausePicker* clausePicker() const { return m_clauses; }
    LinkedRecordList* actionList() const { return m_actions; }
    // Creates a CA linked to this NC (saving the NC's edits first) and asks to open it.
    QString createLinkedAction();

protected:
    void initNew() override;
    void fillForm() override;
    Nonconformity collect() const override;
    void setStatus(Nonconformity& nc, int status) const override { nc.status = NcStatus(status); }
    QList<EditorStep> steps() const override;
    QString statusText() const override;
    QString lockReason() const override;

private:
    const QScopedPointer<Ui::EditorNonconformity> m_ui;
    ClausePicker* m_clauses;
    LinkedRecordList* m_actions;
    QPushButton* m_newAction;
};

template <> struct EditorOf<Nonconformity> { using type = NcEditor; };

} // namespace qms::gui
