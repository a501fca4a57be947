// Change requests (6.3, 8.5.6) on real files: the workflow from request to closing, the 6.3
// considerations needed before assessment, approval signed by a quality manager only, rejection
// with a reason, affected items that must exist and be resolved before closing, and every step in
// the audit trail that verify replays.

#include "StorageTestSupport.h"
#include "domain/PasswordHash.h"
#include "domain/kinds/ChangeRequestWorkflow.h"
#include "domain/kinds/LinkedRecords.h"
#include "storage/ClauseRepository.h"
#include "storage/SignatureRepository.h"

using namespace qms;
using namespace qms::test;

namespace {

const QString QmPassword = QStringLiteral("quality first 2026");

ChangeRequest sampleChange(Workspace& ws) {
    ChangeRequest c = newRecord<ChangeRequest>({ws.clock().today(), ws.user().name});
    c.title = QStringLiteral("Second supplier for hard chrome plating");
    c.type = ChangeType::Supplier;
    c.reason = QStringLiteral("The only plating supplier announced a six-week shutdown.");
    return c;
}

void assess(ChangeRequest& c, const QDate& planned) {
    c.consequences = QStringLiteral("First articles to approve; higher unit price.");
    c.integrity = QStringLiteral("Approved supplier list updated before the first order.");
    c.resources = QStringLiteral("Two days of supplier audit.");
    c.responsibilities = QStringLiteral("Purchasing owns the supplier; quality approves first articles.");
    c.plannedDate = planned;
    c.status = ChangeStatus::Assessed;
}

SaveOptions reasoned(const QString& reason) {
    SaveOptions o;
    o.reason = reason;
    return o;
}

} // namespace

TEST_CASE("Change requests: requested, assessed, approved with a signature, implemented, reviewed, closed") {
    FastHashes fast;
    Fixture f;
    Workspace& ws = f.w();
    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));
    auto doc = ws.documents().create(sampleDoc(QStringLiteral("Purchasing procedure")));
    REQUIRE_OK(doc);

    // A new change starts as requested; the declared defaults fill in who asked and clause 6.3.
    ChangeRequest c = sampleChange(ws);
    CHECK(c.requestedBy == QStringLiteral("qm"));
    CHECK(c.clauses == QStringList{QStringLiteral("6.3")});
    c.affected = {{doc->meta.id, AffectedState::ActionNeeded, QStringLiteral("add the second supplier")}};
    auto created = ws.records<ChangeRequest>().create(c);
    REQUIRE_OK(created);
    CHECK(created->meta.id == QStringLiteral("CHG-0001"));
    c = *created;

    // Assessment needs the 6.3 considerations, the owner and the planned date: all named at once.
    ChangeRequest early = c;
    early.status = ChangeStatus::Assessed;
    auto refused = ws.records<ChangeRequest>().save(early);
    REQUIRE_ERROR(refused, ErrorCode::WorkflowRefused);
    for (const char* field : {"consequences", "integrity", "resources", "responsibilities", "planned_date"})
        CHECK(hasField(refused.error(), QString::fromLatin1(field)));
    assess(c, ws.clock().today().addDays(20));
    auto assessed = ws.records<ChangeRequest>().save(c);
    REQUIRE_OK(assessed);
    c = *assessed;

    // Skipping a step is refused; approval needs the approver's signature.
    ChangeRequest skip = c;
    skip.status = ChangeStatus::Implemented;
    REQUIRE_ERROR(ws.records<ChangeRequest>().save(skip), ErrorCode::WorkflowRefused);
    c.status = ChangeStatus::Approved;
    REQUIRE_ERROR(ws.records<ChangeRequest>().save(c), ErrorCode::SignatureNeeded);
    SaveOptions signedOptions;
    signedOptions.signaturePassword = QmPassword;
    auto approved = ws.records<ChangeRequest>().save(c, signedOptions);
    REQUIRE_OK(approved);
    CHECK(approved->approvedBy == QStringLiteral("Quinn Manager"));
    CHECK(approved->approvedOn == ws.clock().today());
    auto signatures = ws.signatures().forRecord(c.meta.id);
    REQUIRE_OK(signatures);
    REQUIRE(signatures->size() == 1);
    CHECK(signatures->first().meaning == SignatureMeaning::ChangeApproval);
    CHECK(signatures->first().state == QStringLiteral("approved"));
    c = *approved;

    c.status = ChangeStatus::Implemented;
    c = *ws.records<ChangeRequest>().save(c);
    CHECK(c.implementedOn == ws.clock().today());

    // The review of the change (8.5.6) is its result, needed to leave "implemented".
    c.status = ChangeStatus::Reviewed;
    auto noReview = ws.records<ChangeRequest>().save(c);
    REQUIRE_ERROR(noReview, ErrorCode::WorkflowRefused);
    CHECK(hasField(noReview.error(), QStringLiteral("review_result")));
    c.reviewResult = QStringLiteral("First articles approved; two deliveries on time.");
    c = *ws.records<ChangeRequest>().save(c);

    // Closing needs every affected item resolved, and names the one that is not.
    c.status = ChangeStatus::Closed;
    auto open = ws.records<ChangeRequest>().save(c);
    REQUIRE_ERROR(open, ErrorCode::WorkflowRefused);
    CHECK(hasField(open.error(), QStringLiteral("affected")));
    CHECK(open.error().describe().contains(doc->meta.id));
    auto coverage63 = [&ws] {
        auto rows = ws.clauses().coverage();
        REQUIRE_OK(rows);
        for (const ClauseCoverage& row : *rows)
            if (row.clause == QLatin1String("6.3"))
                return row;
        return ClauseCoverage{};
    };
    // A change is evidence of 6.3 only once closed.
    CHECK(coverage63().count(RecordKind::ChangeRequest) == 1);
    CHECK(coverage63().status() == CoverageStatus::Gap);
    c.affected.first().state = AffectedState::Done;
    auto closed = ws.records<ChangeRequest>().save(c);
    REQUIRE_OK(closed);
    CHECK(coverage63().status() == CoverageStatus::Covered);
    CHECK(closed->closedOn == ws.clock().today());

    // Closed is kept as it was.
    ChangeRequest edited = *closed;
    edited.title = QStringLiteral("Rewritten afterwards");
    REQUIRE_ERROR(ws.records<ChangeRequest>().save(edited), ErrorCode::WorkflowRefused);

    // Every step is in the trail, and verify replays it.
    auto trail = ws.audit().forRecord(c.meta.id);
    REQUIRE_OK(trail);
    QStringList statuses;
    for (const AuditEntry& e : *trail)
        if (e.field == QLatin1String("status"))
            statuses << e.newValue;
    CHECK(statuses == QStringList{QStringLiteral("assessed"), QStringLiteral("approved"),
                                  QStringLiteral("implemented"), QStringLiteral("reviewed"),
                                  QStringLiteral("closed")});
    CHECK(ws.verify().ok());
}

