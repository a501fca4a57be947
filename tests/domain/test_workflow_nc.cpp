#include "DomainTestSupport.h"
#include "domain/Workflow.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

Nonconformity openNc() {
    Nonconformity nc;
    nc.meta.id = QStringLiteral("NC-0042");
    nc.title = QStringLiteral("Wrong torque on line 2");
    nc.description = QStringLiteral("Bolts found under-torqued at final inspection");
    nc.detectedOn = day(2026, 3, 1);
    nc.reportedBy = QStringLiteral("ingrid");
    nc.responsible = QStringLiteral("olga");
    nc.status = NcStatus::Open;
    return nc;
}

// An NC holding everything any stage asks for.
Nonconformity completeNc() {
    Nonconformity nc = openNc();
    nc.containment = QStringLiteral("Quarantined lot 17, re-torqued stock");
    nc.rcaMethod = RcaMethod::FiveWhys;
    nc.rootCause = QStringLiteral("Torque wrench out of calibration");
    nc.effectiveness = QStringLiteral("No recurrence in 3 months of audits");
    nc.actions = {QStringLiteral("CA-0001")};
    return nc;
}

QList<NcStatus> targets(NcStatus from) {
    QList<NcStatus> out;
    for (const auto& s : NcWorkflow::steps(from))
        out << s.target;
    return out;
}

// Asks the workflow whether `nc` may go from `from` to `to`.
Status move(Nonconformity nc, NcStatus from, NcStatus to, const QList<CorrectiveAction>& linked = {}) {
    nc.status = to;
    return NcWorkflow::check(nc, from, linked);
}

} // namespace

TEST_CASE("NC workflow offers the documented steps from every status", "[workflow][nc]") {
    using S = NcStatus;
    CHECK(targets(S::Open) == QList<S>{S::Contained, S::Cancelled});
    CHECK(targets(S::Contained) == QList<S>{S::RootCauseIdentified, S::Open, S::Cancelled});
    CHECK(targets(S::RootCauseIdentified) == QList<S>{S::ActionPlanned, S::Contained, S::Cancelled});
    CHECK(targets(S::ActionPlanned) == QList<S>{S::Verification, S::RootCauseIdentified, S::Cancelled});
    CHECK(targets(S::Verification) == QList<S>{S::Closed, S::ActionPlanned, S::Cancelled});
    CHECK(targets(S::Closed) == QList<S>{S::ActionPlanned});
    CHECK(targets(S::Cancelled) == QList<S>{S::Open});

    for (S from : enumValues<S>())
        for (const auto& step : NcWorkflow::steps(from)) {
            INFO(enumKey(from).toStdString() << " -> " << enumKey(step.target).toStdString());
            CHECK_FALSE(step.action.isEmpty());
            CHECK(NcWorkflow::isStep(from, step.target));
            CHECK(NcWorkflow::needsReason(from, step.target) == step.needsReason);
        }
}

TEST_CASE("NC forward steps need no reason but back, cancel and reopen do", "[workflow][nc]") {
    using S = NcStatus;
    CHECK_FALSE(NcWorkflow::needsReason(S::Open, S::Contained));
    CHECK_FALSE(NcWorkflow::needsReason(S::Contained, S::RootCauseIdentified));
    CHECK_FALSE(NcWorkflow::needsReason(S::RootCauseIdentified, S::ActionPlanned));
    CHECK_FALSE(NcWorkflow::needsReason(S::ActionPlanned, S::Verification));
    CHECK_FALSE(NcWorkflow::needsReason(S::Verification, S::Closed));

    CHECK(NcWorkflow::needsReason(S::Contained, S::Open));
    CHECK(NcWorkflow::needsReason(S::Verification, S::ActionPlanned));
    CHECK(NcWorkflow::needsReason(S::Closed, S::ActionPlanned));
    CHECK(NcWorkflow::needsReason(S::Cancelled, S::Open));
    for (S from : {S::Open, S::Contained, S::RootCauseIdentified, S::ActionPlanned, S::Verification})
        CHECK(NcWorkflow::needsReason(from, S::Cancelled));
}

