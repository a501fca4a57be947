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
        item->setToolTip(u.name);
        if (u.name.compare(preselect, Qt::CaseInsensitive) == 0)
            m_ui->userList->setCurrentItem(item);
    }
    if (!m_ui->userList->currentItem() && m_ui->userList->count() > 0)
        m_ui->userList->setCurrentRow(0);
    m_ui->readOnlyCheck->setChecked(readOnly);
    connect(m_ui->userList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->userList->setFocus();
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
