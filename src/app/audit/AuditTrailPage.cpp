#include "AuditTrailPage.h"

#include "AuditTrailModel.h"
#include "shell/Icons.h"
#include "shell/Theme.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>
#include <iterator>
#include <memory>

namespace qms::gui {
namespace {

// Above this many entries the check shows a progress dialog (it reports every 50,000 rows).
constexpr qint64 ProgressThreshold = 50000;
constexpr int MaxProblemsListed = 500;

QString okStyle() {
    return bannerStyleSheet(Tone::Success, QStringLiteral("QFrame#verifyResult"), true);
}
QString failStyle() {
    return bannerStyleSheet(Tone::Error, QStringLiteral("QFrame#verifyResult"), true);
}

} // namespace

AuditTrailPage::AuditTrailPage(Workspace& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("auditTrailPage"));
    m_model = new AuditTrailModel(ws, this);

    auto* heading = new QLabel(
        QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>").arg(tr("Audit trail")),
        this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_verify = new QPushButton(icon(QStringLiteral("verify")), tr("&Verify integrity"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Check the database file and recompute the hash chain of every audit entry"));
    connect(m_verify, &QPushButton::clicked, this, [this] { (void)verifyIntegrity(); });
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addSpacing(12);
    headingRow->addWidget(m_count, 1);
    headingRow->addWidget(m_verify);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditTrailPage::applyFilter);

    auto* filterRow = new QHBoxLayout;
    buildFilters(filterRow);

    m_result = new QFrame(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_resultText = new QLabel(m_result);
    m_resultText->setObjectName(QStringLiteral("verifyResultText"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextFormat(Qt::RichText);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(m_result);
    m_problems->setAccessibleName(tr("Integrity problems"));
    m_problems->setObjectName(QStringLiteral("verifyProblems"));
    m_problems->setMaximumHeight(140);
    m_problems->setToolTip(tr("Double-click a problem to open its record"));
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (parseRecordId(id))
            Q_EMIT openRecord(id);
    });
    auto* close = new QPushButton(tr("Hide"), m_result);
    close->setObjectName(QStringLiteral("verifyHide"));
    connect(close, &QPushButton::clicked, m_result, &QWidget::hide);
    auto* resultLayout = new QGridLayout(m_result);
    resultLayout->setContentsMargins(10, 8, 10, 8);
    resultLayout->addWidget(m_resultText, 0, 0);
    resultLayout->addWidget(close, 0, 1, Qt::AlignTop);
    resultLayout->addWidget(m_problems, 1, 0, 1, 2);
    resultLayout->setColumnStretch(0, 1);
    m_result->hide();

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Audit trail entries"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    // Widths from sample texts, so the columns fit the font (and high-DPI) without guessing.
    const QFontMetrics fm = m_view->fontMetrics();
    const QString samples[] = {QStringLiteral("000000"),
                               QStringLiteral("2026-12-31 23:59:59"),
                               QStringLiteral("quinn"),
                               QStringLiteral("DOC-0000"),
                               QStringLiteral("applicability"),
                               QStringLiteral("effectiveness_due"),
                               QStringLiteral("A longer old value"),
                               QStringLiteral("A longer new value"),
                               QStringLiteral("Reason")};
    for (int c = 0; c < AuditTrailModel::ColumnCount; ++c)
        h->resizeSection(c, fm.horizontalAdvance(samples[c]) + 14);
    connect(m_view, &QTableView::doubleClicked, this, &AuditTrailPage::openRow);
    connect(m_view, &QTableView::activated, this, &AuditTrailPage::openRow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditTrailPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailPage::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);

    // Filters first, then the check, then the table (creation order put the button first).
    QWidget* order[] = {m_user, m_record, m_text, m_fromCheck, m_from, m_toCheck, m_to, m_verify, m_view};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    // Every committed change wrote to the trail.
    connect(&ws.changes(), &RecordChanges::changed, this, &AuditTrailPage::refresh);
}

void AuditTrailPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    if (!m_widthsSpread) {
        m_widthsSpread = true;
        spreadValueColumns();
    }
}

void AuditTrailPage::spreadValueColumns() {
    // Once, when the width is first known: the values deserve the spare room more than the
    // (mostly empty) reason. After that the user's own column widths stand.
    QHeaderView* h = m_view->horizontalHeader();
    layout()->activate();
    int fixed = 0;
    for (int c = 0; c < AuditTrailModel::OldColumn; ++c)
        fixed += h->sectionSize(c);
    const int spare = m_view->viewport()->width() - fixed;
    const int minimum = h->sectionSize(AuditTrailModel::OldColumn) * 3;
    if (spare <= minimum)
        return;
    h->resizeSection(AuditTrailModel::OldColumn, spare * 35 / 100);
    h->resizeSection(AuditTrailModel::NewColumn, spare * 35 / 100);
}

void AuditTrailPage::buildFilters(QHBoxLayout* row) {
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setToolTip(tr("Only entries by this user"));
    m_user->setMinimumContentsLength(12);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecordFilter"));
    m_record->setPlaceholderText(tr("Record id, e.g. NC-0042"));
    m_record->setAccessibleName(tr("Record id"));
    m_record->setClearButtonEnabled(true);
    m_record->setMinimumWidth(m_record->fontMetrics().horizontalAdvance(m_record->placeholderText()) + 40);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditTextFilter"));
    m_text->setPlaceholderText(tr("Text in record, field, values or reason"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    const QDate today = m_ws.clock().today();
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(tr("yyyy-MM-dd", "display format of date fields"));
        d->setEnabled(false);
    }

    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    row->addWidget(userLabel);
    row->addWidget(m_user);
    row->addWidget(m_record);
    row->addWidget(m_text, 1);
    row->addSpacing(6);
    row->addWidget(m_fromCheck);
    row->addWidget(m_from);
    row->addWidget(m_toCheck);
    row->addWidget(m_to);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    for (QLineEdit* e : {m_record, m_text})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QCheckBox* c : {m_fromCheck, m_toCheck})
        connect(c, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromCheck->isChecked());
            m_to->setEnabled(m_toCheck->isChecked());
            applyFilter();
        });
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilter);
}

