#pragma once

#include <QObject>

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// File → Export audit pack…: scope dialog, export on a worker thread behind a progress dialog,
// errors in a message box, then the in-app preview.
class PackExportFlow final : public QObject {
    Q_OBJECT
public:
    static void run(QWidget* parent, Workspace& ws);
};

} // namespace qms::gui
