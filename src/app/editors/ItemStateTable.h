#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// A field of "ID | state | note" lines (a change's affected items) as a table: the record with
// its title, a state chosen from the field's choices, a note. Add picks any record; a released
// document in the list can start its next revision from here, in one step.
class ItemStateTable final : public QWidget {
    Q_OBJECT
public:
    // `choices` are the state keys, `label` their labels for people.
    ItemStateTable(Workspace& ws, const QStringList& choices, QString (*label)(const QString&),
                   QWidget* parent = nullptr);

    // The canonical text of the field, and back.
    void setText(const QString& text);
    QString text() const;
    void setReadOnly(bool readOnly);
    // The record being edited: never offered as its own item, and named in a revision it starts.
    void setOwner(const QString& id, const QString& title);

    QTableWidget* table() const { return m_table; }
    QPushButton* revisionButton() const { return m_revision; }
    // Starts the next revision of the document in row `row` (the "New revision…" button).
    bool startRevision(int row);

Q_SIGNALS:
    void changed();
    void openRequested(const QString& id);

private:
    enum Column { IdColumn, TitleColumn, StateColumn, NoteColumn };
    void addRow(const QString& id, const QString& state, const QString& note);
    void pickAndAdd();
    void updateButtons();
    QString rowId(int row) const;

    Workspace& m_ws;
    QStringList m_choices;
    QString (*m_label)(const QString&);
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_open;
    QPushButton* m_revision;
    QString m_ownId;
    QString m_ownTitle;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace qms::gui
