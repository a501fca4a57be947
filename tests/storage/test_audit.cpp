// The audit trail: what it records for every change, stale edits between two connections, and
// tampering behind the application's back, each found and named by verify().

#include "StorageTestSupport.h"
#include "storage/AttachmentStore.h"
#include "storage/ClauseRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace qms;
using namespace qms::test;

namespace {

QList<AuditEntry> trailOf(Workspace& ws, const QString& id) {
    auto t = ws.audit().forRecord(id);
    REQUIRE_OK(t);
    return *t;
}

bool mentions(const VerifyReport& r, const QString& recordId, qint64 seq = 0) {
    for (const AuditProblem& p : r.problems) {
        if (!recordId.isEmpty() && (p.recordId == recordId || p.message.contains(recordId)))
            return true;
        if (seq > 0 && (p.seq == seq || p.message.contains(QStringLiteral("entry %1").arg(seq))))
            return true;
    }
    return false;
}

// A workspace with some history: two NCs, a CA linking both, a document, an attachment.
struct History : Fixture {
    Nonconformity nc1, nc2;
    CorrectiveAction ca;
    Document doc;
    AttachmentInfo attachment;

    History() {
        auto a = w().nonconformities().create(sampleNc(w(), QStringLiteral("Scratched housing")));
        REQUIRE_OK(a);
        auto b = w().nonconformities().create(sampleNc(w(), QStringLiteral("Missing screw")));
        REQUIRE_OK(b);
        auto c = w().actions().create(sampleCa(w(), {a->meta.id, b->meta.id}));
        REQUIRE_OK(c);
        ca = *c;
        nc1 = *w().nonconformities().get(a->meta.id);
        nc2 = *w().nonconformities().get(b->meta.id);
        auto d = w().documents().create(sampleDoc());
        REQUIRE_OK(d);
        auto doc2 = w().attachments().attachToCurrentRevision(
            *d, dir.writeFile(QStringLiteral("proc.txt"), "Procedure text v1"));
        REQUIRE_OK(doc2);
        doc = *doc2;
        attachment = doc.revisions[0].attachment;
        REQUIRE_FALSE(attachment.isNull());
    }

    // A second, plain connection for tampering; the workspace stays open.
    VerifyReport tamper(const QStringList& statements) {
        {
            RawDb raw(path);
            REQUIRE(raw.isOpen());
            for (const QString& sql : statements)
                REQUIRE_SQL(raw, sql);
        }
        const VerifyReport r = verified(w());
        INFO(problemText(r));
        CHECK_FALSE(r.ok());
        return r;
    }
};

} // namespace

