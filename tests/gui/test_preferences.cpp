// Preferences dialog, automatic backup on open, reminders at open.

#include "MainWindow.h"
#include "editors/DocumentEditor.h"
#include "editors/EditorLauncher.h"
#include "prefs/PreferencesDialog.h"
#include "reminders/ReminderDialog.h"
#include "reminders/ReminderFlow.h"
#include "shell/AppSettings.h"
#include "shell/MessageBox.h"
#include "storage/AutoBackup.h"
#include "storage/test_dashboard_fixture.h"
#include "test_editors_support.h"
#include "test_registers_fixture.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace qms;
using namespace qms::gui;
using qms::test::DashboardFixture;
using qms::test::RegisterFixture;

namespace {

template <typename T> T* child(QWidget* parent, const char* name) {
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QString writePng(const QString& path, QSize size) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x17, 0x45, 0x6e));
    REQUIRE(image.save(path, "PNG"));
    return path;
}

// Settings this file changes, back to their defaults (the settings file is shared by the process).
void resetPreferences() {
    QSettings settings;
    for (const char* key :
         {"ui/language", "Records/defaultReviewIntervalMonths", "Records/reminderHorizonDays",
          "Reminders/showAtOpen", "Backups/onOpen", "Backups/keep", "Backups/folder"})
        settings.remove(QString::fromLatin1(key));
}

} // namespace

