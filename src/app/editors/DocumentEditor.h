#pragma once

#include "TypedEditor.h"

#include <QScopedPointer>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace Ui {
class EditorDocument;
}

namespace qms::gui {

class ClausePicker;
class LinkedRecordList;

// Document: metadata, the current revision with its file (attach by dialog or drag and drop, open
// a temporary copy, save as), the revision history; release with the approver's confirmation and
// new revisions of released documents.
class DocumentEditor final : public TypedEditor<Document> {
    Q_OBJECT
public:
    DocumentEditor(Workspace& ws, const QString& id, QWidget* parent = nullptr);
    ~DocumentEditor() override;

    ClausePicker* clausePicker() const { return m_clauses; }
    LinkedRecordList* processList() const { return m_processes; }
    // Attaches `path` to the draft revision (saving the document's edits with it).
    bool attachFile(const QString& path);
    // Writes a temporary copy of the current file and hands it to the system viewer; its path.
    QString openAttachment();
    bool saveAttachmentAs();

protected:
    void initNew() override;
    void fillForm() override;
    Document collect() const override;
    void setStatus(Document& d, int status) const override { d.status = DocumentStatus(status); }
    Result<QString> store(const SaveOptions& options, std::optional<int> targetStatus) override;
    QList<EditorStep> steps() const override;
    QString statusText() const override;
    QString lockReason() const override;
    bool confirmStep(const EditorStep& step) override;
    void customStep(const EditorStep& step) override;
    void applyReadOnly(bool readOnly) override;

    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool canAttach(QString* why) const;
    void fillRevisionTable();
    const DocumentRevision* shownRevision() const;

    const QScopedPointer<Ui::EditorDocument> m_ui;
    ClausePicker* m_clauses;
    LinkedRecordList* m_processes;
    std::unique_ptr<QTemporaryDir> m_viewerDir; // kept alive while the viewer may read the copy
    struct PendingRevision {
        QString label;
        QString summary;
    };
    std::optional<PendingRevision> m_pendingRevision;
};

template <> struct EditorOf<Document> { using type = DocumentEditor; };

} // namespace qms::gui
