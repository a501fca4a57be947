#include "ImportDialog.h"

#include "ImportTables.h"
#include "shell/AppSettings.h"
#include "shell/MessageBox.h"
#include "storage/Workspace.h"
#include "storage/interchange/ImportTemplate.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

namespace qms::gui {
namespace {

constexpr int PreviewRows = 200;

QString lastFolder() {
    const QString dir = AppSettings().lastDirectory();
    return dir.isEmpty() ? QDir::homePath() : dir;
}

} // namespace

ImportDialog::ImportDialog(Workspace& ws, RecordKind kind, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_ws(ws) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importDialog"));
    for (RecordKind k : enumValues<RecordKind>())
        m_ui->registerCombo->addItem(recordKindPluralLabel(k), int(k));
    setKind(kind);
    m_ui->previewSplitter->setStretchFactor(0, 3);
    m_ui->previewSplitter->setStretchFactor(1, 2);
    m_ui->previewTable->setAccessibleName(tr("Rows as they will be imported"));
    m_ui->problemTable->setAccessibleName(tr("Problems found"));
    m_ui->mappingTable->setAccessibleName(tr("Column mapping"));

    connect(m_ui->registerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping = {};
        m_preview.reset();
        updateButtons();
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->saveTemplateButton, &QPushButton::clicked, this, &ImportDialog::saveTemplate);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ImportDialog::recheck);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    showStep(Step::Source);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString& path) {
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setKind(RecordKind kind) {
    m_ui->registerCombo->setCurrentIndex(m_ui->registerCombo->findData(int(kind)));
}

RecordKind ImportDialog::kind() const {
    return RecordKind(m_ui->registerCombo->currentData().toInt());
}

ImportDialog::Step ImportDialog::step() const {
    return Step(m_ui->pages->currentIndex());
}

void ImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), lastFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::saveTemplate() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save import template"),
        lastFolder() + QLatin1Char('/') + ImportTemplate::suggestedFileName(kind()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
    saveTemplateTo(path);
}

bool ImportDialog::saveTemplateTo(const QString& path) {
    if (auto s = ImportTemplate::save(kind(), path); !s) {
        m_ui->sourceMessage->setText(s.error().describe());
        return false;
    }
    m_ui->sourceMessage->setText(
        tr("The %1 template was saved to %2. Fill it in, save it as CSV and choose it "
           "above.")
            .arg(inSentence(recordKindLabel(kind())), QDir::toNativeSeparators(path)));
    return true;
}

bool ImportDialog::readFile() {
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    auto table = CsvReader::parseFile(path);
    m_sourceName = QFileInfo(path).fileName();
    if (!table) {
        const QString message = table.error().code == ErrorCode::Invalid
                                    ? QStringLiteral("%1 %2").arg(m_sourceName, table.error().message)
                                    : table.error().describe();
        m_ui->sourceMessage->setText(message);
        return false;
    }
    const bool sameColumns = m_table.header == table->header;
    m_table = std::move(table).value();
    // A mapping the user made stays while the file keeps its columns (e.g. after correcting it).
    if (!sameColumns || m_mapping.columnCount() != m_table.header.size()) {
        const ColumnMapping suggested = ColumnMapping::suggest(kind(), m_table.header);
        m_mappingShown = !suggested.isPlain(kind(), m_table.header);
        m_mapping = m_mappingShown ? suggested : ColumnMapping();
    }
    m_ui->sourceMessage->clear();
    return true;
}

void ImportDialog::next() {
    switch (step()) {
    case Step::Source:
        if (!readFile())
            return;
        if (m_mappingShown) {
            fillMappingTable(m_ui->mappingTable, kind(), m_table, m_mapping, [this] { onMappingChanged(); });
            onMappingChanged();
            showStep(Step::Mapping);
        } else {
            runPreview();
        }
        return;
    case Step::Mapping:
        m_mapping = mappingFromTable(m_ui->mappingTable);
        runPreview();
        return;
    case Step::Preview:
        return;
    }
}

void ImportDialog::back() {
    if (step() == Step::Preview && m_mappingShown)
        showStep(Step::Mapping);
    else
        showStep(Step::Source);
}

void ImportDialog::recheck() {
    if (readFile())
        runPreview();
    else
        showStep(Step::Source);
}

