// Tamper warning at open (a banner naming the records changed behind the application's back) and
// File → Restore from backup (only a backup that verifies replaces the database).

#include "MainWindow.h"
#include "audit/TamperReportDialog.h"
#include "audit/TamperWatch.h"
#include "shell/MessageBox.h"
#include "shell/RestoreBackupFlow.h"
#include "test_registers_fixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace qms;
using namespace qms::gui;
using qms::test::RegisterFixture;

namespace {

// What someone with the sqlite3 shell could do: plain SQL on the file, the app not involved.
void rawSql(const QString& path, const QString& sql) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

bool waitForCheck(TamperWatch* watch, QSignalSpy& spy) {
    return spy.count() > 0 || spy.wait(60000) || !watch->isChecking();
}

qint64 ncCount(MainWindow& window) {
    auto n = window.workspace()->nonconformities().count();
    return n ? *n : -1;
}

} // namespace

TEST_CASE("Tamper warning: a record edited with SQL is named in a banner after opening", "[tamper]") {
    RegisterFixture fx;
    fx.ws.reset();
    rawSql(fx.path, QStringLiteral("UPDATE nonconformities SET title = 'Forged title' WHERE id = 'NC-0007'"));
    MessageBox::resetTesting();
    MainWindow window;
    window.show();
    auto* watch = window.findChild<TamperWatch*>();
    REQUIRE(watch);
    QSignalSpy spy(watch, &TamperWatch::checked);
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    CHECK(MessageBox::shownCount() == 0); // opening is not blocked by a modal box
    REQUIRE(waitForCheck(watch, spy));
    REQUIRE(spy.count() == 1);
    CHECK_FALSE(spy.at(0).at(0).toBool());
    CHECK(watch->isVisible());
    CHECK(watch->bannerText().contains(QStringLiteral("NC-0007")));
    CHECK(watch->bannerText().contains(QStringLiteral("changed outside QMS Desk")));

    watch->showDetails();
    auto* dialog = window.findChild<TamperReportDialog*>();
    REQUIRE(dialog);
    QTreeWidget* list = dialog->problemList();
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == QStringLiteral("NC-0007"))
            row = list->topLevelItem(i);
    REQUIRE(row);
    CHECK(row->text(2).contains(QStringLiteral("Forged title")));
    QSignalSpy open(dialog, &TamperReportDialog::openRecordRequested);
    list->setCurrentItem(row);
    Q_EMIT list->itemActivated(row, 0);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == QStringLiteral("NC-0007"));
    dialog->close();
}

TEST_CASE("Tamper warning: quiet for a clean file", "[tamper]") {
    RegisterFixture fx;
    fx.ws.reset();
    MainWindow window;
    window.show();
    auto* watch = window.findChild<TamperWatch*>();
    REQUIRE(watch);
    QSignalSpy spy(watch, &TamperWatch::checked);
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    REQUIRE(waitForCheck(watch, spy));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toBool());
    CHECK_FALSE(watch->isVisible());
    CHECK(watch->bannerText().isEmpty());
}

TEST_CASE("Restore from backup in the GUI: a verified backup replaces the file, a tampered one is refused",
          "[restore]") {
    RegisterFixture fx;
    const QString backup = fx.dir.filePath(QStringLiteral("backup.qms"));
    GUI_REQUIRE_OK(fx.ws->database().backupTo(backup));
    Nonconformity extra;
    extra.title = QStringLiteral("After the backup");
    extra.description = QStringLiteral("Only in the live file");
    extra.detectedOn = fx.clock->today();
    extra.reportedBy = QStringLiteral("qm");
    extra.responsible = QStringLiteral("qm");
    GUI_REQUIRE_OK(fx.ws->nonconformities().create(extra));
    fx.ws.reset();

    MessageBox::resetTesting();
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    auto* flow = window.findChild<RestoreBackupFlow*>();
    REQUIRE(flow);
    REQUIRE(flow->action()->isEnabled());
    const qint64 live = ncCount(window);

    SECTION("a tampered backup changes nothing") {
        rawSql(backup, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        rawSql(backup, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        CHECK_FALSE(flow->restoreFrom(backup));
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("does not verify")));
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("audit entr")));
        REQUIRE(window.workspace());
        CHECK(ncCount(window) == live);
    }
    SECTION("a good backup is restored and the old file kept") {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(flow->restoreFrom(backup));
        REQUIRE(window.workspace());
        CHECK(ncCount(window) == live - 1);
        CHECK(MessageBox::lastShown().text.contains(QStringLiteral("before-restore")));
        const QStringList kept =
            QDir(fx.dir.path()).entryList({QStringLiteral("fixture.before-restore-*.qms")});
        CHECK(kept.size() == 1);
    }
}

// Not a test: the screenshot of the warning for docs/images (see test_shell_screenshots.cpp).
TEST_CASE("Screenshot of the tamper warning", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    RegisterFixture fx;
    fx.ws.reset();
    rawSql(fx.path, QStringLiteral("UPDATE nonconformities SET title = 'Forged title' WHERE id = 'NC-0007'"));
    rawSql(fx.path,
           QStringLiteral("UPDATE nonconformities SET severity = 'observation' WHERE id = 'NC-0010'"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto* watch = window.findChild<TamperWatch*>();
    QSignalSpy spy(watch, &TamperWatch::checked);
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    window.showPage(MainWindow::Page::Nonconformities);
    REQUIRE(waitForCheck(watch, spy));
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/tamper-warning.png")));
    watch->showDetails();
    auto* dialog = window.findChild<TamperReportDialog*>();
    REQUIRE(dialog);
    QTest::qWait(200);
    CHECK(dialog->grab().save(out + QStringLiteral("/tamper-details.png")));
}
