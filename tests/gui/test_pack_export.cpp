// File → Export audit pack: the worker job on a real QMS file, the scope dialog's mapping, and the
// preview dialog, all without showing a modal dialog.
#include "MainWindow.h"
#include "pack/PackExportDialog.h"
#include "pack/PackExportFlow.h"
#include "pack/PackExportJob.h"
#include "pack/PackPreviewDialog.h"
#include "shell/MessageBox.h"
#include "storage/DemoData.h"
#include "test_registers_fixture.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace qms;
using namespace qms::gui;

namespace {

// Spins the event loop until the job's queued finished() arrives (or 60 s pass).
bool waitFinished(PackExportJob& job) {
    QElapsedTimer timer;
    timer.start();
    while (job.isRunning() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !job.isRunning() && job.result().has_value();
}

} // namespace

TEST_CASE("Pack export job writes a PDF off the GUI thread", "[gui][pack]") {
    test::RegisterFixture fx;
    const QString out = fx.dir.filePath(QStringLiteral("pack.pdf"));
    PackExportJob job;
    QSignalSpy progressed(&job, &PackExportJob::progressed);
    QSignalSpy finished(&job, &PackExportJob::finished);
    report::PackScope scope;
    scope.title = QStringLiteral("Test pack");
    REQUIRE(job.start(fx.path, fx.ws->user().name, scope, out));
    CHECK_FALSE(job.start(fx.path, fx.ws->user().name, scope, out)); // one at a time
    REQUIRE(waitFinished(job));
    INFO((job.result()->ok() ? QString() : job.result()->error().describe()).toStdString());
    REQUIRE(job.result()->ok());
    CHECK(finished.count() == 1);
    CHECK(finished.at(0).at(0).toBool());
    CHECK(progressed.count() > 0);
    CHECK(job.result()->value().pages > 0);
    CHECK(job.result()->value().count(qms::RecordKind::Nonconformity) == test::RegisterFixture::NcCount);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    SECTION("the preview loads every page") {
        PackPreviewDialog preview(job.result()->value());
        CHECK(preview.pageCount() == job.result()->value().pages);
        const QString copy = fx.dir.filePath(QStringLiteral("copy.pdf"));
        REQUIRE(PackPreviewDialog::copyTo(out, copy).ok());
        CHECK(QFileInfo(copy).size() == QFileInfo(out).size());
    }
}

TEST_CASE("Cancelling a pack export leaves no file", "[gui][pack]") {
    test::RegisterFixture fx;
    const QString out = fx.dir.filePath(QStringLiteral("cancelled.pdf"));
    PackExportJob job;
    // Cancel from the first progress report, as the progress dialog's button would.
    QObject::connect(&job, &PackExportJob::progressed, &job, [&job] { job.cancel(); });
    REQUIRE(job.start(fx.path, QString(), {}, out));
    REQUIRE(waitFinished(job));
    REQUIRE_FALSE(job.result()->ok());
    CHECK(job.wasCancelled());
    CHECK_FALSE(QFile::exists(out));
    // Nor a temporary file beside it.
    CHECK(QDir(fx.dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
}

TEST_CASE("Pack export reports an empty scope and an unwritable path", "[gui][pack]") {
    test::RegisterFixture fx;
    PackExportJob job;
    SECTION("a clause no record is linked to") {
        PackExportDialog dialog(fx.ws->catalogue());
        dialog.selectClauses({QStringLiteral("10.3")});
        const QString out = fx.dir.filePath(QStringLiteral("empty.pdf"));
        REQUIRE(job.start(fx.path, QString(), dialog.scope(), out));
        REQUIRE(waitFinished(job));
        REQUIRE_FALSE(job.result()->ok());
        CHECK(job.result()->error().code == ErrorCode::Invalid);
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("a folder that cannot exist: its parent is a file") {
        const QString out = fx.dir.filePath(QStringLiteral("fixture.qms/pack.pdf"));
        REQUIRE(job.start(fx.path, QString(), {}, out));
        REQUIRE(waitFinished(job));
        REQUIRE_FALSE(job.result()->ok());
        CHECK_FALSE(job.result()->error().describe().isEmpty());
    }
}

TEST_CASE("Pack scope dialog maps its controls to a PackScope", "[gui][pack]") {
    PackExportDialog dialog(ClauseCatalogue::iso9001());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no output file yet
    dialog.setOutputPath(QStringLiteral("/tmp/x.pdf"));
    CHECK(ok->isEnabled());

    report::PackScope scope = dialog.scope();
    CHECK(scope.title.startsWith(QStringLiteral("Audit pack ")));
    CHECK(scope.clauses.isEmpty());
    CHECK(scope.types.isEmpty()); // all four ticked = no restriction
    CHECK_FALSE(scope.hasPeriod());
    CHECK(scope.includeClosed); // auditors sample closed records: in unless left out

    dialog.selectClauses({QStringLiteral("8.7"), QStringLiteral("7.5.3")});
    scope = dialog.scope();
    CHECK(scope.clauses.size() == 2);
    CHECK(scope.clauses.contains(QStringLiteral("8.7")));

    // The detail budget: the default of the core, then whatever the user sets (0: no limit).
    auto* budget = dialog.findChild<QSpinBox*>();
    REQUIRE(budget);
    CHECK(scope.detailBudget == report::PackScope{}.detailBudget);
    budget->setValue(0);
    CHECK(dialog.scope().detailBudget == 0);
    CHECK(budget->text() == QStringLiteral("no limit"));
    budget->setValue(250);
    CHECK(dialog.scope().detailBudget == 250);
}

TEST_CASE("File menu offers the pack export to a read-only auditor", "[gui][pack]") {
    test::RegisterFixture fx;
    fx.ws.reset();
    auto ws = Workspace::open(fx.path, QStringLiteral("aud"), OpenMode::ReadOnly);
    GUI_REQUIRE_OK(ws);
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("exportAuditPackAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled()); // no database open
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    window.setWorkspace(std::move(ws).value());
    CHECK(action->isEnabled());
}

TEST_CASE("The export flow goes from scope dialog to preview", "[gui][pack]") {
    test::RegisterFixture fx;
    const QString out = fx.dir.filePath(QStringLiteral("flow.pdf"));
    QWidget parent;
    int previewPages = -1;
    bool sawScope = false;
    // Plays the user: fills in the scope dialog, then closes the preview. Gives up after 60 s so
    // a failure cannot leave a modal dialog blocking the suite.
    QElapsedTimer timer;
    timer.start();
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* scope = qobject_cast<PackExportDialog*>(modal)) {
            sawScope = true;
            scope->setOutputPath(out);
            scope->accept();
        } else if (auto* preview = qobject_cast<PackPreviewDialog*>(modal)) {
            previewPages = preview->pageCount();
            preview->reject();
        } else if (timer.elapsed() > 60000 && modal) {
            modal->close();
        }
    });
    driver.start(20);
    MessageBox::resetTesting();
    PackExportFlow::run(&parent, *fx.ws);
    driver.stop();
    CHECK(sawScope);
    CHECK(MessageBox::shownCount() == 0);
    CHECK(previewPages > 0);
    CHECK(QFile::exists(out));
}

TEST_CASE("The export flow reports an empty scope in a message box", "[gui][pack]") {
    test::RegisterFixture fx;
    const QString out = fx.dir.filePath(QStringLiteral("empty.pdf"));
    QWidget parent;
    bool sawPreview = false;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* scope = qobject_cast<PackExportDialog*>(modal)) {
            scope->selectClauses({QStringLiteral("10.3")}); // no record is linked to it
            scope->setOutputPath(out);
            scope->accept();
        } else if (auto* preview = qobject_cast<PackPreviewDialog*>(modal)) {
            sawPreview = true;
            preview->reject();
        }
    });
    driver.start(20);
    MessageBox::resetTesting();
    PackExportFlow::run(&parent, *fx.ws);
    driver.stop();
    CHECK_FALSE(sawPreview);
    REQUIRE(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastShown().icon == QMessageBox::Critical);
    CHECK(MessageBox::lastShown().text.contains(out));
    CHECK_FALSE(QFile::exists(out));
}

