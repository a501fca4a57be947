// ReminderQuery: overdue corrective actions, documents due for review within the horizon and
// effectiveness checks due, against a fixed today (the dashboard fixture: 2026-11-25).

#include "storage/ReminderQuery.h"
#include "support/QtCatch.h"
#include "test_dashboard_fixture.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

QStringList ids(const ReminderGroup& g) {
    QStringList out;
    for (const ReminderItem& i : g.items)
        out << i.id;
    return out;
}

} // namespace

TEST_CASE("reminders: what is due against the fixed today", "[reminders]") {
    DashboardFixture fx;
    auto r = ReminderQuery(*fx.ws).compute(30);
    REQUIRE(r.ok());
    CHECK(r->today == QDate(2026, 11, 25));

    // Planned/in progress and due before today, oldest first; CA-0002 is due today: not overdue.
    CHECK(ids(r->overdueActions) == QStringList{"CA-0001", "CA-0003"});
    CHECK(r->overdueActions.total == DashboardFixture::expectedOverdueActions);
    CHECK(r->overdueActions.items.first().due == QDate(2026, 11, 20));
    CHECK(r->overdueActions.items.first().overdue);
    CHECK(r->overdueActions.items.first().title == "Action 1");

    // Next review by 2026-12-25: the draft, the overdue one and DOC-0002; obsolete never.
    CHECK(ids(r->documentsForReview) == QStringList{"DOC-0005", "DOC-0001", "DOC-0002"});
    CHECK(r->documentsForReview.total == DashboardFixture::expectedReviewDue);
    CHECK(r->documentsForReview.items.last().overdue == false);

    // Done actions with a check due by the horizon: CA-0004 (overdue) and CA-0005 (2026-12-01).
    CHECK(ids(r->effectivenessChecks) == QStringList{"CA-0004", "CA-0005"});
    CHECK(r->effectivenessChecks.items.first().overdue);
    CHECK_FALSE(r->effectivenessChecks.items.last().overdue);
    CHECK(r->total() == 7);
}

TEST_CASE("reminders: the horizon decides what is due soon", "[reminders]") {
    DashboardFixture fx;
    auto none = ReminderQuery(*fx.ws).compute(0);
    REQUIRE(none.ok());
    CHECK(ids(none->documentsForReview) == QStringList{"DOC-0005", "DOC-0001"});
    CHECK(ids(none->effectivenessChecks) == QStringList{"CA-0004"});

    auto wide = ReminderQuery(*fx.ws).compute(31);
    REQUIRE(wide.ok());
    CHECK(ids(wide->documentsForReview) == QStringList{"DOC-0005", "DOC-0001", "DOC-0002", "DOC-0003"});

    // A week later the clock moves everything along.
    fx.clock->set(DashboardFixture::now().addDays(7));
    auto later = ReminderQuery(*fx.ws).compute(0);
    REQUIRE(later.ok());
    CHECK(ids(later->overdueActions) == QStringList{"CA-0001", "CA-0003", "CA-0002"});
    CHECK(ids(later->effectivenessChecks) == QStringList{"CA-0004", "CA-0005"});
}

TEST_CASE("reminders: nothing due in a new database", "[reminders]") {
    TempDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("empty.qms")),
                                {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")},
                                std::make_shared<FixedClock>(DashboardFixture::now()));
    REQUIRE(ws.ok());
    auto r = ReminderQuery(**ws).compute(30);
    REQUIRE(r.ok());
    CHECK(r->isEmpty());
}