TEST_CASE("NC cannot become Contained without containment text", "[workflow][nc]") {
    Nonconformity nc = openNc();

    SECTION("empty containment is refused with a containment field error") {
        const Status s = move(nc, NcStatus::Open, NcStatus::Contained);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::WorkflowRefused);
        CHECK(s.error().message.contains(QStringLiteral("Open")));
        CHECK(s.error().message.contains(QStringLiteral("Contained")));
        CHECK(fieldNames(s.error().fields) == QStringList{QStringLiteral("containment")});
        CHECK(messagesFor(s.error().fields, QStringLiteral("containment"))
                  .contains(QStringLiteral("containment")));
    }
    SECTION("whitespace is not containment") {
        nc.containment = QStringLiteral("  \n\t ");
        const Status s = move(nc, NcStatus::Open, NcStatus::Contained);
        REQUIRE_FALSE(s.ok());
        CHECK(hasField(s.error().fields, QStringLiteral("containment")));
    }
    SECTION("with containment it may") {
        nc.containment = QStringLiteral("Lot 17 quarantined");
        CHECK(move(nc, NcStatus::Open, NcStatus::Contained).ok());
    }
}

TEST_CASE("NC RootCauseIdentified needs a root cause", "[workflow][nc]") {
    Nonconformity nc = openNc();
    nc.containment = QStringLiteral("Lot 17 quarantined");

    const Status refused = move(nc, NcStatus::Contained, NcStatus::RootCauseIdentified);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::WorkflowRefused);
    CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("root_cause")});

    nc.rootCause = QStringLiteral("Wrench out of calibration");
    CHECK(move(nc, NcStatus::Contained, NcStatus::RootCauseIdentified).ok());
}

TEST_CASE("NC ActionPlanned needs at least one corrective action that is not cancelled", "[workflow][nc]") {
    Nonconformity nc = completeNc();

    SECTION("no linked action") {
        const Status s = move(nc, NcStatus::RootCauseIdentified, NcStatus::ActionPlanned, {});
        REQUIRE_FALSE(s.ok());
        CHECK(fieldNames(s.error().fields) == QStringList{QStringLiteral("actions")});
    }
    SECTION("only cancelled actions") {
        const Status s = move(nc, NcStatus::RootCauseIdentified, NcStatus::ActionPlanned,
                              {makeCa(QStringLiteral("CA-0001"), CaStatus::Cancelled),
                               makeCa(QStringLiteral("CA-0002"), CaStatus::Cancelled)});
        REQUIRE_FALSE(s.ok());
        CHECK(hasField(s.error().fields, QStringLiteral("actions")));
    }
    SECTION("a planned action is enough") {
        CHECK(move(nc, NcStatus::RootCauseIdentified, NcStatus::ActionPlanned,
                   {makeCa(QStringLiteral("CA-0001"), CaStatus::Cancelled),
                    makeCa(QStringLiteral("CA-0002"), CaStatus::Planned)})
                  .ok());
    }
}

