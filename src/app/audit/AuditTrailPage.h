#pragma once

#include <QWidget>

namespace qms {
class Workspace;
}

namespace qms::gui {

// The whole audit trail with filters, and "Verify integrity".
class AuditTrailPage final : public QWidget {
    Q_OBJECT
public:
    AuditTrailPage(Workspace& ws, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openRecord(const QString& id);

private:
    Workspace& m_ws;
};

} // namespace qms::gui
