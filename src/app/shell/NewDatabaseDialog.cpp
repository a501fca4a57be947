#include "NewDatabaseDialog.h"

#include "AppSettings.h"
#include "ui_NewDatabaseDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>

namespace qms::gui {

NewDatabaseDialog::NewDatabaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewDatabaseDialog) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    const QString dir =
        AppSettings().lastDirectory().isEmpty() ? QDir::homePath() : AppSettings().lastDirectory();
    m_ui->fileEdit->setText(QDir(dir).filePath(QStringLiteral("quality.qms")));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_ui->fileEdit, m_ui->organisationEdit, m_ui->userNameEdit, m_ui->displayNameEdit})
        connect(e, &QLineEdit::textChanged, this, &NewDatabaseDialog::validate);
    m_ui->organisationEdit->setFocus();
    validate();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

QString NewDatabaseDialog::filePath() const {
    QString p = m_ui->fileEdit->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QLatin1String(".qms"), Qt::CaseInsensitive))
        p += QLatin1String(".qms");
    return p;
}

Workspace::CreateOptions NewDatabaseDialog::options() const {
    Workspace::CreateOptions o;
    o.organisation = m_ui->organisationEdit->text().trimmed();
    o.adminName = m_ui->userNameEdit->text().trimmed();
    o.adminDisplayName = m_ui->displayNameEdit->text().trimmed();
    return o;
}

void NewDatabaseDialog::setValues(const QString& path, const QString& organisation, const QString& user,
                                  const QString& displayName) {
    m_ui->fileEdit->setText(path);
    m_ui->organisationEdit->setText(organisation);
    m_ui->userNameEdit->setText(user);
    m_ui->displayNameEdit->setText(displayName);
}

void NewDatabaseDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New QMS database"), filePath(),
                                                        tr("QMS Desk databases (*.qms)"));
    if (!chosen.isEmpty())
        m_ui->fileEdit->setText(chosen);
}

void NewDatabaseDialog::validate() {
    // Say what is missing next to the button instead of a silently disabled OK.
    QString problem;
    const QString path = filePath();
    static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (path.isEmpty())
        problem = tr("Choose where to save the file.");
    else if (QFileInfo::exists(path))
        problem =
            tr("%1 already exists: choose another name (an existing database is opened with File ▸ Open).")
                .arg(QFileInfo(path).fileName());
    else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.").arg(QFileInfo(path).absolutePath());
    else if (m_ui->organisationEdit->text().trimmed().isEmpty())
        problem = tr("Enter the organisation's name.");
    else if (m_ui->userNameEdit->text().trimmed().isEmpty())
        problem = tr("Enter a user name for the first quality manager.");
    else if (!userName.match(m_ui->userNameEdit->text().trimmed()).hasMatch())
        problem = tr("User names use letters, digits, '.', '_' and '-' only.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace qms::gui
