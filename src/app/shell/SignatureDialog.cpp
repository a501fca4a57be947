#include "SignatureDialog.h"

#include "ui_SignatureDialog.h"

#include <QPushButton>

namespace qms::gui {

SignatureDialog::SignatureDialog(const SignatureRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SignatureDialog) {
    m_ui->setupUi(this);
    m_ui->meaningValue->setText(QStringLiteral("<b>%1</b>").arg(request.meaning.toHtmlEscaped()));
    m_ui->recordValue->setText(request.record);
    m_ui->signerValue->setText(tr("%1 (%2)").arg(request.printedName, request.userName));
    m_ui->errorLabel->setText(request.problem);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_ui->errorLabel->setVisible(!request.problem.isEmpty());
    QPushButton* sign = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    sign->setText(tr("&Sign"));
    sign->setEnabled(false);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this,
            [sign](const QString& text) { sign->setEnabled(!text.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

QString SignatureDialog::password() const {
    return m_ui->passwordEdit->text();
}

} // namespace qms::gui