TEST_CASE("Audit: a new record is one snapshot row, each changed field one row") {
    Fixture f;
    Workspace& ws = f.w();
    const qint64 start = auditHead(ws).seq;
    auto created = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(created);
    QList<AuditEntry> trail = trailOf(ws, created->meta.id);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].action == QStringLiteral("create"));
    CHECK(trail[0].field == QStringLiteral("*"));
    CHECK(trail[0].user == QStringLiteral("qm"));
    CHECK(trail[0].at == f.clock->nowUtc());
    CHECK(trail[0].seq == start + 1);
    const QJsonObject snapshot = QJsonDocument::fromJson(trail[0].newValue.toUtf8()).object();
    CHECK(snapshot.value(QStringLiteral("title")).toString() == QStringLiteral("Scratched housing"));
    CHECK(snapshot.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(snapshot.value(QStringLiteral("detected_on")).toString() == codec::date(created->detectedOn));

    f.addUser(QStringLiteral("alice"), Role::QualityManager);
    auto alice = f.openAs(QStringLiteral("alice"));
    f.clock->advanceSecs(120);
    Nonconformity edited = *alice->nonconformities().get(created->meta.id);
    edited.title = QStringLiteral("Deep scratch on housing");
    edited.severity = Severity::Major;
    edited.reference = QStringLiteral("Lot 42");
    auto saved = alice->nonconformities().save(edited);
    REQUIRE_OK(saved);
    CHECK(saved->meta.version == created->meta.version + 1);

    trail = trailOf(ws, created->meta.id);
    REQUIRE(trail.size() == 4);
    QHash<QString, AuditEntry> byField;
    for (int i = 1; i < trail.size(); ++i)
        byField.insert(trail[i].field, trail[i]);
    REQUIRE(byField.size() == 3);
    CHECK(byField[QStringLiteral("title")].oldValue == QStringLiteral("Scratched housing"));
    CHECK(byField[QStringLiteral("title")].newValue == QStringLiteral("Deep scratch on housing"));
    CHECK(byField[QStringLiteral("severity")].oldValue == QStringLiteral("minor"));
    CHECK(byField[QStringLiteral("severity")].newValue == QStringLiteral("major"));
    CHECK(byField[QStringLiteral("reference")].oldValue.isEmpty());
    CHECK(byField[QStringLiteral("reference")].newValue == QStringLiteral("Lot 42"));
    for (const AuditEntry& e : byField) {
        CHECK(e.user == QStringLiteral("alice"));
        CHECK(e.action == QStringLiteral("update"));
        CHECK(e.at == f.clock->nowUtc());
    }

    // Saving without a change writes nothing.
    const ChainHead head = auditHead(ws);
    auto same = ws.nonconformities().save(*saved);
    REQUIRE_OK(same);
    CHECK(same->meta.version == saved->meta.version);
    CHECK(auditHead(ws).seq == head.seq);
}

TEST_CASE("Audit: links are recorded on the other record too") {
    Fixture f;
    Workspace& ws = f.w();
    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    auto ca = ws.actions().create(sampleCa(ws, {nc->meta.id}));
    REQUIRE_OK(ca);
    QList<AuditEntry> trail = trailOf(ws, nc->meta.id);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == QStringLiteral("link"));
    CHECK(trail[1].field == QStringLiteral("actions"));
    CHECK(trail[1].oldValue.isEmpty());
    CHECK(trail[1].newValue == ca->meta.id);
    CHECK(trail[1].reason.contains(ca->meta.id));
    auto reread = ws.nonconformities().get(nc->meta.id);
    CHECK(reread->meta.version == 2);
    CHECK(reread->actions == QStringList{ca->meta.id});

    // Unlinking from the NC side shows on the CA.
    Nonconformity n = *reread;
    n.actions.clear();
    REQUIRE_OK(ws.nonconformities().save(n));
    trail = trailOf(ws, ca->meta.id);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == QStringLiteral("link"));
    CHECK(trail[1].field == QStringLiteral("nonconformities"));
    CHECK(trail[1].oldValue == nc->meta.id);
    CHECK(trail[1].newValue.isEmpty());
    CHECK(ws.actions().get(ca->meta.id)->nonconformities.isEmpty());

    // Documents and processes link both ways as well.
    auto p = ws.processes().create(sampleProcess());
    REQUIRE_OK(p);
    Document d = sampleDoc();
    d.processes = {p->meta.id};
    auto doc = ws.documents().create(d);
    REQUIRE_OK(doc);
    CHECK(ws.processes().get(p->meta.id)->documents == QStringList{doc->meta.id});
    CHECK(trailOf(ws, p->meta.id).last().field == QStringLiteral("documents"));
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Audit: verify passes after many operations") {
    History h;
    Workspace& ws = h.w();
    for (int i = 0; i < 20; ++i) {
        h.clock->advanceSecs(61);
        Nonconformity nc = *ws.nonconformities().get(i % 2 ? h.nc1.meta.id : h.nc2.meta.id);
        nc.reference = QStringLiteral("Lot %1").arg(i);
        nc.clauses = {i % 3 ? QStringLiteral("8.7.1") : QStringLiteral("8.5.1")};
        REQUIRE_OK(ws.nonconformities().save(nc));
    }
    REQUIRE_OK(ws.clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("No design")));
    REQUIRE_OK(ws.clauses().setApplicability(QStringLiteral("8.3"), true, {}));
    REQUIRE_OK(ws.setOrganisation(QStringLiteral("Acme GmbH")));
    h.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    REQUIRE_OK(ws.users().update(
        User{QStringLiteral("pat"), QStringLiteral("Pat Owner"), Role::ProcessOwner, true, false}));
    CorrectiveAction ca = *ws.actions().get(h.ca.meta.id);
    ca.nonconformities = {h.nc2.meta.id};
    REQUIRE_OK(ws.actions().save(ca));
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
    CHECK(r.entries == auditCount(ws));
    CHECK(r.head.seq == auditHead(ws).seq);
    CHECK(r.recordsChecked >= 5);
    CHECK(r.summary().contains(QString::number(r.entries)));
}

