#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "editors/EditorLauncher.h"
#include "registers/FilterBar.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "shell/AppSettings.h"
#include "test_registers_fixture.h"

#include <QTableView>
#include <QTest>

using namespace qms;
using namespace qms::gui;
using qms::test::RegisterFixture;

namespace {

QStringList builtRegisters(const MainWindow& window) {
    QStringList names;
    for (const RegisterView* view : window.findChildren<RegisterView*>())
        names << view->objectName();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("MainWindow: a register is built on its first visit, and works as before", "[shell]") {
    RegisterFixture fx;
    fx.ws.reset();
    const bool reminders = AppSettings().showRemindersAtOpen();
    AppSettings().setShowRemindersAtOpen(false);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    CHECK(window.currentPage() == MainWindow::Page::Dashboard);
    CHECK(builtRegisters(window).isEmpty());

    window.showPage(MainWindow::Page::Nonconformities);
    CHECK(builtRegisters(window) == QStringList{QStringLiteral("register_nonconformities")});
    RegisterView* ncs = window.registerView(RecordKind::Nonconformity);
    REQUIRE(ncs);
    CHECK(ncs->isVisible());
    CHECK(ncs->model()->filteredCount() == RegisterFixture::NcCount);
    CHECK(ncs->model()->rowCount() == RegisterModel::PageSize);
    CHECK(ncs->model()->idAt(0) == QStringLiteral("NC-0250")); // newest first, as before

    // Asking for a register builds it without showing it (print, presets, tests).
    RegisterView* cas = window.registerView(RecordKind::CorrectiveAction);
    REQUIRE(cas);
    CHECK_FALSE(cas->isVisible());
    CHECK(builtRegisters(window).size() == 2);
    CHECK(window.currentPage() == MainWindow::Page::Nonconformities);

    // A write updates the registers built so far (through ws.changes()); one built later reads
    // the saved state anyway.
    NonconformityRepository& repo = window.workspace()->nonconformities();
    Nonconformity nc;
    nc.title = QStringLiteral("Torn packaging");
    nc.description = QStringLiteral("Found at goods-in");
    nc.severity = Severity::Minor;
    nc.detectedOn = QDate(2026, 6, 14);
    nc.reportedBy = QStringLiteral("qm");
    GUI_REQUIRE_OK(repo.create(nc));
    Document doc;
    doc.title = QStringLiteral("Packaging instruction");
    doc.owner = QStringLiteral("qm");
    doc.revision = QStringLiteral("A");
    auto savedDoc = window.workspace()->documents().create(doc);
    GUI_REQUIRE_OK(savedDoc);
    CHECK(ncs->model()->filteredCount() == RegisterFixture::NcCount + 1);
    window.showPage(MainWindow::Page::Documents);
    RegisterView* docs = window.registerView(RecordKind::Document);
    REQUIRE(docs);
    CHECK(docs->isVisible());
    CHECK(docs->model()->filteredCount() >= 1);
    CHECK(docs->model()->rowOf(savedDoc->meta.id) >= 0);

    REQUIRE(window.closeDatabase());
    CHECK(builtRegisters(window).isEmpty());
    AppSettings().setShowRemindersAtOpen(reminders);
}

TEST_CASE("RegisterModel: a deferred model reads nothing until released, then with its set sort", "[shell]") {
    RegisterFixture fx;
    RegisterModel model(*fx.ws, RecordKind::Nonconformity, nullptr, RegisterModel::FirstRead::Deferred);
    CHECK(model.rowCount() == 0);
    CHECK(model.filteredCount() == 0);
    model.sort(0, Qt::AscendingOrder);
    CHECK(model.rowCount() == 0);
    model.releaseReads();
    CHECK(model.filteredCount() == RegisterFixture::NcCount);
    CHECK(model.rowCount() == RegisterModel::PageSize);
    CHECK(model.idAt(0) == QStringLiteral("NC-0001"));
    model.sort(0, Qt::DescendingOrder); // reads at once from now on
    CHECK(model.idAt(0) == QStringLiteral("NC-0250"));
}