TEST_CASE("NC Verification needs every linked action done", "[workflow][nc]") {
    const Nonconformity nc = completeNc();
    const auto done = makeCa(QStringLiteral("CA-0001"), CaStatus::Done);
    const auto inProgress = makeCa(QStringLiteral("CA-0002"), CaStatus::InProgress);
    const auto cancelled = makeCa(QStringLiteral("CA-0003"), CaStatus::Cancelled);
    const auto effective = makeCa(QStringLiteral("CA-0004"), CaStatus::VerifiedEffective);
    const auto ineffective = makeCa(QStringLiteral("CA-0005"), CaStatus::VerifiedIneffective);
    const auto planned = makeCa(QStringLiteral("CA-0006"), CaStatus::Planned);

    SECTION("an action in progress blocks and is named") {
        const Status s =
            move(nc, NcStatus::ActionPlanned, NcStatus::Verification, {done, inProgress, cancelled});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::WorkflowRefused);
        REQUIRE(fieldNames(s.error().fields) == QStringList{QStringLiteral("actions")});
        const QString msg = s.error().fields.first().message;
        CHECK(msg.contains(QStringLiteral("CA-0002 (In progress)")));
        CHECK_FALSE(msg.contains(QStringLiteral("CA-0001")));
        CHECK_FALSE(msg.contains(QStringLiteral("CA-0003")));
    }
    SECTION("every unfinished action is listed") {
        const Status s = move(nc, NcStatus::ActionPlanned, NcStatus::Verification, {planned, inProgress});
        REQUIRE_FALSE(s.ok());
        const QString msg = messagesFor(s.error().fields, QStringLiteral("actions"));
        CHECK(msg.contains(QStringLiteral("CA-0006 (Planned)")));
        CHECK(msg.contains(QStringLiteral("CA-0002 (In progress)")));
    }
    SECTION("an action verified ineffective is not done") {
        const Status s = move(nc, NcStatus::ActionPlanned, NcStatus::Verification, {done, ineffective});
        REQUIRE_FALSE(s.ok());
        CHECK(messagesFor(s.error().fields, QStringLiteral("actions")).contains(QStringLiteral("CA-0005")));
    }
    SECTION("done, verified effective and cancelled actions let it through") {
        CHECK(move(nc, NcStatus::ActionPlanned, NcStatus::Verification, {done, effective, cancelled}).ok());
    }
    SECTION("all cancelled is not enough: it needs an action") {
        const Status s = move(nc, NcStatus::ActionPlanned, NcStatus::Verification, {cancelled});
        REQUIRE_FALSE(s.ok());
        CHECK(hasField(s.error().fields, QStringLiteral("actions")));
    }
}

TEST_CASE("NC Closed needs the effectiveness review", "[workflow][nc]") {
    Nonconformity nc = completeNc();
    nc.effectiveness.clear();
    const QList<CorrectiveAction> linked{makeCa(QStringLiteral("CA-0001"), CaStatus::VerifiedEffective)};

    const Status refused = move(nc, NcStatus::Verification, NcStatus::Closed, linked);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("effectiveness")});

    nc.effectiveness = QStringLiteral("No recurrence");
    CHECK(move(nc, NcStatus::Verification, NcStatus::Closed, linked).ok());
}

TEST_CASE("NC refusal reports every missing item at once", "[workflow][nc]") {
    Nonconformity nc = openNc(); // nothing filled in
    const Status s = move(nc, NcStatus::Verification, NcStatus::Closed,
                          {makeCa(QStringLiteral("CA-0001"), CaStatus::Planned)});
    REQUIRE_FALSE(s.ok());
    const QStringList fields = fieldNames(s.error().fields);
    CHECK(fields.contains(QStringLiteral("containment")));
    CHECK(fields.contains(QStringLiteral("root_cause")));
    CHECK(fields.contains(QStringLiteral("actions")));
    CHECK(fields.contains(QStringLiteral("effectiveness")));
    // describe() lists the headline and every problem.
    const QString text = s.error().describe();
    CHECK(text.split(QLatin1Char('\n')).size() == 1 + s.error().fields.size());
    CHECK(text.contains(QStringLiteral("effectiveness: ")));
}

