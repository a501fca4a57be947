#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace qms {
class Workspace;
}

namespace qms::gui {

class ClauseApplicabilityDialog;
class ClauseDetailsPanel;
class ClauseFilterProxy;
class ClauseTreeModel;

// The ISO 9001 clause tree with applicability, evidence counts and coverage status; selecting a
// clause lists its records.
class ClausePage final : public QWidget {
    Q_OBJECT
public:
    ClausePage(Workspace& ws, QWidget* parent = nullptr);
    // Reloads now when the page is shown, otherwise when it is next shown.
    void refresh();

    ClauseTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    ClauseDetailsPanel* details() const { return m_details; }
    QString currentClause() const;
    void selectClause(const QString& clause);

    // Opens the applicability dialog for the selected clause without blocking (window-modal) and
    // returns it, so tests can fill it in; the page refreshes when it is accepted.
    ClauseApplicabilityDialog* editApplicability();

Q_SIGNALS:
    void openRecord(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent();
    void updateSummary();

    Workspace& m_ws;
    ClauseTreeModel* m_model = nullptr;
    ClauseFilterProxy* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_gapsOnly = nullptr;
    QSplitter* m_splitter = nullptr;
    ClauseDetailsPanel* m_details = nullptr;
    QPointer<ClauseApplicabilityDialog> m_dialog;
    bool m_stale = true;
};

} // namespace qms::gui
