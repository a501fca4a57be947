#include "domain/kinds/KindDeclaration.h"
#include "storage/DashboardQuery.h"
#include "support/QtCatch.h"
#include "test_dashboard_fixture.h"

#include <catch2/catch.hpp>

using namespace qms;
using qms::test::DashboardFixture;

TEST_CASE("DashboardQuery: card figures on the fixture") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute(30);
    INFO((f ? QString() : f.error().describe()).toStdString());
    REQUIRE(f.ok());
    CHECK(f->today == QDate(2026, 11, 25));
    CHECK(f->openMajor == DashboardFixture::expectedOpenMajor);
    CHECK(f->openMinor == DashboardFixture::expectedOpenMinor);
    CHECK(f->openObservation == DashboardFixture::expectedOpenObservation);
    CHECK(f->openNcs() == 5);
    CHECK(f->dueCount(RecordKind::CorrectiveAction, "due").overdue ==
          DashboardFixture::expectedOverdueActions);
    CHECK(f->dueCount(RecordKind::CorrectiveAction, "effectiveness").overdue ==
          DashboardFixture::expectedEffectivenessOverdue);
    CHECK(f->reviewWithinDays == 30);
    // Every due rule of every kind is counted, by its declaration.
    qsizetype rules = 0;
    for (const KindDecl* d : kindDecls())
        rules += qsizetype(d->dueRules.size());
    CHECK(f->dueCounts.size() == rules);
    CHECK(f->dueCount(RecordKind::Document, "review").dueWithin == DashboardFixture::expectedReviewDue);
    CHECK(f->dueCount(RecordKind::Document, "review").overdue == DashboardFixture::expectedReviewOverdue);
    CHECK(f->coverage.applicableLeaves == DashboardFixture::expectedApplicableLeaves);
    CHECK(f->coverage.coveredLeaves == DashboardFixture::expectedCoveredLeaves);
    CHECK(f->coverage.withFindingsLeaves == DashboardFixture::expectedWithFindingsLeaves);
    CHECK(f->coverage.staleLeaves == DashboardFixture::expectedStaleLeaves);
    CHECK(f->coverage.notApplicableLeaves == DashboardFixture::expectedNotApplicableLeaves);
    CHECK(f->coverageGaps() == 56);
}

TEST_CASE("DashboardQuery: coverage agrees with ClauseRepository") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute();
    REQUIRE(f.ok());
    auto rows = fx.ws->clauses().coverage();
    REQUIRE(rows.ok());
    const CoverageSummary s = summarise(*rows, fx.ws->catalogue());
    CHECK(f->coverage.applicableLeaves == s.applicableLeaves);
    CHECK(f->coverage.coveredLeaves == s.coveredLeaves);
    CHECK(f->coverage.withFindingsLeaves == s.withFindingsLeaves);
    CHECK(f->coverage.staleLeaves == s.staleLeaves);
    CHECK(f->coverage.notApplicableLeaves == s.notApplicableLeaves);
}

TEST_CASE("DashboardQuery: the review window is a parameter") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute(31);
    REQUIRE(f.ok());
    CHECK(f->dueCount(RecordKind::Document, "review").dueWithin ==
          4); // DOC-0003 on 2026-12-26 now falls inside
    auto none = DashboardQuery(*fx.ws).compute(0);
    REQUIRE(none.ok());
    CHECK(none->dueCount(RecordKind::Document, "review").dueWithin ==
          2); // DOC-0001 and the never-released DOC-0005
    CHECK(none->dueCount(RecordKind::Document, "review").overdue == 1);
}

