// The programme policy (audit cycle, management review interval): stored in the file, audited,
// verified; the audit programme's state per clause; the review-interval reminder.

#include "StorageTestSupport.h"
#include "domain/ClauseCoverage.h"
#include "domain/FieldCodec.h"
#include "storage/ClauseRepository.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/ProgrammePolicy.h"
#include "storage/RegisterQuery.h"
#include "storage/ReminderQuery.h"

#include <QSqlQuery>

using namespace qms;
using namespace qms::test;

TEST_CASE("Programme status: audited within the cycle, planned, overdue or never audited") {
    const QDate today(2026, 6, 1);
    CHECK(programmeStatus(QDate(2025, 1, 10), {}, today, 36) == ProgrammeStatus::Audited);
    CHECK(programmeStatus(QDate(2023, 6, 2), {}, today, 36) == ProgrammeStatus::Audited);
    CHECK(programmeStatus(QDate(2023, 6, 1), {}, today, 36) == ProgrammeStatus::Overdue);
    CHECK(programmeStatus(QDate(2023, 6, 1), QDate(2026, 9, 1), today, 36) == ProgrammeStatus::Planned);
    CHECK(programmeStatus({}, QDate(2027, 1, 1), today, 36) == ProgrammeStatus::Planned);
    CHECK(programmeStatus({}, {}, today, 36) == ProgrammeStatus::NotAudited);
    CHECK(programmeStatus(QDate(2026, 4, 1), {}, today, 1) == ProgrammeStatus::Overdue);
    CHECK(isProgrammeGap(ProgrammeStatus::Overdue));
    CHECK(isProgrammeGap(ProgrammeStatus::NotAudited));
    CHECK_FALSE(isProgrammeGap(ProgrammeStatus::Planned));
}