TEST_CASE("Audit: a record changed with plain SQL is named") {
    History h;
    const VerifyReport r =
        h.tamper({QStringLiteral("UPDATE nonconformities SET title = 'Nothing happened' WHERE id = '%1'")
                      .arg(h.nc1.meta.id)});
    CHECK(mentions(r, h.nc1.meta.id));
    CHECK_FALSE(mentions(r, h.nc2.meta.id));
}

TEST_CASE("Audit: a link changed with plain SQL is named") {
    History h;
    const VerifyReport r =
        h.tamper({QStringLiteral("DELETE FROM record_links WHERE record_id = '%1' AND field = 'actions'")
                      .arg(h.nc2.meta.id)});
    CHECK(mentions(r, h.nc2.meta.id));
}

TEST_CASE("Audit: an audit row edited after dropping the trigger is named by seq") {
    History h;
    const AuditEntry victim = trailOf(h.w(), h.nc1.meta.id).first();
    const VerifyReport r =
        h.tamper({QStringLiteral("DROP TRIGGER audit_log_no_update"),
                  QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = %1").arg(victim.seq)});
    CHECK(mentions(r, {}, victim.seq));
}

TEST_CASE("Audit: an audit row edited with its hash recomputed still breaks the chain") {
    History h;
    Workspace& ws = h.w();
    AuditEntry victim = trailOf(ws, h.nc1.meta.id).first();
    victim.user = QStringLiteral("mallory");
    const QString forged = AuditTrail::computeHash(victim, victim.prevHash);
    const VerifyReport r =
        h.tamper({QStringLiteral("DROP TRIGGER audit_log_no_update"),
                  QStringLiteral("UPDATE audit_log SET user = 'mallory', hash = '%1' WHERE seq = %2")
                      .arg(forged)
                      .arg(victim.seq)});
    CHECK(mentions(r, {}, victim.seq + 1));
}

TEST_CASE("Audit: a deleted audit row is named") {
    History h;
    const AuditEntry victim = trailOf(h.w(), h.nc2.meta.id).first();
    const VerifyReport r = h.tamper({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                     QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(victim.seq)});
    CHECK(mentions(r, {}, victim.seq + 1));
    bool missing = false;
    for (const AuditProblem& p : r.problems)
        missing = missing || p.message.contains(QStringLiteral("missing"));
    CHECK(missing);
}

TEST_CASE("Audit: rows cut off the end are noticed through the head kept apart") {
    History h;
    const ChainHead head = auditHead(h.w());
    const VerifyReport r =
        h.tamper({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                  QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(head.seq - 2)});
    bool cut = false;
    for (const AuditProblem& p : r.problems)
        cut = cut || (p.message.contains(QStringLiteral("cut off")) &&
                      p.message.contains(QString::number(head.seq)));
    CHECK(cut);
}

TEST_CASE("Audit: a record inserted directly is named") {
    History h;
    const VerifyReport r = h.tamper(
        {QStringLiteral(
             "INSERT INTO nonconformities(id, seq, version, created_at, created_by, updated_at, updated_by, "
             "title, description, source, severity, detected_on, reported_by, responsible, process, "
             "reference, containment, rca_method, root_cause, disposition, effectiveness, status, "
             "status_reason, closed_on) SELECT 'NC-0077', 77, version, created_at, created_by, updated_at, "
             "updated_by, 'Planted', description, source, severity, detected_on, reported_by, responsible, "
             "process, reference, containment, rca_method, root_cause, disposition, effectiveness, status, "
             "status_reason, closed_on FROM nonconformities WHERE id = '%1'")
             .arg(h.nc1.meta.id)});
    CHECK(mentions(r, QStringLiteral("NC-0077")));
}

TEST_CASE("Audit: a record deleted after dropping its trigger is named") {
    History h;
    const VerifyReport r =
        h.tamper({QStringLiteral("DROP TRIGGER nonconformities_no_delete"),
                  QStringLiteral("DELETE FROM nonconformities WHERE id = '%1'").arg(h.nc2.meta.id)});
    CHECK(mentions(r, h.nc2.meta.id));
}

TEST_CASE("Audit: a swapped attachment blob is named") {
    History h;
    const QString rid = QStringLiteral("attachment:%1").arg(h.attachment.id);
    auto before = h.w().attachments().data(h.attachment.id);
    REQUIRE_OK(before);
    CHECK(*before == QByteArray("Procedure text v1"));
    const VerifyReport r = h.tamper(
        {QStringLiteral("UPDATE attachments SET data = CAST('Procedure text v2' AS BLOB) WHERE id = %1")
             .arg(h.attachment.id)});
    CHECK(mentions(r, rid));
    REQUIRE_ERROR(h.w().attachments().data(h.attachment.id), ErrorCode::Corrupt);
}

TEST_CASE("Audit: users, applicability and the organisation changed with SQL are named") {
    History h;
    h.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    REQUIRE_OK(h.w().clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("No design")));
    const VerifyReport r =
        h.tamper({QStringLiteral("UPDATE users SET role = 'quality_manager' WHERE name = 'pat'"),
                  QStringLiteral("UPDATE clause_applicability SET applicable = 1 WHERE clause = '8.3'"),
                  QStringLiteral("UPDATE meta SET value = 'Other' WHERE key = 'organisation'")});
    CHECK(mentions(r, QStringLiteral("user:pat")));
    CHECK(mentions(r, QStringLiteral("clause:8.3")));
    CHECK(mentions(r, QStringLiteral("meta:organisation")));
}

TEST_CASE("Audit: a stale edit from a second connection is refused with who and when") {
    Fixture f;
    f.addUser(QStringLiteral("alice"), Role::QualityManager, QStringLiteral("Alice Example"));
    auto created = f.w().nonconformities().create(sampleNc(f.w()));
    REQUIRE_OK(created);
    auto first = f.openAs(QStringLiteral("alice"));
    auto second = f.openAs(QStringLiteral("qm"));
    Nonconformity a = *first->nonconformities().get(created->meta.id);
    Nonconformity b = *second->nonconformities().get(created->meta.id);

    f.clock->advanceSecs(3600);
    a.containment = QStringLiteral("Alice sorted the lot");
    auto savedA = first->nonconformities().save(a);
    REQUIRE_OK(savedA);

    b.containment = QStringLiteral("Bob's version");
    b.title = QStringLiteral("Bob's title");
    auto savedB = second->nonconformities().save(b);
    REQUIRE_ERROR(savedB, ErrorCode::Conflict);
    CHECK(savedB.error().message.contains(QStringLiteral("alice")));
    const QString when = f.clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    INFO(savedB.error().message.toStdString() << " / expected time " << when.toStdString());
    CHECK(savedB.error().message.contains(when));

    const Nonconformity stored = *f.w().nonconformities().get(created->meta.id);
    CHECK(stored.containment == QStringLiteral("Alice sorted the lot"));
    CHECK(stored.title == created->title);
    CHECK(stored.meta.version == savedA->meta.version);
    CHECK(stored.meta.updatedBy == QStringLiteral("alice"));

    // Reloaded, the second user's change goes through.
    Nonconformity again = *second->nonconformities().get(created->meta.id);
    again.title = QStringLiteral("Bob's title");
    REQUIRE_OK(second->nonconformities().save(again));
    const VerifyReport r = verified(f.w());
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Audit: a link made by someone else meanwhile makes an edit stale too") {
    Fixture f;
    auto created = f.w().nonconformities().create(sampleNc(f.w()));
    REQUIRE_OK(created);
    auto other = f.openAs(QStringLiteral("qm"));
    Nonconformity mine = *f.w().nonconformities().get(created->meta.id);
    REQUIRE_OK(other->actions().create(sampleCa(*other, {created->meta.id})));
    mine.title = QStringLiteral("Edited while linked");
    REQUIRE_ERROR(f.w().nonconformities().save(mine), ErrorCode::Conflict);
    CHECK(f.w().nonconformities().get(created->meta.id)->actions.size() == 1);
}

TEST_CASE("Audit: query filters by user, record, text and time") {
    History h;
    Workspace& ws = h.w();
    AuditFilter byRecord;
    byRecord.recordId = h.nc1.meta.id;
    byRecord.newestFirst = false;
    auto rows = ws.audit().query(byRecord);
    REQUIRE_OK(rows);
    REQUIRE_FALSE(rows->isEmpty());
    for (const AuditEntry& e : *rows)
        CHECK(e.recordId == h.nc1.meta.id);
    CHECK(*ws.audit().count(byRecord) == rows->size());

    AuditFilter byText;
    byText.text = QStringLiteral("Missing screw");
    auto found = ws.audit().query(byText);
    REQUIRE_OK(found);
    REQUIRE(found->size() >= 1);
    CHECK(found->first().recordId == h.nc2.meta.id);

    // % and _ are searched for literally, not as wildcards.
    AuditFilter wildcard;
    wildcard.text = QStringLiteral("%");
    auto percent = ws.audit().query(wildcard);
    REQUIRE_OK(percent);
    CHECK(percent->isEmpty());
    wildcard.text = QStringLiteral("_");
    auto underscores = ws.audit().query(wildcard);
    REQUIRE_OK(underscores);
    for (const AuditEntry& e : *underscores)
        CHECK((e.recordId + e.field + e.oldValue + e.newValue + e.reason).contains(QLatin1Char('_')));
    Nonconformity yield = h.nc1;
    yield = *ws.nonconformities().get(h.nc1.meta.id);
    yield.reference = QStringLiteral("Yield 100%_A\\B");
    REQUIRE_OK(ws.nonconformities().save(yield));
    wildcard.text = QStringLiteral("100%_A\\");
    auto literal = ws.audit().query(wildcard);
    REQUIRE_OK(literal);
    REQUIRE(literal->size() == 1);
    CHECK(literal->first().field == QStringLiteral("reference"));
    AuditFilter combined;
    combined.user = QStringLiteral("qm");
    combined.recordId = h.nc1.meta.id;
    combined.text = QStringLiteral("Yield");
    CHECK(ws.audit().query(combined)->size() == 1);
    combined.user = QStringLiteral("nobody");
    CHECK(ws.audit().query(combined)->isEmpty());

    AuditFilter future;
    future.fromUtc = h.clock->nowUtc().addDays(1);
    CHECK(ws.audit().query(future)->isEmpty());
    AuditFilter page;
    page.limit = 2;
    page.offset = 1;
    auto paged = ws.audit().query(page);
    REQUIRE_OK(paged);
    CHECK(paged->size() == 2);
    CHECK(paged->first().seq == auditHead(ws).seq - 1);
    auto users = ws.audit().users();
    REQUIRE_OK(users);
    CHECK(users->contains(QStringLiteral("qm")));
}

TEST_CASE("Audit: link lists in any order or with repeats store and verify cleanly") {
    Fixture f;
    Workspace& ws = f.w();
    auto a = ws.nonconformities().create(sampleNc(ws, QStringLiteral("First")));
    REQUIRE_OK(a);
    auto b = ws.nonconformities().create(sampleNc(ws, QStringLiteral("Second")));
    REQUIRE_OK(b);
    // The CA's list is the other side of the NCs' own lists: stored in id order.
    auto ca = ws.actions().create(sampleCa(ws, {b->meta.id, a->meta.id, b->meta.id}));
    REQUIRE_OK(ca);
    auto reread = ws.actions().get(ca->meta.id);
    REQUIRE_OK(reread);
    CHECK(reread->nonconformities == (QStringList{a->meta.id, b->meta.id}));
    CHECK(ca->nonconformities == reread->nonconformities);

    Nonconformity nc = *ws.nonconformities().get(a->meta.id);
    nc.clauses = {QStringLiteral("8.7.1"), QStringLiteral("8.7.1"), QStringLiteral("8.7.2")};
    auto saved = ws.nonconformities().save(nc);
    REQUIRE_OK(saved);
    CHECK(ws.nonconformities().get(a->meta.id)->clauses ==
          (QStringList{QStringLiteral("8.7.1"), QStringLiteral("8.7.2")}));

    // Re-saving the same set in another order is no change for a reverse list.
    CorrectiveAction again = *reread;
    again.nonconformities = {b->meta.id, a->meta.id};
    const ChainHead head = auditHead(ws);
    auto same = ws.actions().save(again);
    REQUIRE_OK(same);
    CHECK(auditHead(ws).seq == head.seq);

    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Audit: who created or last changed a record cannot be rewritten with SQL") {
    History h;
    h.addUser(QStringLiteral("alice"), Role::QualityManager);
    {
        auto alice = h.openAs(QStringLiteral("alice"));
        Nonconformity nc = *alice->nonconformities().get(h.nc2.meta.id);
        nc.reference = QStringLiteral("Lot 9");
        REQUIRE_OK(alice->nonconformities().save(nc));
    }
    CHECK(verified(h.w()).ok());
    VerifyReport r = h.tamper(
        {QStringLiteral("UPDATE nonconformities SET updated_by = 'qm' WHERE id = '%1'").arg(h.nc2.meta.id)});
    CHECK(mentions(r, h.nc2.meta.id));
    r = h.tamper(
        {QStringLiteral("UPDATE nonconformities SET updated_by = 'alice' WHERE id = '%1'").arg(h.nc2.meta.id),
         QStringLiteral("UPDATE corrective_actions SET created_by = 'alice' WHERE id = '%1'")
             .arg(h.ca.meta.id)});
    CHECK(mentions(r, h.ca.meta.id));
    CHECK_FALSE(mentions(r, h.nc2.meta.id));
}

TEST_CASE("Audit: a document revision or its file changed with SQL is named") {
    SECTION("revision text") {
        History h;
        const VerifyReport r =
            h.tamper({QStringLiteral("UPDATE document_revisions SET change_summary = 'Nothing' "
                                     "WHERE document_id = '%1'")
                          .arg(h.doc.meta.id)});
        CHECK(mentions(r, h.doc.meta.id));
    }
    SECTION("revision pointed at another file") {
        History h;
        auto other = h.w().attachments().addData(QStringLiteral("other.txt"), "Other text");
        REQUIRE_OK(other);
        const VerifyReport r = h.tamper(
            {QStringLiteral("UPDATE document_revisions SET attachment_id = %1 WHERE document_id = '%2'")
                 .arg(other->id)
                 .arg(h.doc.meta.id)});
        CHECK(mentions(r, h.doc.meta.id));
    }
}
