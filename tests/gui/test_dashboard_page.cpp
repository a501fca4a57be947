#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardPage.h"
#include "storage/test_dashboard_fixture.h"
#include "support/QtCatch.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPieSeries>
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

} // namespace

TEST_CASE("DashboardPage: cards show the fixture's figures") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("5"));
    const QString breakdown = labelText(page, "openNcsDetail");
    CHECK(breakdown.contains(QStringLiteral(">2 major<")));
    CHECK(breakdown.contains(QStringLiteral(">1 minor<")));
    CHECK(breakdown.contains(QStringLiteral(">2 observations<")));
    CHECK(labelText(page, "overdueActionsValue") == QStringLiteral("2"));
    CHECK(labelText(page, "overdueActionsDetail").contains(QStringLiteral("1 effectiveness check overdue")));
    CHECK(labelText(page, "reviewDueValue") == QStringLiteral("3"));
    CHECK(labelText(page, "reviewDueDetail").contains(QStringLiteral(">1 overdue<")));
    CHECK(labelText(page, "coverageValue") == QStringLiteral("5 %"));
    CHECK(labelText(page, "coverageDetail").contains(QStringLiteral("3 of 59 applicable clauses")));
    CHECK(labelText(page, "coverageDetail").contains(QStringLiteral("56 gaps")));
}

TEST_CASE("DashboardPage: cards and their links open the filtered register") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
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

TEST_CASE("DashboardPage: chart segments open the filtered register") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
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
    CHECK(page.figures().today == QDate(2026, 11, 25));
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("5"));
}

TEST_CASE("DashboardPage: refresh picks up new records") {
    DashboardFixture fx;
    DashboardPage page(*fx.ws);
    page.show(); // pages load when shown
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
    page.refresh();
    CHECK(labelText(page, "openNcsValue") == QStringLiteral("6"));
    CHECK(labelText(page, "openNcsDetail").contains(QStringLiteral(">3 major<")));
}
