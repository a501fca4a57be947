#include "MainWindow.h"
#include "registers/FilterBar.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "search/SearchPopup.h"
#include "shell/AppSettings.h"
#include "shell/DatabaseOpener.h"
#include "shell/MessageBox.h"
#include "shell/WorkspaceStatus.h"
#include "test_registers_fixture.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace qms;
using namespace qms::gui;
using qms::test::RegisterFixture;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("MainWindow: opening a database shows file, user and role in the status bar", "[shell]") {
    RegisterFixture fx;
    fx.ws.reset();
    MessageBox::resetTesting();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    REQUIRE(window.workspace());
    CHECK(MessageBox::shownCount() == 0);
    CHECK(window.workspaceStatus()->fileText() == QStringLiteral("fixture.qms"));
    CHECK(window.workspaceStatus()->userText() == QStringLiteral("Quinn Manning (Quality manager)"));
    CHECK_FALSE(window.workspaceStatus()->isReadOnlyBadgeShown());
    CHECK(window.windowTitle().contains(QStringLiteral("Acme")));

    window.showPage(MainWindow::Page::Nonconformities);
    CHECK(window.newRecordAction()->isEnabled());
    CHECK(window.newRecordAction()->text().contains(QStringLiteral("nonconformity")));
    window.showPage(MainWindow::Page::Dashboard);
    CHECK_FALSE(window.newRecordAction()->isEnabled());

    // A dashboard card's preset opens the filtered register.
    RegisterPreset preset;
    preset.kind = RecordKind::Nonconformity;
    preset.overdueOnly = true;
    window.openRegister(preset);
    CHECK(window.currentPage() == MainWindow::Page::Nonconformities);
    CHECK(window.registerView(RecordKind::Nonconformity)->model()->filteredCount() == 1);
    CHECK(window.registerView(RecordKind::Nonconformity)->filterBar()->countText() ==
          QStringLiteral("showing 1 of 250"));

    CHECK(AppSettings().recentFiles().value(0) == QFileInfo(fx.path).absoluteFilePath());
    CHECK(AppSettings().lastUser(fx.path) == QStringLiteral("qm"));
    REQUIRE(window.closeDatabase());
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("MainWindow: an auditor gets the read-only badge and no write actions", "[shell]") {
    RegisterFixture fx;
    fx.ws.reset();
    MessageBox::resetTesting();
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("aud")));
    CHECK(window.workspace()->isReadOnly());
    CHECK(window.workspaceStatus()->userText() == QStringLiteral("Ada Auditor (Auditor)"));
    CHECK(window.workspaceStatus()->isReadOnlyBadgeShown());
    window.showPage(MainWindow::Page::Nonconformities);
    CHECK_FALSE(window.newRecordAction()->isEnabled());
    CHECK(window.newRecordAction()->toolTip().contains(QStringLiteral("Auditors")));

    // A hooked writing action follows the role too; a reading one stays enabled.
    auto* writes = new QAction(QStringLiteral("Import…"), &window);
    auto* reads = new QAction(QStringLiteral("Audit pack…"), &window);
    window.addFileAction(writes, true);
    window.addFileAction(reads, false);
    CHECK_FALSE(writes->isEnabled());
    CHECK(reads->isEnabled());
}

TEST_CASE("MainWindow: opening for review shows the badge for a quality manager too", "[shell]") {
    RegisterFixture fx;
    fx.ws.reset();
    MainWindow window;
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm"), OpenMode::ReadOnly));
    CHECK(window.workspaceStatus()->isReadOnlyBadgeShown());
    window.showPage(MainWindow::Page::Documents);
    CHECK_FALSE(window.newRecordAction()->isEnabled());
    CHECK(window.newRecordAction()->toolTip().contains(QStringLiteral("read-only")));
}

TEST_CASE("MainWindow: wrong files give a clear message and stay untouched", "[shell]") {
    qms::test::TempDir dir;
    MainWindow window;

    SECTION("not a QMS Desk database") {
        const QString path = dir.writeFile(QStringLiteral("notes.qms"),
                                           QByteArray("just some text, not SQLite\n").repeated(50));
        const QByteArray before = fileHash(path);
        MessageBox::resetTesting();
        CHECK_FALSE(window.openDatabase(path, QStringLiteral("qm")));
        CHECK(window.workspace() == nullptr);
        REQUIRE(MessageBox::shownCount() == 1);
        CHECK(MessageBox::lastShown().icon == QMessageBox::Critical);
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("notes.qms is not a QMS Desk database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a newer schema") {
        const QString path = dir.filePath(QStringLiteral("future.qms"));
        {
            auto created =
                Workspace::create(path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Q")});
            GUI_REQUIRE_OK(created);
        }
        {
            // Pretend a future QMS Desk wrote it.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileHash(path);
        MessageBox::resetTesting();
        CHECK_FALSE(window.openDatabase(path, QStringLiteral("qm")));
        REQUIRE(MessageBox::shownCount() == 1);
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("newer QMS Desk")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file") {
        MessageBox::resetTesting();
        CHECK_FALSE(window.openDatabase(dir.filePath(QStringLiteral("gone.qms")), QStringLiteral("qm")));
        REQUIRE(MessageBox::shownCount() == 1);
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("gone.qms")));
    }
}

TEST_CASE("SearchPopup: results grouped by record type", "[shell]") {
    RegisterFixture fx;
    SearchPopup popup(*fx.ws, nullptr);
    popup.lineEdit()->setText(QStringLiteral("scratch"));
    popup.runSearch();
    CHECK(popup.resultCount() == 25);
    REQUIRE(popup.results()->topLevelItemCount() == 1);
    CHECK(popup.results()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Nonconformities")));

    popup.lineEdit()->setText(QStringLiteral("label printer"));
    popup.runSearch();
    CHECK(popup.resultCount() == 1);
    CHECK(popup.results()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Corrective actions")));

    QSignalSpy open(&popup, &SearchPopup::openRecord);
    QTest::keyClick(popup.lineEdit(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("CA-0002"));
}

TEST_CASE("AppSettings: recent files are most recent first, unique and existing", "[shell]") {
    qms::test::TempDir dir;
    AppSettings settings;
    settings.clearRecentFiles();
    const QString a = dir.writeFile(QStringLiteral("a.qms"), "x");
    const QString b = dir.writeFile(QStringLiteral("b.qms"), "x");
    settings.addRecentFile(a);
    settings.addRecentFile(b);
    settings.addRecentFile(a);
    CHECK(settings.recentFiles() == QStringList{a, b});
    QFile::remove(b);
    CHECK(settings.recentFiles() == QStringList{a});
    settings.setLastUser(a, QStringLiteral("jane"));
    CHECK(settings.lastUser(a) == QStringLiteral("jane"));
    CHECK(settings.lastUser(b).isEmpty());
}
