// RecordChanges: after each committed write transaction the workspace announces once what changed
// (kinds, ids, fields), never before the commit and never after a rollback.

#include "StorageTestSupport.h"
#include "storage/ClauseRepository.h"
#include "storage/RecordChanges.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/RecordImporter.h"

using namespace qms;
using namespace qms::test;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

// Every announcement of one workspace, in order.
struct Announcements {
    QList<ChangeSet> sets;
    QMetaObject::Connection connection;
    explicit Announcements(Workspace& ws) {
        connection = QObject::connect(&ws.changes(), &RecordChanges::changed,
                                      [this](const ChangeSet& c) { sets.append(c); });
    }
    ~Announcements() { QObject::disconnect(connection); }
    int count() const { return int(sets.size()); }
    const ChangeSet& last() const { return sets.last(); }
};

CsvTable table(const QByteArray& csv) {
    auto t = CsvReader::parse(csv);
    REQUIRE_OK(t);
    return *t;
}

} // namespace

TEST_CASE("Changes: a create and a save are announced once each, with kind, id and fields", "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    Announcements seen(ws);

    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    REQUIRE(seen.count() == 1);
    CHECK(seen.last().created.value(RecordKind::Nonconformity) == QSet<QString>{nc->meta.id});
    CHECK(seen.last().changed.isEmpty());
    CHECK(seen.last().touches(RecordKind::Nonconformity));
    CHECK_FALSE(seen.last().touches(RecordKind::Document));
    CHECK(seen.last().touchesRecord(nc->meta.id));
    CHECK(seen.last().touchesRecord(nc->meta.id.toLower())); // any spelling of the id

    Nonconformity edited = *nc;
    edited.title = S("Scratched housing, lot 42");
    edited.description = S("Deep scratches");
    auto saved = ws.nonconformities().save(edited);
    REQUIRE_OK(saved);
    REQUIRE(seen.count() == 2);
    const ChangeSet& c = seen.last();
    CHECK(c.created.isEmpty());
    CHECK(c.changed.value(RecordKind::Nonconformity) == QSet<QString>{nc->meta.id});
    CHECK(c.fields.value(nc->meta.id) == QSet<QString>{S("title"), S("description")});
    CHECK(c.ids(RecordKind::Nonconformity) == QSet<QString>{nc->meta.id});
    CHECK_FALSE(c.isReset(RecordKind::Nonconformity));

    // Saving without a change writes nothing, and says nothing.
    REQUIRE_OK(ws.nonconformities().save(*saved));
    CHECK(seen.count() == 2);
}

TEST_CASE("Changes: a refused or rolled-back write announces nothing", "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    Announcements seen(ws);

    // Refused by validation.
    Nonconformity invalid = *nc;
    invalid.title.clear();
    REQUIRE_FALSE(ws.nonconformities().save(invalid).ok());
    // Refused as a stale edit.
    Nonconformity stale = *nc;
    stale.title = S("First");
    REQUIRE_OK(ws.nonconformities().save(stale));
    const int afterFirst = seen.count();
    stale.title = S("Second, on the old version");
    REQUIRE_ERROR(ws.nonconformities().save(stale), ErrorCode::Conflict);
    CHECK(seen.count() == afterFirst);
    CHECK(afterFirst == 1);

    // Written, then rolled back because a later step of the same transaction failed.
    auto current = ws.nonconformities().get(nc->meta.id);
    REQUIRE_OK(current);
    const Status s = ws.database().write([&]() -> Status {
        Nonconformity e = *current;
        e.title = S("Never committed");
        if (auto r = ws.nonconformities().saveInTransaction(e, {}); !r)
            return r.error();
        CHECK_FALSE(ws.changes().pending().isEmpty()); // noted, not announced
        return makeError(ErrorCode::Internal, S("stop"));
    });
    REQUIRE_FALSE(s.ok());
    CHECK(seen.count() == 1);
    CHECK(ws.changes().pending().isEmpty());
    // The next committed write announces only its own change.
    Nonconformity next = *current;
    next.severity = Severity::Major;
    REQUIRE_OK(ws.nonconformities().save(next));
    REQUIRE(seen.count() == 2);
    CHECK(seen.last().fields.value(nc->meta.id) == QSet<QString>{S("severity")});
}

TEST_CASE("Changes: nested writes announce once, after the outer commit", "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    Announcements seen(ws);
    QString first, second;
    const Status s = ws.database().write([&]() -> Status {
        auto a = ws.nonconformities().create(sampleNc(ws, S("One"))); // a nested write()
        if (!a)
            return a.error();
        auto b = ws.documents().createInTransaction(sampleDoc(), {});
        if (!b)
            return b.error();
        first = a->meta.id;
        second = b->meta.id;
        CHECK(seen.count() == 0);
        return {};
    });
    REQUIRE_OK(s);
    REQUIRE(seen.count() == 1);
    CHECK(seen.last().created.value(RecordKind::Nonconformity) == QSet<QString>{first});
    CHECK(seen.last().created.value(RecordKind::Document) == QSet<QString>{second});
}

