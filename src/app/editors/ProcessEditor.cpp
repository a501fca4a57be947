#include "ProcessEditor.h"

#include "ClausePicker.h"
#include "FormHelpers.h"
#include "LinkedRecordList.h"
#include "storage/UserRepository.h"
#include "ui_EditorProcess.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

enum KpiColumn { KpiName, KpiTarget, KpiUnit, KpiColumns };

QString cell(const QTableWidget* t, int row, int col) {
    const QTableWidgetItem* it = t->item(row, col);
    return it ? it->text().trimmed() : QString();
}

} // namespace

ProcessEditor::ProcessEditor(Workspace& ws, const QString& id, QWidget* parent)
    : TypedEditor(ws, id, parent)
    , m_ui(new Ui::EditorProcess) {
    auto* form = new QWidget;
    m_ui->setupUi(form);
    setDetailsForm(form);
    const auto users = ws.users().list();
    fillUserCombo(m_ui->owner, users ? *users : QList<User>(), false);
    QTableWidget* kpis = m_ui->kpiTable;
    kpis->setColumnCount(KpiColumns);
    kpis->setHorizontalHeaderLabels({tr("KPI"), tr("Target"), tr("Unit")});
    kpis->verticalHeader()->hide();
    kpis->horizontalHeader()->setSectionResizeMode(KpiName, QHeaderView::Stretch);
    kpis->horizontalHeader()->setSectionResizeMode(KpiTarget, QHeaderView::ResizeToContents);
    kpis->horizontalHeader()->setSectionResizeMode(KpiUnit, QHeaderView::ResizeToContents);
    kpis->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_ui->addKpi, &QPushButton::clicked, this, [this] {
        addKpiRow({});
        m_ui->kpiTable->setCurrentCell(m_ui->kpiTable->rowCount() - 1, KpiName);
        m_ui->kpiTable->editItem(m_ui->kpiTable->item(m_ui->kpiTable->rowCount() - 1, KpiName));
        updateDirty();
    });
    connect(m_ui->removeKpi, &QPushButton::clicked, this, [this] {
        const int row = m_ui->kpiTable->currentRow();
        if (row >= 0) {
            m_ui->kpiTable->removeRow(row);
            updateDirty();
        }
    });

    m_feeds = new QListWidget;
    m_feeds->setObjectName(QStringLiteral("feedsList"));
    m_feeds->setMinimumHeight(120);
    m_clauses = new ClausePicker(ws.catalogue());
    m_documents = new LinkedRecordList(ws, RecordKind::Document, QString());
    m_documents->setObjectName(QStringLiteral("documentList"));
    auto* feedsBox = new QGroupBox(tr("Feeds (its outputs are the inputs of these processes)"));
    auto* feedsLayout = new QVBoxLayout(feedsBox);
    feedsLayout->addWidget(m_feeds);
    auto* docsBox = new QGroupBox(tr("Documents"));
    (new QVBoxLayout(docsBox))->addWidget(m_documents);
    auto* clauseBox = new QGroupBox(tr("ISO 9001 clauses"));
    (new QVBoxLayout(clauseBox))->addWidget(m_clauses);
    linksLayout()->addWidget(feedsBox);
    linksLayout()->addWidget(docsBox);
    linksLayout()->addWidget(clauseBox, 1);

    registerField(QStringLiteral("name"), m_ui->name);
    registerField(QStringLiteral("owner"), m_ui->owner);
    registerField(QStringLiteral("purpose"), m_ui->purpose);
    registerField(QStringLiteral("inputs"), m_ui->inputs);
    registerField(QStringLiteral("outputs"), m_ui->outputs);
    registerField(QStringLiteral("resources"), m_ui->resources);
    registerField(QStringLiteral("risks"), m_ui->risks);
    registerField(QStringLiteral("kpis"), m_ui->kpiTable);
    registerField(QStringLiteral("feeds"), m_feeds);
    registerField(QStringLiteral("clauses"), m_clauses);
    registerField(QStringLiteral("documents"), m_documents);
    watchAll(form);
    watch(m_feeds);
    watch(m_clauses);
    watch(m_documents);
    initialise();
}

ProcessEditor::~ProcessEditor() = default;

void ProcessEditor::initNew() {
    m_record = Process{};
    m_record.owner = m_ws.user().name;
}

void ProcessEditor::addKpiRow(const Kpi& kpi) {
    QTableWidget* t = m_ui->kpiTable;
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, KpiName, new QTableWidgetItem(kpi.name));
    t->setItem(row, KpiTarget, new QTableWidgetItem(kpi.target));
    t->setItem(row, KpiUnit, new QTableWidgetItem(kpi.unit));
}

void ProcessEditor::fillFeeds() {
    m_feeds->clear();
    auto processes = m_ws.processes().list();
    if (!processes)
        return;
    for (const Process& p : *processes) {
        if (p.meta.id == m_record.meta.id)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2%3").arg(p.meta.id, p.name, p.active ? QString() : tr(" (retired)")),
            m_feeds);
        item->setData(Qt::UserRole, p.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_record.feeds.contains(p.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ProcessEditor::fillForm() {
    const Process& p = m_record;
    m_ui->name->setText(p.name);
    setUserCombo(m_ui->owner, p.owner);
    m_ui->active->setChecked(p.active);
    setPlainText(m_ui->purpose, p.purpose);
    setPlainText(m_ui->inputs, p.inputs);
    setPlainText(m_ui->outputs, p.outputs);
    setPlainText(m_ui->resources, p.resources);
    setPlainText(m_ui->risks, p.risks);
    m_ui->kpiTable->setRowCount(0);
    for (const Kpi& k : p.kpis)
        addKpiRow(k);
    fillFeeds();
    m_clauses->setSelected(p.clauses);
    m_documents->setOwnId(p.meta.id);
    m_documents->setIds(p.documents);
}

Process ProcessEditor::collect() const {
    Process p = m_record;
    p.name = m_ui->name->text().trimmed();
    p.owner = userFromCombo(m_ui->owner);
    p.active = m_ui->active->isChecked();
    p.purpose = m_ui->purpose->toPlainText();
    p.inputs = m_ui->inputs->toPlainText();
    p.outputs = m_ui->outputs->toPlainText();
    p.resources = m_ui->resources->toPlainText();
    p.risks = m_ui->risks->toPlainText();
    p.kpis.clear();
    const QTableWidget* t = m_ui->kpiTable;
    for (int r = 0; r < t->rowCount(); ++r) {
        Kpi k{cell(t, r, KpiName), cell(t, r, KpiTarget), cell(t, r, KpiUnit)};
        if (!k.name.isEmpty() || !k.target.isEmpty() || !k.unit.isEmpty())
            p.kpis.append(k);
    }
    QStringList feeds;
    for (int i = 0; i < m_feeds->count(); ++i)
        if (m_feeds->item(i)->checkState() == Qt::Checked)
            feeds << m_feeds->item(i)->data(Qt::UserRole).toString();
    p.feeds = keepOrder(m_record.feeds, feeds);
    p.clauses = keepOrder(m_record.clauses, m_clauses->selected());
    p.documents = m_documents->ids();
    return p;
}

QString ProcessEditor::statusText() const {
    if (isNew())
        return tr("New");
    return m_record.active ? tr("Active") : tr("Retired");
}

void ProcessEditor::applyReadOnly(bool readOnly) {
    TypedEditor::applyReadOnly(readOnly);
    m_ui->addKpi->setVisible(!readOnly);
    m_ui->removeKpi->setVisible(!readOnly);
}

} // namespace qms::gui