// Not a test but the screenshot maker for docs/images/pack-preview.png: hidden from the normal run.
//   QMSDESK_SCREENSHOT_DIR=docs/images build/<dir>/tests/test_gui "[.screenshots][pack]"
TEST_CASE("Screenshot of the audit pack preview on the demo database", "[.screenshots][pack]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.qms"));
    {
        auto ws = Workspace::create(path, {QStringLiteral("Demo Precision Engineering Ltd"),
                                           QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
        GUI_REQUIRE_OK(ws);
        GUI_REQUIRE_OK(DemoData::generate(**ws));
    }
    {
        PackExportDialog dialog(ClauseCatalogue::iso9001());
        dialog.selectClauses({QStringLiteral("7.5"), QStringLiteral("8.7")});
        dialog.setOutputPath(QDir::home().filePath(QStringLiteral("Documents/Audit pack 2026.pdf")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.grab().save(out + QStringLiteral("/pack-export-dialog.png")));
    }
    PackExportJob job;
    report::PackScope scope;
    scope.title = QStringLiteral("Audit pack 2026");
    REQUIRE(job.start(path, QString(), scope, dir.filePath(QStringLiteral("pack.pdf"))));
    REQUIRE(waitFinished(job));
    GUI_REQUIRE_OK(*job.result());
    PackPreviewDialog preview(job.result()->value());
    preview.resize(900, 1000);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    QTest::qWait(1500); // QPdfView renders pages asynchronously
    CHECK(preview.grab().save(out + QStringLiteral("/pack-preview.png")));
}
