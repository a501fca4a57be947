#include "DomainTestSupport.h"
#include "domain/Clock.h"
#include "domain/Workflow.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

QList<CaStatus> targets(CaStatus from) {
    QList<CaStatus> out;
    for (const auto& s : CaWorkflow::steps(from))
        out << s.target;
    return out;
}

Status move(CorrectiveAction ca, CaStatus from, CaStatus to) {
    ca.status = to;
    return CaWorkflow::check(ca, from);
}

} // namespace

TEST_CASE("CA workflow offers the documented steps from every status", "[workflow][ca]") {
    using S = CaStatus;
    CHECK(targets(S::Planned) == QList<S>{S::InProgress, S::Cancelled});
    CHECK(targets(S::InProgress) == QList<S>{S::Done, S::Planned, S::Cancelled});
    CHECK(targets(S::Done) ==
          QList<S>{S::VerifiedEffective, S::VerifiedIneffective, S::InProgress, S::Cancelled});
    CHECK(targets(S::VerifiedEffective).isEmpty());
    CHECK(targets(S::VerifiedIneffective) == QList<S>{S::InProgress});
    CHECK(targets(S::Cancelled) == QList<S>{S::Planned});

    CHECK_FALSE(CaWorkflow::needsReason(S::Planned, S::InProgress));
    CHECK_FALSE(CaWorkflow::needsReason(S::InProgress, S::Done));
    CHECK_FALSE(CaWorkflow::needsReason(S::Done, S::VerifiedEffective));
    CHECK_FALSE(CaWorkflow::needsReason(S::Done, S::VerifiedIneffective));
    CHECK(CaWorkflow::needsReason(S::InProgress, S::Planned));
    CHECK(CaWorkflow::needsReason(S::Done, S::InProgress));
    CHECK(CaWorkflow::needsReason(S::VerifiedIneffective, S::InProgress));
    CHECK(CaWorkflow::needsReason(S::Cancelled, S::Planned));
    for (S from : {S::Planned, S::InProgress, S::Done})
        CHECK(CaWorkflow::needsReason(from, S::Cancelled));

    for (S from : enumValues<S>())
        for (const auto& step : CaWorkflow::steps(from)) {
            CHECK_FALSE(step.action.isEmpty());
            CHECK(CaWorkflow::needsReason(from, step.target) == step.needsReason);
        }
}

TEST_CASE("CA done sets the completion date", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::InProgress);
    REQUIRE(move(ca, CaStatus::InProgress, CaStatus::Done).ok());

    ca.status = CaStatus::Done;
    CaWorkflow::applyDerived(ca, CaStatus::InProgress, day(2026, 3, 12), QStringLiteral("olga"));
    CHECK(ca.completedOn == day(2026, 3, 12));

    SECTION("a completion date entered by the user is kept") {
        CorrectiveAction c = makeCa(QStringLiteral("CA-0008"), CaStatus::Done);
        c.completedOn = day(2026, 3, 9);
        CaWorkflow::applyDerived(c, CaStatus::InProgress, day(2026, 3, 12), QStringLiteral("olga"));
        CHECK(c.completedOn == day(2026, 3, 9));
    }
    SECTION("going back to in progress clears it") {
        ca.status = CaStatus::InProgress;
        ca.statusReason = QStringLiteral("Not finished after all");
        REQUIRE(CaWorkflow::check(ca, CaStatus::Done).ok());
        CaWorkflow::applyDerived(ca, CaStatus::Done, day(2026, 3, 13), QStringLiteral("olga"));
        CHECK_FALSE(ca.completedOn.isValid());
    }
}

TEST_CASE("CA verification needs the effectiveness result", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::Done);
    ca.completedOn = day(2026, 3, 12);

    for (CaStatus verdict : {CaStatus::VerifiedEffective, CaStatus::VerifiedIneffective}) {
        INFO(enumKey(verdict).toStdString());
        ca.effectivenessResult = QStringLiteral("   ");
        const Status refused = move(ca, CaStatus::Done, verdict);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::WorkflowRefused);
        CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("effectiveness_result")});

        ca.effectivenessResult = QStringLiteral("No repeat findings in two audits");
        CHECK(move(ca, CaStatus::Done, verdict).ok());
    }
}

TEST_CASE("CA verification needs a completion date", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::Done);
    ca.effectivenessResult = QStringLiteral("Effective");
    const Status refused = move(ca, CaStatus::Done, CaStatus::VerifiedEffective);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("completed_on")});
}

TEST_CASE("CA verification records who checked the effectiveness", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::VerifiedEffective);
    ca.completedOn = day(2026, 3, 12);
    ca.effectivenessResult = QStringLiteral("Effective");

    CorrectiveAction byActor = ca;
    CaWorkflow::applyDerived(byActor, CaStatus::Done, day(2026, 4, 1), QStringLiteral("quentin"));
    CHECK(byActor.effectivenessBy == QStringLiteral("quentin"));
    CHECK(byActor.completedOn == day(2026, 3, 12));

    CorrectiveAction named = ca;
    named.effectivenessBy = QStringLiteral("external auditor");
    CaWorkflow::applyDerived(named, CaStatus::Done, day(2026, 4, 1), QStringLiteral("quentin"));
    CHECK(named.effectivenessBy == QStringLiteral("external auditor"));
}

