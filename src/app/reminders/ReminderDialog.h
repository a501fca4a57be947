#pragma once

#include "storage/ReminderQuery.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace qms::gui {

// What needs attention in the open database, one group per due rule of a kind that reminds
// (overdue corrective actions, documents due for review, effectiveness checks due), soonest first. Clicking
// (or Enter on) a row asks for the record to be opened; the dialog stays open to work through the list.
class ReminderDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ReminderDialog(const Reminders& reminders, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QCheckBox* dontShowAtOpen() const { return m_dontShow; }
    // Record ids in the order listed (for tests and accessibility checks).
    QStringList listedIds() const;

Q_SIGNALS:
    void openRecord(const QString& id);

private:
    void addGroup(const QString& title, const ReminderGroup& group, const QDate& today,
                  const QString& dateLabel);
    void activate(QTreeWidgetItem* item);

    QLabel* m_summary;
    QTreeWidget* m_tree;
    QCheckBox* m_dontShow;
};

} // namespace qms::gui
