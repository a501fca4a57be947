#pragma once

#include "TypedEditor.h"

#include <QScopedPointer>

namespace Ui {
class EditorProcess;
}

class QListWidget;

namespace qms::gui {

class ClausePicker;
class LinkedRecordList;

// Process: name, owner, purpose, inputs/outputs, resources, KPIs, risks; which processes it feeds,
// its clauses and documents on the Links tab. Processes have no workflow: they are retired.
class ProcessEditor final : public TypedEditor<Process> {
    Q_OBJECT
public:
    ProcessEditor(Workspace& ws, const QString& id, QWidget* parent = nullptr);
    ~ProcessEditor() override;

    ClausePicker* clausePicker() const { return m_clauses; }
    LinkedRecordList* documentList() const { return m_documents; }
    QListWidget* feedsList() const { return m_feeds; }

protected:
    void initNew() override;
    void fillForm() override;
    Process collect() const override;
    void setStatus(Process& p, int status) const override { p.active = status != 0; }
    QList<EditorStep> steps() const override { return {}; }
    QString statusText() const override;
    void applyReadOnly(bool readOnly) override;

private:
    void addKpiRow(const Kpi& kpi);
    void fillFeeds();

    const QScopedPointer<Ui::EditorProcess> m_ui;
    ClausePicker* m_clauses;
    LinkedRecordList* m_documents;
    QListWidget* m_feeds;
};

template <> struct EditorOf<Process> { using type = ProcessEditor; };

} // namespace qms::gui
