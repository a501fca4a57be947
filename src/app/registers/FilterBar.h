#pragma once

#include "Navigation.h"
#include "storage/RegisterQuery.h"

#include <QWidget>

class QLineEdit;
class QToolButton;
class QComboBox;
class QCheckBox;
class QLabel;
class QTimer;
class QMenu;

namespace qms::gui {

RegisterFilter filterFromPreset(const RegisterPreset& preset);

// The row of filter controls above a register: text (debounced), status and severity
// multi-selects, owner, clause, open/overdue only, "Clear filters" and the "showing X of Y" count.
class FilterBar final : public QWidget {
    Q_OBJECT
public:
    FilterBar(RecordKind kind, QWidget* parent = nullptr);

    RegisterFilter filter() const;
    // Shows `filter` in the controls without emitting filterChanged.
    void setFilter(const RegisterFilter& filter);
    void setOwners(const QStringList& owners);
    void setCounts(qint64 shown, qint64 total);
    QString countText() const;
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    QToolButton* makeMultiSelect(const QString& text, const QList<QPair<QString, QString>>& choices,
                                 QMenu** menu);
    static QStringList checkedKeys(const QMenu* menu);
    static void setCheckedKeys(QMenu* menu, const QStringList& keys);
    void updateButtonTexts();
    void updateExtraLabel();
    void emitChanged();

    RecordKind m_kind;
    QLineEdit* m_search;
    QTimer* m_debounce;
    QToolButton* m_status;
    QMenu* m_statusMenu = nullptr;
    QToolButton* m_severity = nullptr;
    QMenu* m_severityMenu = nullptr;
    QComboBox* m_owner;
    QLineEdit* m_clause;
    QCheckBox* m_openOnly;
    QCheckBox* m_overdueOnly;
    QToolButton* m_clear;
    QLabel* m_extra; // constraints set by a preset with no control here (month, source, review due)
    QLabel* m_count;
    RegisterFilter m_hidden; // those constraints
};

} // namespace qms::gui
