// Workflows enforced by the repositories on real files: nonconformities with their corrective
// actions, the ineffective-action cascade, and document release and revision.

#include "StorageTestSupport.h"
#include "domain/Workflow.h"

using namespace qms;
using namespace qms::test;

namespace {

Nonconformity reload(Workspace& ws, const QString& id) {
    auto r = ws.nonconformities().get(id);
    REQUIRE_OK(r);
    return *r;
}

CorrectiveAction reloadCa(Workspace& ws, const QString& id) {
    auto r = ws.actions().get(id);
    REQUIRE_OK(r);
    return *r;
}

Nonconformity saveNc(Workspace& ws, Nonconformity nc, const QString& reason = {}) {
    SaveOptions o;
    o.reason = reason;
    auto r = ws.nonconformities().save(std::move(nc), o);
    REQUIRE_OK(r);
    return *r;
}

CorrectiveAction saveCa(Workspace& ws, CorrectiveAction ca, const QString& reason = {}) {
    SaveOptions o;
    o.reason = reason;
    auto r = ws.actions().save(std::move(ca), o);
    REQUIRE_OK(r);
    return *r;
}

// An NC in Action planned with one linked CA in progress.
std::pair<Nonconformity, CorrectiveAction> ncWithPlannedAction(Workspace& ws) {
    auto created = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(created);
    Nonconformity nc = *created;
    nc.containment = QStringLiteral("Lot 42 quarantined");
    nc.status = NcStatus::Contained;
    nc = saveNc(ws, nc);
    nc.rootCause = QStringLiteral("Worn fixture");
    nc.rcaMethod = RcaMethod::FiveWhys;
    nc.status = NcStatus::RootCauseIdentified;
    nc = saveNc(ws, nc);
    auto ca = ws.actions().create(sampleCa(ws, {nc.meta.id}));
    REQUIRE_OK(ca);
    nc = reload(ws, nc.meta.id);
    REQUIRE(nc.actions == QStringList{ca->meta.id});
    nc.status = NcStatus::ActionPlanned;
    nc = saveNc(ws, nc);
    CorrectiveAction action = *ca;
    action.status = CaStatus::InProgress;
    action = saveCa(ws, action);
    return {nc, action};
}

} // namespace

