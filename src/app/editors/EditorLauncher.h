#pragma once

#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

class RecordEditor;

// Opens record editors (one window per record; asking again raises the open one) and tells when
// one of them saved its record. What the save changed reaches registers, pages and the other
// editors through the workspace's announcements (ws.changes()), as every other write does.
class EditorLauncher final : public QObject {
    Q_OBJECT
public:
    EditorLauncher(Workspace& ws, QWidget* parentWindow);
    ~EditorLauncher() override;

    void openRecord(const QString& id);
    void createRecord(RecordKind kind);
    // Closes every editor, asking about unsaved changes; false when the user cancels.
    bool closeAll();

    // The same as openRecord/createRecord, returning the editor (null when `id` is not a record id).
    RecordEditor* openEditor(const QString& id);
    RecordEditor* createEditor(RecordKind kind);
    RecordEditor* editorFor(const QString& id) const;
    QList<RecordEditor*> openEditors() const;

Q_SIGNALS:
    void recordSaved(const QString& id);

private:
    RecordEditor* makeEditor(RecordKind kind, const QString& id);
    void adopt(RecordEditor* editor);
    void onSaved(RecordEditor* editor, const QString& id);

    Workspace& m_ws;
    QPointer<QWidget> m_parent;
    QList<QPointer<RecordEditor>> m_editors;
};

} // namespace qms::gui