void ImportDialog::onMappingChanged() {
    const ColumnMapping m = mappingFromTable(m_ui->mappingTable);
    QStringList messages;
    for (const MappingProblem& p : m.problems(kind()))
        messages << p.message;
    if (messages.isEmpty())
        m_ui->mappingMessage->setText(
            m.target(int(m.targetList().indexOf(QStringLiteral("id")))).isEmpty()
                ? tr("No column holds the ID: every record gets the next free number.")
                : QString());
    else
        m_ui->mappingMessage->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                                          .arg(messages.join(QStringLiteral("<br>")).toHtmlEscaped()));
    m_ui->nextButton->setEnabled(messages.isEmpty());
}

void ImportDialog::runPreview() {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = RecordImporter(m_ws).check(kind(), m_table, m_sourceName, m_mapping, PreviewRows);
    QGuiApplication::restoreOverrideCursor();
    if (!preview) {
        MessageBox::critical(this, tr("Import CSV"), preview.error().describe());
        return;
    }
    m_preview = std::move(preview).value();
    fillPreviewTable(m_ui->previewTable, kind(), *m_preview);
    fillProblemTable(m_ui->problemTable, kind(), m_table, *m_preview);
    const QLocale locale;
    const QString register_ = inSentence(recordKindPluralLabel(kind()));
    QString summary;
    if (m_preview->rowCount == 0)
        summary = tr("%1 has no data rows: there is nothing to import.").arg(m_sourceName);
    else if (m_preview->ok())
        summary = tr("%1: %2 %3 are ready to be imported. Nothing has been written yet.")
                      .arg(m_sourceName, locale.toString(m_preview->rowCount), register_);
    else
        summary =
            tr("<b>%1 cannot be imported as it is.</b> %2 Correct the file and press Check again "
               "(or go back to change the columns).")
                .arg(m_sourceName.toHtmlEscaped(),
                     m_preview->problems.size() == 1
                         ? tr("One problem was found.")
                         : tr("%1 problems were found.").arg(locale.toString(m_preview->problems.size())));
    if (m_preview->rows.size() < m_preview->rowCount)
        summary += QLatin1Char(' ') +
                   tr("The table shows the first %1 of %2 rows.")
                       .arg(locale.toString(m_preview->rows.size()), locale.toString(m_preview->rowCount));
    if (!m_preview->notes.isEmpty())
        summary += QLatin1Char(' ') + tr("%n link(s) will be made when the records they name are imported.",
                                         "", int(m_preview->notes.size()));
    m_ui->previewSummary->setText(summary);
    m_ui->problemTable->setVisible(!m_preview->problems.isEmpty());
    showStep(Step::Preview);
}

void ImportDialog::runImport() {
    if (!m_preview || !m_preview->ok() || m_preview->rowCount == 0)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = RecordImporter(m_ws).import(kind(), m_table, m_sourceName, m_mapping);
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        // Changed since the preview (another user, the file): show what the import found.
        MessageBox::critical(this, tr("Import CSV"), report.error().describe());
        return;
    }
    m_report = *report;
    const QStringList& ids = m_report.createdIds;
    QString text = tr("%1 %2 were imported from %3 (%4 to %5).")
                       .arg(ids.size())
                       .arg(inSentence(recordKindPluralLabel(kind())), m_sourceName, ids.value(0),
                            ids.value(ids.size() - 1));
    if (!m_report.notes.isEmpty())
        text += QStringLiteral("\n\n") + tr("Links waiting for records that are not imported yet:") +
                QLatin1Char('\n') + m_report.notes.mid(0, 10).join(QLatin1Char('\n'));
    MessageBox::information(this, tr("Import CSV"), text);
    accept();
}

void ImportDialog::showStep(Step step) {
    m_ui->pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::Source:
        m_ui->stepTitle->setText(tr("1. Register and file"));
        break;
    case Step::Mapping:
        m_ui->stepTitle->setText(tr("2. Columns"));
        break;
    case Step::Preview:
        m_ui->stepTitle->setText(m_mappingShown ? tr("3. Preview") : tr("2. Preview"));
        break;
    }
    updateButtons();
}

void ImportDialog::updateButtons() {
    const Step s = step();
    m_ui->backButton->setVisible(s != Step::Source);
    m_ui->recheckButton->setVisible(s == Step::Preview);
    m_ui->nextButton->setVisible(s != Step::Preview);
    m_ui->importButton->setVisible(s == Step::Preview);
    if (s == Step::Source)
        m_ui->nextButton->setEnabled(!m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->registerCombo->setEnabled(s == Step::Source);
    const bool canImport = s == Step::Preview && m_preview && m_preview->ok() && m_preview->rowCount > 0;
    m_ui->importButton->setEnabled(canImport);
    m_ui->importButton->setDefault(canImport);
    m_ui->nextButton->setDefault(s != Step::Preview);
}

} // namespace qms::gui