TEST_CASE("Preferences: this computer's settings are saved through AppSettings", "[gui][prefs]") {
    resetPreferences();
    MessageBox::resetTesting();
    PreferencesDialog dialog(nullptr);
    // No database: the organisation page says so and cannot be edited.
    CHECK(child<QLabel>(&dialog, "organisationNotice")->text().contains(QStringLiteral("Open a database")));
    CHECK_FALSE(child<QLineEdit>(&dialog, "organisationName")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "chooseLogoButton")->isEnabled());
    // Defaults.
    CHECK(child<QSpinBox>(&dialog, "reviewInterval")->value() == 12);
    CHECK(child<QSpinBox>(&dialog, "reminderHorizon")->value() == 30);
    CHECK(child<QCheckBox>(&dialog, "showReminders")->isChecked());
    CHECK_FALSE(child<QCheckBox>(&dialog, "autoBackup")->isChecked());
    CHECK_FALSE(child<QSpinBox>(&dialog, "backupKeep")->isEnabled()); // only with backups on
    CHECK(child<QSpinBox>(&dialog, "backupKeep")->value() == 10);
    CHECK(child<QComboBox>(&dialog, "language")->currentData().toString().isEmpty());

    child<QSpinBox>(&dialog, "reviewInterval")->setValue(24);
    child<QSpinBox>(&dialog, "reminderHorizon")->setValue(14);
    child<QCheckBox>(&dialog, "showReminders")->setChecked(false);
    child<QCheckBox>(&dialog, "autoBackup")->setChecked(true);
    CHECK(child<QSpinBox>(&dialog, "backupKeep")->isEnabled());
    child<QSpinBox>(&dialog, "backupKeep")->setValue(4);
    child<QLineEdit>(&dialog, "backupFolder")->setText(QStringLiteral("/srv/qms-backups"));
    auto* language = child<QComboBox>(&dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    CHECK(child<QLabel>(&dialog, "languageNote")->text().contains(QStringLiteral("next time")));
    REQUIRE(dialog.apply());
    CHECK(MessageBox::shownCount() == 0);

    const AppSettings s;
    CHECK(s.defaultReviewIntervalMonths() == 24);
    CHECK(s.reminderHorizonDays() == 14);
    CHECK_FALSE(s.showRemindersAtOpen());
    CHECK(s.autoBackupOnOpen());
    CHECK(s.autoBackupKeep() == 4);
    CHECK(s.autoBackupFolder() == QStringLiteral("/srv/qms-backups"));
    CHECK(s.language() == QStringLiteral("de"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() ==
          QStringLiteral("de")); // h-i18n reads it

    // A new dialog shows what was saved.
    PreferencesDialog again(nullptr);
    CHECK(child<QSpinBox>(&again, "reviewInterval")->value() == 24);
    CHECK(child<QComboBox>(&again, "language")->currentText() == QStringLiteral("Deutsch"));
    resetPreferences();
}

TEST_CASE("Preferences: a quality manager sets address and logo; they go into the database", "[gui][prefs]") {
    RegisterFixture fx;
    MessageBox::resetTesting();
    PreferencesDialog dialog(fx.ws.get());
    CHECK(child<QLineEdit>(&dialog, "organisationName")->text() == QStringLiteral("Acme"));
    CHECK(child<QLabel>(&dialog, "logoPreview")->text() == QStringLiteral("No logo"));

    // Too big, and not an image: refused with a message, nothing changes.
    const QString big =
        fx.dir.writeFile(QStringLiteral("big.png"), QByteArray("\x89PNG\r\n\x1a\n") +
                                                        QByteArray(OrganisationProfile::MaxLogoBytes, 'x'));
    CHECK_FALSE(dialog.loadLogo(big));
    CHECK(MessageBox::lastShown().text.contains(QStringLiteral("at most")));
    const QString text = fx.dir.writeFile(QStringLiteral("logo.png"), "just text");
    CHECK_FALSE(dialog.loadLogo(text));
    CHECK(MessageBox::lastShown().text.contains(QStringLiteral("not a PNG, JPEG or SVG")));
    CHECK(child<QLabel>(&dialog, "logoPreview")->pixmap().isNull());

    const QString png = writePng(fx.dir.filePath(QStringLiteral("acme.png")), QSize(300, 100));
    REQUIRE(dialog.loadLogo(png));
    CHECK_FALSE(child<QLabel>(&dialog, "logoPreview")->pixmap().isNull());
    CHECK(child<QLabel>(&dialog, "logoInfo")->text().startsWith(QStringLiteral("PNG image")));
    child<QPlainTextEdit>(&dialog, "organisationAddress")
        ->setPlainText(QStringLiteral("1 Quay Road\nBristol"));

    const qint64 before = *fx.ws->audit().count({});
    REQUIRE(dialog.apply());
    const OrganisationProfile saved = fx.ws->organisationProfile();
    CHECK(saved.address == QStringLiteral("1 Quay Road\nBristol"));
    QFile file(png);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(saved.logo == file.readAll());
    CHECK(*fx.ws->audit().count({}) == before + 2);

    // An empty name is refused: the dialog stays, with the reason.
    child<QLineEdit>(&dialog, "organisationName")->clear();
    CHECK_FALSE(dialog.apply());
    CHECK(MessageBox::lastShown().text.contains(QStringLiteral("organisation's name")));
    CHECK(fx.ws->organisation() == QStringLiteral("Acme"));

    // Remove drops the logo.
    child<QLineEdit>(&dialog, "organisationName")->setText(QStringLiteral("Acme"));
    QTest::mouseClick(child<QPushButton>(&dialog, "removeLogoButton"), Qt::LeftButton);
    REQUIRE(dialog.apply());
    CHECK(fx.ws->organisationProfile().logo.isEmpty());
}

TEST_CASE("Preferences: others see the organisation details read-only", "[gui][prefs]") {
    RegisterFixture fx;
    OrganisationProfile profile = fx.ws->organisationProfile();
    profile.address = QStringLiteral("1 Quay Road");
    GUI_REQUIRE_OK(fx.ws->setOrganisationProfile(profile));
    fx.ws.reset();
    auto auditor = Workspace::open(fx.path, QStringLiteral("aud"));
    GUI_REQUIRE_OK(auditor);
    PreferencesDialog dialog(auditor->get());
    CHECK(child<QLabel>(&dialog, "organisationNotice")->text().contains(QStringLiteral("review")));
    CHECK(child<QPlainTextEdit>(&dialog, "organisationAddress")->toPlainText() ==
          QStringLiteral("1 Quay Road"));
    CHECK(child<QLineEdit>(&dialog, "organisationName")->isReadOnly());
    CHECK(child<QPlainTextEdit>(&dialog, "organisationAddress")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&dialog, "chooseLogoButton")->isEnabled());
    CHECK(dialog.apply()); // the computer's settings still save
}

