#include "ItemStateTable.h"

#include "EditorPrompts.h"
#include "RecordLookup.h"
#include "domain/Workflow.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qms::gui {

ItemStateTable::ItemStateTable(Workspace& ws, const QStringList& choices, QString (*label)(const QString&),
                               QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_choices(choices)
    , m_label(label)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_revision(new QPushButton(tr("New revision…"), this)) {
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Title"), tr("State"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(150);
    m_add->setObjectName(QStringLiteral("addItem"));
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_open->setObjectName(QStringLiteral("openItem"));
    m_revision->setObjectName(QStringLiteral("newRevision"));
    m_revision->setToolTip(tr("Start the next revision of the selected released document for this record"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addWidget(m_revision);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ItemStateTable::pickAndAdd);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = rowId(m_table->currentRow()); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
    connect(m_revision, &QPushButton::clicked, this, [this] { startRevision(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == NoteColumn)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != NoteColumn && column != StateColumn)
            Q_EMIT openRequested(rowId(row));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ItemStateTable::updateButtons);
    updateButtons();
}

void ItemStateTable::setText(const QString& text) {
    if (text == this->text())
        return;
    m_filling = true;
    m_table->setRowCount(0);
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        addRow(parts.value(0).trimmed(), parts.value(1).trimmed(),
               parts.mid(2).join(QLatin1Char('|')).trimmed());
    }
    m_filling = false;
    updateButtons();
}

QString ItemStateTable::text() const {
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* state = qobject_cast<QComboBox*>(m_table->cellWidget(row, StateColumn));
        QString line =
            QStringLiteral("%1 | %2").arg(rowId(row), state ? state->currentData().toString() : QString());
        const QTableWidgetItem* note = m_table->item(row, NoteColumn);
        if (note && !note->text().trimmed().isEmpty())
            line += QStringLiteral(" | ") + note->text().trimmed();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void ItemStateTable::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget* w = m_table->cellWidget(row, StateColumn))
            w->setEnabled(!readOnly);
    updateButtons();
}

void ItemStateTable::setOwner(const QString& id, const QString& title) {
    m_ownId = id;
    m_ownTitle = title;
    updateButtons();
}

QString ItemStateTable::rowId(int row) const {
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, IdColumn) : nullptr;
    return item ? item->text() : QString();
}

void ItemStateTable::addRow(const QString& id, const QString& state, const QString& note) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const RecordRef ref = findRecordRef(m_ws, id);
    auto* idItem = new QTableWidgetItem(id);
    idItem->setFlags(idItem->flags() & ~Qt::ItemIsEditable);
    idItem->setToolTip(tr("Double-click to open %1").arg(id));
    m_table->setItem(row, IdColumn, idItem);
    auto* title = new QTableWidgetItem(
        ref.status.isEmpty() ? ref.title : QStringLiteral("%1 (%2)").arg(ref.title, ref.status));
    title->setFlags(title->flags() & ~Qt::ItemIsEditable);
    title->setToolTip(title->text());
    m_table->setItem(row, TitleColumn, title);
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("itemState_%1").arg(row));
    for (const QString& key : m_choices)
        combo->addItem(m_label ? m_label(key) : key, key);
    // The stored key, or a label typed by hand in an older text.
    int index = combo->findData(state);
    if (index < 0)
        index = combo->findText(state, Qt::MatchFixedString);
    combo->setCurrentIndex(std::max(0, index));
    combo->setEnabled(!m_readOnly);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    m_table->setCellWidget(row, StateColumn, combo);
    m_table->setItem(row, NoteColumn, new QTableWidgetItem(note));
}

void ItemStateTable::pickAndAdd() {
    QStringList present;
    for (int row = 0; row < m_table->rowCount(); ++row)
        present << rowId(row);
    QList<EditorPrompts::PickItem> items;
    for (const KindDecl* d : kindDecls()) {
        auto refs = listRecordRefs(m_ws, d->kind);
        if (!refs) {
            EditorPrompts::warn(this, tr("Add"), refs.error().describe());
            return;
        }
        for (const RecordRef& r : *refs)
            if (!present.contains(r.id) && r.id != m_ownId)
                items.append({r.id, r.display()});
    }
    const auto picked = EditorPrompts::pickRecord(this, tr("Add an affected record"), items);
    if (!picked)
        return;
    m_filling = true;
    addRow(*picked, m_choices.value(0), {});
    m_filling = false;
    m_table->setCurrentCell(m_table->rowCount() - 1, NoteColumn);
    updateButtons();
    Q_EMIT changed();
}

bool ItemStateTable::startRevision(int row) {
    const QString id = rowId(row);
    const auto parsed = parseRecordId(id);
    if (!parsed || parsed->first != RecordKind::Document || m_ownId.isEmpty())
        return false;
    auto doc = m_ws.documents().get(id);
    if (!doc) {
        EditorPrompts::warn(this, tr("New revision"), doc.error().describe());
        return false;
    }
    const auto answer =
        EditorPrompts::askRevision(this, id, DocumentWorkflow::nextRevisionLabel(doc->revision));
    if (!answer)
        return false;
    Document next = *doc;
    // The revision names the change it comes from: the link back, in the document's history.
    QString summary = answer->summary.trimmed();
    if (!summary.contains(m_ownId))
        summary = tr("%1 (%2: %3)").arg(summary, m_ownId, m_ownTitle);
    if (auto s = DocumentWorkflow::startRevision(next, answer->label, summary, m_ws.user().name,
                                                 m_ws.clock().today());
        !s) {
        EditorPrompts::warn(this, tr("New revision"), s.error().describe());
        return false;
    }
    auto saved = m_ws.documents().save(next);
    if (!saved) {
        EditorPrompts::warn(this, tr("New revision"), saved.error().describe());
        return false;
    }
    // The item says what was started; its state stays until the revision is released.
    QTableWidgetItem* note = m_table->item(row, NoteColumn);
    const QString started = tr("revision %1 started").arg(saved->revision);
    note->setText(note->text().trimmed().isEmpty() ? started
                                                   : note->text().trimmed() + QStringLiteral("; ") + started);
    if (QTableWidgetItem* title = m_table->item(row, TitleColumn)) {
        const RecordRef ref = findRecordRef(m_ws, id);
        title->setText(QStringLiteral("%1 (%2)").arg(ref.title, ref.status));
    }
    Q_EMIT changed();
    Q_EMIT openRequested(id);
    return true;
}

void ItemStateTable::updateButtons() {
    m_add->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_revision->setVisible(!m_readOnly);
    const int row = m_table->currentRow();
    const QString id = rowId(row);
    m_remove->setEnabled(row >= 0);
    m_open->setEnabled(row >= 0);
    const auto parsed = parseRecordId(id);
    m_revision->setEnabled(!m_ownId.isEmpty() && parsed && parsed->first == RecordKind::Document);
}

} // namespace qms::gui
