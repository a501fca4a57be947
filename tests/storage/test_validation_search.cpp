// Validation at the storage boundary (all problems at once, nothing written, references checked)
// and the full-text index kept in step with the records.

#include "StorageTestSupport.h"
#include "storage/SearchIndex.h"

using namespace qms;
using namespace qms::test;

namespace {

QStringList hitIds(Workspace& ws, const QString& text) {
    auto hits = ws.search().search(text);
    INFO("search \"" << text.toStdString() << "\": " << describe(hits));
    REQUIRE(hits.ok());
    QStringList ids;
    for (const SearchHit& h : *hits)
        ids << h.id;
    return ids;
}

} // namespace

TEST_CASE("Validation: an invalid record is refused with every problem and nothing is written") {
    Fixture f;
    Workspace& ws = f.w();
    const ChainHead head = auditHead(ws);
    Nonconformity nc;
    nc.detectedOn = ws.clock().today().addDays(5);
    nc.clauses = {QStringLiteral("99.9")};
    auto refused = ws.nonconformities().create(nc);
    REQUIRE_ERROR(refused, ErrorCode::Invalid);
    for (const char* field : {"title", "description", "detected_on", "reported_by", "clauses"}) {
        INFO(field);
        CHECK(hasField(refused.error(), QString::fromLatin1(field)));
    }
    CHECK(refused.error().describe().contains(QStringLiteral("99.9")));

    CorrectiveAction ca;
    auto refusedCa = ws.actions().create(ca);
    REQUIRE_ERROR(refusedCa, ErrorCode::Invalid);
    CHECK(hasField(refusedCa.error(), QStringLiteral("title")));
    CHECK(hasField(refusedCa.error(), QStringLiteral("owner")));
    CHECK(hasField(refusedCa.error(), QStringLiteral("due_date")));

    Document doc;
    doc.reviewIntervalMonths = 0;
    auto refusedDoc = ws.documents().create(doc);
    REQUIRE_ERROR(refusedDoc, ErrorCode::Invalid);
    CHECK(hasField(refusedDoc.error(), QStringLiteral("title")));
    CHECK(hasField(refusedDoc.error(), QStringLiteral("owner")));
    CHECK(hasField(refusedDoc.error(), QStringLiteral("revision")));
    CHECK(hasField(refusedDoc.error(), QStringLiteral("review_interval_months")));

    REQUIRE_ERROR(ws.processes().create(Process{}), ErrorCode::Invalid);

    CHECK(auditHead(ws).seq == head.seq);
    CHECK(*ws.nonconformities().count() == 0);
    CHECK(*ws.actions().count() == 0);
    CHECK(*ws.documents().count() == 0);
    CHECK(hitIds(ws, QStringLiteral("a")).isEmpty());

    // An edit that breaks validation leaves the stored record as it was.
    auto good = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(good);
    Nonconformity bad = *good;
    bad.title.clear();
    bad.description = QStringLiteral("Changed");
    REQUIRE_ERROR(ws.nonconformities().save(bad), ErrorCode::Invalid);
    CHECK(ws.nonconformities().get(good->meta.id)->description == good->description);
    CHECK(ws.nonconformities().get(good->meta.id)->meta.version == 1);
}

