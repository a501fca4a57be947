#include "EditorLauncher.h"

// The kinds' own editors (each declares EditorOf<R>); every other kind gets the generic editor.
#include "CaEditor.h"
#include "DocumentEditor.h"
#include "EditorPrompts.h"
#include "GenericEditor.h"
#include "NcEditor.h"
#include "ProcessEditor.h"
#include "print/PrintFlow.h"

#include <QWidget>

namespace qms::gui {

EditorLauncher::EditorLauncher(Workspace& ws, QWidget* parentWindow)
    : QObject(parentWindow)
    , m_ws(ws)
    , m_parent(parentWindow) {
    EditorPrompts::installDefaults();
}

EditorLauncher::~EditorLauncher() {
    // Editors are children of the main window; the workspace they use may go away with us.
    for (const auto& e : std::as_const(m_editors))
        delete e.data();
}

void EditorLauncher::openRecord(const QString& id) {
    openEditor(id);
}

void EditorLauncher::createRecord(RecordKind kind) {
    createEditor(kind);
}

RecordEditor* EditorLauncher::editorFor(const QString& id) const {
    for (const auto& e : m_editors)
        if (e && !e->recordId().isEmpty() && e->recordId().compare(id, Qt::CaseInsensitive) == 0)
            return e;
    return nullptr;
}

QList<RecordEditor*> EditorLauncher::openEditors() const {
    QList<RecordEditor*> out;
    for (const auto& e : m_editors)
        if (e)
            out << e.data();
    return out;
}

RecordEditor* EditorLauncher::openEditor(const QString& id) {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return nullptr;
    const QString canonical = formatRecordId(parsed->first, parsed->second);
    if (RecordEditor* open = editorFor(canonical)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    RecordEditor* editor = makeEditor(parsed->first, canonical);
    adopt(editor);
    return editor;
}

RecordEditor* EditorLauncher::createEditor(RecordKind kind) {
    RecordEditor* editor = makeEditor(kind, QString());
    adopt(editor);
    return editor;
}

RecordEditor* EditorLauncher::makeEditor(RecordKind kind, const QString& id) {
    return visitRecordKind(kind, [&](auto t) -> RecordEditor* {
        using R = typename decltype(t)::type;
        if constexpr (requires { typename EditorOf<R>::type; })
            return new typename EditorOf<R>::type(m_ws, id, m_parent);
        else
            return makeGenericEditor(m_ws, kind, id, m_parent);
    });
}

void EditorLauncher::adopt(RecordEditor* editor) {
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    connect(editor, &RecordEditor::saved, this, [this, editor](const QString& id) { onSaved(editor, id); });
    connect(editor, &RecordEditor::openRequested, this, &EditorLauncher::openRecord);
    PrintFlow::addToEditor(editor, m_ws);
    // Cascade the windows a little so a new one does not hide the one it was opened from.
    const int offset = 24 * (int(m_editors.size() - 1) % 8);
    if (m_parent)
        editor->move(m_parent->geometry().topLeft() + QPoint(60 + offset, 40 + offset));
    editor->show();
    editor->raise();
    editor->activateWindow();
}

void EditorLauncher::onSaved(RecordEditor*, const QString& id) {
    // Other windows follow the workspace's change announcements (RecordEditor::onChanges): a
    // record changed by this save, the other side of a link or a consequence, reloads there.
    Q_EMIT recordSaved(id);
}

bool EditorLauncher::closeAll() {
    for (const auto& e : openEditors()) {
        if (!e->close())
            return false;
    }
    m_editors.removeAll(nullptr);
    return true;
}

} // namespace qms::gui
