// qmsdesk-cli: creating and editing records, workflow refusals, listing, showing, searching, clauses.

#include "CliTestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace qms::test;

namespace {

const QString S(const char* s) {
    return QString::fromUtf8(s);
}

QString initWithNc(const TempDir& dir) {
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    auto nc = runCliOn(db, {S("new"), S("nonconformities"), S("title=Scratched housing"),
                            S("description=Deep scratches on the housing of lot 7"), S("severity=major"),
                            S("clauses=8.7.1")});
    INFO(nc.transcript());
    REQUIRE(nc.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("cli set walks an NC through its workflow and prints the workflow's refusal") {
    TempDir dir;
    const QString db = initWithNc(dir);
    auto refused = runCliOn(db, {S("set"), S("NC-0001"), S("status=contained")});
    INFO(refused.transcript());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(S("containment")));

    auto badValue = runCliOn(db, {S("set"), S("NC-0001"), S("severity=hgih")});
    CHECK(badValue.exitCode == 1);
    CHECK(badValue.err.contains(S("major, minor, observation")));
    auto badField = runCliOn(db, {S("set"), S("NC-0001"), S("colour=red")});
    CHECK(badField.exitCode == 1);
    CHECK(badField.err.contains(S("colour")));

    auto contained = runCliOn(
        db, {S("set"), S("NC-0001"), S("Containment action=Lot 7 quarantined"), S("status=contained")});
    INFO(contained.transcript());
    CHECK(contained.exitCode == 0);
    CHECK(contained.out.contains(S("version 2")));

    auto cancelNoReason = runCliOn(db, {S("set"), S("NC-0001"), S("status=cancelled")});
    INFO(cancelNoReason.transcript());
    CHECK(cancelNoReason.exitCode == 1);
    auto cancelled = runCliOn(
        db, {S("set"), S("NC-0001"), S("status=cancelled"), S("--reason"), S("Duplicate of a complaint")});
    INFO(cancelled.transcript());
    CHECK(cancelled.exitCode == 0);

    auto show = runCliOn(db, {S("show"), S("nc-1")});
    INFO(show.transcript());
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(S("Lot 7 quarantined")));
    CHECK(show.out.contains(S("History")));
    CHECK(show.out.contains(S("Duplicate of a complaint")));
    CHECK(runCliOn(db, {S("show"), S("NC-0099")}).exitCode == 1);
}

TEST_CASE("cli new links records; list, show and search find them in every format") {
    TempDir dir;
    const QString db = initWithNc(dir);
    auto ca = runCliOn(db, {S("new"), S("actions"), S("title=Replace worn fixture"), S("due_date=2030-01-31"),
                            S("nonconformities=NC-0001")});
    INFO(ca.transcript());
    REQUIRE(ca.exitCode == 0);
    CHECK(ca.out.trimmed() == S("CA-0001"));
    auto doc = runCliOn(db, {S("new"), S("docs"), S("title=Control of nonconforming outputs"),
                             S("revision=A"), S("clauses=8.7")});
    INFO(doc.transcript());
    REQUIRE(doc.exitCode == 0);

    auto table = runCliOn(db, {S("list"), S("ncs")});
    INFO(table.transcript());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(S("NC-0001")));
    CHECK(table.out.contains(S("Scratched housing")));
    CHECK(runCliOn(db, {S("list"), S("ncs"), S("--status"), S("closed")}).out.contains(S("NC-0001")) ==
          false);
    CHECK(runCliOn(db, {S("list"), S("ncs"), S("--status"), S("bogus")}).exitCode == 1);
    CHECK(runCliOn(db, {S("list"), S("ncs"), S("--clause"), S("8.7")}).out.contains(S("NC-0001")));
    CHECK_FALSE(runCliOn(db, {S("list"), S("ncs"), S("--clause"), S("7.5")}).out.contains(S("NC-0001")));

    auto json = runCliOn(db, {S("list"), S("actions"), S("--format"), S("json")});
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(parsed.isArray());
    REQUIRE(parsed.array().size() == 1);
    const QJsonObject first = parsed.array().first().toObject();
    CHECK(first.value(S("id")).toString() == S("CA-0001"));
    CHECK(first.value(S("nonconformities")).toString() == S("NC-0001"));
    CHECK(first.value(S("meta")).toObject().value(S("created_by")).toString() == S("qm"));

    auto showJson = runCliOn(db, {S("show"), S("NC-0001"), S("--format"), S("json")});
    REQUIRE(showJson.exitCode == 0);
    const QJsonObject nc = QJsonDocument::fromJson(showJson.out.toUtf8()).object();
    CHECK(nc.value(S("actions")).toString() == S("CA-0001"));
    CHECK(nc.value(S("severity")).toString() == S("major"));
    CHECK(nc.value(S("history")).toArray().size() >= 2);

