// Not a test but the screenshot maker for docs/images: hidden from the normal run.
//   QMSDESK_SCREENSHOT_DIR=docs/images xvfb-run -s "-screen 0 1280x800x24"
//       build/<dir>/tests/test_gui "[.screenshots]"   (one command line)
#include "MainWindow.h"
#include "clauses/ClausePage.h"
#include "dashboard/DashboardPage.h"
#include "editors/EditorLauncher.h"
#include "editors/ItemStateTable.h"
#include "editors/RecordEditor.h"
#include "registers/RegisterView.h"
#include "storage/DemoData.h"
#include "test_registers_fixture.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace qms;
using namespace qms::gui;

TEST_CASE("Screenshots of the shell on the demo database", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QSettings().clear(); // first-run layout, as a new user sees it

    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.qms"));
    {
        // As `qmsdesk --demo` makes it: a history dated over the past years, so the charts have months.
        auto ws = DemoData::createWorkspace(path, Workspace::CreateOptions{});
        GUI_REQUIRE_OK(ws);
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/welcome.png")));

    REQUIRE(window.openDatabase(path, QStringLiteral("k.lange")));
    window.showPage(MainWindow::Page::Dashboard);
    auto* dashboard = window.findChild<DashboardPage*>();
    REQUIRE(dashboard);
    for (int i = 0; i < 100 && (dashboard->isCalculating() || dashboard->figures().today.isNull()); ++i)
        QTest::qWait(50);
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/dashboard.png")));
    window.showPage(MainWindow::Page::Clauses);
    auto* clauses = window.findChild<ClausePage*>();
    REQUIRE(clauses);
    QTest::qWait(300);
    clauses->selectClause(QStringLiteral("7.5.3"));
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/clauses.png")));
    window.showPage(MainWindow::Page::Nonconformities);
    QTest::qWait(300);
    CHECK(window.grab().save(out + QStringLiteral("/register-nonconformities.png")));
    for (const KindDecl* d : kindDecls()) {
        if (d->kind == RecordKind::Nonconformity)
            continue; // taken above
        window.showPage(MainWindow::registerPage(d->kind));
        QTest::qWait(200);
        CHECK(window.grab().save(out + QStringLiteral("/register-%1.png").arg(QLatin1String(d->key))));
    }
    // A change request in the generic editor, built from its declared fields.
    if (RecordEditor* editor = window.editors()->openEditor(QStringLiteral("CHG-0010"))) {
        editor->resize(1000, 760);
        QTest::qWait(300);
        CHECK(editor->grab().save(out + QStringLiteral("/editor-change.png")));
        // Its affected items as a table, and its links with the one-step improvement action.
        if (auto* items = editor->findChild<ItemStateTable*>(QStringLiteral("affected"))) {
            QWidget* w = items->parentWidget();
            while (w && !qobject_cast<QScrollArea*>(w))
                w = w->parentWidget();
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                QTest::qWait(100);
                CHECK(editor->grab().save(out + QStringLiteral("/editor-change-items.png")));
            }
        }
        if (auto* tabs = editor->findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(1);
            QTest::qWait(100);
            CHECK(editor->grab().save(out + QStringLiteral("/editor-change-links.png")));
        }
        editor->close();
    }
    // An audit and a management review, each tab: the generic editor with its table fields.
    QString reported, review;
    {
        auto ws = Workspace::open(path, QStringLiteral("k.lange"), OpenMode::ReadOnly);
        GUI_REQUIRE_OK(ws);
        const auto audits = (*ws)->records<Audit>().list();
        const auto reviews = (*ws)->records<ManagementReview>().list();
        for (const Audit& a : *audits)
            if (a.status == AuditStatus::Reported && reported.isEmpty())
                reported = a.meta.id;
        for (const ManagementReview& r : *reviews)
            if (r.status == ReviewStatus::Closed)
                review = r.meta.id;
    }
    for (const auto& [id, name] : {std::pair{reported, QStringLiteral("audit")}, std::pair{review, QStringLiteral("review")}})
        if (RecordEditor* editor = window.editors()->openEditor(id)) {
            editor->resize(1100, 780);
            QTest::qWait(300);
            CHECK(editor->grab().save(out + QStringLiteral("/editor-%1.png").arg(name)));
            if (auto* tabs = editor->findChild<QTabWidget*>())
                for (int t = 1; t + 1 < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QTest::qWait(150);
                    CHECK(editor->grab().save(out + QStringLiteral("/editor-%1-tab%2.png").arg(name).arg(t)));
                }
            editor->close();
        }
    window.showPage(MainWindow::Page::Nonconformities);
    RegisterPreset preset;
    preset.kind = RecordKind::Nonconformity;
    preset.openOnly = true;
    preset.severities = {QStringLiteral("major")};
    window.openRegister(preset);
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/register-nonconformities-filtered.png")));
}
