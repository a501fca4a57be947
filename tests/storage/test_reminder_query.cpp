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

// The groups of the three reminding rules the kinds declare.
const ReminderGroup& overdueActions(const Reminders& r) {
    return *r.group(RecordKind::CorrectiveAction, "due");
}
const ReminderGroup& documentsForReview(const Reminders& r) {
    return *r.group(RecordKind::Document, "review");
}
const ReminderGroup& effectivenessChecks(const Reminders& r) {
    return *r.group(RecordKind::CorrectiveAction, "effectiveness");
}

} // namespace

TEST_CASE("reminders: what is due against the fixed today", "[reminders]") {
    DashboardFixture fx;
    auto r = ReminderQuery(*fx.ws).compute(30);
    REQUIRE(r.ok());
    CHECK(r->today == QDate(2026, 11, 25));

    // Planned/in progress and due before today, oldest first; CA-0002 is due today: not overdue.
    CHECK(ids(overdueActions(*r)) == QStringList{"CA-0001", "CA-0003"});
    CHECK(overdueActions(*r).total == DashboardFixture::expectedOverdueActions);
    CHECK(overdueActions(*r).items.first().due == QDate(2026, 11, 20));
    CHECK(overdueActions(*r).items.first().overdue);
    CHECK(overdueActions(*r).items.first().title == "Action 1");

    // Next review by 2026-12-25: the draft, the overdue one and DOC-0002; obsolete never.
    CHECK(ids(documentsForReview(*r)) == QStringList{"DOC-0005", "DOC-0001", "DOC-0002"});
    CHECK(documentsForReview(*r).total == DashboardFixture::expectedReviewDue);
    CHECK(documentsForReview(*r).items.last().overdue == false);

    // Done actions with a check due by the horizon: CA-0004 (overdue) and CA-0005 (2026-12-01).
    CHECK(ids(effectivenessChecks(*r)) == QStringList{"CA-0004", "CA-0005"});
    CHECK(effectivenessChecks(*r).items.first().overdue);
    CHECK_FALSE(effectivenessChecks(*r).items.last().overdue);
    CHECK(r->total() == 7);

    // One group per reminding rule of every kind, the overdue-only one first, then the review
    // interval's (ProgrammePolicy), quiet in this file started today.
    int reminding = 0;
    for (const KindDecl* d : kindDecls())
        for (const DueRule& rule : d->dueRules)
            reminding += rule.reminder ? 1 : 0;
    REQUIRE(r->groups.size() == reminding + 1);
    CHECK(qstrcmp(r->groups.last().rule->key, "interval") == 0);
    CHECK(r->groups.last().total == 0);
    CHECK(r->groups[0].rule->remindOnlyWhenOverdue);
    CHECK(&r->groups[1] == &documentsForReview(*r));
    CHECK(&r->groups[2] == &effectivenessChecks(*r));
}

TEST_CASE("reminders: the horizon decides what is due soon", "[reminders]") {
    DashboardFixture fx;
    auto none = ReminderQuery(*fx.ws).compute(0);
    REQUIRE(none.ok());
    CHECK(ids(documentsForReview(*none)) == QStringList{"DOC-0005", "DOC-0001"});
    CHECK(ids(effectivenessChecks(*none)) == QStringList{"CA-0004"});

    auto wide = ReminderQuery(*fx.ws).compute(31);
    REQUIRE(wide.ok());
    CHECK(ids(documentsForReview(*wide)) == QStringList{"DOC-0005", "DOC-0001", "DOC-0002", "DOC-0003"});

    // A week later the clock moves everything along.
    fx.clock->set(DashboardFixture::now().addDays(7));
    auto later = ReminderQuery(*fx.ws).compute(0);
    REQUIRE(later.ok());
    CHECK(ids(overdueActions(*later)) == QStringList{"CA-0001", "CA-0003", "CA-0002"});
    CHECK(ids(effectivenessChecks(*later)) == QStringList{"CA-0004", "CA-0005"});
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
