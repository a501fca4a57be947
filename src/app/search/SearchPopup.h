#pragma once

#include <QFrame>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QTimer;
class QLabel;

namespace qms {
class Workspace;
}

namespace qms::gui {

// Ctrl+K: type-ahead over every record through the core's full-text index, results grouped by
// record type. Enter or double-click opens the record.
class SearchPopup final : public QFrame {
    Q_OBJECT
public:
    SearchPopup(Workspace& ws, QWidget* parent);

    // Shows the popup centred near the top of `anchor` with the search text selected.
    void popup(QWidget* anchor);
    QLineEdit* lineEdit() const { return m_edit; }
    QTreeWidget* results() const { return m_results; }
    // Runs the search now (the debounce timer calls this).
    void runSearch();
    int resultCount() const;

Q_SIGNALS:
    void openRecord(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(QTreeWidgetItem* item);
    QTreeWidgetItem* firstResult() const;

    Workspace& m_ws;
    QLineEdit* m_edit;
    QTreeWidget* m_results;
    QLabel* m_hint;
    QTimer* m_debounce;
};

} // namespace qms::gui
