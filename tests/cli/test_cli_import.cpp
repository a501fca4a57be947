// qmsdesk-cli import/export: all-or-nothing imports with line/column errors, duplicate ids, the
// export -> import round trip and JSON export.

#include "CliPopulate.h"
#include "CliTestSupport.h"
#include "storage/AuditTrail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

struct DbState {
    qint64 ncs = 0;
    qint64 actions = 0;
    qint64 auditSeq = 0;
    QString auditHash;
    bool operator==(const DbState&) const = default;
};

DbState stateOf(const QString& db) {
    auto ws = require(Workspace::open(db, {}, OpenMode::ReadOnly));
    const ChainHead head = require(ws->audit().head());
    return {require(ws->nonconformities().count()), require(ws->actions().count()), head.seq, head.hash};
}

template <typename R> QHash<QString, QHash<QString, QString>> settableFields(RecordRepository<R>& repo) {
    QHash<QString, QHash<QString, QString>> out;
    for (const R& r : require(repo.list())) {
        QHash<QString, QString> fields;
        for (const auto& f : recordFields<R>()) {
            if (!f.set)
                continue;
            QString value = f.get(r);
            if (f.type == FieldType::IdList) { // a two-way link's order follows link creation
                QStringList items = codec::parseList(value);
                items.sort();
                value = codec::list(items);
            }
            fields.insert(QString::fromLatin1(f.key), value);
        }
        out.insert(r.meta.id, fields);
    }
    return out;
}

} // namespace

TEST_CASE("cli import refuses a file with problems, naming line and column, and changes nothing") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("new"), S("nc"), S("title=Existing"), S("description=Already there")}).exitCode ==
            0);
    const DbState before = stateOf(db);

    const QString csv = dir.writeFile(S("nonconformities.csv"),
                                      "id,title,description,severity,detected_on,reported_by,process\r\n"
                                      ",Good one,Fine,minor,2025-01-05,qm,\r\n"
                                      ",Bad severity,Typo,hgih,2025-01-05,qm,\r\n"
                                      ",Too few fields,x\r\n"
                                      ",\"Multi\nline\",Unknown process,major,2025-01-06,qm,PRC-0042\r\n"
                                      ",Bad date,x,minor,5th of May,qm,\r\n");
    auto r = runCliOn(db, {S("import"), S("nonconformities"), csv});
    INFO(r.transcript());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(S("nonconformities.csv line 3, column 4 (severity): \"hgih\" is not one of: major, "
                           "minor, observation")));
    CHECK(r.err.contains(S("nonconformities.csv line 4: 3 fields, but the header has 7 columns")));
    CHECK(r.err.contains(S("nonconformities.csv line 5, column 7 (process): PRC-0042 does not exist")));
    CHECK(r.err.contains(S("nonconformities.csv line 7, column 5 (detected_on)")));
    CHECK(r.err.contains(S("nothing was imported")));
    CHECK(stateOf(db) == before);

    const QString header = dir.writeFile(S("bad-header.csv"), "id,title,colour,reported_by\n,x,red,qm\n");
    auto h = runCliOn(db, {S("import"), S("ncs"), header});
    INFO(h.transcript());
    CHECK(h.exitCode == 1);
    CHECK(h.err.contains(S("bad-header.csv line 1, column 3 (colour): unknown column")));
    CHECK(h.err.contains(S("the required column \"description\" is missing")));
    CHECK(stateOf(db) == before);

    const QString dup = dir.writeFile(S("dup.csv"), "id,title,description,detected_on,reported_by\n"
                                                    "NC-0001,Again,x,2025-01-01,qm\n"
                                                    "NC-0007,New,x,2025-01-01,qm\n"
                                                    "nc-7,Twice,x,2025-01-01,qm\n");
    auto d = runCliOn(db, {S("import"), S("ncs"), dup});
    INFO(d.transcript());
    CHECK(d.exitCode == 1);
    CHECK(d.err.contains(
        S("dup.csv line 2, column 1 (id): NC-0001 exists already in the database (duplicate id)")));
    CHECK(d.err.contains(S("dup.csv line 4, column 1 (id): NC-0007 appears twice (also on line 3)")));
    CHECK(stateOf(db) == before);

    // The valid rows alone import, keeping a given free id and numbering the others after it.
    const QString good = dir.writeFile(S("good.csv"), "id,Title,Description,Detected on,Reported by\n"
                                                      ",First,x,2025-01-01,qm\n"
                                                      "NC-0010,Second,x,25.01.2025,qm\n");
    auto g = runCliOn(db, {S("import"), S("ncs"), good});
    INFO(g.transcript());
    CHECK(g.exitCode == 0);
    CHECK(g.out.contains(S("Imported 2")));
    auto list = runCliOn(db, {S("list"), S("ncs")});
    CHECK(list.out.contains(S("NC-0010")));
    CHECK(list.out.contains(S("NC-0011")));
    CHECK(runCliOn(db, {S("verify")}).exitCode == 0);
}

