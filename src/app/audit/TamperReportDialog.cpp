#include "TamperReportDialog.h"

#include "domain/Enums.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qms::gui {

TamperReportDialog::TamperReportDialog(const VerifyReport& report, const QString& error, const QString& file,
                                       QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("tamperReportDialog"));
    setWindowTitle(tr("Integrity problems"));
    resize(900, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Verifying %1 found changes made outside QMS Desk (for example with an SQLite tool). The records "
           "below do not match their audit trail, or the trail itself was altered. Compare them with a "
           "backup and restore it if needed (File → Restore from backup…).")
            .arg(file));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("tamperProblemList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Record"), tr("Audit entry"), tr("Problem")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    const auto add = [this](const QString& record, qint64 seq, const QString& message) {
        auto* item =
            new QTreeWidgetItem(m_list, {record, seq > 0 ? QString::number(seq) : QString(), message});
        item->setToolTip(2, message);
    };
    if (!error.isEmpty())
        add({}, 0, error);
    for (const QString& p : report.integrityProblems)
        add({}, 0, tr("SQLite: %1").arg(p));
    for (const AuditProblem& p : report.problems)
        add(p.recordId, p.seq, p.message);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("tamperOpenRecordButton"));
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &TamperReportDialog::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!selectedRecord().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &TamperReportDialog::openSelected);
    layout->addWidget(buttons);
}

QString TamperReportDialog::selectedRecord() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return {};
    // Only records open in an editor; users, clauses and attachments are named but not opened.
    const QString id = item->text(0);
    return parseRecordId(id) ? id : QString();
}

void TamperReportDialog::openSelected() {
    const QString id = selectedRecord();
    if (!id.isEmpty())
        Q_EMIT openRecordRequested(id);
}

} // namespace qms::gui