TEST_CASE("Validation: links to records that do not exist are refused, naming them") {
    Fixture f;
    Workspace& ws = f.w();
    const ChainHead head = auditHead(ws);
    Nonconformity nc = sampleNc(ws);
    nc.process = QStringLiteral("PRC-0009");
    nc.actions = {QStringLiteral("CA-0042")};
    auto refused = ws.nonconformities().create(nc);
    REQUIRE_ERROR(refused, ErrorCode::Invalid);
    const QString text = refused.error().describe();
    CHECK(text.contains(QStringLiteral("PRC-0009")));
    CHECK(text.contains(QStringLiteral("CA-0042")));
    CHECK(hasField(refused.error(), QStringLiteral("process")));
    CHECK(hasField(refused.error(), QStringLiteral("actions")));

    CorrectiveAction ca = sampleCa(ws, {QStringLiteral("NC-0005"), QStringLiteral("not an id")});
    auto refusedCa = ws.actions().create(ca);
    REQUIRE_ERROR(refusedCa, ErrorCode::Invalid);
    CHECK(refusedCa.error().describe().contains(QStringLiteral("NC-0005")));
    CHECK(refusedCa.error().describe().contains(QStringLiteral("not an id")));

    Process p = sampleProcess();
    p.feeds = {QStringLiteral("PRC-0003")};
    p.documents = {QStringLiteral("DOC-0001")};
    auto refusedP = ws.processes().create(p);
    REQUIRE_ERROR(refusedP, ErrorCode::Invalid);
    CHECK(refusedP.error().describe().contains(QStringLiteral("PRC-0003")));
    CHECK(refusedP.error().describe().contains(QStringLiteral("DOC-0001")));

    // An id of the wrong kind in a list is no better than a missing one.
    auto doc = ws.documents().create(sampleDoc());
    REQUIRE_OK(doc);
    Nonconformity wrongKind = sampleNc(ws);
    wrongKind.actions = {doc->meta.id};
    REQUIRE_ERROR(ws.nonconformities().create(wrongKind), ErrorCode::Invalid);

    CHECK(auditHead(ws).seq == head.seq + 1);
    CHECK(*ws.nonconformities().count() == 0);
}

TEST_CASE("Validation: ids are numbered, kept when given and refused when taken") {
    Fixture f;
    Workspace& ws = f.w();
    Nonconformity given = sampleNc(ws);
    given.meta.id = QStringLiteral("nc-17");
    auto kept = ws.nonconformities().create(given);
    REQUIRE_OK(kept);
    CHECK(kept->meta.id == QStringLiteral("NC-0017"));
    auto next = ws.nonconformities().create(sampleNc(ws));
    REQUIRE_OK(next);
    CHECK(next->meta.id == QStringLiteral("NC-0018"));
    REQUIRE_ERROR(ws.nonconformities().create(given), ErrorCode::Duplicate);
    given.meta.id = QStringLiteral("CA-0001");
    REQUIRE_ERROR(ws.nonconformities().create(given), ErrorCode::Invalid);
    REQUIRE_ERROR(ws.nonconformities().get(QStringLiteral("NC-0099")), ErrorCode::NotFound);
    REQUIRE_ERROR(ws.nonconformities().get(QStringLiteral("DOC-0001")), ErrorCode::NotFound);
    CHECK(ws.nonconformities().get(QStringLiteral("nc-17"))->meta.id == QStringLiteral("NC-0017"));
}

TEST_CASE("Search: finds records by words, prefixes and ids, title hits first") {
    Fixture f;
    Workspace& ws = f.w();
    Nonconformity a = sampleNc(ws, QStringLiteral("Calibration overdue on caliper"));
    a.description = QStringLiteral("The caliper in goods-in was not checked");
    REQUIRE_OK(ws.nonconformities().create(a));
    Nonconformity b = sampleNc(ws, QStringLiteral("Wrong label on carton"));
    b.description = QStringLiteral("Operator skipped the calibration sticker check while labelling");
    REQUIRE_OK(ws.nonconformities().create(b));
    CorrectiveAction c = sampleCa(ws, {}, QStringLiteral("Introduce a calibration plan"));
    c.description = QStringLiteral("Plan every gauge");
    REQUIRE_OK(ws.actions().create(c));
    Document d = sampleDoc(QStringLiteral("Gauge handling"));
    d.description = QStringLiteral("Rules for Überprüfung of gauges");
    REQUIRE_OK(ws.documents().create(d));

    CHECK(hitIds(ws, QStringLiteral("carton")) == QStringList{QStringLiteral("NC-0002")});
    CHECK(hitIds(ws, QStringLiteral("goods")) == QStringList{QStringLiteral("NC-0001")});
    CHECK(hitIds(ws, QStringLiteral("labe")) == QStringList{QStringLiteral("NC-0002")});
    CHECK(hitIds(ws, QStringLiteral("CARTON label")) == QStringList{QStringLiteral("NC-0002")});
    CHECK(hitIds(ws, QStringLiteral("carton caliper")).isEmpty());
    CHECK(hitIds(ws, QStringLiteral("uberprufung")) == QStringList{QStringLiteral("DOC-0001")});

    const QStringList calibration = hitIds(ws, QStringLiteral("calibration"));
    REQUIRE(calibration.size() == 3);
    CHECK(calibration.last() == QStringLiteral("NC-0002")); // only in its description

    const QStringList byId = hitIds(ws, QStringLiteral("NC-0002"));
    REQUIRE_FALSE(byId.isEmpty());
    CHECK(byId.first() == QStringLiteral("NC-0002"));
    CHECK(hitIds(ws, QStringLiteral("nc-0002")).first() == QStringLiteral("NC-0002"));
    CHECK(hitIds(ws, QStringLiteral("CA-0001")).first() == QStringLiteral("CA-0001"));

    auto hits = ws.search().search(QStringLiteral("carton"));
    REQUIRE_OK(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().kind == RecordKind::Nonconformity);
    CHECK(hits->first().title == QStringLiteral("Wrong label on carton"));
}