AuditFilter AuditTrailPage::currentFilter() const {
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.recordId = m_record->text().trimmed().toUpper();
    f.text = m_text->text().trimmed();
    // Dates are the user's local days: from the start of "from" to the end of "to".
    if (m_fromCheck->isChecked())
        f.fromUtc = m_from->date().startOfDay().toUTC();
    if (m_toCheck->isChecked())
        f.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    return f;
}

void AuditTrailPage::refresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reloadUsers();
    applyFilter();
}

void AuditTrailPage::reloadUsers() {
    const QString current = m_user->currentData().toString();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    auto users = m_ws.audit().users();
    if (users) {
        for (const QString& u : *users)
            m_user->addItem(u, u);
    }
    const int i = m_user->findData(current);
    m_user->setCurrentIndex(i < 0 ? 0 : i);
}

void AuditTrailPage::applyFilter() {
    m_debounce->stop();
    if (auto s = m_model->setFilter(currentFilter()); !s)
        m_count->setText(tr("The audit trail could not be read: %1").arg(s.error().describe()));
}

void AuditTrailPage::updateCount() {
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The audit trail could not be read: %1").arg(m_model->lastError()));
        return;
    }
    const QLocale locale;
    const AuditFilter f = currentFilter();
    const bool filtered = !f.user.isEmpty() || !f.recordId.isEmpty() || !f.text.isEmpty() ||
                          f.fromUtc.isValid() || f.toUtc.isValid();
    m_count->setText(filtered
                         ? tr("%1 matching entries, newest first").arg(locale.toString(m_model->totalCount()))
                         : tr("%1 entries, newest first").arg(locale.toString(m_model->totalCount())));
}

void AuditTrailPage::openRow(const QModelIndex& index) {
    const QString id = index.data(AuditTrailModel::RecordIdRole).toString();
    // Users, clauses and attachments have trail entries too, but no record editor.
    if (parseRecordId(id))
        Q_EMIT openRecord(id);
}

Result<VerifyReport> AuditTrailPage::verifyIntegrity() {
    auto total = m_ws.audit().count({});
    const qint64 entries = total ? *total : 0;
    std::unique_ptr<QProgressDialog> progress;
    if (entries > ProgressThreshold) {
        progress = std::make_unique<QProgressDialog>(tr("Verifying the audit trail…"), tr("Cancel"), 0,
                                                     int(std::min<qint64>(entries, INT_MAX)), this);
        progress->setWindowTitle(tr("Verify integrity"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setValue(0);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_ws.verify([&](qint64 done) {
        if (!progress)
            return true;
        progress->setValue(int(std::min<qint64>(done, progress->maximum())));
        return !progress->wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    if (!report) {
        showVerifyError(report.error().code == ErrorCode::Cancelled ? tr("Verification was cancelled.")
                                                                    : report.error().describe());
        return report;
    }
    showReport(*report);
    return report;
}

void AuditTrailPage::showVerifyError(const QString& message) {
    m_result->setStyleSheet(failStyle());
    m_resultText->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(tr("Verification did not complete."), message.toHtmlEscaped()));
    m_problems->clear();
    m_problems->hide();
    m_result->show();
}

void AuditTrailPage::showReport(const VerifyReport& report) {
    const QLocale locale;
    m_problems->clear();
    m_result->setProperty("verified", report.ok());
    if (report.ok()) {
        m_result->setStyleSheet(okStyle());
        m_resultText->setText(QStringLiteral("<b>%1</b><br>%2")
                                  .arg(tr("&#10004; Verified %1 entries, chain head %2…")
                                           .arg(locale.toString(report.entries), report.head.shortHash()),
                                       tr("The hash chain is unbroken, %1 records match their trail and "
                                          "SQLite's integrity check "
                                          "passed.")
                                           .arg(locale.toString(report.recordsChecked))
                                           .toHtmlEscaped()));
        m_problems->hide();
        m_result->show();
        return;
    }
    m_result->setStyleSheet(failStyle());
    const qsizetype count = report.problems.size() + report.integrityProblems.size();
    m_resultText->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("&#10008; Integrity problems found: %1").arg(locale.toString(count)),
                 tr("Checked %1 entries. Keep this file unchanged and restore the last good backup; "
                    "the entries listed below were altered, removed or do not match their record.")
                     .arg(locale.toString(report.entries))
                     .toHtmlEscaped()));
    for (const QString& p : report.integrityProblems)
        m_problems->addItem(tr("Database: %1").arg(p));
    for (const AuditProblem& p : report.problems) {
        if (m_problems->count() >= MaxProblemsListed) {
            m_problems->addItem(tr("… and %1 more").arg(count - MaxProblemsListed));
            break;
        }
        QStringList parts;
        if (p.seq > 0)
            parts << tr("Entry %1").arg(p.seq);
        if (!p.recordId.isEmpty())
            parts << p.recordId;
        parts << p.message;
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_problems);
        item->setData(Qt::UserRole, p.recordId);
        item->setIcon(icon(QStringLiteral("verify-failed")));
    }
    m_problems->show();
    m_result->show();
}

} // namespace qms::gui
