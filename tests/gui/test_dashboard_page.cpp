#include "MainWindow.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardPage.h"
#include "shell/AppSettings.h"
#include "storage/test_dashboard_fixture.h"
#include "support/QtCatch.h"
#include "test_registers_fixture.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPieSeries>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::gui;
using qms::test::DashboardFixture;

namespace {

QString labelText(QWidget& page, const char* name) {
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    // Cards keep numbers and words together with non-breaking spaces.
    return label ? label->text().replace(QChar(0x00A0), QLatin1Char(' '))
                 : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

RegisterPreset lastPreset(const QSignalSpy& spy) {
    REQUIRE(spy.count() > 0);
    return spy.last().at(0).value<RegisterPreset>();
}

template <typename S> S* seriesOf(QWidget& page, const char* view) {
    auto* v = page.findChild<QChartView*>(QString::fromLatin1(view));
    REQUIRE(v);
    for (QAbstractSeries* s : v->chart()->series())
        if (auto* typed = qobject_cast<S*>(s))
            return typed;
    FAIL("no such series in " << view);
    return nullptr;
}

// The figures are computed off the GUI thread: wait until the page shows them.
void waitFilled(DashboardPage& page) {
    REQUIRE(QTest::qWaitFor([&page] { return !page.isCalculating(); }, 20000));
}

} // namespace

TEST_CASE("DashboardPage: cards show the fixture's figures") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
    waitFilled(page);
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("5"));
    const QString breakdown = labelText(page, "openNcsDetail");
    CHECK(breakdown.contains(QStringLiteral(">2 major<")));
    CHECK(breakdown.contains(QStringLiteral(">1 minor<")));
    CHECK(breakdown.contains(QStringLiteral(">2 observations<")));
    CHECK(labelText(page, "overdueActionsValue") == QStringLiteral("2"));
    CHECK(labelText(page, "overdueActionsDetail").contains(QStringLiteral("1 effectiveness check overdue")));
    CHECK(labelText(page, "reviewDueValue") == QStringLiteral("3"));
    CHECK(labelText(page, "reviewDueDetail").contains(QStringLiteral(">1 overdue<")));
    CHECK(labelText(page, "coverageValue") == QStringLiteral("3 %"));
    CHECK(labelText(page, "coverageDetail").contains(QStringLiteral("2 of 59 applicable clauses")));
    CHECK(labelText(page, "coverageDetail").contains(QStringLiteral("56 gaps")));
    CHECK(labelText(page, "coverageDetail").contains(QStringLiteral("1 stale")));
}

TEST_CASE("DashboardPage: cards and their links open the filtered register") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
    waitFilled(page);
    page.resize(1280, 800);
    page.show();
    QSignalSpy spy(&page, &DashboardPage::openRegister);
    QSignalSpy clauses(&page, &DashboardPage::openClauses);

    auto* nc = page.findChild<DashboardCard*>(QStringLiteral("openNcsCard"));
    REQUIRE(nc);
    QTest::mouseClick(nc, Qt::LeftButton);
    RegisterPreset p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Nonconformity);
    CHECK(p.openOnly);
    CHECK(p.severities.isEmpty());

    Q_EMIT nc->detailLabel()->linkActivated(QStringLiteral("major"));
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Nonconformity);
    CHECK(p.openOnly);
    CHECK(p.severities == QStringList{QStringLiteral("major")});

    auto* ca = page.findChild<DashboardCard*>(QStringLiteral("overdueActionsCard"));
    REQUIRE(ca);
    ca->setFocus();
    QTest::keyClick(ca, Qt::Key_Return); // keyboard works like a click
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::CorrectiveAction);
    CHECK(p.overdueOnly);

    auto* docs = page.findChild<DashboardCard*>(QStringLiteral("reviewDueCard"));
    REQUIRE(docs);
    QTest::mouseClick(docs, Qt::LeftButton);
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Document);
    CHECK(p.reviewDueWithinDays == 30);
    Q_EMIT docs->detailLabel()->linkActivated(QStringLiteral("overdue"));
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Document);
    CHECK(p.overdueOnly);

    const int before = int(spy.count());
    auto* coverage = page.findChild<DashboardCard*>(QStringLiteral("coverageCard"));
    REQUIRE(coverage);
    QTest::mouseClick(coverage, Qt::LeftButton);
    CHECK(clauses.count() == 1);
    CHECK(spy.count() == before);
}