TEST_CASE("Search: follows edits and survives any punctuation in the query") {
    Fixture f;
    Workspace& ws = f.w();
    auto nc = ws.nonconformities().create(sampleNc(ws, QStringLiteral("Scratched housing")));
    REQUIRE_OK(nc);
    CHECK(hitIds(ws, QStringLiteral("scratched")) == QStringList{nc->meta.id});
    Nonconformity edited = *nc;
    edited.title = QStringLiteral("Dented housing");
    REQUIRE_OK(ws.nonconformities().save(edited));
    CHECK(hitIds(ws, QStringLiteral("scratched")).isEmpty());
    CHECK(hitIds(ws, QStringLiteral("dented")) == QStringList{nc->meta.id});

    for (const char* query : {"\"",
                              "'",
                              "\"dented",
                              "dented\"",
                              "a\"b",
                              "(",
                              ")",
                              "*",
                              "-",
                              "+",
                              ":",
                              "^",
                              "NEAR(",
                              "dented AND",
                              "OR",
                              "NOT dented",
                              "title:dented",
                              "{title}: x",
                              "dented*",
                              "\\",
                              "%",
                              "_",
                              ";--",
                              "'; DROP TABLE nonconformities; --",
                              "…",
                              "   ",
                              ""}) {
        INFO("query: " << query);
        auto hits = ws.search().search(QString::fromUtf8(query));
        CHECK(hits.ok());
    }
    CHECK(hitIds(ws, QStringLiteral("\"dented\"")) == QStringList{nc->meta.id});
    CHECK(hitIds(ws, QStringLiteral("dented!!!")) == QStringList{nc->meta.id});
    CHECK(hitIds(ws, QStringLiteral("NOT dented")).isEmpty()); // "not" is just a word here

    // A rebuild gives the same answers.
    REQUIRE_OK(ws.search().rebuild());
    CHECK(hitIds(ws, QStringLiteral("dented")) == QStringList{nc->meta.id});
    CHECK(hitIds(ws, QStringLiteral("scratched")).isEmpty());
}

TEST_CASE("Validation: a prepared create checks the fields unless the caller checked them the same day") {
    Fixture f;
    Workspace& ws = f.w();
    Process p; // no name, no owner
    p.meta.id = QStringLiteral("PRC-0007");
    auto& repo = ws.processes();
    REQUIRE(ProcessRepository::canPrepareCreate(p));
    const QDateTime now = ws.clock().nowUtc();
    auto checked = repo.prepareCreate(p, {}, now);
    REQUIRE_FALSE(checked.status.ok());
    CHECK(hasField(checked.status.error(), QStringLiteral("name")));
    // A check made on another day is made again (a new NC's detection date may not be in the future).
    auto stale = repo.prepareCreate(p, {}, now, ws.clock().today().addDays(-1));
    CHECK_FALSE(stale.status.ok());
    // A bulk import validates every row before it stores any: the prepared path then skips that.
    auto once = repo.prepareCreate(p, {}, now, ws.clock().today());
    CHECK(once.status.ok());
}
