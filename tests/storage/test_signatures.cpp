// Passwords and electronic signatures on real files: hashes stored with their iteration count,
// opening refused without the password or with a wrong one, signatures on document release, NC
// closure and CA verification written into the hash chain (and found by verify when altered),
// and the upgrade of a schema 1 file keeping its data and a verifying chain.

#include "StorageTestSupport.h"
#include "domain/PasswordHash.h"
#include "storage/Migrations.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"

using namespace qms;
using namespace qms::test;

namespace {

const QString QmPassword = QStringLiteral("quality first 2026");

Workspace::OpenOptions as(const QString& user, std::optional<QString> password,
                          std::shared_ptr<const Clock> clock) {
    Workspace::OpenOptions o;
    o.userName = user;
    o.password = std::move(password);
    o.clock = std::move(clock);
    return o;
}

Document releasableDoc(Workspace& ws) {
    auto d = ws.documents().create(sampleDoc());
    REQUIRE_OK(d);
    Document doc = *d;
    doc.status = DocumentStatus::InReview;
    auto inReview = ws.documents().save(doc);
    REQUIRE_OK(inReview);
    Document release = *inReview;
    release.status = DocumentStatus::Released;
    return release;
}

SaveOptions signedWith(const QString& password) {
    SaveOptions o;
    o.signaturePassword = password;
    return o;
}

// An NC ready to close and its action ready for its effectiveness verification.
std::pair<Nonconformity, CorrectiveAction> ncReadyToClose(Workspace& ws) {
    auto created = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(created);
    Nonconformity nc = *created;
    nc.containment = QStringLiteral("Lot 42 quarantined");
    nc.status = NcStatus::Contained;
    nc = *ws.nonconformities().save(nc);
    nc.rootCause = QStringLiteral("Worn fixture");
    nc.rcaMethod = RcaMethod::FiveWhys;
    nc.status = NcStatus::RootCauseIdentified;
    nc = *ws.nonconformities().save(nc);
    auto ca = ws.actions().create(sampleCa(ws, {nc.meta.id}));
    REQUIRE_OK(ca);
    nc = *ws.nonconformities().get(nc.meta.id);
    nc.status = NcStatus::ActionPlanned;
    nc = *ws.nonconformities().save(nc);
    CorrectiveAction action = *ca;
    for (CaStatus s : {CaStatus::InProgress, CaStatus::Done}) {
        action.status = s;
        auto saved = ws.actions().save(action);
        REQUIRE_OK(saved);
        action = *saved;
    }
    nc = *ws.nonconformities().get(nc.meta.id);
    nc.status = NcStatus::Verification;
    auto verifying = ws.nonconformities().save(nc);
    REQUIRE_OK(verifying);
    nc = *verifying;
    nc.status = NcStatus::Closed;
    nc.effectiveness = QStringLiteral("No scratches in the next 5 lots");
    action.status = CaStatus::VerifiedEffective;
    action.effectivenessResult = QStringLiteral("No recurrence in 5 lots");
    return {nc, action};
}

} // namespace