TEST_CASE("Change requests: rejection needs a reason; only a quality manager approves") {
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    auto created = ws.records<ChangeRequest>().create(sampleChange(ws));
    REQUIRE_OK(created);

    ChangeRequest rejected = *created;
    rejected.status = ChangeStatus::Rejected;
    auto noReason = ws.records<ChangeRequest>().save(rejected);
    REQUIRE_ERROR(noReason, ErrorCode::WorkflowRefused);
    CHECK(hasField(noReason.error(), QStringLiteral("status_reason")));
    auto done =
        ws.records<ChangeRequest>().save(rejected, reasoned(QStringLiteral("Supplier reopened early")));
    REQUIRE_OK(done);
    CHECK(done->statusReason == QStringLiteral("Supplier reopened early"));
    CHECK(done->closedOn == ws.clock().today());
    CHECK(ChangeRequestWorkflow::steps(ChangeStatus::Rejected).isEmpty());

    // A process owner may work on the changes they own but not approve them.
    auto pat = f.openAs(QStringLiteral("pat"));
    ChangeRequest owned = sampleChange(*pat);
    CHECK(owned.owner == QStringLiteral("pat"));
    auto ownChange = pat->records<ChangeRequest>().create(owned);
    REQUIRE_OK(ownChange);
    ChangeRequest c = *ownChange;
    assess(c, ws.clock().today().addDays(10));
    c = *pat->records<ChangeRequest>().save(c);
    c.status = ChangeStatus::Approved;
    auto byOwner = pat->records<ChangeRequest>().save(c);
    REQUIRE_ERROR(byOwner, ErrorCode::Forbidden);
    CHECK(byOwner.error().message.contains(QStringLiteral("approve a change")));
    // ... nor change someone else's.
    auto qmsChange = ws.records<ChangeRequest>().create(sampleChange(ws));
    REQUIRE_OK(qmsChange);
    auto stored = pat->records<ChangeRequest>().get(qmsChange->meta.id);
    REQUIRE_OK(stored);
    ChangeRequest notTheirs = *stored;
    notTheirs.reason = QStringLiteral("edited by pat");
    REQUIRE_ERROR(pat->records<ChangeRequest>().save(notTheirs), ErrorCode::Forbidden);
}