TEST_CASE("NC workflow refuses status changes that are not steps", "[workflow][nc]") {
    using S = NcStatus;
    const Nonconformity nc = completeNc(); // holds all data, so only the step itself is wrong
    const QList<CorrectiveAction> linked{makeCa(QStringLiteral("CA-0001"), CaStatus::VerifiedEffective)};

    SECTION("Open -> Closed") {
        Nonconformity n = nc;
        n.statusReason = QStringLiteral("just close it");
        const Status s = move(n, S::Open, S::Closed, linked);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::WorkflowRefused);
        CHECK(s.error().message == QStringLiteral("Open cannot go to Closed directly."));
        CHECK(s.error().fields.isEmpty());
    }
    SECTION("every pair that is not offered is refused") {
        for (S from : enumValues<S>())
            for (S to : enumValues<S>()) {
                if (from == to || NcWorkflow::isStep(from, to))
                    continue;
                INFO(enumKey(from).toStdString() << " -> " << enumKey(to).toStdString());
                Nonconformity n = nc;
                n.statusReason = QStringLiteral("reason");
                const Status s = move(n, from, to, linked);
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().code == ErrorCode::WorkflowRefused);
                CHECK(s.error().message.contains(QStringLiteral("directly")));
            }
    }
    SECTION("a few that must never be steps") {
        CHECK_FALSE(NcWorkflow::isStep(S::Open, S::Closed));
        CHECK_FALSE(NcWorkflow::isStep(S::Open, S::Verification));
        CHECK_FALSE(NcWorkflow::isStep(S::Contained, S::ActionPlanned));
        CHECK_FALSE(NcWorkflow::isStep(S::Closed, S::Open));
        CHECK_FALSE(NcWorkflow::isStep(S::Closed, S::Cancelled));
        CHECK_FALSE(NcWorkflow::isStep(S::Cancelled, S::Closed));
    }
}

TEST_CASE("NC staying in the same status is not a status change", "[workflow][nc]") {
    Nonconformity nc = openNc(); // Open without containment: still fine to save edits
    CHECK(NcWorkflow::check(nc, NcStatus::Open, {}).ok());
    nc.status = NcStatus::Verification;
    CHECK(NcWorkflow::check(nc, NcStatus::Verification, {}).ok());
}

TEST_CASE("NC cancel needs a reason and nothing else", "[workflow][nc]") {
    Nonconformity nc = openNc();
    for (NcStatus from : {NcStatus::Open, NcStatus::Contained, NcStatus::RootCauseIdentified,
                          NcStatus::ActionPlanned, NcStatus::Verification}) {
        INFO(enumKey(from).toStdString());
        nc.statusReason.clear();
        const Status refused = move(nc, from, NcStatus::Cancelled);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::WorkflowRefused);
        CHECK(hasField(refused.error().fields, QStringLiteral("status_reason")));
        // Only the reason is missing, even though containment etc. are empty.
        for (const auto& e : refused.error().fields)
            CHECK(e.field == QStringLiteral("status_reason"));

        nc.statusReason = QStringLiteral("Duplicate of NC-0041");
        CHECK(move(nc, from, NcStatus::Cancelled).ok());
    }
}

TEST_CASE("NC stepping back needs a reason but not the earlier stage's data", "[workflow][nc]") {
    Nonconformity nc = completeNc();
    const QList<CorrectiveAction> notDone{makeCa(QStringLiteral("CA-0001"), CaStatus::InProgress)};

    const Status refused = move(nc, NcStatus::Verification, NcStatus::ActionPlanned, notDone);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("status_reason")});

    nc.statusReason = QStringLiteral("CA-0001 reopened");
    CHECK(move(nc, NcStatus::Verification, NcStatus::ActionPlanned, notDone).ok());

    // Back to open from contained, with the containment text removed: only the reason counts.
    Nonconformity back = openNc();
    CHECK_FALSE(move(back, NcStatus::Contained, NcStatus::Open).ok());
    back.statusReason = QStringLiteral("Containment was not effective");
    CHECK(move(back, NcStatus::Contained, NcStatus::Open).ok());
}

TEST_CASE("NC reopen needs a reason", "[workflow][nc]") {
    SECTION("closed -> action planned") {
        Nonconformity nc = completeNc();
        nc.closedOn = day(2026, 3, 20);
        const Status refused = move(nc, NcStatus::Closed, NcStatus::ActionPlanned);
        REQUIRE_FALSE(refused.ok());
        CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("status_reason")});

        nc.statusReason = QStringLiteral("Recurred on lot 19");
        nc.status = NcStatus::ActionPlanned;
        CHECK(NcWorkflow::check(nc, NcStatus::Closed, {}).ok());
        NcWorkflow::applyDerived(nc, NcStatus::Closed, day(2026, 4, 2));
        CHECK_FALSE(nc.closedOn.isValid());
    }
    SECTION("cancelled -> open") {
        Nonconformity nc = openNc();
        CHECK_FALSE(move(nc, NcStatus::Cancelled, NcStatus::Open).ok());
        nc.statusReason = QStringLiteral("Cancelled by mistake");
        CHECK(move(nc, NcStatus::Cancelled, NcStatus::Open).ok());
    }
}

