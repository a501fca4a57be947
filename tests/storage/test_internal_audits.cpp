// Internal audits (9.2) on real files: the workflow from planned to closed, the checklist made
// from the scope and copied from the previous audit, a nonconformity raised from an item in one
// step, the report signed by its lead auditor only, auditor independence and its signed
// exception, the signed report kept as it was, and the auditor role refused every write.

#include "StorageTestSupport.h"
#include "domain/AuditQuestions.h"
#include "domain/kinds/AuditWorkflow.h"
#include "storage/SignatureRepository.h"
#include "storage/TableActions.h"

using namespace qms;
using namespace qms::test;

namespace {

const QString QmPassword = QStringLiteral("quality first 2026");

struct AuditFixture : Fixture {
    QString purchasing; // PRC owned by "dana"
    AuditFixture() {
        addUser(QStringLiteral("dana"), Role::ProcessOwner, QStringLiteral("Dana Buyer"));
        addUser(QStringLiteral("sam"), Role::ProcessOwner, QStringLiteral("Sam Auditor"));
        addUser(QStringLiteral("eve"), Role::Auditor, QStringLiteral("Eve External"));
        Process p = sampleProcess(QStringLiteral("Purchasing"), QStringLiteral("dana"));
        p.kpis = {{QStringLiteral("Supplier on-time delivery"), QStringLiteral("95"), QStringLiteral("%")}};
        auto created = w().processes().create(p);
        REQUIRE_OK(created);
        purchasing = created->meta.id;
    }

    Audit sampleAudit(const QString& lead = QStringLiteral("qm")) {
        Audit a = newRecord<Audit>({w().clock().today(), QStringLiteral("qm")});
        a.title = QStringLiteral("Purchasing and supplier control");
        a.leadAuditor = lead;
        a.plannedDate = w().clock().today().addDays(7);
        a.clauses = {QStringLiteral("8.4")};
        a.processes = {purchasing};
        return a;
    }

    Audit saved(const Result<Audit>& r) {
        REQUIRE_OK(r);
        return *r;
    }

    Audit prepared(Audit a) {
        auto filled = TableActions::fill(w(), RecordKind::Audit, a.meta.id,
                                         findField<Audit>(QStringLiteral("checklist"))->get(a),
                                         QStringLiteral("checklist"), QStringLiteral("scope"));
        REQUIRE_OK(filled);
        REQUIRE(findField<Audit>(QStringLiteral("checklist"))->set(a, *filled).isEmpty());
        a.status = AuditStatus::Prepared;
        return saved(w().records<Audit>().save(a));
    }
};

void answerAll(Audit& a, AuditResult result = AuditResult::Conforming) {
    for (ChecklistItem& i : a.checklist) {
        i.result = result;
        i.evidence = QStringLiteral("Three purchase orders sampled; all to approved suppliers.");
    }
    a.conclusions = QStringLiteral("Purchasing conforms; one minor finding.");
}

} // namespace

