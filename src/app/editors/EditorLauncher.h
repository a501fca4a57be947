#pragma once

#include "domain/Enums.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// Opens record editors (one window per record; asking again raises the open one) and tells the
// rest of the GUI when a record was saved so registers and the dashboard refresh.
class EditorLauncher final : public QObject {
    Q_OBJECT
public:
    EditorLauncher(Workspace& ws, QWidget* parentWindow);
    ~EditorLauncher() override;

    void openRecord(const QString& id);
    void createRecord(RecordKind kind);
    // Closes every editor, asking about unsaved changes; false when the user cancels.
    bool closeAll();

Q_SIGNALS:
    void recordSaved(const QString& id);

private:
    Workspace& m_ws;
    QPointer<QWidget> m_parent;
};

} // namespace qms::gui
