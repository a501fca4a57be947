#include "PreferencesDialog.h"

#include "report/OrganisationLogo.h"
#include "shell/AppSettings.h"
#include "shell/MessageBox.h"
#include "storage/AutoBackup.h"
#include "storage/ProgrammePolicy.h"
#include "storage/Workspace.h"
#include "ui_PreferencesDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

namespace qms::gui {

PreferencesDialog::PreferencesDialog(Workspace* ws, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PreferencesDialog)
    , m_ws(ws) {
    m_ui->setupUi(this);
    m_ui->reviewInterval->setSuffix(tr(" months"));
    m_ui->reminderHorizon->setSuffix(tr(" days"));
    m_ui->language->addItem(tr("System default"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->logoInfo->setWordWrap(false);
    m_ui->backupFolder->setPlaceholderText(tr("A \"backups\" folder next to the database"));

    const AppSettings settings;
    m_ui->reviewInterval->setValue(settings.defaultReviewIntervalMonths());
    m_ui->reminderHorizon->setValue(settings.reminderHorizonDays());
    m_ui->showReminders->setChecked(settings.showRemindersAtOpen());
    m_ui->autoBackup->setChecked(settings.autoBackupOnOpen());
    m_ui->backupKeep->setValue(settings.autoBackupKeep());
    m_ui->backupFolder->setText(QDir::toNativeSeparators(settings.autoBackupFolder()));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(settings.language())));
    fillOrganisation();

    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    connect(m_ui->autoBackup, &QCheckBox::toggled, this, &PreferencesDialog::updateBackupNote);
    connect(m_ui->backupFolder, &QLineEdit::textChanged, this, &PreferencesDialog::updateBackupNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateBackupNote();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showPage(Page page) {
    m_ui->tabs->setCurrentIndex(int(page));
}

bool PreferencesDialog::organisationEditable(QString* why) const {
    if (!m_ws) {
        *why = tr("Open a database to see and change its organisation details.");
        return false;
    }
    if (m_ws->isReadOnly()) {
        *why = tr("This database is open for review: its organisation details cannot be changed.");
        return false;
    }
    if (m_ws->user().role != Role::QualityManager) {
        *why = tr("Only quality managers can change the organisation details.");
        return false;
    }
    return true;
}

void PreferencesDialog::fillOrganisation() {
    QString why;
    const bool editable = organisationEditable(&why);
    if (m_ws) {
        const OrganisationProfile profile = m_ws->organisationProfile();
        m_ui->organisationName->setText(profile.name);
        m_ui->organisationAddress->setPlainText(profile.address);
        m_logo = profile.logo;
        const ProgrammePolicy policy(*m_ws);
        m_ui->auditCycle->setValue(policy.auditCycleMonths());
        m_ui->managementReviewInterval->setValue(policy.reviewIntervalMonths());
    }
    m_ui->organisationNotice->setText(
        editable
            ? tr("Stored in the database itself, so every copy (an auditor's included) carries it; printed "
                 "on the audit pack's cover. Changes are recorded in the audit trail.")
            : why);
    m_ui->organisationName->setReadOnly(!editable);
    m_ui->organisationAddress->setReadOnly(!editable);
    m_ui->chooseLogoButton->setEnabled(editable);
    m_ui->removeLogoButton->setEnabled(editable);
    m_ui->organisationName->setEnabled(m_ws != nullptr);
    m_ui->organisationAddress->setEnabled(m_ws != nullptr);
    for (QSpinBox* box : {m_ui->auditCycle, m_ui->managementReviewInterval}) {
        box->setReadOnly(!editable);
        box->setEnabled(m_ws != nullptr);
    }
    showLogo();
}

void PreferencesDialog::showLogo() {
    const qreal dpr = devicePixelRatioF();
    const QSize box = m_ui->logoPreview->size() - QSize(8, 8);
    QImage image = report::decodeLogo(m_logo, box * dpr);
    if (image.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(m_logo.isEmpty() ? tr("No logo") : tr("Cannot show this image"));
        m_ui->logoInfo->setText(
            tr("PNG, JPEG or SVG, up to %1. Printed at the top of the audit pack's cover.")
                .arg(QLocale().formattedDataSize(OrganisationProfile::MaxLogoBytes)));
    } else {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(dpr);
        m_ui->logoPreview->setPixmap(pixmap);
        m_ui->logoInfo->setText(tr("%1 image, %2.")
                                    .arg(OrganisationProfile::logoFormat(m_logo).toUpper(),
                                         QLocale().formattedDataSize(m_logo.size())));
    }
    m_ui->removeLogoButton->setEnabled(!m_logo.isEmpty() && m_ui->chooseLogoButton->isEnabled());
}

void PreferencesDialog::chooseLogo() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the organisation's logo"),
                                     AppSettings().lastDirectory(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty() && loadLogo(path))
        AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
}

bool PreferencesDialog::loadLogo(const QString& path) {
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    QString problem;
    QByteArray bytes;
    if (info.size() > OrganisationProfile::MaxLogoBytes) {
        problem =
            tr("%1 is %2; a logo may be at most %3. Save a smaller version of it (a few hundred pixels wide "
               "is plenty) and choose that.")
                .arg(name, QLocale().formattedDataSize(info.size()),
                     QLocale().formattedDataSize(OrganisationProfile::MaxLogoBytes));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            problem = tr("Cannot read %1: %2").arg(name, file.errorString());
        else
            bytes = file.readAll();
        if (problem.isEmpty() && OrganisationProfile::logoFormat(bytes).isEmpty())
            problem = tr("%1 is not a PNG, JPEG or SVG image.").arg(name);
        else if (problem.isEmpty() && report::decodeLogo(bytes, QSize(64, 64)).isNull())
            problem = tr("%1 looks like an image but cannot be read; it may be damaged.").arg(name);
    }
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Logo not used"), problem);
        return false;
    }
    m_logo = bytes;
    showLogo();
    return true;
}

void PreferencesDialog::chooseBackupFolder() {
    const QString start = m_ui->backupFolder->text().isEmpty()
                              ? (m_ws ? QFileInfo(m_ws->path()).absolutePath() : QDir::homePath())
                              : m_ui->backupFolder->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"), start);
    if (!dir.isEmpty())
        m_ui->backupFolder->setText(QDir::toNativeSeparators(dir));
}

void PreferencesDialog::updateBackupNote() {
    const bool on = m_ui->autoBackup->isChecked();
    m_ui->backupKeep->setEnabled(on);
    m_ui->backupFolder->setEnabled(on);
    m_ui->browseFolderButton->setEnabled(on);
    const QString folder = m_ui->backupFolder->text().trimmed();
    QString where;
    if (!folder.isEmpty())
        where =
            tr("Backups go to %1, named after the database and the time, e.g. quality-20261125-091500.qms.")
                .arg(folder);
    else if (m_ws)
        where = tr("Backups go to %1, named after the database and the time.")
                    .arg(QDir::toNativeSeparators(AutoBackup::defaultFolder(m_ws->path())));
    else
        where = tr("Backups go to a \"backups\" folder next to each database, named after the database and "
                   "the time.");
    m_ui->backupsNote->setText(
        where + QLatin1Char(' ') +
        tr("Each copy is checked after writing; then only the oldest backups of that same database are "
           "deleted, nothing else in the folder. Databases opened for review are not backed up. A backup "
           "that "
           "fails is reported in the status bar and never stops the database from opening."));
}

bool PreferencesDialog::apply() {
    QString why;
    if (organisationEditable(&why)) {
        OrganisationProfile profile;
        profile.name = m_ui->organisationName->text();
        profile.address = m_ui->organisationAddress->toPlainText();
        profile.logo = m_logo;
        if (const Status s = m_ws->setOrganisationProfile(profile); !s) {
            showPage(Page::Organisation);
            MessageBox::warning(this, tr("Organisation details not saved"), s.error().describe());
            return false;
        }
        ProgrammePolicy policy(*m_ws);
        Status s = policy.setAuditCycleMonths(m_ui->auditCycle->value());
        if (s)
            s = policy.setReviewIntervalMonths(m_ui->managementReviewInterval->value());
        if (!s) {
            showPage(Page::Organisation);
            MessageBox::warning(this, tr("Organisation details not saved"), s.error().describe());
            return false;
        }
    }
    AppSettings settings;
    settings.setDefaultReviewIntervalMonths(m_ui->reviewInterval->value());
    settings.setReminderHorizonDays(m_ui->reminderHorizon->value());
    settings.setShowRemindersAtOpen(m_ui->showReminders->isChecked());
    settings.setAutoBackupOnOpen(m_ui->autoBackup->isChecked());
    settings.setAutoBackupKeep(m_ui->backupKeep->value());
    settings.setAutoBackupFolder(QDir::fromNativeSeparators(m_ui->backupFolder->text().trimmed()));
    settings.setLanguage(m_ui->language->currentData().toString());
    return true;
}

void PreferencesDialog::accept() {
    if (apply())
        QDialog::accept();
}

} // namespace qms::gui
