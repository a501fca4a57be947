#include "DomainTestSupport.h"
#include "domain/ClauseCoverage.h"
#include "domain/kinds/KindDeclaration.h"
#include "support/TempDir.h"

#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

QByteArray catalogueJson(const QByteArray& clauses) {
    return QByteArray(R"({"standard": "TEST 1", "edition": "2020", "title": "Test standard", "clauses": [)") +
           clauses + "]}";
}

} // namespace

TEST_CASE("The built-in ISO 9001 catalogue loads", "[catalogue]") {
    const ClauseCatalogue& c = ClauseCatalogue::iso9001();
    CHECK(c.standard() == QStringLiteral("ISO 9001"));
    CHECK(c.edition() == QStringLiteral("2015"));
    CHECK(c.displayName() == QStringLiteral("ISO 9001:2015"));
    CHECK_FALSE(c.title().isEmpty());
    CHECK(c.clauses().size() >= 80);
    CHECK(&ClauseCatalogue::iso9001() == &c); // loaded once

    QStringList topLevel;
    for (const Clause& cl : c.clauses())
        if (cl.parent.isEmpty())
            topLevel << cl.number;
    CHECK(topLevel == QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                  QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                  QStringLiteral("10")});
}

TEST_CASE("ISO 9001 catalogue structure is consistent", "[catalogue]") {
    const ClauseCatalogue& c = ClauseCatalogue::iso9001();
    QSet<QString> seen;
    for (int i = 0; i < c.clauses().size(); ++i) {
        const Clause& cl = c.clauses()[i];
        INFO(cl.number.toStdString());
        CHECK_FALSE(seen.contains(cl.number));
        CHECK_FALSE(cl.title.trimmed().isEmpty());
        CHECK_FALSE(cl.summary.trimmed().isEmpty());
        CHECK(cl.depth == cl.number.count(QLatin1Char('.')));
        CHECK(c.find(cl.number) == &cl);
        CHECK(c.contains(cl.number));
        if (cl.depth == 0) {
            CHECK(cl.parent.isEmpty());
        } else {
            CHECK(cl.number.startsWith(cl.parent + QLatin1Char('.')));
            CHECK(seen.contains(cl.parent)); // parent listed before child
            CHECK(c.childrenOf(cl.parent).contains(cl.number));
            REQUIRE(c.find(cl.parent) != nullptr);
            CHECK(c.find(cl.parent)->depth == cl.depth - 1);
        }
        for (const QString& child : c.childrenOf(cl.number)) {
            REQUIRE(c.find(child) != nullptr);
            CHECK(c.find(child)->parent == cl.number);
        }
        CHECK(c.isLeaf(cl.number) == c.childrenOf(cl.number).isEmpty());
        if (i > 0)
            CHECK(ClauseCatalogue::lessThan(c.clauses()[i - 1].number, cl.number));
        seen.insert(cl.number);
    }

    CHECK(c.find(QStringLiteral("8.7"))->parent == QStringLiteral("8"));
    CHECK(c.find(QStringLiteral("7.1.5.1"))->depth == 3);
    CHECK(c.childrenOf(QStringLiteral("4")) == QStringList{QStringLiteral("4.1"), QStringLiteral("4.2"),
                                                           QStringLiteral("4.3"), QStringLiteral("4.4")});
    CHECK(c.childrenOf(QStringLiteral("8.7")) ==
          QStringList{QStringLiteral("8.7.1"), QStringLiteral("8.7.2")});
    CHECK(c.isLeaf(QStringLiteral("4.1")));
    CHECK_FALSE(c.isLeaf(QStringLiteral("4.4")));
    CHECK(c.find(QStringLiteral("8.7.1"))->untitled);
    CHECK_FALSE(c.find(QStringLiteral("8.7"))->untitled);
    CHECK(c.find(QStringLiteral("11")) == nullptr);
    CHECK(c.find(QStringLiteral("4.99")) == nullptr);
    CHECK_FALSE(c.contains(QStringLiteral("")));
}

TEST_CASE("Clause ancestry", "[catalogue]") {
    const ClauseCatalogue& c = ClauseCatalogue::iso9001();
    CHECK(c.selfAndAncestors(QStringLiteral("8.7.1")) ==
          QStringList{QStringLiteral("8.7.1"), QStringLiteral("8.7"), QStringLiteral("8")});
    CHECK(c.selfAndAncestors(QStringLiteral("7.5.3.2")) ==
          QStringList{QStringLiteral("7.5.3.2"), QStringLiteral("7.5.3"), QStringLiteral("7.5"),
                      QStringLiteral("7")});
    CHECK(c.selfAndAncestors(QStringLiteral("10")) == QStringList{QStringLiteral("10")});
    CHECK(c.selfAndAncestors(QStringLiteral("12.1")).isEmpty());

    CHECK(c.isSelfOrDescendant(QStringLiteral("8.7.1"), QStringLiteral("8.7")));
    CHECK(c.isSelfOrDescendant(QStringLiteral("8.7.1"), QStringLiteral("8")));
    CHECK(c.isSelfOrDescendant(QStringLiteral("8.7"), QStringLiteral("8.7")));
    CHECK_FALSE(c.isSelfOrDescendant(QStringLiteral("8.7"), QStringLiteral("8.7.1")));
    CHECK_FALSE(c.isSelfOrDescendant(QStringLiteral("8.71"), QStringLiteral("8.7")));
    CHECK_FALSE(c.isSelfOrDescendant(QStringLiteral("10.1"), QStringLiteral("1")));
}

