#pragma once

#include "storage/AuditTrail.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace qms::gui {

// Lists what the verification of a database found: each record and audit entry changed behind
// the application's back, with a way to open the affected records.
class TamperReportDialog final : public QDialog {
    Q_OBJECT
public:
    TamperReportDialog(const VerifyReport& report, const QString& error, const QString& file,
                       QWidget* parent = nullptr);

    QTreeWidget* problemList() const { return m_list; }

Q_SIGNALS:
    void openRecordRequested(const QString& id);

private:
    void openSelected();
    QString selectedRecord() const;

    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace qms::gui