TEST_CASE("Audits: planned, prepared from the scope, held, reported with the lead's signature, closed") {
    FastHashes fast;
    AuditFixture f;
    Workspace& ws = f.w();
    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));

    Audit a = newRecord<Audit>({ws.clock().today(), QStringLiteral("qm")});
    CHECK(a.leadAuditor == QStringLiteral("qm"));
    CHECK(a.programme == QString::number(ws.clock().today().year()));
    a.title = QStringLiteral("Purchasing");
    a = f.saved(ws.records<Audit>().create(a));
    CHECK(a.meta.id == QStringLiteral("AUD-0001"));

    // Preparing needs the scope, the date and a checklist: every missing part named at once.
    Audit early = a;
    early.status = AuditStatus::Prepared;
    auto refused = ws.records<Audit>().save(early);
    REQUIRE_ERROR(refused, ErrorCode::WorkflowRefused);
    for (const char* field : {"planned_date", "clauses", "checklist"})
        CHECK(hasField(refused.error(), QString::fromLatin1(field)));

    // The checklist from the scope: a question per applicable leaf clause of 8.4, then the
    // process itself, its KPI and (none here) its documents.
    a.plannedDate = ws.clock().today().addDays(3);
    a.clauses = {QStringLiteral("8.4")};
    a.processes = {f.purchasing};
    a = f.saved(ws.records<Audit>().save(a));
    a = f.prepared(a);
    QStringList clauses;
    for (const ChecklistItem& i : a.checklist)
        clauses << i.clause;
    CHECK(clauses.contains(QStringLiteral("8.4.1")));
    CHECK(clauses.contains(QStringLiteral("8.4.2")));
    CHECK(clauses.contains(QStringLiteral("8.4.3")));
    CHECK_FALSE(clauses.contains(QStringLiteral("8.4"))); // a heading asks nothing of its own
    CHECK(clauses.contains(QStringLiteral("9.1.1")));     // the process's KPI
    for (const ChecklistItem& i : a.checklist) {
        CHECK_FALSE(i.question.isEmpty());
        CHECK(i.result == AuditResult::Unanswered);
    }
    for (const QString& q : auditQuestions(QStringLiteral("8.4.1"))) {
        bool listed = false;
        for (const ChecklistItem& i : a.checklist)
            listed = listed || i.question == q;
        CHECK(listed);
    }
    // Filling again adds nothing twice.
    const QString text = findField<Audit>(QStringLiteral("checklist"))->get(a);
    auto again = TableActions::fill(ws, RecordKind::Audit, a.meta.id, text, QStringLiteral("checklist"),
                                    QStringLiteral("scope"));
    REQUIRE_OK(again);
    CHECK(*again == text);

    a.status = AuditStatus::InProgress;
    a = f.saved(ws.records<Audit>().save(a));
    CHECK(a.heldOn == ws.clock().today());

    // The report needs every answer with its evidence and the conclusions.
    Audit unanswered = a;
    unanswered.status = AuditStatus::Reported;
    auto open = ws.records<Audit>().save(unanswered, {});
    REQUIRE_ERROR(open, ErrorCode::WorkflowRefused);
    CHECK(hasField(open.error(), QStringLiteral("checklist")));
    CHECK(hasField(open.error(), QStringLiteral("conclusions")));

    answerAll(a);
    a.checklist[0].result = AuditResult::MinorNc;
    a.checklist[0].evidence = QStringLiteral("Omega Fasteners not re-evaluated since 2024.");
    a.status = AuditStatus::Reported;
    REQUIRE_ERROR(ws.records<Audit>().save(a), ErrorCode::SignatureNeeded);
    SaveOptions signing;
    signing.signaturePassword = QmPassword;
    a = f.saved(ws.records<Audit>().save(a, signing));
    CHECK(a.reportedBy == QStringLiteral("Quinn Manager"));
    CHECK(a.reportedOn == ws.clock().today());
    auto signatures = ws.signatures().forRecord(a.meta.id);
    REQUIRE_OK(signatures);
    REQUIRE(signatures->size() == 1);
    CHECK(signatures->first().meaning == SignatureMeaning::AuditReport);

    // Signed: the checklist is the report. Reopening is the way to change it.
    Audit edited = a;
    edited.checklist[1].evidence = QStringLiteral("changed afterwards");
    REQUIRE_ERROR(ws.records<Audit>().save(edited), ErrorCode::WorkflowRefused);
    Audit forged = a;
    forged.reportedBy = QStringLiteral("Someone Else");
    REQUIRE_ERROR(ws.records<Audit>().save(forged), ErrorCode::WorkflowRefused);

    // Closing needs the nonconformity found raised.
    Audit closing = a;
    closing.status = AuditStatus::Closed;
    auto notRaised = ws.records<Audit>().save(closing);
    REQUIRE_ERROR(notRaised, ErrorCode::WorkflowRefused);
    CHECK(notRaised.error().describe().contains(QStringLiteral("item 1 (")));

    // One step: an NC from item 1, found in an internal audit, minor, with the item's clause and
    // process, linked both ways; a conforming item makes none.
    REQUIRE_ERROR(TableActions::createFromRow(ws, a.meta.id, QStringLiteral("checklist"), 1),
                  ErrorCode::WorkflowRefused);
    auto raised = TableActions::createFromRow(ws, a.meta.id, QStringLiteral("checklist"), 0);
    REQUIRE_OK(raised);
    auto nc = ws.nonconformities().get(*raised);
    REQUIRE_OK(nc);
    CHECK(nc->source == NcSource::InternalAudit);
    CHECK(nc->severity == Severity::Minor);
    CHECK(nc->clauses == QStringList{a.checklist[0].clause});
    CHECK(nc->description == a.checklist[0].evidence);
    CHECK(nc->audits == QStringList{a.meta.id});
    CHECK(nc->title.startsWith(a.meta.id));
    a = *ws.records<Audit>().get(a.meta.id);
    CHECK(a.checklist[0].finding == *raised);
    CHECK(a.findings == QStringList{*raised});
    REQUIRE_ERROR(TableActions::createFromRow(ws, a.meta.id, QStringLiteral("checklist"), 0),
                  ErrorCode::WorkflowRefused);

    a.status = AuditStatus::Closed;
    a = f.saved(ws.records<Audit>().save(a));
    CHECK(a.closedOn == ws.clock().today());
    Audit afterwards = a;
    afterwards.conclusions = QStringLiteral("rewritten");
    REQUIRE_ERROR(ws.records<Audit>().save(afterwards), ErrorCode::WorkflowRefused);

    auto report = ws.verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
}