    auto csv = runCliOn(db, {S("list"), S("documents"), S("--format"), S("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(S("DOC-0001")));

    auto search = runCliOn(db, {S("search"), S("scratch")});
    INFO(search.transcript());
    REQUIRE(search.exitCode == 0);
    CHECK(search.out.contains(S("NC-0001")));
    CHECK_FALSE(search.out.contains(S("CA-0001")));
    auto searchFixture = runCliOn(db, {S("search"), S("worn"), S("fixture")});
    CHECK(searchFixture.out.contains(S("CA-0001")));
}

TEST_CASE("cli clauses shows the tree, coverage and changes applicability") {
    TempDir dir;
    const QString db = initWithNc(dir);
    auto tree = runCliOn(db, {S("clauses")});
    INFO(tree.transcript());
    REQUIRE(tree.exitCode == 0);
    CHECK(tree.out.contains(S("8.7.1")));
    auto noJustification = runCliOn(db, {S("clauses"), S("set"), S("8.3"), S("--applicable"), S("no")});
    CHECK(noJustification.exitCode == 1);
    auto set = runCliOn(db, {S("clauses"), S("set"), S("8.3"), S("--applicable"), S("no"),
                             S("--justification"), S("We build to customer drawings")});
    INFO(set.transcript());
    CHECK(set.exitCode == 0);
    auto coverage = runCliOn(db, {S("clauses"), S("--coverage")});
    INFO(coverage.transcript());
    REQUIRE(coverage.exitCode == 0);
    // The NC on 8.7.1 is a finding, not evidence: the clause stays a gap and says why.
    CHECK(coverage.out.contains(S("Coverage 0.0%: 0 of 59 applicable clauses covered")));
    CHECK(coverage.out.contains(S("not_applicable")));
    CHECK(coverage.out.contains(S("1 open finding")));
    CHECK(coverage.out.contains(S("never count as evidence")));
    CHECK(runCliOn(db, {S("verify")}).exitCode == 0);
}

TEST_CASE(
    "cli new starts from the GUI's defaults, and --status takes the kind's state keys, labels and aliases") {
    TempDir dir;
    const QString db = dir.filePath(S("q.qms"));
    REQUIRE(runCliOn(db, {S("init"), S("--admin"), S("qm")}).exitCode == 0);
    // An action gets the GUI's due date (30 days from today) when none is given.
    auto ca = runCliOn(db, {S("new"), S("actions"), S("title=Replace worn fixture")});
    INFO(ca.transcript());
    REQUIRE(ca.exitCode == 0);
    auto shown = runCliOn(db, {S("show"), S("CA-0001"), S("--format"), S("json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject action = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(action.value(S("owner")).toString() == S("qm"));
    CHECK(action.value(S("due_date")).toString() == QDate::currentDate().addDays(30).toString(Qt::ISODate));

    REQUIRE(runCliOn(db, {S("new"), S("processes"), S("name=Purchasing")}).exitCode == 0);
    REQUIRE(runCliOn(db, {S("new"), S("processes"), S("name=Old shipping"), S("active=no")}).exitCode == 0);
    const auto listed = [&](const char* status) {
        auto r = runCliOn(db, {S("list"), S("processes"), S("--status"), S(status)});
        INFO(r.transcript());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    for (const char* active : {"active", "Active", "yes", "true"}) {
        CHECK(listed(active).contains(S("Purchasing")));
        CHECK_FALSE(listed(active).contains(S("Old shipping")));
    }
    for (const char* retired : {"retired", "inactive", "no", "0"}) {
        CHECK(listed(retired).contains(S("Old shipping")));
        CHECK_FALSE(listed(retired).contains(S("Purchasing")));
    }
    auto bogus = runCliOn(db, {S("list"), S("processes"), S("--status"), S("bogus")});
    CHECK(bogus.exitCode == 1);
    CHECK(bogus.err.trimmed() == S("\"bogus\" is not a process status; use active or retired"));
    CHECK(runCliOn(db, {S("list"), S("actions"), S("--status"), S("In progress")}).exitCode == 0);
    auto wrongAction = runCliOn(db, {S("list"), S("actions"), S("--status"), S("bogus")});
    CHECK(wrongAction.err.trimmed() ==
          S("\"bogus\" is not a status of corrective actions; use one of: planned, in_progress, done, "
            "verified_effective, verified_ineffective, cancelled"));
}
