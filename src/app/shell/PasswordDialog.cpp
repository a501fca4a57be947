#include "PasswordDialog.h"

#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "ui_PasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace qms::gui {

PasswordDialog::PasswordDialog(Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PasswordDialog)
    , m_ws(ws) {
    m_ui->setupUi(this);
    const bool hasOne = ws.user().hasPassword;
    setWindowTitle(hasOne ? tr("Change my password") : tr("Set my password"));
    m_ui->introLabel->setText(
        tr("%1 (%2): with a password, opening this file as you and signing approvals need it. "
           "At least 8 characters.")
            .arg(ws.user().printedName(), ws.user().name));
    m_ui->currentLabel->setVisible(hasOne);
    m_ui->currentEdit->setVisible(hasOne);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->problemLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (hasOne ? m_ui->currentEdit : m_ui->newEdit)->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::showProblem(const QString& text) {
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

QString PasswordDialog::problem() const {
    return m_ui->problemLabel->text();
}

void PasswordDialog::accept() {
    if (m_ui->newEdit->text() != m_ui->repeatEdit->text()) {
        showProblem(tr("The two new passwords differ."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // hashing takes about a second, on purpose
    const Status s =
        m_ws.users().setPassword(m_ws.user().name, m_ui->newEdit->text(), m_ui->currentEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        showProblem(s.error().describe());
        return;
    }
    if (auto r = m_ws.reloadUser(); !r) {
        showProblem(r.error().describe());
        return;
    }
    QDialog::accept();
}

} // namespace qms::gui
