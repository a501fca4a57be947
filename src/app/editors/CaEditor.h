#pragma once

#include "TypedEditor.h"

#include <QScopedPointer>

namespace Ui {
class EditorCorrectiveAction;
}

namespace qms::gui {

class ClausePicker;
class LinkedRecordList;

// Corrective action: what, who, when, the effectiveness check; linked NCs and clauses.
class CaEditor final : public TypedEditor<CorrectiveAction> {
    Q_OBJECT
public:
    CaEditor(Workspace& ws, const QString& id, QWidget* parent = nullptr);
    ~CaEditor() override;

    ClausePicker* clausePicker() const { return m_clauses; }
    LinkedRecordList* ncList() const { return m_ncs; }

protected:
    void initNew() override;
    void fillForm() override;
    CorrectiveAction collect() const override;
    void setStatus(CorrectiveAction& ca, int status) const override { ca.status = CaStatus(status); }
    QList<EditorStep> steps() const override;
    QString statusText() const override;
    QString lockReason() const override;

private:
    const QScopedPointer<Ui::EditorCorrectiveAction> m_ui;
    ClausePicker* m_clauses;
    LinkedRecordList* m_ncs;
    LinkedRecordList* m_changes = nullptr;
};

template <> struct EditorOf<CorrectiveAction> { using type = CaEditor; };

} // namespace qms::gui