TEST_CASE("Audits: only the lead auditor signs the report; team members answer the checklist") {
    AuditFixture f;
    Workspace& ws = f.w();
    Audit a = f.sampleAudit(QStringLiteral("sam"));
    a.team = QStringLiteral("qm");
    a = f.saved(ws.records<Audit>().create(a));
    a = f.prepared(a);
    a.status = AuditStatus::InProgress;
    a = f.saved(ws.records<Audit>().save(a));
    answerAll(a);
    a.status = AuditStatus::Reported;
    auto byQm = ws.records<Audit>().save(a);
    REQUIRE_ERROR(byQm, ErrorCode::Forbidden);
    CHECK(byQm.error().message.contains(QStringLiteral("sam")));

    auto sam = f.openAs(QStringLiteral("sam"));
    auto reported = sam->records<Audit>().save(a);
    REQUIRE_OK(reported);
    CHECK(reported->reportedBy == QStringLiteral("Sam Auditor"));
    // Someone outside the audit team cannot edit it.
    auto dana = f.openAs(QStringLiteral("dana"));
    Audit other = *dana->records<Audit>().get(a.meta.id);
    other.status = AuditStatus::InProgress;
    REQUIRE_ERROR(dana->records<Audit>().save(other, {QStringLiteral("more to check")}),
                  ErrorCode::Forbidden);
}

TEST_CASE("Audits: an auditor does not audit their own process, unless a quality manager signs why") {
    FastHashes fast;
    AuditFixture f;
    Workspace& ws = f.w();
    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));

    // Dana owns Purchasing: as lead or as team member she is refused, with the reason.
    auto asLead = ws.records<Audit>().create(f.sampleAudit(QStringLiteral("dana")));
    REQUIRE_ERROR(asLead, ErrorCode::WorkflowRefused);
    CHECK(asLead.error().message.contains(QStringLiteral("9.2.2 c")));
    CHECK(asLead.error().message.contains(QStringLiteral("dana owns %1").arg(f.purchasing)));
    Audit withTeam = f.sampleAudit();
    withTeam.team = QStringLiteral("sam, dana");
    REQUIRE_ERROR(ws.records<Audit>().create(withTeam), ErrorCode::WorkflowRefused);

    // A document of the process she wrote counts as her own work too.
    Document doc = sampleDoc(QStringLiteral("Purchasing procedure"), QStringLiteral("dana"));
    doc.processes = {f.purchasing};
    doc.revisions = {
        {QStringLiteral("A"), QStringLiteral("First issue"), QStringLiteral("sam"), ws.clock().today()}};
    REQUIRE_OK(ws.documents().create(doc));
    auto bySam = ws.records<Audit>().create(f.sampleAudit(QStringLiteral("sam")));
    REQUIRE_ERROR(bySam, ErrorCode::WorkflowRefused);
    CHECK(bySam.error().message.contains(QStringLiteral("sam wrote")));

    // A process owner may not write the exception; a quality manager may, and signs it.
    Audit excepted = f.sampleAudit(QStringLiteral("dana"));
    excepted.independenceNote = QStringLiteral("Only trained auditor; the QM reviews every answer.");
    auto danaWs = f.openAs(QStringLiteral("dana"));
    REQUIRE_ERROR(danaWs->records<Audit>().create(excepted), ErrorCode::Forbidden);
    REQUIRE_ERROR(ws.records<Audit>().create(excepted), ErrorCode::SignatureNeeded);
    SaveOptions signing;
    signing.signaturePassword = QmPassword;
    auto created = ws.records<Audit>().create(excepted, signing);
    REQUIRE_OK(created);
    auto signatures = ws.signatures().forRecord(created->meta.id);
    REQUIRE_OK(signatures);
    REQUIRE(signatures->size() == 1);
    CHECK(signatures->first().meaning == SignatureMeaning::IndependenceException);

    // The exception covers the team it was written for: adding Sam (who wrote the procedure)
    // asks for it to be reviewed and signed again.
    Audit more = *created;
    more.team = QStringLiteral("sam");
    auto stale = ws.records<Audit>().save(more, signing);
    REQUIRE_ERROR(stale, ErrorCode::WorkflowRefused);
    CHECK(hasField(stale.error(), QStringLiteral("independence_note")));
    more.independenceNote += QStringLiteral(" Sam co-audits; his procedure is sampled by Dana.");
    REQUIRE_OK(ws.records<Audit>().save(more, signing));
    CHECK(ws.signatures().forRecord(created->meta.id)->size() == 2);

    auto report = ws.verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
}

