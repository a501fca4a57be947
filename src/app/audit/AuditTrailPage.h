#pragma once

#include "storage/AuditTrail.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace qms {
class Workspace;
}

namespace qms::gui {

class AuditTrailModel;

// The whole audit trail with filters, and "Verify integrity".
class AuditTrailPage final : public QWidget {
    Q_OBJECT
public:
    AuditTrailPage(Workspace& ws, QWidget* parent = nullptr);
    // Reloads now when the page is shown, otherwise when it is next shown.
    void refresh();

    AuditTrailModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The filter as the controls currently say.
    AuditFilter currentFilter() const;

    // Runs the chain check (with a progress dialog on big trails), shows and returns the result.
    Result<VerifyReport> verifyIntegrity();

Q_SIGNALS:
    void openRecord(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(QHBoxLayout* row);
    void applyFilter();
    void reloadUsers();
    void updateCount();
    void showReport(const VerifyReport& report);
    void showVerifyError(const QString& message);
    void openRow(const QModelIndex& index);
    void spreadValueColumns();

    Workspace& m_ws;
    AuditTrailModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_user = nullptr;
    QLineEdit* m_record = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_verify = nullptr;
    QFrame* m_result = nullptr;
    QLabel* m_resultText = nullptr;
    QListWidget* m_problems = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_stale = true;
    bool m_widthsSpread = false;
};

} // namespace qms::gui
