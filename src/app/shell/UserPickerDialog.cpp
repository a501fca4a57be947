#include "UserPickerDialog.h"

#include "Icons.h"
#include "ui_OpenAsUserDialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace qms::gui {

UserPickerDialog::UserPickerDialog(const QString& filePath, const QList<User>& users,
                                   const QString& preselect, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::OpenAsUserDialog) {
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(tr("Opening <b>%1</b>").arg(QFileInfo(filePath).fileName().toHtmlEscaped()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    for (const User& u : users) {
        if (!u.active)
            continue;
        auto* item =
            new QListWidgetItem(icon(QStringLiteral("user")),
                                tr("%1 — %2").arg(u.printedName(), enumLabel(u.role)), m_ui->userList);
        item->setData(Qt::UserRole, u.name);
        item->setData(Qt::UserRole + 1, u.hasPassword);
        item->setToolTip(u.name);
        if (u.name.compare(preselect, Qt::CaseInsensitive) == 0)
            m_ui->userList->setCurrentItem(item);
    }
    if (!m_ui->userList->currentItem() && m_ui->userList->count() > 0)
        m_ui->userList->setCurrentRow(0);
    m_ui->readOnlyCheck->setChecked(readOnly);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->problemLabel->hide();
    connect(m_ui->userList, &QListWidget::currentItemChanged, this, [this] { updatePasswordField(); });
    updatePasswordField();
    connect(m_ui->userList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_ui->passwordEdit->isEnabled())
        m_ui->passwordEdit->setFocus();
    else
        m_ui->userList->setFocus();
}

void UserPickerDialog::updatePasswordField() {
    const auto* item = m_ui->userList->currentItem();
    const bool needed = item && item->data(Qt::UserRole + 1).toBool();
    m_ui->passwordEdit->setEnabled(needed);
    m_ui->passwordLabel->setEnabled(needed);
    m_ui->passwordEdit->setPlaceholderText(needed ? QString() : tr("(no password set)"));
    if (!needed)
        m_ui->passwordEdit->clear();
}

QString UserPickerDialog::password() const {
    return m_ui->passwordEdit->text();
}

void UserPickerDialog::setProblem(const QString& text) {
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

UserPickerDialog::~UserPickerDialog() = default;

QString UserPickerDialog::userName() const {
    const auto* item = m_ui->userList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool UserPickerDialog::readOnly() const {
    return m_ui->readOnlyCheck->isChecked();
}

} // namespace qms::gui