TEST_CASE("CA workflow refuses status changes that are not steps", "[workflow][ca]") {
    using S = CaStatus;
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), S::Planned);
    ca.completedOn = day(2026, 3, 12);
    ca.effectivenessResult = QStringLiteral("Effective");
    ca.statusReason = QStringLiteral("reason");

    const Status s = move(ca, S::Planned, S::Done);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::WorkflowRefused);
    CHECK(s.error().message == QStringLiteral("Planned cannot go to Done directly."));

    for (S from : enumValues<S>())
        for (S to : enumValues<S>()) {
            if (from == to || CaWorkflow::isStep(from, to))
                continue;
            INFO(enumKey(from).toStdString() << " -> " << enumKey(to).toStdString());
            const Status r = move(ca, from, to);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(QStringLiteral("directly")));
        }
    // Verified effective is final.
    for (S to : enumValues<S>())
        CHECK_FALSE(CaWorkflow::isStep(S::VerifiedEffective, to));
}

TEST_CASE("CA cancel, back and rework need a reason", "[workflow][ca]") {
    using S = CaStatus;
    const struct {
        S from, to;
    } changes[] = {{S::Planned, S::Cancelled},
                   {S::InProgress, S::Cancelled},
                   {S::Done, S::Cancelled},
                   {S::InProgress, S::Planned},
                   {S::Done, S::InProgress},
                   {S::Cancelled, S::Planned},
                   {S::VerifiedIneffective, S::InProgress}};
    for (const auto& c : changes) {
        INFO(enumKey(c.from).toStdString() << " -> " << enumKey(c.to).toStdString());
        CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), c.from);
        const Status refused = move(ca, c.from, c.to);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::WorkflowRefused);
        CHECK(hasField(refused.error().fields, QStringLiteral("status_reason")));
        for (const auto& e : refused.error().fields)
            CHECK(e.field == QStringLiteral("status_reason"));

        ca.statusReason = QStringLiteral("Because");
        CHECK(move(ca, c.from, c.to).ok());
    }
}

TEST_CASE("CA rework after an ineffective verdict starts over", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::InProgress);
    ca.completedOn = day(2026, 3, 12);
    ca.effectivenessResult = QStringLiteral("Issue recurred");
    ca.statusReason = QStringLiteral("Recurred in April");
    REQUIRE(CaWorkflow::check(ca, CaStatus::VerifiedIneffective).ok());
    CaWorkflow::applyDerived(ca, CaStatus::VerifiedIneffective, day(2026, 4, 20), QStringLiteral("olga"));
    CHECK_FALSE(ca.completedOn.isValid());
}

TEST_CASE("CA overdue is derived from the due date and the clock", "[workflow][ca][clock]") {
    FixedClock clock(utc(2026, 3, 10));
    REQUIRE(clock.today() == day(2026, 3, 10));

    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::Planned);
    ca.dueDate = day(2026, 3, 9);
    CHECK(ca.isOverdue(clock.today()));

    ca.dueDate = day(2026, 3, 10); // due today is not overdue yet
    CHECK_FALSE(ca.isOverdue(clock.today()));
    clock.advanceSecs(24 * 3600);
    CHECK(ca.isOverdue(clock.today()));

    clock.set(utc(2026, 3, 1));
    CHECK_FALSE(ca.isOverdue(clock.today()));

    clock.set(utc(2026, 6, 1));
    ca.status = CaStatus::InProgress;
    CHECK(ca.isOverdue(clock.today()));
    for (CaStatus closed :
         {CaStatus::Done, CaStatus::VerifiedEffective, CaStatus::VerifiedIneffective, CaStatus::Cancelled}) {
        ca.status = closed;
        CHECK_FALSE(ca.isOverdue(clock.today()));
    }

    ca.status = CaStatus::Planned;
    ca.dueDate = QDate();
    CHECK_FALSE(ca.isOverdue(clock.today()));
}

TEST_CASE("CA effectiveness check overdue only while done and unverified", "[workflow][ca]") {
    CorrectiveAction ca = makeCa(QStringLiteral("CA-0007"), CaStatus::Done);
    ca.effectivenessDue = day(2026, 5, 1);
    CHECK_FALSE(ca.isEffectivenessCheckOverdue(day(2026, 5, 1)));
    CHECK(ca.isEffectivenessCheckOverdue(day(2026, 5, 2)));
    ca.status = CaStatus::VerifiedEffective;
    CHECK_FALSE(ca.isEffectivenessCheckOverdue(day(2026, 5, 2)));
    ca.status = CaStatus::InProgress;
    CHECK_FALSE(ca.isEffectivenessCheckOverdue(day(2026, 5, 2)));
}

TEST_CASE("CA open and terminal statuses", "[workflow][ca]") {
    using S = CaStatus;
    CHECK(isOpen(S::Planned));
    CHECK(isOpen(S::InProgress));
    CHECK_FALSE(isOpen(S::Done));
    CHECK_FALSE(isOpen(S::Cancelled));
    CHECK_FALSE(isTerminal(S::Planned));
    CHECK_FALSE(isTerminal(S::Done));
    CHECK(isTerminal(S::VerifiedEffective));
    CHECK(isTerminal(S::VerifiedIneffective));
    CHECK(isTerminal(S::Cancelled));
}
