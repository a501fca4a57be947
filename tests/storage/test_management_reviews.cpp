// Management reviews (9.3) on real files: inputs collected from the records for the period and
// frozen, a commentary on each, the meeting, decisions carried out by improvement actions made in
// one step, the chair's signature at closing, and the next review opening with their status.

#include "StorageTestSupport.h"
#include "storage/SignatureRepository.h"
#include "storage/TableActions.h"

using namespace qms;
using namespace qms::test;

namespace {

const QString QmPassword = QStringLiteral("quality first 2026");

const ReviewInput* inputOf(const ManagementReview& r, ReviewTopic topic) {
    for (const ReviewInput& i : r.inputs)
        if (i.topic == topic)
            return &i;
    return nullptr;
}

ManagementReview saved(const Result<ManagementReview>& r) {
    REQUIRE_OK(r);
    return *r;
}

// From planned to held: inputs collected, commented, the meeting recorded.
ManagementReview held(Workspace& ws, ManagementReview r) {
    r.status = ReviewStatus::InputsCollected;
    r = saved(ws.records<ManagementReview>().save(r));
    for (ReviewInput& i : r.inputs)
        i.commentary = QStringLiteral("Discussed; no further action.");
    r.heldOn = ws.clock().today();
    r.attendees = QStringLiteral("Managing director, quality manager");
    r.minutes = QStringLiteral("Every input reviewed.");
    r.status = ReviewStatus::Held;
    return saved(ws.records<ManagementReview>().save(r));
}

} // namespace