TEST_CASE("Programme policy: defaults, set by quality managers only, audited and verified") {
    Fixture f;
    Workspace& ws = f.w();
    ProgrammePolicy policy(ws);
    CHECK(policy.auditCycleMonths() == 36);
    CHECK(policy.reviewIntervalMonths() == 12);
    REQUIRE_OK(policy.setAuditCycleMonths(24));
    REQUIRE_OK(policy.setReviewIntervalMonths(6));
    CHECK(policy.auditCycleMonths() == 24);
    CHECK(policy.reviewIntervalMonths() == 6);
    CHECK_FALSE(policy.setAuditCycleMonths(0).ok());
    CHECK_FALSE(policy.setAuditCycleMonths(121).ok());
    CHECK_FALSE(policy.setReviewIntervalMonths(37).ok());
    auto trail = ws.audit().forRecord(QStringLiteral("meta:audit_cycle_months"));
    REQUIRE_OK(trail);
    REQUIRE(trail->size() == 1);
    CHECK(trail->first().newValue == QStringLiteral("24"));
    auto verified = ws.verify();
    REQUIRE_OK(verified);
    CHECK(verified->ok());

    f.addUser(QStringLiteral("po"), Role::ProcessOwner);
    auto po = f.openAs(QStringLiteral("po"));
    const Status refused = ProgrammePolicy(*po).setAuditCycleMonths(12);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    po.reset();

    // Changed behind the application's back: verify names the setting.
    {
        QSqlQuery q(ws.database().connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '120' WHERE key = 'audit_cycle_months'")));
    }
    auto tampered = ws.verify();
    REQUIRE_OK(tampered);
    REQUIRE_FALSE(tampered->ok());
    bool named = false;
    for (const AuditProblem& p : tampered->problems)
        named = named || p.recordId == QStringLiteral("meta:audit_cycle_months");
    CHECK(named);

    // Deleted behind its back (the default would silently apply): found as well.
    {
        QSqlQuery q(ws.database().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'review_interval_months'")));
    }
    auto deleted = ws.verify();
    REQUIRE_OK(deleted);
    bool deletedNamed = false;
    for (const AuditProblem& p : deleted->problems)
        deletedNamed = deletedNamed || p.recordId == QStringLiteral("meta:review_interval_months");
    CHECK(deletedNamed);
}

TEST_CASE("Audit programme per clause follows the audits held and planned, and the cycle") {
    // Demo data is dated relative to the real clock, so this workspace runs on it.
    TempDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("demo.qms")),
                                     {QStringLiteral("Acme"), QStringLiteral("qm"), {}});
    REQUIRE_OK(created);
    Workspace& ws = **created;
    DemoOptions demo;
    demo.nonconformities = 10;
    REQUIRE_OK(DemoData::generate(ws, demo));
    const QDate today = ws.clock().today();

    const auto check = [&](int cycle) {
        auto rows = ws.clauses().coverage();
        REQUIRE_OK(rows);
        int seen = 0;
        for (const ClauseCoverage& c : *rows) {
            INFO("clause " << c.clause.toStdString());
            if (!c.applicable) {
                CHECK(c.programme == ProgrammeStatus::None);
                continue;
            }
            CHECK(c.programme == programmeStatus(c.lastDate, c.nextDate, today, cycle));
            CHECK_FALSE(c.programmeText().isEmpty());
            ++seen;
        }
        CHECK(seen > 30);
        return summariseProgramme(*rows, ws.catalogue());
    };
    const ProgrammeSummary three = check(36);
    CHECK(three.audited > 0);
    CHECK(three.applicableLeaves == three.audited + three.planned + three.overdue + three.notAudited);
    // The process register's "Last audited" and "Next audit": from the audits with it in scope.
    auto audits = ws.records<Audit>().list();
    REQUIRE_OK(audits);
    QHash<QString, QDate> last, next;
    for (const Audit& a : *audits)
        for (const QString& p : a.processes) {
            if ((a.status == AuditStatus::Reported || a.status == AuditStatus::Closed) &&
                a.heldOn > last.value(p))
                last[p] = a.heldOn;
            if ((a.status == AuditStatus::Planned || a.status == AuditStatus::Prepared ||
                 a.status == AuditStatus::InProgress) &&
                (!next.value(p).isValid() || a.plannedDate < next.value(p)))
                next[p] = a.plannedDate;
        }
    REQUIRE_FALSE(last.isEmpty());
    REQUIRE_FALSE(next.isEmpty());
    RegisterQuery q(ws, RecordKind::Process);
    auto rows = q.fetch(0, 1000);
    REQUIRE_OK(rows);
    const int lastColumn = RegisterQuery::columnIndex(RecordKind::Process, QStringLiteral("last_audited"));
    const int nextColumn = RegisterQuery::columnIndex(RecordKind::Process, QStringLiteral("next_audit"));
    REQUIRE(lastColumn > 0);
    REQUIRE(nextColumn > 0);
    for (const RegisterRow& row : *rows) {
        INFO("process " << row.id.toStdString());
        CHECK(row.values.value(lastColumn).toString() == codec::date(last.value(row.id)));
        CHECK(row.values.value(nextColumn).toString() == codec::date(next.value(row.id)));
    }

    REQUIRE_OK(ProgrammePolicy(ws).setAuditCycleMonths(1));
    const ProgrammeSummary one = check(1);
    CHECK(one.audited < three.audited);
    CHECK(programmeSummaryText(one, 1).contains(QStringLiteral("1-month cycle")));
}

TEST_CASE("Reminders: the next management review is due a review interval after the last") {
    Fixture f;
    Workspace& ws = f.w();
    auto interval = [&]() -> const ReminderGroup* {
        auto r = ReminderQuery(ws).compute(30);
        REQUIRE_OK(r);
        static Reminders kept;
        kept = *r;
        return kept.group(RecordKind::ManagementReview, "interval");
    };
    // A new QMS: the first review is due a year after it was started.
    REQUIRE(interval() != nullptr);
    CHECK(interval()->total == 0);
    f.clock->set(f.clock->nowUtc().addMonths(12).addDays(-10));
    REQUIRE(interval()->total == 1);
    CHECK(interval()->items.first().title.contains(QStringLiteral("No management review held yet")));
    CHECK_FALSE(interval()->items.first().overdue);
    REQUIRE_OK(ProgrammePolicy(ws).setReviewIntervalMonths(6));
    REQUIRE(interval()->total == 1);
    CHECK(interval()->items.first().overdue);

    // A review planned: it reminds through its own rule, this one is quiet.
    ManagementReview r = newRecord<ManagementReview>({ws.clock().today(), QStringLiteral("qm")});
    r.title = QStringLiteral("Management review 2027");
    r.plannedDate = ws.clock().today().addDays(20);
    REQUIRE_OK(ws.records<ManagementReview>().create(r));
    CHECK(interval()->total == 0);
}
