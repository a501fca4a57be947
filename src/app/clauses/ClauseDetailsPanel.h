#pragma once

#include "domain/ClauseCoverage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// The selected clause: number, title, our summary, applicability (with the edit button for
// quality managers) and the records linked to it.
class ClauseDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ClauseDetailsPanel(Workspace& ws, QWidget* parent = nullptr);

    // Shows `clause` with its coverage row; an empty clause shows the "select a clause" hint.
    void showClause(const QString& clause, const ClauseCoverage& coverage);
    void clear();

    QTreeWidget* linkedRecords() const { return m_records; }
    QPushButton* editButton() const { return m_edit; }

    // Most records listed for one clause; the rest are counted.
    static constexpr int MaxListed = 500;

Q_SIGNALS:
    void editApplicabilityRequested();
    void openRecord(const QString& id);

private:
    void loadRecords(const QString& clause);

    Workspace& m_ws;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_applicability = nullptr;
    QPushButton* m_edit = nullptr;
    QLabel* m_recordsHeading = nullptr;
    QTreeWidget* m_records = nullptr;
};

} // namespace qms::gui