TEST_CASE("DashboardPage: a kind's declared card counts its open records and opens them by state") {
    DashboardFixture fx;
    // Two requested changes, one assessed (waiting for approval), one rejected (not open).
    auto change = [&](const QString& title) {
        ChangeRequest c = newRecord<ChangeRequest>({fx.ws->clock().today(), fx.ws->user().name});
        c.title = title;
        c.reason = QStringLiteral("Why not");
        auto created = fx.ws->records<ChangeRequest>().create(c);
        REQUIRE(created.ok());
        return *created;
    };
    change(QStringLiteral("First"));
    change(QStringLiteral("Second"));
    ChangeRequest assessed = change(QStringLiteral("Third"));
    assessed.consequences = assessed.integrity = assessed.resources = assessed.responsibilities =
        QStringLiteral("Considered");
    assessed.owner = QStringLiteral("qm");
    assessed.plannedDate = fx.ws->clock().today().addDays(-3); // already past: overdue
    assessed.status = ChangeStatus::Assessed;
    auto saved = fx.ws->records<ChangeRequest>().save(assessed);
    INFO((saved ? QString() : saved.error().describe()).toStdString());
    REQUIRE(saved.ok());
    ChangeRequest rejected = change(QStringLiteral("Fourth"));
    rejected.status = ChangeStatus::Rejected;
    SaveOptions why;
    why.reason = QStringLiteral("Not worth it");
    REQUIRE(fx.ws->records<ChangeRequest>().save(rejected, why).ok());

    DashboardPage page(*fx.ws);
    page.resize(1280, 800);
    page.show();
    waitFilled(page);
    auto* card = page.findChild<DashboardCard*>(QStringLiteral("changesCard"));
    REQUIRE(card);
    CHECK(labelText(page, "changesValue") == QStringLiteral("3"));
    const QString detail = labelText(page, "changesDetail");
    CHECK(detail.contains(QStringLiteral(">1 waiting for approval<")));
    CHECK(detail.contains(QStringLiteral(">2 to assess<")));
    CHECK(detail.contains(QStringLiteral("0 to review")));
    CHECK(detail.contains(QStringLiteral(">1 overdue<")));

    QSignalSpy spy(&page, &DashboardPage::openRegister);
    QTest::mouseClick(card, Qt::LeftButton);
    RegisterPreset p = lastPreset(spy);
    CHECK(p.kind == RecordKind::ChangeRequest);
    CHECK(p.openOnly);
    Q_EMIT card->detailLabel()->linkActivated(QStringLiteral("state:assessed"));
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::ChangeRequest);
    CHECK(p.statuses == QStringList{QStringLiteral("assessed")});
    Q_EMIT card->detailLabel()->linkActivated(QStringLiteral("overdue"));
    p = lastPreset(spy);
    CHECK(p.overdueOnly);
}

TEST_CASE("DashboardPage: chart segments open the filtered register") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
    waitFilled(page);
    QSignalSpy spy(&page, &DashboardPage::openRegister);

    auto* flow = seriesOf<QBarSeries>(page, "ncFlowChart");
    REQUIRE(flow->barSets().size() == 2);
    QBarSet* opened = flow->barSets().at(0);
    QBarSet* closed = flow->barSets().at(1);
    REQUIRE(opened->count() == 12);
    CHECK(opened->at(11) == 3); // November 2026
    CHECK(closed->at(10) == 1); // October 2026
    Q_EMIT opened->clicked(11);
    RegisterPreset p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Nonconformity);
    CHECK(p.month == QStringLiteral("2026-11"));
    CHECK(p.closedMonth.isEmpty());
    Q_EMIT closed->clicked(1);
    p = lastPreset(spy);
    CHECK(p.closedMonth == QStringLiteral("2026-01"));
    CHECK(p.month.isEmpty());

    auto* pareto = seriesOf<QBarSeries>(page, "ncSourceChart");
    QBarSet* bars = pareto->barSets().at(0);
    REQUIRE(bars->count() == 4);
    CHECK(bars->at(0) == 4);
    Q_EMIT bars->clicked(0);
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::Nonconformity);
    CHECK(p.source == QStringLiteral("customer_complaint"));

    auto* donut = seriesOf<QPieSeries>(page, "caOnTimeChart");
    REQUIRE(donut->count() == 2);
    CHECK(donut->slices().at(0)->value() == 2);
    CHECK(donut->slices().at(1)->value() == 2);
    Q_EMIT donut->clicked(donut->slices().at(1));
    p = lastPreset(spy);
    CHECK(p.kind == RecordKind::CorrectiveAction);
    CHECK(p.statuses.contains(QStringLiteral("done")));
}