TEST_CASE("Clause numbers order numerically", "[catalogue]") {
    using C = ClauseCatalogue;
    CHECK(C::lessThan(QStringLiteral("4.9"), QStringLiteral("4.10")));
    CHECK_FALSE(C::lessThan(QStringLiteral("4.10"), QStringLiteral("4.9")));
    CHECK(C::lessThan(QStringLiteral("9"), QStringLiteral("10")));
    CHECK(C::lessThan(QStringLiteral("9.3.3"), QStringLiteral("10")));
    CHECK(C::lessThan(QStringLiteral("8"), QStringLiteral("8.1")));
    CHECK_FALSE(C::lessThan(QStringLiteral("8.1"), QStringLiteral("8")));
    CHECK(C::lessThan(QStringLiteral("7.1.5.2"), QStringLiteral("7.1.6")));
    CHECK_FALSE(C::lessThan(QStringLiteral("8.7"), QStringLiteral("8.7")));

    QStringList numbers{QStringLiteral("10"), QStringLiteral("4.10"),  QStringLiteral("4.9"),
                        QStringLiteral("4"),  QStringLiteral("4.9.1"), QStringLiteral("5")};
    std::sort(numbers.begin(), numbers.end(), C::lessThan);
    CHECK(numbers == QStringList{QStringLiteral("4"), QStringLiteral("4.9"), QStringLiteral("4.9.1"),
                                 QStringLiteral("4.10"), QStringLiteral("5"), QStringLiteral("10")});
}

