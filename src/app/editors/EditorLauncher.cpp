#include "EditorLauncher.h"

#include <QMessageBox>
#include <QWidget>

namespace qms::gui {

// Placeholder until the record editors land.
EditorLauncher::EditorLauncher(Workspace& ws, QWidget* parentWindow) : QObject(parentWindow), m_ws(ws), m_parent(parentWindow) {}
EditorLauncher::~EditorLauncher() = default;
void EditorLauncher::openRecord(const QString& id) { QMessageBox::information(m_parent, tr("Editor"), id); }
void EditorLauncher::createRecord(RecordKind) {}
bool EditorLauncher::closeAll() { return true; }

} // namespace qms::gui
