#include "TableFieldEditor.h"

#include "FormHelpers.h"
#include "RecordLookup.h"
#include "storage/TableActions.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

// Long text cells are edited in a box that keeps line breaks (Ctrl+Enter or leaving it ends).
class LongTextDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
    }
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex&) const override {
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), 90));
        editor->setGeometry(r);
    }
};

// Long text and columns declared wider than one share take the width left, by their stretch.
bool isFlexible(const TableColumnDecl& c) {
    return c.type == CellType::LongText || c.stretch > 1;
}

QString label(const TableColumnDecl& c) {
    return translateFieldLabel(c.label);
}

QString choiceText(const TableColumnDecl& c, const QString& key) {
    return c.choiceLabel ? c.choiceLabel(key) : enumLabelForKey(key);
}

QString dateText(const QString& iso) {
    const QDate d = codec::parseDate(iso).value_or(QDate());
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

// Enum and date cells hold their stored value (key, ISO date) under Qt::UserRole and show it for
// people; they are edited in a combo box or a date box that opens on the cell.
class ValueDelegate final : public QStyledItemDelegate {
public:
    ValueDelegate(const TableColumnDecl& column, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_column(column) {}
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        if (m_column.type == CellType::Date) {
            auto* date = new QDateEdit(parent);
            date->setCalendarPopup(true);
            makeOptionalDate(date);
            return date;
        }
        auto* combo = new QComboBox(parent);
        for (const QString& key : m_column.choices ? m_column.choices() : QStringList())
            combo->addItem(choiceText(m_column, key), key);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        const QString value = index.data(Qt::UserRole).toString();
        if (auto* date = qobject_cast<QDateEdit*>(editor))
            setOptionalDate(date, codec::parseDate(value).value_or(QDate()));
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        QString value;
        if (auto* date = qobject_cast<QDateEdit*>(editor))
            value = codec::date(optionalDate(date));
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            value = combo->currentData().toString();
        model->setData(index, value, Qt::UserRole);
        model->setData(index, m_column.type == CellType::Date ? dateText(value) : choiceText(m_column, value),
                       Qt::DisplayRole);
    }

private:
    const TableColumnDecl& m_column;
};

} // namespace

