#include "PackExportDialog.h"

#include "domain/ClauseCatalogue.h"
#include "domain/Enums.h"
#include "ui_PackExportDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTreeWidgetItemIterator>

namespace qms::gui {

PackExportDialog::PackExportDialog(const ClauseCatalogue& catalogue, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PackExportDialog) {
    m_ui->setupUi(this);
    m_ui->titleEdit->setText(tr("Audit pack %1").arg(QDate::currentDate().year()));

    // Clauses: whole QMS or a chosen subset (a ticked clause covers its subclauses).
    QHash<QString, QTreeWidgetItem*> items;
    for (const Clause& c : catalogue.clauses()) {
        QTreeWidgetItem* parentItem = items.value(c.parent);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_ui->clauseTree);
        item->setText(0, c.number);
        item->setText(1, c.title);
        item->setCheckState(0, Qt::Unchecked);
        items.insert(c.number, item);
    }
    m_ui->clauseTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_ui->someClausesRadio, &QRadioButton::toggled, m_ui->clauseTree, &QWidget::setEnabled);

    // Period: each bound is optional.
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toEdit->setDate(today);
    connect(m_ui->useFromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->useToCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);

    // One box per register, named after its kind ("documentsCheck"), in the tab order after the period.
    QWidget* before = m_ui->toEdit;
    for (const RecordKind kind : m_kinds) {
        auto* box = new QCheckBox(recordKindPluralLabel(kind), m_ui->registersBox);
        box->setObjectName(recordKindKey(kind) + QStringLiteral("Check"));
        box->setChecked(true);
        m_ui->registersLayout->insertWidget(int(m_types.size()), box);
        setTabOrder(before, box);
        before = box;
        m_types << box;
    }
    setTabOrder(before, m_ui->includeClosedCheck);
    m_ui->includeClosedCheck->setChecked(report::PackScope{}.includeClosed);

    // Huge scopes: a detail section per NC would run to tens of thousands of pages. The pack
    // states the budget on its cover and contents, so nothing is left out silently.
    m_ui->detailBudgetSpin->setValue(report::PackScope{}.detailBudget);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &PackExportDialog::chooseOutput);
    connect(m_ui->outputEdit, &QLineEdit::textChanged, this, &PackExportDialog::updateOk);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

PackExportDialog::~PackExportDialog() = default;

report::PackScope PackExportDialog::scope() const {
    report::PackScope scope;
    scope.title = m_ui->titleEdit->text().trimmed();
    if (m_ui->someClausesRadio->isChecked()) {
        for (QTreeWidgetItemIterator it(m_ui->clauseTree, QTreeWidgetItemIterator::Checked); *it; ++it)
            scope.clauses << (*it)->text(0);
        // Nothing ticked would mean "all" to the writer: pass an impossible clause so the writer
        // reports an empty scope instead of silently exporting everything.
        if (scope.clauses.isEmpty())
            scope.clauses << QStringLiteral("none");
    }
    if (m_ui->useFromCheck->isChecked())
        scope.from = m_ui->fromEdit->date();
    if (m_ui->useToCheck->isChecked())
        scope.to = m_ui->toEdit->date();
    // Ticking every register equals no restriction; ticking none is kept explicit below.
    bool all = true;
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types[i]->isChecked())
            scope.types << m_kinds[i];
        else
            all = false;
    }
    if (all)
        scope.types.clear();
    scope.includeClosed = m_ui->includeClosedCheck->isChecked();
    scope.detailBudget = m_ui->detailBudgetSpin->value();
    return scope;
}

QString PackExportDialog::outputPath() const {
    return m_ui->outputEdit->text().trimmed();
}

void PackExportDialog::setOutputPath(const QString& path) {
    m_ui->outputEdit->setText(path);
}

void PackExportDialog::selectClauses(const QStringList& numbers) {
    m_ui->someClausesRadio->setChecked(true);
    for (QTreeWidgetItemIterator it(m_ui->clauseTree); *it; ++it) {
        const bool ticked = numbers.contains((*it)->text(0));
        (*it)->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
        for (QTreeWidgetItem* up = (*it)->parent(); ticked && up; up = up->parent())
            up->setExpanded(true); // show what is ticked
    }
}

QString PackExportDialog::defaultFileName() const {
    QString name = m_ui->titleEdit->text().trimmed();
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
    m_ui->outputEdit->setText(path);
}

void PackExportDialog::updateOk() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!outputPath().isEmpty());
}

} // namespace qms::gui