TEST_CASE("Passwords: set, checked at open, changed with the current one, cleared by a manager") {
    FastHashes fast;
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner, QStringLiteral("Pat Owner"));
    f.addUser(QStringLiteral("alex"), Role::Auditor);
    Workspace& ws = f.w();

    CHECK_FALSE(ws.users().get(QStringLiteral("qm"))->hasPassword);
    REQUIRE_ERROR(ws.users().setPassword(QStringLiteral("qm"), QStringLiteral("short")), ErrorCode::Invalid);
    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));
    CHECK(ws.users().get(QStringLiteral("qm"))->hasPassword);

    // Stored salted, with its iteration count; never in the audit trail.
    auto stored = ws.users().passwordHash(QStringLiteral("qm"));
    REQUIRE_OK(stored);
    CHECK(stored->startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    CHECK_FALSE(stored->contains(QmPassword));
    auto trail = ws.audit().forRecord(QStringLiteral("user:qm"));
    REQUIRE_OK(trail);
    const AuditEntry& last = trail->last();
    CHECK(last.field == QStringLiteral("password"));
    CHECK(last.reason == QStringLiteral("password set"));
    CHECK(last.oldValue.isEmpty());
    CHECK(last.newValue == PasswordHash::fingerprint(*stored));
    AuditFilter everything;
    everything.text = stored->section(QLatin1Char('$'), 3, 3);
    CHECK(*ws.audit().count(everything) == 0);
    everything.text = QmPassword;
    CHECK(*ws.audit().count(everything) == 0);
    f.close();

    // Opening as qm needs the password; a wrong one and an unknown user get the same answer.
    auto none = Workspace::open(f.path, as(QStringLiteral("qm"), std::nullopt, f.clock));
    REQUIRE_ERROR(none, ErrorCode::Unauthenticated);
    CHECK(none.error().message.contains(QStringLiteral("has a password")));
    REQUIRE_ERROR(Workspace::open(f.path, QStringLiteral("qm")), ErrorCode::Unauthenticated);
    REQUIRE_ERROR(Workspace::open(f.path), ErrorCode::Unauthenticated); // the default user is qm
    auto wrong =
        Workspace::open(f.path, as(QStringLiteral("qm"), QStringLiteral("quality first 2025"), f.clock));
    REQUIRE_ERROR(wrong, ErrorCode::Unauthenticated);
    auto unknown =
        Workspace::open(f.path, as(QStringLiteral("nobody"), QStringLiteral("whatever1"), f.clock));
    REQUIRE_ERROR(unknown, ErrorCode::Unauthenticated);
    CHECK(wrong.error().message == unknown.error().message);
    auto opened = Workspace::open(f.path, as(QStringLiteral("qm"), QmPassword, f.clock));
    REQUIRE_OK(opened);
    Workspace& qm = **opened;
    // A user without a password opens as before, whatever password is passed along.
    REQUIRE_OK(Workspace::open(f.path, as(QStringLiteral("pat"), QStringLiteral("anything"), f.clock)));

    // Changing one's own password needs the current one.
    REQUIRE_ERROR(qm.users().setPassword(QStringLiteral("qm"), QStringLiteral("second password"),
                                         QStringLiteral("not the current one")),
                  ErrorCode::Unauthenticated);
    REQUIRE_OK(qm.users().setPassword(QStringLiteral("qm"), QStringLiteral("second password"), QmPassword));
    CHECK(qm.users().checkPassword(QStringLiteral("qm"), QStringLiteral("second password")));
    CHECK_FALSE(qm.users().checkPassword(QStringLiteral("qm"), QmPassword));

    // Someone else's: only a quality manager, who sets the auditor's (read-only) one.
    auto pat = f.openAs(QStringLiteral("pat"));
    REQUIRE_ERROR(pat->users().setPassword(QStringLiteral("alex"), QStringLiteral("auditor password")),
                  ErrorCode::Forbidden);
    REQUIRE_OK(pat->users().setPassword(QStringLiteral("pat"), QStringLiteral("pat's own password")));
    REQUIRE_OK(qm.users().setPassword(QStringLiteral("alex"), QStringLiteral("auditor password")));
    auto alex =
        Workspace::open(f.path, as(QStringLiteral("alex"), QStringLiteral("auditor password"), f.clock));
    REQUIRE_OK(alex);
    CHECK((*alex)->isReadOnly());
    alex.value().reset(); // while it is open, this process is not asked again (see below)
    REQUIRE_ERROR(Workspace::open(f.path, as(QStringLiteral("alex"), std::nullopt, f.clock)),
                  ErrorCode::Unauthenticated);

    // Clearing: quality managers only.
    REQUIRE_ERROR(pat->users().clearPassword(QStringLiteral("alex")), ErrorCode::Forbidden);
    REQUIRE_OK(qm.users().clearPassword(QStringLiteral("alex")));
    REQUIRE_ERROR(qm.users().clearPassword(QStringLiteral("alex")), ErrorCode::Invalid);
    REQUIRE_OK(Workspace::open(f.path, as(QStringLiteral("alex"), std::nullopt, f.clock)));
    const auto reasons = [&] {
        QStringList out;
        const auto entries = qm.audit().forRecord(QStringLiteral("user:alex"));
        REQUIRE_OK(entries);
        for (const AuditEntry& e : *entries)
            if (e.field == QStringLiteral("password"))
                out << e.reason;
        return out;
    }();
    CHECK(reasons == QStringList{QStringLiteral("password set by a quality manager"),
                                 QStringLiteral("password cleared")});
    const VerifyReport report = verified(qm);
    INFO(problemText(report));
    CHECK(report.ok());
}