TableFieldEditor::TableFieldEditor(Workspace& ws, const TableDecl& table, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_decl(table)
    , m_table(new QTableWidget(0, int(table.columns.size()), this)) {
    m_table->setObjectName(QStringLiteral("rows"));
    QStringList headers;
    for (const TableColumnDecl& c : m_decl.columns)
        headers << label(c);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(260);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int c = 0; c < int(m_decl.columns.size()); ++c) {
        const TableColumnDecl& col = m_decl.columns[std::size_t(c)];
        m_table->horizontalHeader()->setSectionResizeMode(c, isFlexible(col) ? QHeaderView::Interactive
                                                                             : QHeaderView::ResizeToContents);
        if (col.type == CellType::LongText)
            m_table->setItemDelegateForColumn(c, new LongTextDelegate(m_table));
        else if (col.type == CellType::Enum || col.type == CellType::Date)
            m_table->setItemDelegateForColumn(c, new ValueDelegate(col, m_table));
    }
    // Rows as high as their wrapped text once the columns have their widths.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QTimer::singleShot(0, m_table, [t = m_table] { t->resizeRowsToContents(); }); });

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    if (!m_decl.fixedRows) {
        m_add = button(tr("Add row"), QStringLiteral("addRow"));
        m_remove = button(tr("Remove row"), QStringLiteral("removeRow"));
        m_up = button(tr("Up"), QStringLiteral("rowUp"));
        m_down = button(tr("Down"), QStringLiteral("rowDown"));
        connect(m_add, &QPushButton::clicked, this, [this] {
            QStringList cells;
            for (const TableColumnDecl& c : m_decl.columns)
                cells << (c.type == CellType::Enum && c.choices ? c.choices().value(0) : QString());
            addRow(cells);
            m_table->setCurrentCell(m_table->rowCount() - 1, 0);
            emitChanged();
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            if (const int row = m_table->currentRow(); row >= 0) {
                m_table->removeRow(row);
                emitChanged();
            }
        });
        connect(m_up, &QPushButton::clicked, this,
                [this] { moveRow(m_table->currentRow(), m_table->currentRow() - 1); });
        connect(m_down, &QPushButton::clicked, this,
                [this] { moveRow(m_table->currentRow(), m_table->currentRow() + 1); });
    }
    for (const TableFillDecl& f : m_decl.fills) {
        auto* b = button(QCoreApplication::translate("qms::Kind", f.label),
                         QStringLiteral("fill_") + QString::fromLatin1(f.key));
        b->setToolTip(QCoreApplication::translate("qms::Kind", f.tip));
        const QString key = QString::fromLatin1(f.key);
        connect(b, &QPushButton::clicked, this, [this, key] { Q_EMIT fillRequested(key); });
        m_fills << b;
    }
    buttons->addStretch(1);
    if (m_decl.create.label) {
        m_create = button(QCoreApplication::translate("qms::Kind", m_decl.create.label),
                          QStringLiteral("createFromRow"));
        connect(m_create, &QPushButton::clicked, this, [this] {
            if (m_table->currentRow() >= 0)
                Q_EMIT createRequested(m_table->currentRow());
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_lockNote = new QLabel(this);
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setWordWrap(true);
    m_lockNote->setVisible(false);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] { emitChanged(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TableFieldEditor::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const TableColumnDecl& col = m_decl.columns[std::size_t(column)];
        if (col.type == CellType::RecordId && col.readOnly)
            if (const QString id = rowCells(row).value(column); !id.isEmpty())
                Q_EMIT openRequested(id);
    });
    updateButtons();
}

QPushButton* TableFieldEditor::fillButton(const QString& key) const {
    for (QPushButton* b : m_fills)
        if (b->objectName() == QStringLiteral("fill_") + key)
            return b;
    return nullptr;
}

void TableFieldEditor::emitChanged() {
    if (m_filling)
        return;
    updateButtons();
    Q_EMIT changed();
}

void TableFieldEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &TableFieldEditor::applyColumnWidths);
}

void TableFieldEditor::applyColumnWidths() {
    QHeaderView* header = m_table->horizontalHeader();
    int fixed = 0, weight = 0;
    for (int c = 0; c < int(m_decl.columns.size()); ++c) {
        const TableColumnDecl& col = m_decl.columns[std::size_t(c)];
        if (isFlexible(col))
            weight += std::max(1, col.stretch);
        else
            fixed += header->sectionSize(c);
    }
    // Room for a vertical scroll bar either way: taller rows may bring it, and a horizontal one
    // with it.
    int available = m_table->viewport()->width() - fixed;
    if (!m_table->verticalScrollBar()->isVisible())
        available -= m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    if (weight == 0 || available <= 0)
        return;
    for (int c = 0; c < int(m_decl.columns.size()); ++c)
        if (const TableColumnDecl& col = m_decl.columns[std::size_t(c)]; isFlexible(col))
            header->resizeSection(c, available * std::max(1, col.stretch) / weight);
}

void TableFieldEditor::setText(const QString& text) {
    if (text == this->text())
        return;
    m_filling = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    QList<QStringList> rows = codec::parseTable(text);
    m_decl.check(rows); // one cell per column
    for (const QStringList& row : rows)
        addRow(row);
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_table->resizeRowsToContents();
    m_filling = false;
    updateButtons();
}

QString TableFieldEditor::text() const {
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        rows << rowCells(r);
    return codec::table(rows);
}