TEST_CASE("Management reviews: inputs collected and frozen, held, decisions raised as actions, signed by the "
          "chair") {
    FastHashes fast;
    Fixture f;
    Workspace& ws = f.w();
    f.addUser(QStringLiteral("dana"), Role::ProcessOwner, QStringLiteral("Dana Buyer"));
    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));
    const QDate today = ws.clock().today();
    // What the period holds: a customer complaint, a supplier NC, and one from before the period.
    Nonconformity complaint = sampleNc(ws, QStringLiteral("Wrong label on shipment"));
    complaint.source = NcSource::CustomerComplaint;
    complaint.severity = Severity::Major;
    REQUIRE_OK(ws.nonconformities().create(complaint));
    Nonconformity supplier = sampleNc(ws, QStringLiteral("Coating too thin"));
    supplier.source = NcSource::Supplier;
    REQUIRE_OK(ws.nonconformities().create(supplier));
    Nonconformity old = sampleNc(ws, QStringLiteral("Old complaint"));
    old.source = NcSource::CustomerComplaint;
    old.detectedOn = today.addYears(-2);
    REQUIRE_OK(ws.nonconformities().create(old));

    ManagementReview r = newRecord<ManagementReview>({today, QStringLiteral("qm")});
    CHECK(r.chair == QStringLiteral("qm"));
    CHECK(r.periodTo == today);
    CHECK(r.clauses == QStringList{QStringLiteral("9.3")});
    // Inputs are collected, never typed in.
    ManagementReview typed = r;
    typed.inputs = {{ReviewTopic::Issues, QStringLiteral("made up"), {}}};
    REQUIRE_ERROR(ws.records<ManagementReview>().create(typed), ErrorCode::WorkflowRefused);
    r = saved(ws.records<ManagementReview>().create(r));
    CHECK(r.meta.id == QStringLiteral("MR-0001"));

    r.status = ReviewStatus::InputsCollected;
    r = saved(ws.records<ManagementReview>().save(r));
    REQUIRE(r.inputs.size() == int(enumValues<ReviewTopic>().size()));
    for (qsizetype i = 0; i < r.inputs.size(); ++i) {
        CHECK(r.inputs[i].topic == enumValues<ReviewTopic>()[i]); // the standard's order
        CHECK_FALSE(r.inputs[i].data.isEmpty());
    }
    const ReviewInput* customers = inputOf(r, ReviewTopic::CustomerFeedback);
    REQUIRE(customers);
    CHECK(customers->data.contains(QStringLiteral("Wrong label on shipment")));
    CHECK_FALSE(customers->data.contains(QStringLiteral("Old complaint"))); // before the period
    CHECK(customers->data.contains(QStringLiteral("1 major")));
    CHECK(inputOf(r, ReviewTopic::Providers)->data.contains(QStringLiteral("Coating too thin")));
    CHECK(inputOf(r, ReviewTopic::PreviousActions)->data.contains(QStringLiteral("No earlier")));
    CHECK(inputOf(r, ReviewTopic::Nonconformities)->data.contains(QStringLiteral("Raised in the period: 2")));

    // Frozen: the data cannot be edited, the commentary can.
    ManagementReview edited = r;
    edited.inputs[1].data = QStringLiteral("nicer figures");
    auto frozen = ws.records<ManagementReview>().save(edited);
    REQUIRE_ERROR(frozen, ErrorCode::WorkflowRefused);
    CHECK(hasField(frozen.error(), QStringLiteral("inputs")));
    // The meeting needs a commentary on every input, the date, the attendees and the minutes.
    ManagementReview early = r;
    early.status = ReviewStatus::Held;
    auto notYet = ws.records<ManagementReview>().save(early);
    REQUIRE_ERROR(notYet, ErrorCode::WorkflowRefused);
    for (const char* field : {"held_on", "attendees", "minutes", "inputs"})
        CHECK(hasField(notYet.error(), QString::fromLatin1(field)));

    r.inputs[0].commentary = QStringLiteral("First review in this file.");
    r = saved(ws.records<ManagementReview>().save(r));
    r.status = ReviewStatus::Planned; // discarding the inputs clears them; collecting again refreshes them
    r = saved(ws.records<ManagementReview>().save(r, {QStringLiteral("the period was wrong")}));
    CHECK(r.inputs.isEmpty());
    r = held(ws, r);
    CHECK(r.status == ReviewStatus::Held);

    // Decisions; each may become an improvement action linked back.
    ManagementReview noDecision = r;
    noDecision.status = ReviewStatus::Closed;
    REQUIRE_ERROR(ws.records<ManagementReview>().save(noDecision), ErrorCode::WorkflowRefused);
    r.outputs = {
        {ReviewOutputType::ResourceNeed,
         QStringLiteral("Train a second lead auditor"),
         QStringLiteral("dana"),
         today.addDays(90),
         {}},
        {ReviewOutputType::QmsChange, QStringLiteral("Add a supplier KPI"), QStringLiteral("qm"), {}, {}}};
    r = saved(ws.records<ManagementReview>().save(r));
    auto action = TableActions::createFromRow(ws, r.meta.id, QStringLiteral("outputs"), 0);
    REQUIRE_OK(action);
    auto ca = ws.actions().get(*action);
    REQUIRE_OK(ca);
    CHECK(ca->type == CaType::Improvement);
    CHECK(ca->owner == QStringLiteral("dana"));
    CHECK(ca->dueDate == today.addDays(90));
    CHECK(ca->reviews == QStringList{r.meta.id});
    r = *ws.records<ManagementReview>().get(r.meta.id);
    CHECK(r.outputs[0].action == *action);
    CHECK(r.actions == QStringList{*action});

    // Only the chair signs and closes it.
    auto dana = f.openAs(QStringLiteral("dana"));
    ManagementReview byDana = *dana->records<ManagementReview>().get(r.meta.id);
    byDana.status = ReviewStatus::Closed;
    CHECK_FALSE(dana->records<ManagementReview>().save(byDana).ok());
    dana.reset();
    r.status = ReviewStatus::Closed;
    REQUIRE_ERROR(ws.records<ManagementReview>().save(r), ErrorCode::SignatureNeeded);
    SaveOptions signing;
    signing.signaturePassword = QmPassword;
    r = saved(ws.records<ManagementReview>().save(r, signing));
    CHECK(r.closedOn == today);
    auto signatures = ws.signatures().forRecord(r.meta.id);
    REQUIRE_OK(signatures);
    REQUIRE(signatures->size() == 1);
    CHECK(signatures->first().meaning == SignatureMeaning::ReviewClosure);

    // The next review opens with the status of these decisions.
    ManagementReview next = saved(
        ws.records<ManagementReview>().create(newRecord<ManagementReview>({today, QStringLiteral("qm")})));
    next.status = ReviewStatus::InputsCollected;
    next = saved(ws.records<ManagementReview>().save(next));
    const QString previous = inputOf(next, ReviewTopic::PreviousActions)->data;
    CHECK(previous.contains(r.meta.id));
    CHECK(previous.contains(QStringLiteral("Train a second lead auditor")));
    CHECK(previous.contains(*action));
    CHECK(previous.contains(QStringLiteral("no action raised")));

    auto report = ws.verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
}