TEST_CASE("Clause catalogue from JSON", "[catalogue]") {
    SECTION("a valid catalogue") {
        const auto r = ClauseCatalogue::fromJson(catalogueJson(R"(
            {"number": "1", "title": "Scope", "summary": "What it covers"},
            {"number": "2", "title": "Terms"},
            {"number": "2.1", "title": "General", "untitled": true},
            {"number": "2.1.1", "title": "Detail"})"),
                                                 QStringLiteral("test.json"));
        REQUIRE(r.ok());
        const ClauseCatalogue& c = *r;
        CHECK(c.displayName() == QStringLiteral("TEST 1:2020"));
        CHECK(c.title() == QStringLiteral("Test standard"));
        REQUIRE(c.clauses().size() == 4);
        CHECK(c.find(QStringLiteral("1"))->summary == QStringLiteral("What it covers"));
        CHECK(c.find(QStringLiteral("2.1"))->untitled);
        CHECK_FALSE(c.find(QStringLiteral("2"))->untitled);
        CHECK(c.find(QStringLiteral("2.1.1"))->parent == QStringLiteral("2.1"));
        CHECK(c.find(QStringLiteral("2.1.1"))->depth == 2);
        CHECK(c.childrenOf(QStringLiteral("2")) == QStringList{QStringLiteral("2.1")});
        CHECK(c.isLeaf(QStringLiteral("1")));
    }
    SECTION("not JSON") {
        const auto r = ClauseCatalogue::fromJson("{\"standard\": ", QStringLiteral("broken.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QStringLiteral("broken.json")));
        CHECK(r.error().message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("duplicate clause numbers") {
        const auto r = ClauseCatalogue::fromJson(
            catalogueJson(R"({"number": "1", "title": "A"}, {"number": "1", "title": "B"})"),
            QStringLiteral("dup.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QStringLiteral("repeated clause number \"1\"")));
    }
    SECTION("empty clause number") {
        const auto r =
            ClauseCatalogue::fromJson(catalogueJson(R"({"title": "No number"})"), QStringLiteral("x"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("empty or repeated")));
    }
    SECTION("child before its parent") {
        const auto r = ClauseCatalogue::fromJson(
            catalogueJson(R"({"number": "1.1", "title": "Child"}, {"number": "1", "title": "Parent"})"),
            QStringLiteral("order.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QStringLiteral("clause 1.1 comes before its parent 1")));
    }
    SECTION("missing parent") {
        const auto r = ClauseCatalogue::fromJson(
            catalogueJson(R"({"number": "1", "title": "A"}, {"number": "1.2.1", "title": "Orphan"})"),
            QStringLiteral("orphan.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("1.2.1")));
    }
    SECTION("no standard or edition") {
        const auto r = ClauseCatalogue::fromJson(R"({"clauses": [{"number": "1", "title": "A"}]})",
                                                 QStringLiteral("anon.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("standard and edition")));
    }
    SECTION("no clauses") {
        const auto r = ClauseCatalogue::fromJson(catalogueJson(""), QStringLiteral("empty.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("lists no clauses")));
    }
    SECTION("a JSON array instead of an object") {
        CHECK_FALSE(ClauseCatalogue::fromJson("[1, 2]", QStringLiteral("array.json")).ok());
    }
}

TEST_CASE("Clause catalogue from a file", "[catalogue]") {
    TempDir dir;
    const QString path =
        dir.writeFile(QStringLiteral("cat/test.json"), catalogueJson(R"({"number": "1", "title": "Scope"})"));
    REQUIRE_FALSE(path.isEmpty());
    const auto ok = ClauseCatalogue::fromFile(path);
    REQUIRE(ok.ok());
    CHECK(ok->contains(QStringLiteral("1")));

    const auto missing = ClauseCatalogue::fromFile(dir.filePath(QStringLiteral("nope.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(missing.error().message.contains(QStringLiteral("nope.json")));

    const QString garbage = dir.writeFile(QStringLiteral("garbage.json"), QByteArray("\x00\x01not json", 10));
    const auto bad = ClauseCatalogue::fromFile(garbage);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Invalid);
    CHECK(bad.error().message.contains(garbage));
}

TEST_CASE("Clause coverage status and summary", "[catalogue]") {
    const ClauseCatalogue& c = ClauseCatalogue::iso9001();

    ClauseCoverage row;
    row.clause = QStringLiteral("8.7.1");
    CHECK(row.total() == 0);
    CHECK(row.status() == CoverageStatus::Gap);
    // Linked records alone (closed NCs, draft documents) are not evidence.
    row.setCount(RecordKind::Document, 1);
    row.setCount(RecordKind::CorrectiveAction, 2);
    CHECK(row.total() == 3);
    CHECK(row.status() == CoverageStatus::Gap);
    // Open findings do not cover a clause either.
    row.openFindings = 2;
    CHECK(row.status() == CoverageStatus::Gap);
    row.staleEvidence = 1;
    CHECK(row.status() == CoverageStatus::Stale);
    row.evidence = 1;
    CHECK(row.status() == CoverageStatus::CoveredWithFindings);
    CHECK(isCovered(row.status()));
    CHECK(row.findingsText() == QStringLiteral("2 open findings"));
    row.worstFinding = QStringLiteral("major");
    row.worstFindingKind = RecordKind::Nonconformity;
    CHECK(row.findingsText() == QStringLiteral("2 open findings, worst: Major"));
    row.openFindings = 0;
    CHECK(row.status() == CoverageStatus::Covered);
    CHECK(row.findingsText().isEmpty());
    row.applicable = false;
    CHECK(row.status() == CoverageStatus::NotApplicable);

    auto make = [](const char* clause, int evidence, bool applicable = true, int stale = 0,
                   int findings = 0) {
        ClauseCoverage r;
        r.clause = QString::fromLatin1(clause);
        r.evidence = evidence;
        r.staleEvidence = stale;
        r.openFindings = findings;
        r.applicable = applicable;
        return r;
    };
    // 8 and 8.7 are not leaves and do not count.
    const QList<ClauseCoverage> rows{make("8", 5),
                                     make("8.7", 3),
                                     make("8.7.1", 1),
                                     make("8.7.2", 0, true, 0, 4),
                                     make("4.1", 2, true, 0, 1),
                                     make("4.2", 0, true, 1),
                                     make("7.1.6", 0, false)};
    const CoverageSummary s = summarise(rows, c);
    CHECK(s.applicableLeaves == 4);
    CHECK(s.coveredLeaves == 2);
    CHECK(s.withFindingsLeaves == 1);
    CHECK(s.staleLeaves == 1);
    CHECK(s.gapLeaves() == 1);
    CHECK(s.notApplicableLeaves == 1);
    CHECK(s.percent() == Approx(50.0));
    CHECK(summarise({}, c).percent() == Approx(100.0));
    CHECK(coverageSummaryText(s) ==
          QStringLiteral(
              "2 of 4 applicable clauses covered (1 with open findings), 1 with stale evidence, 1 gap, "
              "1 not applicable"));

    CHECK(coverageStatusKey(CoverageStatus::Covered) == QStringLiteral("covered"));
    CHECK(coverageStatusKey(CoverageStatus::CoveredWithFindings) == QStringLiteral("covered_with_findings"));
    CHECK(coverageStatusKey(CoverageStatus::Stale) == QStringLiteral("stale"));
    CHECK(coverageStatusKey(CoverageStatus::Gap) == QStringLiteral("gap"));
    CHECK(coverageStatusKey(CoverageStatus::NotApplicable) == QStringLiteral("not_applicable"));
    CHECK(coverageStatusLabel(CoverageStatus::NotApplicable) == QStringLiteral("Not applicable"));
    // The rule is told from the declarations: every evidence kind names what counts.
    const QString rule = coverageRuleText();
    for (const KindDecl* d : kindDecls()) {
        INFO(d->key);
        if (d->evidence.role == EvidenceRole::Evidence) {
            REQUIRE(d->evidence.describes);
            CHECK(rule.contains(QString::fromLatin1(d->evidence.describes)));
        }
    }
    CHECK(rule.contains(QStringLiteral("nonconformities")));
}