QStringList TableFieldEditor::rowCells(int row) const {
    QStringList cells;
    for (int c = 0; c < int(m_decl.columns.size()); ++c) {
        const TableColumnDecl& col = m_decl.columns[std::size_t(c)];
        const QTableWidgetItem* item = m_table->item(row, c);
        if (!item)
            cells << QString();
        else if ((col.type == CellType::RecordId && col.readOnly) || col.type == CellType::Enum ||
                 col.type == CellType::Date)
            cells << item->data(Qt::UserRole).toString();
        else
            cells << (col.type == CellType::LongText ? item->text() : item->text().trimmed());
    }
    return cells;
}

void TableFieldEditor::addRow(const QStringList& cells) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < int(m_decl.columns.size()); ++c) {
        const TableColumnDecl& col = m_decl.columns[std::size_t(c)];
        const QString value = cells.value(c);
        const bool editable = !col.readOnly && !m_readOnly && m_lockReason.isEmpty();
        auto* item = new QTableWidgetItem(value);
        if (col.type == CellType::Enum || col.type == CellType::Date) {
            item->setData(Qt::UserRole, value);
            item->setText(col.type == CellType::Date ? dateText(value) : choiceText(col, value));
        }
        if (col.type == CellType::RecordId && !value.isEmpty()) {
            // The id in the cell, the record's title and state in its tooltip.
            item->setData(Qt::UserRole, value);
            const RecordRef ref = findRecordRef(m_ws, value);
            QString tip =
                ref.status.isEmpty() ? ref.title : QStringLiteral("%1 (%2)").arg(ref.title, ref.status);
            if (col.readOnly)
                tip = tr("%1\nDouble-click to open %2").arg(tip, value).trimmed();
            item->setToolTip(tip);
        }
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, c, item);
    }
}

void TableFieldEditor::moveRow(int from, int to) {
    if (from < 0 || to < 0 || from >= m_table->rowCount() || to >= m_table->rowCount())
        return;
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        rows << rowCells(r);
    rows.move(from, to);
    m_filling = true;
    m_table->setRowCount(0);
    for (const QStringList& row : rows)
        addRow(row);
    m_table->setCurrentCell(to, 0);
    m_filling = false;
    emitChanged();
}

void TableFieldEditor::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    rebuildRows();
}

void TableFieldEditor::setLocked(const QString& reason) {
    if (m_lockReason == reason)
        return;
    m_lockReason = reason;
    m_lockNote->setText(reason);
    m_lockNote->setVisible(!reason.isEmpty());
    rebuildRows();
}

// The rows again, with the cells' editability for the current mode.
void TableFieldEditor::rebuildRows() {
    const QString current = text();
    m_filling = true;
    m_table->setRowCount(0);
    QList<QStringList> rows = codec::parseTable(current);
    m_decl.check(rows);
    for (const QStringList& row : rows)
        addRow(row);
    m_filling = false;
    updateButtons();
}

void TableFieldEditor::setRecordStored(bool stored) {
    m_stored = stored;
    updateButtons();
}

void TableFieldEditor::updateButtons() {
    const int row = m_table->currentRow();
    const bool editable = !m_readOnly && m_lockReason.isEmpty();
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        if (b)
            b->setVisible(editable);
    if (m_remove)
        m_remove->setEnabled(row >= 0);
    if (m_up)
        m_up->setEnabled(row > 0);
    if (m_down)
        m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
    for (QPushButton* b : std::as_const(m_fills))
        b->setVisible(editable);
    if (m_create) {
        QList<QStringList> rows;
        for (int r = 0; r < m_table->rowCount(); ++r)
            rows << rowCells(r);
        const QString refusal =
            row < 0 ? tr("Select a row first") : TableActions::rowRefusal(m_decl, rows, row);
        m_create->setEnabled(refusal.isEmpty() && !m_readOnly && m_stored);
        m_create->setToolTip(!m_stored ? tr("Save this record first") : refusal);
        m_create->setVisible(!m_readOnly);
    }
}

} // namespace qms::gui