TEST_CASE("Workflow: a nonconformity goes from open to closed with its corrective action") {
    Fixture f;
    Workspace& ws = f.w();
    auto created = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(created);
    CHECK(created->status == NcStatus::Open);

    Nonconformity nc = *created;
    nc.status = NcStatus::Contained;
    auto refused = ws.nonconformities().save(nc);
    REQUIRE_ERROR(refused, ErrorCode::WorkflowRefused);
    CHECK(hasField(refused.error(), QStringLiteral("containment")));
    CHECK(reload(ws, nc.meta.id).status == NcStatus::Open);

    // Skipping a stage is no step at all.
    nc.containment = QStringLiteral("Lot 42 quarantined");
    nc.status = NcStatus::ActionPlanned;
    REQUIRE_ERROR(ws.nonconformities().save(nc), ErrorCode::WorkflowRefused);

    auto [planned, action] = ncWithPlannedAction(ws);
    CHECK(planned.status == NcStatus::ActionPlanned);

    // Verification waits for every linked action to be done.
    Nonconformity verify = planned;
    verify.status = NcStatus::Verification;
    auto notDone = ws.nonconformities().save(verify);
    REQUIRE_ERROR(notDone, ErrorCode::WorkflowRefused);
    CHECK(hasField(notDone.error(), QStringLiteral("actions")));
    CHECK(notDone.error().describe().contains(action.meta.id));

    action.status = CaStatus::Done;
    action = saveCa(ws, action);
    CHECK(action.completedOn == ws.clock().today());
    verify = reload(ws, planned.meta.id);
    verify.status = NcStatus::Verification;
    verify = saveNc(ws, verify);

    // Closing needs the effectiveness result and a quality manager.
    Nonconformity close = verify;
    close.status = NcStatus::Closed;
    auto noEffectiveness = ws.nonconformities().save(close);
    REQUIRE_ERROR(noEffectiveness, ErrorCode::WorkflowRefused);
    CHECK(hasField(noEffectiveness.error(), QStringLiteral("effectiveness")));
    close.effectiveness = QStringLiteral("No scratches in the next 5 lots");
    close = saveNc(ws, close);
    CHECK(close.status == NcStatus::Closed);
    CHECK(close.closedOn == ws.clock().today());

    // A closed record is kept as it was.
    Nonconformity edit = close;
    edit.description = QStringLiteral("Rewritten history");
    REQUIRE_ERROR(ws.nonconformities().save(edit), ErrorCode::WorkflowRefused);
    CHECK(reload(ws, close.meta.id).description == close.description);

    // Reopening needs a reason, which is kept.
    Nonconformity reopen = close;
    reopen.status = NcStatus::ActionPlanned;
    auto noReason = ws.nonconformities().save(reopen);
    REQUIRE_ERROR(noReason, ErrorCode::WorkflowRefused);
    CHECK(hasField(noReason.error(), QStringLiteral("status_reason")));
    reopen = saveNc(ws, reopen, QStringLiteral("Customer found another scratch"));
    CHECK(reopen.status == NcStatus::ActionPlanned);
    CHECK(reopen.statusReason == QStringLiteral("Customer found another scratch"));
    CHECK_FALSE(reopen.closedOn.isValid());

    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Workflow: only a quality manager closes a nonconformity") {
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    auto created =
        ws.nonconformities().create(sampleNc(ws, QStringLiteral("Wrong label"), QStringLiteral("pat")));
    REQUIRE_OK(created);
    Nonconformity nc = *created;
    nc.containment = QStringLiteral("Relabelled");
    nc.status = NcStatus::Contained;
    nc = saveNc(ws, nc);
    nc.rootCause = QStringLiteral("Template outdated");
    nc.status = NcStatus::RootCauseIdentified;
    nc = saveNc(ws, nc);
    auto ca = ws.actions().create(
        sampleCa(ws, {nc.meta.id}, QStringLiteral("Update template"), QStringLiteral("pat")));
    REQUIRE_OK(ca);
    nc = reload(ws, nc.meta.id);
    nc.status = NcStatus::ActionPlanned;
    nc = saveNc(ws, nc);

    auto pat = f.openAs(QStringLiteral("pat"));
    CorrectiveAction action = reloadCa(*pat, ca->meta.id);
    action.status = CaStatus::InProgress;
    action = saveCa(*pat, action);
    action.status = CaStatus::Done;
    action = saveCa(*pat, action);
    Nonconformity mine = reload(*pat, nc.meta.id);
    mine.status = NcStatus::Verification;
    mine = saveNc(*pat, mine);
    mine.status = NcStatus::Closed;
    mine.effectiveness = QStringLiteral("Labels right since");
    auto refused = pat->nonconformities().save(mine);
    REQUIRE_ERROR(refused, ErrorCode::Forbidden);
    CHECK(reload(ws, nc.meta.id).status == NcStatus::Verification);

    Nonconformity byManager = reload(ws, nc.meta.id);
    byManager.effectiveness = QStringLiteral("Labels right since");
    byManager.status = NcStatus::Closed;
    CHECK(saveNc(ws, byManager).status == NcStatus::Closed);
}

TEST_CASE("Workflow: an ineffective action sends its nonconformity back to action planned") {
    Fixture f;
    Workspace& ws = f.w();
    auto [nc, action] = ncWithPlannedAction(ws);
    action.status = CaStatus::Done;
    action = saveCa(ws, action);
    nc = reload(ws, nc.meta.id);
    nc.status = NcStatus::Verification;
    nc = saveNc(ws, nc);

    f.clock->advanceSecs(3600);
    action.status = CaStatus::VerifiedIneffective;
    auto noResult = ws.actions().save(action);
    REQUIRE_ERROR(noResult, ErrorCode::WorkflowRefused);
    CHECK(hasField(noResult.error(), QStringLiteral("effectiveness_result")));
    CHECK(reload(ws, nc.meta.id).status == NcStatus::Verification);

    action.effectivenessResult = QStringLiteral("Scratches again in lot 47");
    action = saveCa(ws, action);
    CHECK(action.status == CaStatus::VerifiedIneffective);
    CHECK(action.effectivenessBy == QStringLiteral("Quinn Manager"));

    const Nonconformity back = reload(ws, nc.meta.id);
    CHECK(back.status == NcStatus::ActionPlanned);
    CHECK(back.statusReason.contains(action.meta.id));

    auto trail = ws.audit().forRecord(nc.meta.id);
    REQUIRE_OK(trail);
    bool found = false;
    for (const AuditEntry& e : *trail) {
        if (e.field == QLatin1String("status") && e.oldValue == QLatin1String("verification") &&
            e.newValue == QLatin1String("action_planned")) {
            found = true;
            CHECK(e.reason.contains(action.meta.id));
            CHECK(e.user == QStringLiteral("qm"));
            CHECK(e.at == f.clock->nowUtc());
        }
    }
    CHECK(found);
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Workflow: an ineffective action leaves a cancelled nonconformity alone") {
    Fixture f;
    Workspace& ws = f.w();
    auto [nc, action] = ncWithPlannedAction(ws);
    action.status = CaStatus::Done;
    action = saveCa(ws, action);
    nc = reload(ws, nc.meta.id);
    nc.status = NcStatus::Cancelled;
    nc = saveNc(ws, nc, QStringLiteral("Duplicate of another report"));
    action.status = CaStatus::VerifiedIneffective;
    action.effectivenessResult = QStringLiteral("Did not help");
    action = saveCa(ws, action);
    CHECK(reload(ws, nc.meta.id).status == NcStatus::Cancelled);
}