TEST_CASE("DashboardPage: a hidden page computes nothing until shown") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.refresh();
    CHECK_FALSE(page.figures().today.isValid());
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("–"));
    page.show();
    CHECK(page.isCalculating());
    waitFilled(page);
    CHECK(page.figures().today == QDate(2026, 11, 25));
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("5"));
}

TEST_CASE("DashboardPage: refresh picks up new records") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
    waitFilled(page);
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("5"));
    Nonconformity n;
    n.title = QStringLiteral("Late delivery");
    n.description = QStringLiteral("Order 4711 two weeks late");
    n.severity = Severity::Major;
    n.detectedOn = QDate(2026, 11, 24);
    n.reportedBy = QStringLiteral("qm");
    auto saved = fx.ws->nonconformities().create(n);
    INFO((saved ? QString() : saved.error().describe()).toStdString());
    REQUIRE(saved.ok());
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.refresh();
    // Debounced, then computed off the GUI thread.
    REQUIRE(updated.wait(20000));
    CHECK(updated.count() == 1);
    CHECK(updated.at(0).at(0).toBool());
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("6"));
    CHECK(labelText(page, "openNcsDetail").contains(QStringLiteral(">3 major<")));
}

TEST_CASE("DashboardPage: shows Calculating… until the figures arrive, and drops stale results") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.resize(1280, 800);
    page.show();
    REQUIRE(page.isCalculating());
    // For the docs and for looking at it: QMSDESK_SCREENSHOT_DIR=... test_gui "DashboardPage: shows*"
    if (const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR"); !out.isEmpty())
        CHECK(page.grab().save(out + QStringLiteral("/dashboard-calculating.png")));
    auto* busy = page.findChild<QLabel*>(QStringLiteral("dashboardBusy"));
    REQUIRE(busy);
    CHECK(busy->isVisible());
    CHECK(labelText(page, "openNcsDetail") == QStringLiteral("Calculating…"));
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("–"));

    // A second request before the first one reports: only the newer one is shown, once.
    Nonconformity n;
    n.title = QStringLiteral("Wrong label");
    n.description = QStringLiteral("Batch 12 labelled as batch 21");
    n.severity = Severity::Minor;
    n.detectedOn = QDate(2026, 11, 24);
    n.reportedBy = QStringLiteral("qm");
    REQUIRE(fx.ws->nonconformities().create(n).ok());
    page.recompute();
    waitFilled(page);
    QTest::qWait(100); // a stale result queued behind would arrive now
    CHECK(updated.count() == 1);
    CHECK_FALSE(busy->isVisible());
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("6"));
    CHECK(labelText(page, "openNcsDetail").contains(QStringLiteral(">2 minor<")));
}

TEST_CASE("DashboardPage: a failing computation shows its error on the page") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    QSignalSpy updated(&page, &DashboardPage::updated);
    // The worker opens the file by path, as the user of the GUI workspace: a renamed file fails.
    const QString moved = fx.dir.filePath(QStringLiteral("moved.qms"));
    REQUIRE(QFile::rename(fx.ws->path(), moved));
    page.show();
    REQUIRE(updated.wait(20000));
    CHECK_FALSE(updated.at(0).at(0).toBool());
    auto* error = page.findChild<QLabel*>(QStringLiteral("dashboardError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("The dashboard could not be computed:")));
    CHECK_FALSE(page.isCalculating());
    REQUIRE(QFile::rename(moved, fx.dir.filePath(QStringLiteral("dash.qms"))));
}

TEST_CASE("DashboardPage: closing the database while the figures are computed is safe") {
    const bool reminders = AppSettings().showRemindersAtOpen();
    AppSettings().setShowRemindersAtOpen(false);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    for (int round = 0; round < 5; ++round) {
        DashboardFixture fx;
        const QString path = fx.ws->path();
        window.setWorkspace(std::move(fx.ws));
        auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        REQUIRE(page);
        CHECK(window.currentPage() == MainWindow::Page::Dashboard);
        CHECK(page->isCalculating());
        QPointer<DashboardPage> guard(page);
        REQUIRE(window.closeDatabase()); // while the worker runs
        CHECK_FALSE(guard);
        QTest::qWait(50); // nothing queued may reach the deleted page
        // The worker let go of the file: it can be opened for writing again at once.
        auto again = Workspace::open(path, QStringLiteral("qm"));
        GUI_REQUIRE_OK(again);
    }
    AppSettings().setShowRemindersAtOpen(reminders);
}
