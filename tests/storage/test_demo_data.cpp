#include "storage/ClauseRepository.h"
#include "storage/DemoData.h"
#include "storage/SearchIndex.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/TempDir.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace qms;
using qms::test::TempDir;

namespace {

std::unique_ptr<Workspace> makeDemo(const TempDir& dir, const QString& file, quint32 seed = 2026) {
    DemoOptions o;
    o.seed = seed;
    auto ws = DemoData::createWorkspace(dir.filePath(file), {}, o);
    INFO((ws ? QString() : ws.error().describe()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

QStringList ncSummary(Workspace& ws) {
    auto ncs = ws.nonconformities().list();
    REQUIRE(ncs.ok());
    QStringList out;
    for (const Nonconformity& n : *ncs)
        out << QStringLiteral("%1|%2|%3|%4").arg(n.meta.id, n.title, enumKey(n.status), enumKey(n.severity));
    return out;
}

} // namespace

TEST_CASE("Demo data fills a fresh database with varied, verifiable records", "[demo]") {
    TempDir dir;
    auto ws = makeDemo(dir, QStringLiteral("demo.qms"));
    const QDate today = ws->clock().today();

    CHECK(ws->organisation() == DemoData::organisation());
    auto users = ws->users().list();
    REQUIRE(users.ok());
    QSet<Role> roles;
    for (const User& u : *users)
        roles.insert(u.role);
    CHECK(roles.size() == 3);
    CHECK(users->size() >= 9);

    auto docs = ws->documents().list();
    REQUIRE(docs.ok());
    CHECK(docs->size() >= 25);
    CHECK(docs->size() <= 45);
    QSet<DocumentStatus> docStatuses;
    QSet<DocumentType> docTypes;
    int overdueReviews = 0, dueSoon = 0, secondRevisionDraft = 0, withAttachment = 0;
    for (const Document& d : *docs) {
        docStatuses.insert(d.status);
        docTypes.insert(d.type);
        if (d.status == DocumentStatus::Released && d.isReviewOverdue(today))
            ++overdueReviews;
        if (d.status == DocumentStatus::Released && !d.isReviewOverdue(today) &&
            d.isReviewDueWithin(today, 30))
            ++dueSoon;
        if (d.status == DocumentStatus::Draft && !d.effectiveRevision.isEmpty())
            ++secondRevisionDraft;
        if (d.status == DocumentStatus::Obsolete)
            CHECK_FALSE(d.obsoleteReason.isEmpty());
        if (d.status == DocumentStatus::Released)
            CHECK_FALSE(d.approvedBy.isEmpty());
        for (const DocumentRevision& r : d.revisions)
            if (!r.attachment.isNull())
                ++withAttachment;
    }
    CHECK(docStatuses.size() == 4);
    CHECK(docTypes.size() == 7);
    CHECK(overdueReviews >= 1);
    CHECK(dueSoon >= 1);
    CHECK(secondRevisionDraft >= 1);
    CHECK(withAttachment >= 3);

    auto processes = ws->processes().list();
    REQUIRE(processes.ok());
    CHECK(processes->size() == 12);
    for (const Process& p : *processes) {
        CHECK_FALSE(p.owner.isEmpty());
        CHECK_FALSE(p.kpis.isEmpty());
        CHECK_FALSE(p.feeds.isEmpty());
    }

    auto ncs = ws->nonconformities().list();
    REQUIRE(ncs.ok());
    CHECK(ncs->size() == 60);
    QSet<NcStatus> ncStatuses;
    QSet<Severity> severities;
    QSet<NcSource> sources;
    for (const Nonconformity& n : *ncs) {
        ncStatuses.insert(n.status);
        severities.insert(n.severity);
        sources.insert(n.source);
        CHECK(n.detectedOn <= today);
        CHECK(n.detectedOn >= today.addDays(-430));
        CHECK_FALSE(n.process.isEmpty());
        CHECK_FALSE(n.clauses.isEmpty());
        if (n.status == NcStatus::Closed)
            CHECK(n.closedOn < today.addDays(1));
    }
    CHECK(ncStatuses.size() == 7);
    CHECK(severities.size() == 3);
    CHECK(sources.size() == 7);

    auto cas = ws->actions().list();
    REQUIRE(cas.ok());
    QSet<CaStatus> caStatuses;
    int overdue = 0;
    for (const CorrectiveAction& c : *cas) {
        caStatuses.insert(c.status);
        if (c.isOverdue(today))
            ++overdue;
        // Each action addresses a nonconformity or carries out a management review's decision.
        CHECK((!c.nonconformities.isEmpty() || !c.reviews.isEmpty()));
    }
    CHECK(overdue >= 1);

    // The audit programme: every state, over this year and the next two; the findings are the
    // demo's internal-audit nonconformities, linked both ways.
    auto audits = ws->records<Audit>().list();
    REQUIRE(audits.ok());
    QSet<AuditStatus> auditStates;
    QSet<int> years;
    int findings = 0;
    for (const Audit& a : *audits) {
        auditStates.insert(a.status);
        years.insert(a.plannedDate.year());
        if (a.status == AuditStatus::Closed || a.status == AuditStatus::Reported) {
            CHECK(a.unansweredItems() == 0);
            CHECK(a.findingsToRaise().isEmpty());
            CHECK(a.heldOn <= today);
        }
        for (const QString& id : a.findings) {
            auto nc = ws->nonconformities().get(id);
            REQUIRE(nc.ok());
            CHECK(nc->source == NcSource::InternalAudit);
            CHECK(nc->audits.contains(a.meta.id));
            ++findings;
        }
    }
    CHECK(auditStates.size() == int(enumValues<AuditStatus>().size()));
    CHECK(years.contains(today.year() + 1));
    CHECK(findings >= 3);
    // Within the three-year cycle the programme reaches every applicable clause: audited or planned.
    {
        auto rows = ws->clauses().coverage();
        REQUIRE(rows.ok());
        const ProgrammeSummary programme = summariseProgramme(*rows, ws->catalogue());
        INFO(programmeSummaryText(programme, 36).toStdString());
        CHECK(programme.gaps() == 0);
        CHECK(programme.audited > 10);
        CHECK(programme.planned > 10);
    }
    auto reviews = ws->records<ManagementReview>().list();
    REQUIRE(reviews.ok());
    int closedReviews = 0, plannedReviews = 0;
    for (const ManagementReview& r : *reviews) {
        if (r.status == ReviewStatus::Closed) {
            ++closedReviews;
            CHECK(r.inputs.size() == int(enumValues<ReviewTopic>().size()));
            CHECK(r.outputs.size() == 3);
            CHECK(r.actions.size() == 3);
        }
        plannedReviews += r.status == ReviewStatus::Planned;
    }
    CHECK(closedReviews == 2);
    CHECK(plannedReviews == 1);
    CHECK(caStatuses.contains(CaStatus::VerifiedEffective));
    CHECK(caStatuses.contains(CaStatus::VerifiedIneffective));
    CHECK(caStatuses.contains(CaStatus::Planned));
    CHECK(caStatuses.contains(CaStatus::InProgress));

    auto coverage = ws->clauses().coverage();
    REQUIRE(coverage.ok());
    int gaps = 0, notApplicable = 0;
    for (const ClauseCoverage& c : *coverage) {
        if (c.status() == CoverageStatus::Gap && ws->catalogue().isLeaf(c.clause))
            ++gaps;
        if (c.status() == CoverageStatus::NotApplicable) {
            ++notApplicable;
            CHECK_FALSE(c.justification.isEmpty());
        }
    }
    CHECK(gaps >= 1);
    CHECK(notApplicable >= 1);

    auto hits = ws->search().search(QStringLiteral("coolant"));
    REQUIRE(hits.ok());
    auto report = ws->verify();
    REQUIRE(report.ok());
    for (const auto& p : report->problems)
        INFO(p.message.toStdString());
    CHECK(report->ok());
}

TEST_CASE("Demo data is deterministic for a seed and refuses a used database", "[demo]") {
    TempDir dir;
    auto a = makeDemo(dir, QStringLiteral("a.qms"), 7);
    auto b = makeDemo(dir, QStringLiteral("b.qms"), 7);
    CHECK(ncSummary(*a) == ncSummary(*b));

    const Status again = DemoData::generate(*a);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Invalid);
}

TEST_CASE("Demo data works on a workspace with the system clock and with bulk history", "[demo]") {
    TempDir dir;
    auto ws =
        Workspace::create(dir.filePath(QStringLiteral("plain.qms")),
                          {QStringLiteral("Plain"), QStringLiteral("qm"), QStringLiteral("Quality Manager")});
    REQUIRE(ws.ok());
    DemoOptions o;
    o.nonconformities = 120;
    o.workflowLimit = 40; // the 80 oldest are recorded as history in one step
    const Status s = DemoData::generate(**ws, o);
    INFO((s ? QString() : s.error().describe()).toStdString());
    REQUIRE(s.ok());
    auto count = (*ws)->nonconformities().count();
    REQUIRE(count.ok());
    CHECK(*count == 120);
    auto report = (*ws)->verify();
    REQUIRE(report.ok());
    for (const auto& p : report->problems)
        INFO(p.message.toStdString());
    CHECK(report->ok());
}