TEST_CASE("Audits: the checklist is copied from the last audit of the same scope, without its answers") {
    AuditFixture f;
    Workspace& ws = f.w();
    Audit first = f.prepared(f.saved(ws.records<Audit>().create(f.sampleAudit())));
    first.checklist.append({QStringLiteral("8.4.2"), {}, QStringLiteral("Own question: are CoCs archived?")});
    first.checklist[0].evidence = QStringLiteral("seen");
    first.checklist[0].result = AuditResult::Conforming;
    first = f.saved(ws.records<Audit>().save(first));

    Audit second = f.saved(ws.records<Audit>().create(f.sampleAudit()));
    auto copied = TableActions::fill(ws, RecordKind::Audit, second.meta.id, QString(),
                                     QStringLiteral("checklist"), QStringLiteral("previous"));
    REQUIRE_OK(copied);
    REQUIRE(findField<Audit>(QStringLiteral("checklist"))->set(second, *copied).isEmpty());
    REQUIRE(second.checklist.size() == first.checklist.size());
    CHECK(second.checklist.last().question == QStringLiteral("Own question: are CoCs archived?"));
    for (const ChecklistItem& i : second.checklist) {
        CHECK(i.result == AuditResult::Unanswered);
        CHECK(i.evidence.isEmpty());
    }

    Audit otherScope = f.sampleAudit();
    otherScope.clauses = {QStringLiteral("7.5")};
    otherScope = f.saved(ws.records<Audit>().create(otherScope));
    auto none = TableActions::fill(ws, RecordKind::Audit, otherScope.meta.id, QString(),
                                   QStringLiteral("checklist"), QStringLiteral("previous"));
    REQUIRE_ERROR(none, ErrorCode::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("7.5")));
}

TEST_CASE("Audits and reviews: the auditor role is refused every new write") {
    AuditFixture f;
    Workspace& ws = f.w();
    Audit a = f.prepared(f.saved(ws.records<Audit>().create(f.sampleAudit())));
    ManagementReview r = newRecord<ManagementReview>({ws.clock().today(), QStringLiteral("qm")});
    r = *ws.records<ManagementReview>().create(r);
    const Audit another = f.sampleAudit();
    f.close();
    auto eve = f.openAs(QStringLiteral("eve"), OpenMode::ReadOnly);
    CHECK_FALSE(eve->records<Audit>().create(another).ok());
    Audit edited = *eve->records<Audit>().get(a.meta.id);
    edited.checklist[0].evidence = QStringLiteral("by the auditor");
    CHECK_FALSE(eve->records<Audit>().save(edited).ok());
    CHECK_FALSE(TableActions::createFromRow(*eve, a.meta.id, QStringLiteral("checklist"), 0).ok());
    CHECK_FALSE(eve->records<ManagementReview>()
                    .create(newRecord<ManagementReview>({eve->clock().today(), QStringLiteral("eve")}))
                    .ok());
    ManagementReview collect = *eve->records<ManagementReview>().get(r.meta.id);
    collect.status = ReviewStatus::InputsCollected;
    CHECK_FALSE(eve->records<ManagementReview>().save(collect).ok());
}