TEST_CASE("Passwords: a hash swapped behind the application's back is found by verify") {
    FastHashes fast;
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    REQUIRE_OK(f.w().users().setPassword(QStringLiteral("pat"), QStringLiteral("pat's own password")));
    f.close();
    {
        RawDb raw(f.path);
        const QString forged = PasswordHash::create(QStringLiteral("attacker chose this"), 2000);
        REQUIRE_SQL(raw,
                    QStringLiteral("UPDATE users SET password_hash = '%1' WHERE name = 'pat'").arg(forged));
    }
    auto ws = f.openAs(QStringLiteral("qm"));
    const VerifyReport report = verified(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(QString::fromStdString(problemText(report)).contains(QStringLiteral("user:pat field password")));
}

TEST_CASE("Signatures: release, closure and effectiveness verification are signed into the chain") {
    FastHashes fast;
    Fixture f;
    REQUIRE_OK(f.w().users().setPassword(QStringLiteral("qm"), QmPassword));
    Workspace& ws = f.w();

    // Document release: refused without the password and with a wrong one; nothing is written.
    Document release = releasableDoc(ws);
    const qint64 before = auditCount(ws);
    auto unsignedRelease = ws.documents().save(release);
    REQUIRE_ERROR(unsignedRelease, ErrorCode::SignatureNeeded);
    CHECK(unsignedRelease.error().message.contains(release.meta.id));
    REQUIRE_ERROR(ws.documents().save(release, signedWith(QStringLiteral("wrong password"))),
                  ErrorCode::Unauthenticated);
    CHECK(auditCount(ws) == before);
    CHECK(ws.documents().get(release.meta.id)->status == DocumentStatus::InReview);
    auto released = ws.documents().save(release, signedWith(QmPassword));
    REQUIRE_OK(released);
    CHECK(released->status == DocumentStatus::Released);

    auto sigs = ws.signatures().forRecord(release.meta.id);
    REQUIRE_OK(sigs);
    REQUIRE(sigs->size() == 1);
    const Signature& s = sigs->first();
    CHECK(s.meaning == SignatureMeaning::DocumentRelease);
    CHECK(s.userName == QStringLiteral("qm"));
    CHECK(s.printedName == QStringLiteral("Quinn Manager"));
    CHECK(s.revision == QStringLiteral("A"));
    CHECK(s.state == QStringLiteral("released"));
    CHECK(s.recordVersion == released->meta.version);
    CHECK(s.at == f.clock->nowUtc());
    CHECK(s.describe().contains(QStringLiteral("Approved for release: Quinn Manager (qm)")));
    // The signature is an audit entry of the same transaction, right after the status change.
    auto trail = ws.audit().forRecord(release.meta.id);
    REQUIRE_OK(trail);
    CHECK(trail->last().seq == s.seq);
    CHECK(trail->last().action == QStringLiteral("signature"));
    CHECK(trail->last().reason == QStringLiteral("Approved for release"));
    CHECK((*trail)[trail->size() - 2].field != QStringLiteral("signature"));
    CHECK(auditHead(ws).seq == s.seq);

    // NC closure and CA effectiveness verification.
    auto [nc, action] = ncReadyToClose(ws);
    REQUIRE_ERROR(ws.actions().save(action), ErrorCode::SignatureNeeded);
    REQUIRE_OK(ws.actions().save(action, signedWith(QmPassword)));
    nc = *ws.nonconformities().get(nc.meta.id);
    nc.status = NcStatus::Closed;
    nc.effectiveness = QStringLiteral("No scratches in the next 5 lots");
    REQUIRE_ERROR(ws.nonconformities().save(nc), ErrorCode::SignatureNeeded);
    REQUIRE_OK(ws.nonconformities().save(nc, signedWith(QmPassword)));

    auto all = ws.signatures().list();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    CHECK((*all)[1].meaning == SignatureMeaning::EffectivenessVerified);
    CHECK((*all)[1].recordId == action.meta.id);
    CHECK((*all)[1].state == QStringLiteral("verified_effective"));
    CHECK((*all)[2].meaning == SignatureMeaning::NcClosure);
    CHECK((*all)[2].recordId == nc.meta.id);

    // The schema's view shows the same to other tools.
    {
        RawDb raw(f.path, true);
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM signatures")).toInt() == 3);
        CHECK(raw.scalar(
                     QStringLiteral("SELECT meaning FROM signatures WHERE record_id = '%1'").arg(nc.meta.id))
                  .toString() == QStringLiteral("Closure approved"));
    }
    const VerifyReport report = verified(ws);
    INFO(problemText(report));
    CHECK(report.ok());
}

TEST_CASE("Signatures: without a password an approval is unsigned unless the database requires signatures") {
    FastHashes fast;
    Fixture f;
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    Workspace& ws = f.w();
    CHECK_FALSE(ws.signatures().required());

    Document release = releasableDoc(ws);
    auto unsignedRelease = ws.documents().save(release);
    REQUIRE_OK(unsignedRelease);
    CHECK(ws.signatures().forRecord(release.meta.id)->isEmpty());
    // Asking to sign without having a password is refused, not silently ignored.
    auto [nc, action] = ncReadyToClose(ws);
    REQUIRE_ERROR(ws.actions().save(action, signedWith(QStringLiteral("no such password"))),
                  ErrorCode::Unauthenticated);

    auto pat = f.openAs(QStringLiteral("pat"));
    REQUIRE_ERROR(pat->signatures().setRequired(true), ErrorCode::Forbidden);
    REQUIRE_OK(ws.signatures().setRequired(true));
    CHECK(ws.signatures().required());
    auto refused = ws.actions().save(action);
    REQUIRE_ERROR(refused, ErrorCode::Forbidden);
    CHECK(refused.error().message.contains(QStringLiteral("set yours first")));

    REQUIRE_OK(ws.users().setPassword(QStringLiteral("qm"), QmPassword));
    REQUIRE_OK(ws.actions().save(action, signedWith(QmPassword)));
    CHECK(ws.signatures().forRecord(action.meta.id)->size() == 1);
    REQUIRE_OK(ws.signatures().setRequired(false));
    CHECK_FALSE(ws.signatures().required());

    const VerifyReport clean = verified(ws);
    INFO(problemText(clean));
    CHECK(clean.ok());
    // The setting is checked against the trail like any record.
    f.close();
    {
        RawDb raw(f.path);
        REQUIRE_SQL(raw, QStringLiteral("UPDATE meta SET value = 'yes' WHERE key = 'signatures_required'"));
    }
    auto again = f.openAs(QStringLiteral("pat"));
    CHECK(QString::fromStdString(problemText(verified(*again)))
              .contains(QStringLiteral("meta:signatures_required")));
}

TEST_CASE("Signatures: an altered or deleted signature is found by verify") {
    FastHashes fast;
    Fixture f;
    REQUIRE_OK(f.w().users().setPassword(QStringLiteral("qm"), QmPassword));
    Document release = releasableDoc(f.w());
    REQUIRE_OK(f.w().documents().save(release, signedWith(QmPassword)));
    const qint64 seq = f.w().signatures().forRecord(release.meta.id)->first().seq;
    f.close();

    SECTION("a different signer's name") {
        RawDb raw(f.path);
        REQUIRE_SQL(raw, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        REQUIRE_SQL(raw,
                    QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, 'Quinn Manager', "
                                   "'Somebody Else') WHERE seq = %1")
                        .arg(seq));
    }
    SECTION("the signature removed") {
        RawDb raw(f.path);
        REQUIRE_SQL(raw, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        REQUIRE_SQL(raw, QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seq));
    }
    auto ws = Workspace::open(f.path, as(QStringLiteral("qm"), QmPassword, f.clock));
    REQUIRE_OK(ws);
    const VerifyReport report = verified(**ws);
    REQUIRE_FALSE(report.ok());
    bool named = false;
    for (const AuditProblem& p : report.problems)
        named = named || p.seq == seq || p.message.contains(QString::number(seq));
    INFO(problemText(report));
    CHECK(named);
}

TEST_CASE(
    "Migrations: a schema 1 file with data upgrades to the latest schema and its chain still verifies") {
    Fixture f;
    Workspace& ws = f.w();
    f.addUser(QStringLiteral("pat"), Role::ProcessOwner);
    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    Document release = releasableDoc(ws);
    REQUIRE_OK(ws.documents().save(release)); // released unsigned, as schema 1 did
    const ChainHead head = auditHead(ws);
    const qint64 entries = auditCount(ws);
    f.close();

    // Take the file back to exactly what schema 1 created: without the objects of steps 2 to 4.
    {
        RawDb raw(f.path);
        REQUIRE_SQL(raw, QStringLiteral("DROP TABLE management_reviews"));
        REQUIRE_SQL(raw, QStringLiteral("DROP TABLE audits"));
        REQUIRE_SQL(raw, QStringLiteral("DROP TABLE change_requests"));
        REQUIRE_SQL(raw, QStringLiteral("DROP VIEW signatures"));
        REQUIRE_SQL(raw, QStringLiteral("DROP INDEX audit_log_action"));
        REQUIRE_SQL(raw, QStringLiteral("PRAGMA user_version = 1"));
        REQUIRE_SQL(raw, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'signatures'"))
                  .toInt() == 0);
    }
    // Built by the steps alone, a schema 1 file has the same objects.
    {
        const QString byHand = f.dir.filePath(QStringLiteral("v1.qms"));
        RawDb raw(byHand);
        for (const QString& sql : Migrations::statements(1))
            REQUIRE_SQL(raw, sql);
        RawDb upgraded(f.path, true);
        CHECK(raw.scalar(
                  QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master ORDER BY "
                                 "name)")) ==
              upgraded.scalar(QStringLiteral(
                  "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master ORDER BY name)")));
    }

    // An auditor reviews the file as handed over: everything reads, verify passes, nothing changes.
    {
        const QByteArray bytes = fileBytes(f.path);
        {
            auto review = Workspace::open(f.path, QStringLiteral("qm"), OpenMode::ReadOnly);
            REQUIRE_OK(review);
            CHECK((*review)->database().schemaVersion() == 1);
            CHECK((*review)->nonconformities().get(nc->meta.id)->title == nc->title);
            CHECK((*review)->signatures().list()->isEmpty());
            QSqlQuery q((*review)->database().connection());
            CHECK(q.exec(QStringLiteral("SELECT count(*) FROM signatures")));
            const VerifyReport report = verified(**review);
            INFO(problemText(report));
            CHECK(report.ok());
            CHECK(report.head.hash == head.hash);
        }
        CHECK(fileBytes(f.path) == bytes);
        RawDb raw(f.path, true);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    }

    auto upgraded = f.openAs(QStringLiteral("qm"));
    CHECK(upgraded->database().schemaVersion() == Database::SchemaVersion);
    CHECK(upgraded->nonconformities().get(nc->meta.id)->title == nc->title);
    CHECK(upgraded->documents().get(release.meta.id)->status == DocumentStatus::Released);
    CHECK(upgraded->users().get(QStringLiteral("pat")).ok());
    CHECK(auditHead(*upgraded).hash == head.hash);
    CHECK(auditCount(*upgraded) == entries);
    CHECK(upgraded->signatures().list()->isEmpty());
    const VerifyReport report = verified(*upgraded);
    INFO(problemText(report));
    CHECK(report.ok());

    // And it works as a file of the latest schema from then on.
    FastHashes fast;
    REQUIRE_OK(upgraded->users().setPassword(QStringLiteral("qm"), QmPassword));
    Nonconformity cancelled = *upgraded->nonconformities().get(nc->meta.id);
    cancelled.status = NcStatus::Cancelled;
    SaveOptions o;
    o.reason = QStringLiteral("Duplicate");
    REQUIRE_OK(upgraded->nonconformities().save(cancelled, o));
    CHECK(verified(*upgraded).ok());
}

TEST_CASE("Passwords: a second connection of an authenticated session is not asked again") {
    FastHashes fast;
    Fixture f;
    REQUIRE_OK(f.w().users().setPassword(QStringLiteral("qm"), QmPassword));
    f.close();
    {
        auto first = Workspace::open(f.path, as(QStringLiteral("qm"), QmPassword, f.clock));
        REQUIRE_OK(first);
        // A worker thread's own connection (the audit pack export) as the same user.
        auto second = Workspace::open(f.path, QStringLiteral("qm"), OpenMode::ReadOnly);
        REQUIRE_OK(second);
        // A wrong password is still wrong, and signing still asks.
        REQUIRE_ERROR(Workspace::open(f.path, as(QStringLiteral("qm"), QStringLiteral("wrong one"), f.clock)),
                      ErrorCode::Unauthenticated);
        Document release = releasableDoc(**first);
        REQUIRE_ERROR((*first)->documents().save(release), ErrorCode::SignatureNeeded);
    }
    REQUIRE_ERROR(Workspace::open(f.path, QStringLiteral("qm")), ErrorCode::Unauthenticated);
}
