#include "PackExportDialog.h"

#include "domain/ClauseCatalogue.h"
#include "domain/Enums.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qms::gui {

namespace {
constexpr RecordKind AllKinds[] = {RecordKind::Document, RecordKind::Process, RecordKind::Nonconformity,
                                   RecordKind::CorrectiveAction};
}

PackExportDialog::PackExportDialog(const ClauseCatalogue& catalogue, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export audit pack"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(tr("Audit pack %1").arg(QDate::currentDate().year()), this);
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);

    // Clauses: whole QMS or a chosen subset (a ticked clause covers its subclauses).
    auto* clauseBox = new QGroupBox(tr("Scope"), this);
    auto* clauseLayout = new QVBoxLayout(clauseBox);
    m_allClauses = new QRadioButton(tr("&All records"), clauseBox);
    m_someClauses = new QRadioButton(tr("Records linked to &selected clauses:"), clauseBox);
    m_allClauses->setChecked(true);
    m_clauseTree = new QTreeWidget(clauseBox);
    m_clauseTree->setHeaderLabels({tr("Clause"), tr("Title")});
    m_clauseTree->setEnabled(false);
    m_clauseTree->setMinimumHeight(180);
    QHash<QString, QTreeWidgetItem*> items;
    for (const Clause& c : catalogue.clauses()) {
        QTreeWidgetItem* parentItem = items.value(c.parent);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_clauseTree);
        item->setText(0, c.number);
        item->setText(1, c.title);
        item->setCheckState(0, Qt::Unchecked);
        items.insert(c.number, item);
    }
    m_clauseTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    clauseLayout->addWidget(m_allClauses);
    clauseLayout->addWidget(m_someClauses);
    clauseLayout->addWidget(m_clauseTree);
    auto* hint = new QLabel(tr("A ticked clause includes its subclauses."), clauseBox);
    hint->setEnabled(false);
    clauseLayout->addWidget(hint);
    connect(m_someClauses, &QRadioButton::toggled, m_clauseTree, &QWidget::setEnabled);
    layout->addWidget(clauseBox);

    // Period: each bound is optional.
    auto* periodBox = new QGroupBox(tr("Period"), this);
    auto* periodLayout = new QHBoxLayout(periodBox);
    const QDate today = QDate::currentDate();
    m_useFrom = new QCheckBox(tr("&From"), periodBox);
    m_from = new QDateEdit(QDate(today.year(), 1, 1), periodBox);
    m_useTo = new QCheckBox(tr("T&o"), periodBox);
    m_to = new QDateEdit(today, periodBox);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    periodLayout->addWidget(m_useFrom);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(m_useTo);
    periodLayout->addWidget(m_to);
    periodLayout->addStretch();
    layout->addWidget(periodBox);

    auto* typeBox = new QGroupBox(tr("Registers"), this);
    auto* typeLayout = new QHBoxLayout(typeBox);
    for (RecordKind kind : AllKinds) {
        auto* check = new QCheckBox(recordKindPluralLabel(kind), typeBox);
        check->setChecked(true);
        typeLayout->addWidget(check);
        m_types.append(check);
    }
    typeLayout->addStretch();
    layout->addWidget(typeBox);

    m_includeClosed = new QCheckBox(tr("Include &closed, cancelled and obsolete records"), this);
    layout->addWidget(m_includeClosed);

    // Huge scopes: a detail section per NC would run to tens of thousands of pages. The pack
    // states the budget on its cover and contents, so nothing is left out silently.
    auto* budgetRow = new QHBoxLayout;
    auto* budgetLabel = new QLabel(tr("Nonconformity &detail sections, at most:"), this);
    m_detailBudget = new QSpinBox(this);
    m_detailBudget->setRange(0, 1000000);
    m_detailBudget->setSingleStep(500);
    m_detailBudget->setValue(report::PackScope{}.detailBudget);
    m_detailBudget->setSpecialValueText(tr("no limit"));
    m_detailBudget->setToolTip(
        tr("Above this number, detail sections cover the open nonconformities "
           "first, then the most recent; the pack says so on its cover. 0: no limit."));
    budgetLabel->setBuddy(m_detailBudget);
    budgetRow->addWidget(budgetLabel);
    budgetRow->addWidget(m_detailBudget);
    budgetRow->addStretch();
    layout->addLayout(budgetRow);

    auto* outRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setPlaceholderText(tr("Choose where to save the PDF"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PackExportDialog::chooseOutput);
    connect(m_output, &QLineEdit::textChanged, this, &PackExportDialog::updateOk);
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browse);
    auto* outForm = new QFormLayout;
    auto* outLabel = new QLabel(tr("Output &file:"), this);
    outLabel->setBuddy(m_output);
    outForm->addRow(outLabel, outRow);
    layout->addLayout(outForm);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

report::PackScope PackExportDialog::scope() const {
    report::PackScope scope;
    scope.title = m_title->text().trimmed();
    if (m_someClauses->isChecked()) {
        for (QTreeWidgetItemIterator it(m_clauseTree, QTreeWidgetItemIterator::Checked); *it; ++it)
            scope.clauses << (*it)->text(0);
        // Nothing ticked would mean "all" to the writer: pass an impossible clause so the writer
        // reports an empty scope instead of silently exporting everything.
        if (scope.clauses.isEmpty())
            scope.clauses << QStringLiteral("none");
    }
    if (m_useFrom->isChecked())
        scope.from = m_from->date();
    if (m_useTo->isChecked())
        scope.to = m_to->date();
    // Ticking every register equals no restriction; ticking none is kept explicit below.
    bool all = true;
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types[i]->isChecked())
            scope.types << AllKinds[i];
        else
            all = false;
    }
    if (all)
        scope.types.clear();
    scope.includeClosed = m_includeClosed->isChecked();
    scope.detailBudget = m_detailBudget->value();
    return scope;
}

QString PackExportDialog::outputPath() const {
    return m_output->text().trimmed();
}

void PackExportDialog::setOutputPath(const QString& path) {
    m_output->setText(path);
}

void PackExportDialog::selectClauses(const QStringList& numbers) {
    m_someClauses->setChecked(true);
    for (QTreeWidgetItemIterator it(m_clauseTree); *it; ++it) {
        const bool ticked = numbers.contains((*it)->text(0));
        (*it)->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
        for (QTreeWidgetItem* up = (*it)->parent(); ticked && up; up = up->parent())
            up->setExpanded(true); // show what is ticked
    }
}

QString PackExportDialog::defaultFileName() const {
    QString name = m_title->text().trimmed();
    if (name.isEmpty())
        name = tr("Audit pack");
    // Characters that are awkward in file names on any platform.
    static const QRegularExpression bad(QStringLiteral(R"([\\/:*?"<>|])"));
    name.replace(bad, QStringLiteral("-"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(docs).filePath(name + QStringLiteral(".pdf"));
}

void PackExportDialog::chooseOutput() {
    const QString start = outputPath().isEmpty() ? defaultFileName() : outputPath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export audit pack"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    m_output->setText(path);
}

void PackExportDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!outputPath().isEmpty());
}

} // namespace qms::gui
