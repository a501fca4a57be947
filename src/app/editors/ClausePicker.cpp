#include "ClausePicker.h"

#include "domain/ClauseCatalogue.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace qms::gui {

ClausePicker::ClausePicker(const ClauseCatalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("clausePicker"));
    m_search->setObjectName(QStringLiteral("clauseSearch"));
    m_search->setPlaceholderText(tr("Filter clauses by number or title, e.g. 8.7 or calibration"));
    m_search->setAccessibleName(tr("Filter clauses"));
    m_tree->setAccessibleName(tr("ISO 9001 clauses"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("clauseTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Clause"), tr("Title")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(180);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const Clause& c : catalogue.clauses()) {
        QTreeWidgetItem* parentItem = m_items.value(c.parent);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.number);
        item->setText(1, c.title);
        item->setData(0, Qt::UserRole, c.number);
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        if (!c.summary.isEmpty()) {
            item->setToolTip(0, c.summary);
            item->setToolTip(1, c.summary);
        }
        m_items.insert(c.number, item);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &ClausePicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        if (m_filling || column != 0)
            return;
        updateSummary();
        Q_EMIT changed();
    });
    updateSummary();
}

void ClausePicker::setSelected(const QStringList& clauses) {
    m_filling = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setCheckState(0, clauses.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    // Show where the linked clauses are without the user hunting for them.
    m_tree->collapseAll();
    for (const QString& c : clauses)
        for (QTreeWidgetItem* p = m_items.value(c) ? m_items.value(c)->parent() : nullptr; p; p = p->parent())
            p->setExpanded(true);
    m_filling = false;
    updateSummary();
}

QStringList ClausePicker::selected() const {
    QStringList out;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.value()->checkState(0) == Qt::Checked)
            out << it.key();
    std::sort(out.begin(), out.end(), &ClauseCatalogue::lessThan);
    return out;
}

void ClausePicker::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_filling = true;
    for (auto* item : std::as_const(m_items)) {
        Qt::ItemFlags f = item->flags();
        item->setFlags(readOnly ? (f & ~Qt::ItemIsUserCheckable) : (f | Qt::ItemIsUserCheckable));
    }
    m_filling = false;
}

void ClausePicker::setFilterText(const QString& text) {
    m_search->setText(text);
}

void ClausePicker::applyFilter(const QString& text) {
    const QString t = text.trimmed();
    // A match shows itself and its ancestors; the rest is hidden.
    for (auto* item : std::as_const(m_items))
        item->setHidden(!t.isEmpty());
    if (t.isEmpty()) {
        setSelected(selected());
        return;
    }
    for (const Clause& c : m_catalogue.clauses()) {
        const bool match = c.number.startsWith(t) || c.title.contains(t, Qt::CaseInsensitive) ||
                           c.summary.contains(t, Qt::CaseInsensitive);
        if (!match)
            continue;
        for (QTreeWidgetItem* p = m_items.value(c.number); p; p = p->parent()) {
            p->setHidden(false);
            if (p != m_items.value(c.number))
                p->setExpanded(true);
        }
    }
}

void ClausePicker::updateSummary() {
    const QStringList s = selected();
    m_summary->setText(s.isEmpty() ? tr("No clause linked yet.")
                                   : tr("Linked clauses: %1").arg(s.join(QStringLiteral(", "))));
}

} // namespace qms::gui