TEST_CASE("Workflow: documents are released by a quality manager and revised while in force") {
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    auto created =
        ws.documents().create(sampleDoc(QStringLiteral("Work instruction packing"), QStringLiteral("pat")));
    REQUIRE_OK(created);
    CHECK(created->status == DocumentStatus::Draft);
    REQUIRE(created->revisions.size() == 1);
    CHECK(created->revisions[0].label == QStringLiteral("A"));
    CHECK(created->effectiveRevision.isEmpty());

    auto pat = f.openAs(QStringLiteral("pat"));
    auto mine = pat->documents().get(created->meta.id);
    REQUIRE_OK(mine);
    Document review = *mine;
    review.status = DocumentStatus::InReview;
    auto inReview = pat->documents().save(review);
    REQUIRE_OK(inReview);

    Document release = *inReview;
    release.status = DocumentStatus::Released;
    REQUIRE_ERROR(pat->documents().save(release), ErrorCode::Forbidden);

    f.clock->advanceSecs(86400);
    auto fromManager = ws.documents().get(created->meta.id);
    REQUIRE_OK(fromManager);
    release = *fromManager;
    release.status = DocumentStatus::Released;
    auto released = ws.documents().save(release);
    REQUIRE_OK(released);
    CHECK(released->effectiveRevision == QStringLiteral("A"));
    CHECK(released->approvedBy == QStringLiteral("qm"));
    CHECK(released->releasedAt == f.clock->nowUtc());
    CHECK(released->nextReview == f.clock->today().addMonths(12));
    REQUIRE(released->revisions.size() == 1);
    CHECK(released->revisions[0].approvedBy == QStringLiteral("qm"));

    // Released content is changed only through a new revision.
    Document sneaky = *released;
    sneaky.revisions[0].changeSummary = QStringLiteral("Quietly changed");
    REQUIRE_ERROR(ws.documents().save(sneaky), ErrorCode::WorkflowRefused);

    Document next = *released;
    REQUIRE_OK(DocumentWorkflow::startRevision(next, {}, QStringLiteral("New carton size"),
                                               QStringLiteral("pat"), ws.clock().today()));
    auto revised = ws.documents().save(next);
    REQUIRE_OK(revised);
    CHECK(revised->revision == QStringLiteral("B"));
    CHECK(revised->status == DocumentStatus::Draft);
    CHECK(revised->effectiveRevision == QStringLiteral("A"));
    CHECK(revised->approvedBy == QStringLiteral("qm"));
    REQUIRE(revised->revisions.size() == 2);
    CHECK(revised->revisions[1].label == QStringLiteral("B"));

    // Revision B goes through review and release; A stops being effective then.
    Document b = *revised;
    b.status = DocumentStatus::InReview;
    auto bReview = ws.documents().save(b);
    REQUIRE_OK(bReview);
    b = *bReview;
    b.status = DocumentStatus::Released;
    auto bReleased = ws.documents().save(b);
    REQUIRE_OK(bReleased);
    CHECK(bReleased->effectiveRevision == QStringLiteral("B"));

    // Obsolete needs a reason, and then nothing changes any more.
    Document obsolete = *bReleased;
    obsolete.status = DocumentStatus::Obsolete;
    auto noReason = ws.documents().save(obsolete);
    REQUIRE_ERROR(noReason, ErrorCode::WorkflowRefused);
    CHECK(hasField(noReason.error(), QStringLiteral("obsolete_reason")));
    SaveOptions why;
    why.reason = QStringLiteral("Packing moved to a supplier");
    auto gone = ws.documents().save(obsolete, why);
    REQUIRE_OK(gone);
    CHECK(gone->obsoleteReason == why.reason);
    Document afterwards = *gone;
    afterwards.title = QStringLiteral("Renamed");
    REQUIRE_ERROR(ws.documents().save(afterwards), ErrorCode::WorkflowRefused);

    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Workflow: a document sent back to draft needs a reason") {
    Fixture f;
    Workspace& ws = f.w();
    auto doc = ws.documents().create(sampleDoc());
    REQUIRE_OK(doc);
    Document d = *doc;
    d.status = DocumentStatus::InReview;
    auto review = ws.documents().save(d);
    REQUIRE_OK(review);
    d = *review;
    d.status = DocumentStatus::Draft;
    REQUIRE_ERROR(ws.documents().save(d), ErrorCode::WorkflowRefused);
    SaveOptions o;
    o.reason = QStringLiteral("Reviewer asked for a flow chart");
    REQUIRE_OK(ws.documents().save(d, o));
    Document released = sampleDoc(QStringLiteral("Born released"));
    released.status = DocumentStatus::Released;
    REQUIRE_ERROR(ws.documents().create(released), ErrorCode::WorkflowRefused);
}

