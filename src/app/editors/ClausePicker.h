#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace qms {
class ClauseCatalogue;
}

namespace qms::gui {

// The clause catalogue as a checkable tree (number and title; our plain-language summary as
// tooltip) with a search box that filters it. Checking a clause links the record to it.
class ClausePicker final : public QWidget {
    Q_OBJECT
public:
    explicit ClausePicker(const ClauseCatalogue& catalogue, QWidget* parent = nullptr);

    void setSelected(const QStringList& clauses);
    QStringList selected() const; // in clause order
    void setReadOnly(bool readOnly);
    void setFilterText(const QString& text);
    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void changed();

private:
    void applyFilter(const QString& text);
    void updateSummary();

    const ClauseCatalogue& m_catalogue;
    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QHash<QString, QTreeWidgetItem*> m_items;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace qms::gui