TEST_CASE("NC closedOn is derived by the workflow", "[workflow][nc]") {
    Nonconformity nc = completeNc();
    nc.status = NcStatus::Closed;

    NcWorkflow::applyDerived(nc, NcStatus::Verification, day(2026, 3, 20));
    CHECK(nc.closedOn == day(2026, 3, 20));

    // Saving a closed record again later does not move the closing date.
    NcWorkflow::applyDerived(nc, NcStatus::Closed, day(2026, 5, 1));
    CHECK(nc.closedOn == day(2026, 3, 20));

    // Any status other than closed has no closing date.
    nc.closedOn = day(2026, 3, 20);
    nc.status = NcStatus::Cancelled;
    NcWorkflow::applyDerived(nc, NcStatus::Verification, day(2026, 3, 21));
    CHECK_FALSE(nc.closedOn.isValid());
}

TEST_CASE("NC full life cycle from open to closed", "[workflow][nc]") {
    Nonconformity nc = openNc();
    QList<CorrectiveAction> linked{makeCa(QStringLiteral("CA-0001"), CaStatus::Planned)};
    const QDate today = day(2026, 3, 25);

    auto advance = [&](NcStatus to) {
        const NcStatus from = nc.status;
        nc.status = to;
        const Status s = NcWorkflow::check(nc, from, linked);
        INFO((s.ok() ? std::string() : s.error().describe().toStdString()));
        REQUIRE(s.ok());
        NcWorkflow::applyDerived(nc, from, today);
    };

    nc.containment = QStringLiteral("Quarantined");
    advance(NcStatus::Contained);
    nc.rootCause = QStringLiteral("Calibration lapsed");
    advance(NcStatus::RootCauseIdentified);
    advance(NcStatus::ActionPlanned);
    linked[0].status = CaStatus::Done;
    advance(NcStatus::Verification);
    CHECK_FALSE(nc.closedOn.isValid());
    nc.effectiveness = QStringLiteral("Effective");
    advance(NcStatus::Closed);
    CHECK(nc.closedOn == today);
    CHECK(nc.daysOpen(day(2026, 12, 31)) == 24);
}

TEST_CASE("NC daysOpen counts from detection to closing or today", "[workflow][nc]") {
    Nonconformity nc = openNc(); // detected 2026-03-01
    CHECK(nc.daysOpen(day(2026, 3, 1)) == 0);
    CHECK(nc.daysOpen(day(2026, 3, 11)) == 10);
    CHECK(nc.daysOpen(day(2027, 3, 1)) == 365);

    nc.status = NcStatus::Closed;
    nc.closedOn = day(2026, 3, 5);
    CHECK(nc.daysOpen(day(2026, 6, 1)) == 4);

    // A cancelled record keeps counting to today: it has no closing date.
    nc.status = NcStatus::Cancelled;
    CHECK(nc.daysOpen(day(2026, 3, 11)) == 10);

    nc.status = NcStatus::Open;
    CHECK(nc.daysOpen(day(2026, 2, 1)) == 0); // detection after "today": never negative

    nc.detectedOn = QDate();
    CHECK(nc.daysOpen(day(2026, 3, 11)) == 0);
}

TEST_CASE("NC open and terminal statuses", "[workflow][nc]") {
    for (NcStatus s : enumValues<NcStatus>()) {
        const bool terminal = s == NcStatus::Closed || s == NcStatus::Cancelled;
        CHECK(isTerminal(s) == terminal);
        CHECK(isOpen(s) == !terminal);
    }
}