TEST_CASE("Workflow: links changed from the action's side respect the nonconformity's state")
{
    Fixture f;
    Workspace& ws = f.w();
    auto [nc, action] = ncWithPlannedAction(ws);

    // The only action of an NC past planning cannot be unlinked from the action's side either.
    CorrectiveAction unlink = action;
    unlink.nonconformities.clear();
    auto lastOne = ws.actions().save(unlink);
    REQUIRE_ERROR(lastOne, ErrorCode::WorkflowRefused);
    CHECK(lastOne.error().describe().contains(nc.meta.id));
    CHECK(reload(ws, nc.meta.id).actions == QStringList{action.meta.id});

    auto second = ws.actions().create(sampleCa(ws, {nc.meta.id}, QStringLiteral("Train operators")));
    REQUIRE_OK(second);
    unlink = reloadCa(ws, action.meta.id);
    unlink.nonconformities.clear();
    REQUIRE_OK(ws.actions().save(unlink));
    CHECK(reload(ws, nc.meta.id).actions == QStringList{second->meta.id});

    // A closed NC is kept as it was: no action is linked to it or unlinked from it.
    CorrectiveAction done = *second;
    done.status = CaStatus::InProgress;
    done = saveCa(ws, done);
    done.status = CaStatus::Done;
    done = saveCa(ws, done);
    Nonconformity closing = reload(ws, nc.meta.id);
    closing.status = NcStatus::Verification;
    closing = saveNc(ws, closing);
    closing.status = NcStatus::Closed;
    closing.effectiveness = QStringLiteral("Effective");
    closing = saveNc(ws, closing);

    const ChainHead head = auditHead(ws);
    done.nonconformities.clear();
    auto fromClosed = ws.actions().save(done);
    REQUIRE_ERROR(fromClosed, ErrorCode::WorkflowRefused);
    CHECK(fromClosed.error().describe().contains(nc.meta.id));
    auto toClosed = ws.actions().create(sampleCa(ws, {nc.meta.id}, QStringLiteral("Late idea")));
    REQUIRE_ERROR(toClosed, ErrorCode::WorkflowRefused);
    CHECK(auditHead(ws).seq == head.seq);
    const Nonconformity kept = reload(ws, nc.meta.id);
    CHECK(kept.actions == QStringList{second->meta.id});
    CHECK(kept.meta.version == closing.meta.version);
}

TEST_CASE("Workflow: a process owner's ineffective action reopens someone else's nonconformity")
{
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    auto created = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(created);
    Nonconformity nc = *created;
    nc.containment = QStringLiteral("Sorted");
    nc.status = NcStatus::Contained;
    nc = saveNc(ws, nc);
    nc.rootCause = QStringLiteral("Worn tool");
    nc.status = NcStatus::RootCauseIdentified;
    nc = saveNc(ws, nc);
    auto ca = ws.actions().create(sampleCa(ws, {nc.meta.id}, QStringLiteral("New tool"), QStringLiteral("pat")));
    REQUIRE_OK(ca);
    auto pat = f.openAs(QStringLiteral("pat"));
    CorrectiveAction action = reloadCa(*pat, ca->meta.id);
    action.status = CaStatus::InProgress;
    action = saveCa(*pat, action);
    action.status = CaStatus::Done;
    action = saveCa(*pat, action);
    nc = reload(ws, nc.meta.id);
    nc.status = NcStatus::ActionPlanned;
    nc = saveNc(ws, nc);
    nc.status = NcStatus::Verification;
    nc = saveNc(ws, nc);

    // Pat may not edit the NC, but the consequence of pat's verdict reaches it.
    Nonconformity notPats = reload(*pat, nc.meta.id);
    notPats.description = QStringLiteral("Pat was here");
    REQUIRE_ERROR(pat->nonconformities().save(notPats), ErrorCode::Forbidden);
    action = reloadCa(*pat, action.meta.id);
    action.status = CaStatus::VerifiedIneffective;
    action.effectivenessResult = QStringLiteral("Tool wears just as fast");
    action = saveCa(*pat, action);
    const Nonconformity back = reload(ws, nc.meta.id);
    CHECK(back.status == NcStatus::ActionPlanned);
    CHECK(back.meta.updatedBy == QStringLiteral("pat"));
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}