TEST_CASE("Changes: a link announces the other side, and a cascade the records it changed", "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    Announcements seen(ws);

    auto nc = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(nc);
    Nonconformity n = *nc;
    n.containment = S("Lot 42 quarantined");
    n.status = NcStatus::Contained;
    n = *ws.nonconformities().save(n);
    n.rootCause = S("Worn fixture");
    n.rcaMethod = RcaMethod::FiveWhys;
    n.status = NcStatus::RootCauseIdentified;
    n = *ws.nonconformities().save(n);

    // A new CA naming the NC changes the NC's list of actions too.
    const int before = seen.count();
    auto ca = ws.actions().create(sampleCa(ws, {n.meta.id}));
    REQUIRE_OK(ca);
    REQUIRE(seen.count() == before + 1);
    CHECK(seen.last().created.value(RecordKind::CorrectiveAction) == QSet<QString>{ca->meta.id});
    CHECK(seen.last().changed.value(RecordKind::Nonconformity) == QSet<QString>{n.meta.id});
    CHECK(seen.last().fields.value(n.meta.id).contains(S("actions")));

    n = *ws.nonconformities().get(n.meta.id);
    n.status = NcStatus::ActionPlanned;
    n = *ws.nonconformities().save(n);
    CorrectiveAction a = *ca;
    a.status = CaStatus::InProgress;
    a = *ws.actions().save(a);
    a.status = CaStatus::Done;
    a = *ws.actions().save(a);
    n = *ws.nonconformities().get(n.meta.id);
    n.status = NcStatus::Verification;
    n = *ws.nonconformities().save(n);

    // Verified ineffective: the NC goes back to action planned in the same transaction.
    f.clock->advanceSecs(3600);
    a.status = CaStatus::VerifiedIneffective;
    a.effectivenessResult = S("Scratches again in lot 47");
    const int beforeCascade = seen.count();
    REQUIRE_OK(ws.actions().save(a));
    REQUIRE(seen.count() == beforeCascade + 1);
    const ChangeSet& c = seen.last();
    CHECK(c.changed.value(RecordKind::CorrectiveAction) == QSet<QString>{a.meta.id});
    CHECK(c.fields.value(a.meta.id).contains(S("status")));
    CHECK(c.changed.value(RecordKind::Nonconformity) == QSet<QString>{n.meta.id});
    CHECK(c.fields.value(n.meta.id).contains(S("status")));
    CHECK(ws.nonconformities().get(n.meta.id)->status == NcStatus::ActionPlanned);
}

TEST_CASE("Changes: an import announces once; a big one as a reset of its kind; a dry run not at all",
          "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    Announcements seen(ws);

    const CsvTable small = table("id,name,owner\n,Purchasing,qm\n,Production,qm\n,Shipping,qm\n");
    auto preview = RecordImporter(ws).check(RecordKind::Process, small, S("p.csv"));
    REQUIRE_OK(preview);
    REQUIRE(preview->ok());
    CHECK(seen.count() == 0);

    auto report = RecordImporter(ws).import(RecordKind::Process, small, S("p.csv"));
    REQUIRE_OK(report);
    REQUIRE(seen.count() == 1);
    CHECK(seen.last().created.value(RecordKind::Process) ==
          QSet<QString>(report->createdIds.begin(), report->createdIds.end()));
    CHECK(seen.last().created.value(RecordKind::Process).size() == 3);

    QByteArray big = "id,name,owner\n";
    for (int i = 0; i < RecordChanges::MaxListed + 5; ++i)
        big += "," + QByteArray::number(i) + " step,qm\n";
    auto bigReport = RecordImporter(ws).import(RecordKind::Process, table(big), S("big.csv"));
    REQUIRE_OK(bigReport);
    REQUIRE(seen.count() == 2);
    const ChangeSet& c = seen.last();
    CHECK(c.isReset(RecordKind::Process));
    CHECK(c.resetKinds == QSet<RecordKind>{RecordKind::Process});
    CHECK(c.created.isEmpty());
    CHECK(c.touches(RecordKind::Process));
    CHECK(c.touchesRecord(S("PRC-0001")));
    CHECK_FALSE(c.touches(RecordKind::Document));
}

TEST_CASE("Changes: clauses, the organisation and users are announced by their ids", "[changes]") {
    Fixture f;
    Workspace& ws = f.w();
    Announcements seen(ws);

    REQUIRE_OK(ws.clauses().setApplicability(S("8.3"), false, S("We design nothing")));
    REQUIRE(seen.count() == 1);
    CHECK(seen.last().others.contains(S("clause:8.3")));
    CHECK(seen.last().touchesOther(u"clause:"));
    CHECK_FALSE(seen.last().touchesRecords());

    OrganisationProfile p = ws.organisationProfile();
    p.address = S("1 High Street");
    REQUIRE_OK(ws.setOrganisationProfile(p));
    REQUIRE(seen.count() == 2);
    CHECK(seen.last().others == QSet<QString>{S("meta:organisation")});

    f.addUser(S("bob"), Role::ProcessOwner);
    REQUIRE(seen.count() == 3);
    CHECK(seen.last().others.contains(S("user:bob")));
}