TEST_CASE("Preferences: new documents start with the default review interval", "[gui][prefs]") {
    resetPreferences();
    AppSettings().setDefaultReviewIntervalMonths(6);
    qms::test::editors::EditorFixture f;
    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<DocumentEditor*>(launcher.createEditor(RecordKind::Document));
    CHECK(editor->findChild<QSpinBox*>(QStringLiteral("reviewInterval"))->value() == 6);
    qms::test::editors::typeInto(editor, "title", QStringLiteral("Calibration"));
    REQUIRE(editor->save());
    auto doc = f.ws->documents().get(editor->recordId());
    REQUIRE(doc.ok());
    CHECK(doc->reviewIntervalMonths == 6);
    resetPreferences();
}

TEST_CASE("Reminders: shown after opening, clickable, can be switched off, quiet when nothing is due",
          "[gui][reminders]") {
    resetPreferences();
    MessageBox::resetTesting();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    {
        DashboardFixture fx;
        window.setWorkspace(std::move(fx.ws));
        // Shown once the window has painted the opened file.
        REQUIRE(QTest::qWaitFor([&window] { return ReminderFlow::dialogOf(window) != nullptr; }, 10000));
        ReminderDialog* dialog = ReminderFlow::dialogOf(window);
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->listedIds() ==
              QStringList{"CA-0001", "CA-0003", "DOC-0005", "DOC-0001", "DOC-0002", "CA-0004", "CA-0005"});
        // Clicking a row opens the record.
        QTreeWidget* tree = dialog->tree();
        QTreeWidgetItem* first = tree->topLevelItem(0)->child(0);
        tree->scrollToItem(first);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(first).center());
        REQUIRE(window.editors()->editorFor(QStringLiteral("CA-0001")));
        CHECK(dialog->isVisible()); // stays to work through the list

        // "Don't show at open".
        dialog->dontShowAtOpen()->setChecked(true);
        CHECK_FALSE(AppSettings().showRemindersAtOpen());
        REQUIRE(window.closeDatabase());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK_FALSE(ReminderFlow::dialogOf(window)); // closed with its database
    }
    {
        DashboardFixture fx;
        window.setWorkspace(std::move(fx.ws));
        QTest::qWait(300); // past the first paint, when it would show
        CHECK_FALSE(ReminderFlow::dialogOf(window));
        REQUIRE(window.closeDatabase());
    }
    AppSettings().setShowRemindersAtOpen(true);
    {
        // Nothing due: nothing shown.
        qms::test::TempDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("empty.qms")),
                                    {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")});
        GUI_REQUIRE_OK(ws);
        window.setWorkspace(std::move(ws).value());
        QTest::qWait(300); // past the first paint, when it would show
        CHECK_FALSE(ReminderFlow::dialogOf(window));
        REQUIRE(window.closeDatabase());
    }
    CHECK(MessageBox::shownCount() == 0);
    resetPreferences();
}

TEST_CASE("Auto backup: opening writes a backup when switched on, failures only warn", "[gui][prefs]") {
    resetPreferences();
    RegisterFixture fx;
    fx.ws.reset();
    MessageBox::resetTesting();
    AppSettings().setShowRemindersAtOpen(false);
    MainWindow window;
    window.show();
    const QString folder = AutoBackup::defaultFolder(fx.path);

    // Off by default.
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    CHECK(AutoBackup::backupsIn(folder, fx.path).isEmpty());
    REQUIRE(window.closeDatabase());

    AppSettings().setAutoBackupOnOpen(true);
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    CHECK(AutoBackup::backupsIn(folder, fx.path).size() == 1);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to")));
    REQUIRE(window.closeDatabase());

    // Review sessions are not backed up.
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("aud")));
    REQUIRE(window.workspace()->isReadOnly());
    REQUIRE(window.closeDatabase());

    // A folder that cannot be used: the database opens all the same, the status bar says why.
    const QString notAFolder = fx.dir.writeFile(QStringLiteral("not-a-folder"), "x");
    AppSettings().setAutoBackupFolder(notAFolder);
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    CHECK(window.workspace());
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Automatic backup failed")));
    CHECK(MessageBox::shownCount() == 0);
    CHECK(AutoBackup::backupsIn(folder, fx.path).size() == 1);
    REQUIRE(window.closeDatabase());
    resetPreferences();
}
