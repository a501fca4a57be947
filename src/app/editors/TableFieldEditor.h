#pragma once

#include "domain/FieldCodec.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// A Table field (FieldType::Table) as a table of its declared cells: text and long text typed in
// place (long text in a box that keeps line breaks), enums chosen, dates picked, record ids shown
// with their titles and opened by a double-click. Rows are added, removed and moved unless the
// table's rows are made by the program. The declared fills and the row's create button are
// offered here and carried out by the editor (TableActions in storage).
class TableFieldEditor final : public QWidget {
    Q_OBJECT
public:
    TableFieldEditor(Workspace& ws, const TableDecl& table, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    void setReadOnly(bool readOnly);
    // Frozen by the record's state (KindDecl::locks), with the reason shown above the table; the
    // row's create button stays (an NC is still raised from a signed report). Empty: not frozen.
    void setLocked(const QString& reason);
    bool isLocked() const { return !m_lockReason.isEmpty(); }
    // Fills and the create button need the record stored first.
    void setRecordStored(bool stored);

    QTableWidget* table() const { return m_table; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* fillButton(const QString& key) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void changed();
    void openRequested(const QString& id);
    void fillRequested(const QString& key);
    void createRequested(int row);

private:
    void addRow(const QStringList& cells);
    QStringList rowCells(int row) const;
    void moveRow(int from, int to);
    void updateButtons();
    void rebuildRows();
    // Long text and wide columns share the width the others leave, by their declared stretch.
    void applyColumnWidths();
    void emitChanged();

    Workspace& m_ws;
    const TableDecl& m_decl;
    QTableWidget* m_table;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_create = nullptr;
    QList<QPushButton*> m_fills;
    bool m_readOnly = false;
    QString m_lockReason;
    QLabel* m_lockNote = nullptr;
    bool m_stored = false;
    bool m_filling = false;
};

} // namespace qms::gui
