#pragma once

#include "storage/OrganisationProfile.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PreferencesDialog;
}

namespace qms {
class Workspace;
}

namespace qms::gui {

// Edit -> Preferences: the organisation's details (kept in the open database, changed by quality
// managers only, audited) and this computer's settings (records, reminders, backups, language),
// kept through AppSettings. OK applies everything; a refused organisation change keeps the dialog
// open with the reason.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    // `ws` may be null (no database open): the organisation page then says so.
    explicit PreferencesDialog(Workspace* ws, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    enum class Page { Organisation, Records, Backups, Language };
    void showPage(Page page);

    // Takes the logo from an image file (size and format checked); false and a message if refused.
    bool loadLogo(const QString& path);
    // Saves the settings and, when changed and allowed, the organisation; false when refused.
    bool apply();

    void accept() override;

private:
    void fillOrganisation();
    void showLogo();
    void chooseLogo();
    void chooseBackupFolder();
    void updateBackupNote();
    bool organisationEditable(QString* why) const;

    const QScopedPointer<Ui::PreferencesDialog> m_ui;
    Workspace* m_ws;
    QByteArray m_logo;
};

} // namespace qms::gui
