// Roles enforced by storage: an auditor writes nothing through any door; a process owner edits
// what they own or are responsible for, and nothing else.

#include "StorageTestSupport.h"
#include "domain/Workflow.h"
#include "storage/AttachmentStore.h"
#include "storage/ClauseRepository.h"
#include "storage/SearchIndex.h"

#include <functional>

using namespace qms;
using namespace qms::test;

namespace {

struct Seeded {
    Document doc;
    Process process;
    Nonconformity nc;
    CorrectiveAction ca;
};

Seeded seed(Workspace& ws) {
    Seeded s;
    auto d = ws.documents().create(sampleDoc());
    REQUIRE_OK(d);
    s.doc = *d;
    auto p = ws.processes().create(sampleProcess());
    REQUIRE_OK(p);
    s.process = *p;
    auto n = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(n);
    auto c = ws.actions().create(sampleCa(ws, {n->meta.id}));
    REQUIRE_OK(c);
    s.ca = *c;
    auto reread = ws.nonconformities().get(n->meta.id);
    REQUIRE_OK(reread);
    s.nc = *reread;
    return s;
}

bool refused(ErrorCode code) {
    return code == ErrorCode::Forbidden || code == ErrorCode::ReadOnly;
}

} // namespace

TEST_CASE("Roles: an auditor cannot write anything") {
    Fixture f;
    f.addUser(QStringLiteral("audrey"), Role::Auditor, QStringLiteral("Audrey Auditor"));
    const Seeded s = seed(f.w());
    const QString file = f.dir.writeFile(QStringLiteral("evidence.txt"), "calibration certificate");
    const qint64 attachmentsBefore = [&] {
        RawDb raw(f.path, true);
        return raw.scalar(QStringLiteral("SELECT count(*) FROM attachments")).toLongLong();
    }();

    auto auditor = f.openAs(QStringLiteral("audrey"));
    REQUIRE(auditor->isReadOnly());
    Workspace& a = *auditor;
    const ChainHead head = auditHead(a);

    Document doc = s.doc;
    doc.title = QStringLiteral("Edited by the auditor");
    Process process = s.process;
    process.purpose = QStringLiteral("Edited by the auditor");
    Nonconformity nc = s.nc;
    nc.description = QStringLiteral("Edited by the auditor");
    CorrectiveAction ca = s.ca;
    ca.description = QStringLiteral("Edited by the auditor");

    const std::vector<std::pair<const char*, std::function<std::optional<Error>()>>> writes = {
        {"create document",
         [&] {
             auto r = a.documents().create(sampleDoc(QStringLiteral("New")));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"save document",
         [&] {
             auto r = a.documents().save(doc);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"create process",
         [&] {
             auto r = a.processes().create(sampleProcess(QStringLiteral("New")));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"save process",
         [&] {
             auto r = a.processes().save(process);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"create NC",
         [&] {
             auto r = a.nonconformities().create(sampleNc(a));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"save NC",
         [&] {
             auto r = a.nonconformities().save(nc);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"create CA",
         [&] {
             auto r = a.actions().create(sampleCa(a));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"save CA",
         [&] {
             auto r = a.actions().save(ca);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"create NC as own",
         [&] {
             auto r =
                 a.nonconformities().create(sampleNc(a, QStringLiteral("Mine"), QStringLiteral("audrey")));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"add user",
         [&] {
             auto r = a.users().add(User{QStringLiteral("eve"), {}, Role::QualityManager, true, false});
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"promote self",
         [&] {
             auto r = a.users().update(User{QStringLiteral("audrey"), {}, Role::QualityManager, true, false});
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"deactivate manager",
         [&] {
             auto r = a.users().update(User{QStringLiteral("qm"), {}, Role::QualityManager, false, false});
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"set applicability",
         [&] {
             auto r = a.clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("No design"));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"add attachment data",
         [&] {
             auto r = a.attachments().addData(QStringLiteral("x.txt"), "x");
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"add attachment file",
         [&] {
             auto r = a.attachments().add(file);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"attach to revision",
         [&] {
             auto r = a.attachments().attachToCurrentRevision(s.doc, file);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"set organisation",
         [&] {
             auto r = a.setOrganisation(QStringLiteral("Evil Corp"));
             return r ? std::nullopt : std::optional(r.error());
         }},
        {"rebuild search",
         [&] {
             auto r = a.search().rebuild();
             return r ? std::nullopt : std::optional(r.error());
         }},
    };
    for (const auto& [what, write] : writes) {
        INFO(what);
        const std::optional<Error> error = write();
        REQUIRE(error.has_value());
        INFO(describe(*error));
        CHECK(refused(error->code));
    }
    CHECK(auditHead(a).seq == head.seq);
    CHECK(auditHead(a).hash == head.hash);

    // Nothing reached the file, as another connection sees it.
    auditor.reset();
    auto manager = f.openAs(QStringLiteral("qm"));
    CHECK(auditHead(*manager).seq == head.seq);
    CHECK(manager->organisation() == QStringLiteral("Acme"));
    auto users = manager->users().list();
    REQUIRE_OK(users);
    CHECK(users->size() == 2);
    CHECK(manager->users().get(QStringLiteral("audrey"))->role == Role::Auditor);
    CHECK(manager->documents().count().value() == 1);
    CHECK(manager->nonconformities().get(s.nc.meta.id)->description == s.nc.description);
    RawDb raw(f.path, true);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM attachments")).toLongLong() == attachmentsBefore);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM clause_applicability")).toLongLong() == 0);
}

TEST_CASE("Roles: a process owner edits their own records only") {
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    auto theirs =
        ws.nonconformities().create(sampleNc(ws, QStringLiteral("Pat's NC"), QStringLiteral("pat")));
    REQUIRE_OK(theirs);
    auto others =
        ws.nonconformities().create(sampleNc(ws, QStringLiteral("Someone else's NC"), QStringLiteral("qm")));
    REQUIRE_OK(others);
    auto doc = ws.documents().create(sampleDoc(QStringLiteral("Quality manual"), QStringLiteral("qm")));
    REQUIRE_OK(doc);

    auto pat = f.openAs(QStringLiteral("pat"));
    CHECK_FALSE(pat->isReadOnly());
    const ChainHead head = auditHead(*pat);

    Nonconformity mine = *pat->nonconformities().get(theirs->meta.id);
    mine.containment = QStringLiteral("Sorted the lot");
    auto saved = pat->nonconformities().save(mine);
    REQUIRE_OK(saved);
    CHECK(saved->meta.updatedBy == QStringLiteral("pat"));

    Nonconformity notMine = *pat->nonconformities().get(others->meta.id);
    notMine.containment = QStringLiteral("Meddling");
    auto refusedSave = pat->nonconformities().save(notMine);
    REQUIRE_ERROR(refusedSave, ErrorCode::Forbidden);
    CHECK(refusedSave.error().message.contains(others->meta.id));

    Document manual = *doc;
    manual.description = QStringLiteral("Meddling");
    REQUIRE_ERROR(pat->documents().save(manual), ErrorCode::Forbidden);
    REQUIRE_ERROR(
        pat->documents().create(sampleDoc(QStringLiteral("For someone else"), QStringLiteral("qm"))),
        ErrorCode::Forbidden);
    REQUIRE_OK(pat->documents().create(sampleDoc(QStringLiteral("My instruction"), QStringLiteral("pat"))));

    // Manager-only operations.
    REQUIRE_ERROR(pat->users().add(User{QStringLiteral("friend"), {}, Role::QualityManager, true, false}),
                  ErrorCode::Forbidden);
    REQUIRE_ERROR(pat->users().update(User{QStringLiteral("pat"), {}, Role::QualityManager, true, false}),
                  ErrorCode::Forbidden);
    REQUIRE_ERROR(pat->clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("No design")),
                  ErrorCode::Forbidden);
    REQUIRE_ERROR(pat->setOrganisation(QStringLiteral("Pat Inc")), ErrorCode::Forbidden);

    // Exactly the two allowed writes reached the trail.
    auto trail = pat->audit().query(AuditFilter{QStringLiteral("pat"), {}, {}, {}, {}, 0, 100, false});
    REQUIRE_OK(trail);
    QStringList records;
    for (const AuditEntry& e : *trail)
        records << e.recordId;
    records.removeDuplicates();
    CHECK(records == QStringList{theirs->meta.id, QStringLiteral("DOC-0002")});
    CHECK(auditHead(*pat).seq > head.seq);
    CHECK(ws.nonconformities().get(others->meta.id)->containment.isEmpty());
}

TEST_CASE("Roles: the last quality manager cannot be demoted or deactivated") {
    Fixture f;
    Workspace& ws = f.w();
    auto demote = ws.users().update(User{QStringLiteral("qm"), {}, Role::ProcessOwner, true, false});
    REQUIRE_ERROR(demote, ErrorCode::Invalid);
    REQUIRE_ERROR(ws.users().update(User{QStringLiteral("qm"), {}, Role::QualityManager, false, false}),
                  ErrorCode::Invalid);
    f.addUser(QStringLiteral("quinn2"), Role::QualityManager);
    REQUIRE_OK(ws.users().update(
        User{QStringLiteral("qm"), QStringLiteral("Quinn"), Role::ProcessOwner, true, false}));
    // The demotion holds in this very session.
    CHECK(ws.user().role == Role::ProcessOwner);
    CHECK(ws.user().displayName == QStringLiteral("Quinn"));
    REQUIRE_ERROR(ws.users().add(User{QStringLiteral("comeback"), {}, Role::QualityManager, true, false}),
                  ErrorCode::Forbidden);
    auto quinn2 = f.openAs(QStringLiteral("quinn2"));
    REQUIRE_ERROR(quinn2->users().add(User{QStringLiteral("QUINN2"), {}, Role::Auditor, true, false}),
                  ErrorCode::Duplicate);
    REQUIRE_ERROR(quinn2->users().add(User{QStringLiteral("has space"), {}, Role::Auditor, true, false}),
                  ErrorCode::Invalid);
    REQUIRE_ERROR(quinn2->users().update(User{QStringLiteral("ghost"), {}, Role::Auditor, true, false}),
                  ErrorCode::NotFound);
}