TEST_CASE("Change requests: affected items name existing records, once each, in a readable form") {
    Fixture f;
    Workspace& ws = f.w();
    ChangeRequest c = sampleChange(ws);

    // The canonical text reads "ID | state | note"; labels and any case are accepted.
    const FieldDef<ChangeRequest>* affected = findField<ChangeRequest>(QStringLiteral("affected"));
    REQUIRE(affected);
    CHECK(
        affected->set(c, QStringLiteral("doc-0001 | Action needed | add supplier\nPRC-0001|done")).isEmpty());
    REQUIRE(c.affected.size() == 2);
    CHECK(c.affected[0].id == QStringLiteral("DOC-0001"));
    CHECK(c.affected[1].state == AffectedState::Done);
    CHECK(affected->get(c) == QStringLiteral("DOC-0001 | action_needed | add supplier\nPRC-0001 | done"));
    CHECK(affected->set(c, QStringLiteral("DOC-0001 | maybe")).contains(QStringLiteral("item 1")));
    CHECK(affected->set(c, QStringLiteral("the manual")).contains(QStringLiteral("not a record id")));

    // Records that do not exist are refused by name; a repeated item is refused.
    c.affected = {{QStringLiteral("DOC-0042"), AffectedState::ActionNeeded, {}}};
    auto missing = ws.records<ChangeRequest>().create(c);
    REQUIRE_ERROR(missing, ErrorCode::Invalid);
    CHECK(missing.error().describe().contains(QStringLiteral("DOC-0042")));
    auto doc = ws.documents().create(sampleDoc());
    REQUIRE_OK(doc);
    c.affected = {{doc->meta.id, AffectedState::ActionNeeded, {}}, {doc->meta.id, AffectedState::Done, {}}};
    auto twice = ws.records<ChangeRequest>().create(c);
    REQUIRE_ERROR(twice, ErrorCode::Invalid);
    CHECK(hasField(twice.error(), QStringLiteral("affected")));
    c.affected.removeLast();
    REQUIRE_OK(ws.records<ChangeRequest>().create(c));
}

TEST_CASE("Change requests: an improvement action raised from a change is linked both ways") {
    FastHashes fast;
    Fixture f;
    Workspace& ws = f.w();
    ChangeRequest c = sampleChange(ws);
    c.intendedResult = QStringLiteral("Plating available during the shutdown");
    assess(c, ws.clock().today().addDays(20));
    c.status = ChangeStatus::Requested;
    auto created = ws.records<ChangeRequest>().create(c);
    REQUIRE_OK(created);

    // The declared "create" button's record: an improvement owned by the change's owner, due by
    // the planned date, linked back to the change.
    const LinkDecl* link = declOf<ChangeRequest>().link(QStringLiteral("actions"));
    REQUIRE(link);
    REQUIRE(link->createLabel);
    const CorrectiveAction fresh =
        newLinkedRecord<CorrectiveAction>(*created, *link, {ws.clock().today(), ws.user().name});
    CHECK(fresh.type == CaType::Improvement);
    CHECK(fresh.changes == QStringList{created->meta.id});
    CHECK(fresh.dueDate == created->plannedDate);
    CHECK(fresh.owner == created->owner);
    CHECK(fresh.title.contains(created->meta.id));
    auto action = ws.actions().create(fresh);
    REQUIRE_OK(action);

    // The change lists the action, the action the change; both sides are in the trail.
    auto change = ws.records<ChangeRequest>().get(created->meta.id);
    REQUIRE_OK(change);
    CHECK(change->actions == QStringList{action->meta.id});
    CHECK(change->meta.version == created->meta.version + 1);
    auto read = ws.actions().get(action->meta.id);
    REQUIRE_OK(read);
    CHECK(read->changes == QStringList{created->meta.id});
    // An NC's actions and a change's actions are kept apart.
    CHECK(read->nonconformities.isEmpty());

    // Unlinking from the change's side removes it from the action too.
    ChangeRequest unlink = *change;
    unlink.actions.clear();
    REQUIRE_OK(ws.records<ChangeRequest>().save(unlink));
    read = ws.actions().get(action->meta.id);
    REQUIRE_OK(read);
    CHECK(read->changes.isEmpty());
    CHECK(ws.verify().ok());
    auto report = ws.verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
}