TEST_CASE("cli import: links to records imported later are made when the other side arrives") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    const QString ncs = dir.writeFile(S("ncs.csv"), "id,title,description,detected_on,reported_by,actions\n"
                                                    "NC-0001,A,x,2025-01-01,qm,CA-0001\n");
    auto n = runCliOn(db, {S("import"), S("ncs"), ncs});
    INFO(n.transcript());
    REQUIRE(n.exitCode == 0);
    CHECK(n.err.contains(S("CA-0001 does not exist yet")));
    const QString cas = dir.writeFile(S("cas.csv"), "id,title,owner,due_date,nonconformities\n"
                                                    "CA-0001,Fix,qm,2030-01-01,NC-0001\n"
                                                    "CA-0002,Fix more,qm,2030-01-01,NC-0002\n");
    auto bad = runCliOn(db, {S("import"), S("actions"), cas});
    INFO(bad.transcript());
    REQUIRE(bad.exitCode == 0); // NC-0002 may still come: noted, not refused
    CHECK(bad.err.contains(S("NC-0002 does not exist yet")));
    auto show = runCliOn(db, {S("show"), S("NC-0001"), S("--format"), S("json")});
    CHECK(QJsonDocument::fromJson(show.out.toUtf8()).object().value(S("actions")).toString() == S("CA-0001"));
    CHECK(runCliOn(db, {S("verify")}).exitCode == 0);
}

TEST_CASE("cli export then import into a fresh database gives the same records") {
    TempDir dir;
    const QString source = dir.filePath(S("source.qms"));
    {
        auto ws = require(Workspace::create(source, {S("Acme"), S("qm"), S("Quality Manager")}));
        populate(*ws);
    }
    const QString target = dir.filePath(S("target.qms"));
    REQUIRE(runCliOn(target, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    for (const char* type : {"processes", "documents", "nonconformities", "actions"}) {
        const QString file = dir.filePath(S(type) + S(".csv"));
        auto e = runCliOn(source, {S("export"), S(type), S("-o"), file});
        INFO(e.transcript());
        REQUIRE(e.exitCode == 0);
        auto i = runCliOn(target, {S("import"), S(type), file});
        INFO(i.transcript());
        REQUIRE(i.exitCode == 0);
    }
    auto a = require(Workspace::open(source, {}, OpenMode::ReadOnly));
    auto b = require(Workspace::open(target, {}, OpenMode::ReadOnly));
    CHECK(settableFields(a->processes()) == settableFields(b->processes()));
    CHECK(settableFields(a->documents()) == settableFields(b->documents()));
    CHECK(settableFields(a->nonconformities()) == settableFields(b->nonconformities()));
    CHECK(settableFields(a->actions()) == settableFields(b->actions()));
    CHECK(require(b->processes().get(S("PRC-0001"))).feeds == QStringList{S("PRC-0002")});
    CHECK(require(b->verify()).ok());

    auto json = runCliOn(source, {S("export"), S("nonconformities"), S("--format"), S("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8());
    REQUIRE(parsed.isArray());
    REQUIRE(parsed.array().size() == 2);
    const QJsonObject first = parsed.array().first().toObject();
    CHECK(first.value(S("id")).toString() == S("NC-0001"));
    CHECK(first.value(S("status")).toString() == S("action_planned"));
    CHECK(first.value(S("meta")).toObject().value(S("version")).toInt() > 1);

    auto stdoutCsv = runCliOn(source, {S("export"), S("processes")});
    REQUIRE(stdoutCsv.exitCode == 0);
    CHECK(stdoutCsv.rawOut.startsWith("\xEF\xBB\xBF")); // BOM for Excel
    CHECK(stdoutCsv.out.contains(S("\"Shipping, packing \"\"and\"\" labelling\"")));
}