TEST_CASE("DashboardQuery: NCs opened and closed per month over the last 12 months") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute();
    REQUIRE(f.ok());
    REQUIRE(f->ncFlow.size() == 12);
    CHECK(f->ncFlow.first().month == QStringLiteral("2025-12"));
    CHECK(f->ncFlow.last().month == QStringLiteral("2026-11"));
    QHash<QString, QPair<int, int>> got;
    for (const MonthFlow& m : f->ncFlow)
        got.insert(m.month, {m.opened, m.closed});
    const QHash<QString, QPair<int, int>> expected = {
        {QStringLiteral("2025-12"), {1, 0}}, {QStringLiteral("2026-01"), {0, 1}},
        {QStringLiteral("2026-02"), {0, 0}}, {QStringLiteral("2026-03"), {0, 0}},
        {QStringLiteral("2026-04"), {0, 0}}, {QStringLiteral("2026-05"), {0, 0}},
        {QStringLiteral("2026-06"), {1, 0}}, {QStringLiteral("2026-07"), {0, 0}},
        {QStringLiteral("2026-08"), {1, 0}}, {QStringLiteral("2026-09"), {1, 0}},
        {QStringLiteral("2026-10"), {1, 1}}, {QStringLiteral("2026-11"), {3, 0}},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()).first == it.value().first);
        CHECK(got.value(it.key()).second == it.value().second);
    }
}

TEST_CASE("DashboardQuery: NCs by source sorted for a Pareto chart") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute();
    REQUIRE(f.ok());
    CHECK(f->ncTotal == 9);
    REQUIRE(f->ncsBySource.size() == 4);
    CHECK(f->ncsBySource[0].source == QStringLiteral("customer_complaint"));
    CHECK(f->ncsBySource[0].count == 4);
    CHECK(f->ncsBySource[0].cumulativePercent == Approx(400.0 / 9));
    // Ties keep the enum order: internal audit before supplier.
    CHECK(f->ncsBySource[1].source == QStringLiteral("internal_audit"));
    CHECK(f->ncsBySource[1].count == 2);
    CHECK(f->ncsBySource[1].cumulativePercent == Approx(600.0 / 9));
    CHECK(f->ncsBySource[2].source == QStringLiteral("supplier"));
    CHECK(f->ncsBySource[2].count == 2);
    CHECK(f->ncsBySource[2].cumulativePercent == Approx(800.0 / 9));
    CHECK(f->ncsBySource[3].source == QStringLiteral("other"));
    CHECK(f->ncsBySource[3].cumulativePercent == Approx(100.0));
}

TEST_CASE("DashboardQuery: corrective action on-time rate") {
    DashboardFixture fx;
    auto f = DashboardQuery(*fx.ws).compute();
    REQUIRE(f.ok());
    CHECK(f->actionsCompleted == 4);
    CHECK(f->actionsOnTime == 2);
    CHECK(f->onTimePercent() == Approx(50.0));
    REQUIRE(f->onTimeByMonth.size() == 12);
    QHash<QString, QPair<int, int>> got;
    for (const OnTimeMonth& m : f->onTimeByMonth)
        got.insert(m.month, {m.completed, m.onTime});
    CHECK(got.value(QStringLiteral("2026-06")) == qMakePair(1, 1));
    CHECK(got.value(QStringLiteral("2026-09")) == qMakePair(1, 1));
    CHECK(got.value(QStringLiteral("2026-10")) == qMakePair(1, 0));
    CHECK(got.value(QStringLiteral("2026-11")) == qMakePair(0, 0));
}

TEST_CASE("DashboardQuery: an empty database gives zeros, not errors") {
    qms::test::TempDir dir;
    auto clock = std::make_shared<FixedClock>(DashboardFixture::now());
    auto ws = Workspace::create(dir.filePath(QStringLiteral("empty.qms")),
                                {QStringLiteral("Acme"), QStringLiteral("qm"), QString()}, clock);
    REQUIRE(ws.ok());
    auto f = DashboardQuery(**ws).compute();
    REQUIRE(f.ok());
    CHECK(f->openNcs() == 0);
    CHECK(f->dueCount(RecordKind::CorrectiveAction, "due").overdue == 0);
    CHECK(f->dueCount(RecordKind::Document, "review").dueWithin == 0);
    CHECK(f->ncsBySource.isEmpty());
    CHECK(f->actionsCompleted == 0);
    CHECK(f->onTimePercent() == 0.0);
    CHECK(f->ncFlow.size() == 12);
    CHECK(f->coverage.coveredLeaves == 0);
    CHECK(f->coverage.applicableLeaves == 65);
}

TEST_CASE("DashboardQuery: last months across a year boundary") {
    const QStringList m = DashboardQuery::lastMonths(QDate(2026, 2, 28), 3);
    CHECK(m == QStringList{QStringLiteral("2025-12"), QStringLiteral("2026-01"), QStringLiteral("2026-02")});
}
