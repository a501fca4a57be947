#include "RevisionDialog.h"

#include "ui_RevisionDialog.h"

#include <QPushButton>

namespace qms::gui {

RevisionDialog::RevisionDialog(const QString& docId, const QString& defaultLabel, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RevisionDialog) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Start new revision of %1").arg(docId));
    m_ui->label->setText(defaultLabel);
    m_ui->summary->setMinimumHeight(80);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->label, &QLineEdit::textChanged, this, &RevisionDialog::updateOk);
    connect(m_ui->summary, &QPlainTextEdit::textChanged, this, &RevisionDialog::updateOk);
    m_ui->summary->setFocus();
    updateOk();
}

RevisionDialog::~RevisionDialog() = default;

QString RevisionDialog::label() const {
    return m_ui->label->text().trimmed();
}
QString RevisionDialog::summary() const {
    return m_ui->summary->toPlainText().trimmed();
}

void RevisionDialog::updateOk() {
    // Both are required by DocumentWorkflow::startRevision; say so before the user presses OK.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!label().isEmpty() && !summary().isEmpty());
}

} // namespace qms::gui
