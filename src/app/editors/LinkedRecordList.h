#pragma once

#include "domain/Enums.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;
class QLabel;

namespace qms {
class Workspace;
}

namespace qms::gui {

// Linked records of one type as rows with a clickable id (opens that record), their title and
// status, and a remove button; "Link…" picks another existing record from a searchable list.
class LinkedRecordList final : public QWidget {
    Q_OBJECT
public:
    LinkedRecordList(Workspace& ws, RecordKind kind, const QString& title, QWidget* parent = nullptr);

    void setIds(const QStringList& ids);
    QStringList ids() const { return m_ids; }
    void setReadOnly(bool readOnly);
    // The record being edited, never offered as a link to itself.
    void setOwnId(const QString& id) { m_ownId = id; }
    // Extra action next to "Link…" (e.g. "New corrective action for this NC").
    void addButton(QPushButton* button);
    QPushButton* linkButton() const { return m_add; }

    // Adds `id` as if picked (tests, and "new record" buttons).
    void addId(const QString& id);
    void removeId(const QString& id);

Q_SIGNALS:
    void changed();
    void openRequested(const QString& id);

private:
    void rebuild();
    void pickAndAdd();

    Workspace& m_ws;
    RecordKind m_kind;
    QStringList m_ids;
    QString m_ownId;
    bool m_readOnly = false;
    QLabel* m_heading;
    QWidget* m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QWidget* m_buttonRow;
};

} // namespace qms::gui
