#include "DomainTestSupport.h"
#include "domain/FieldCodec.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

// Every settable field holds a value that differs from a default-constructed record.
Document filledDocument() {
    Document d;
    d.meta.id = QStringLiteral("DOC-0003");
    d.title = QStringLiteral("Control of documented information");
    d.type = DocumentType::WorkInstruction;
    d.owner = QStringLiteral("olga");
    d.description = QStringLiteral("How we create, review and release documents.\nSecond line.");
    d.revision = QStringLiteral("C");
    d.effectiveRevision = QStringLiteral("B");
    d.status = DocumentStatus::InReview;
    d.approvedBy = QStringLiteral("quentin");
    d.releasedAt = utc(2026, 2, 1, 9, 15, 30);
    d.reviewIntervalMonths = 24;
    d.nextReview = day(2028, 2, 1);
    d.obsoleteReason = QStringLiteral("Not yet");
    d.clauses = {QStringLiteral("7.5.3"), QStringLiteral("7.5.2")};
    d.processes = {QStringLiteral("PRC-0001"), QStringLiteral("PRC-0012")};
    DocumentRevision r;
    r.label = QStringLiteral("B");
    r.changeSummary = QStringLiteral("Reworded 4.2");
    r.author = QStringLiteral("olga");
    r.date = day(2026, 1, 20);
    d.revisions = {r};
    return d;
}

Process filledProcess() {
    Process p;
    p.meta.id = QStringLiteral("PRC-0002");
    p.name = QStringLiteral("Purchasing");
    p.owner = QStringLiteral("paul");
    p.purpose = QStringLiteral("Buy conforming goods and services");
    p.inputs = QStringLiteral("Purchase requests\nApproved supplier list");
    p.outputs = QStringLiteral("Purchase orders");
    p.resources = QStringLiteral("ERP, 2 buyers");
    p.kpis = {{QStringLiteral("On-time delivery"), QStringLiteral("95"), QStringLiteral("%")},
              {QStringLiteral("Supplier complaints"), QStringLiteral("< 5"), QStringLiteral("per quarter")}};
    p.risks = QStringLiteral("Single source for castings");
    p.feeds = {QStringLiteral("PRC-0003")};
    p.clauses = {QStringLiteral("8.4"), QStringLiteral("8.4.1")};
    p.documents = {QStringLiteral("DOC-0007")};
    p.active = false;
    return p;
}

Nonconformity filledNc() {
    Nonconformity n;
    n.meta.id = QStringLiteral("NC-0042");
    n.title = QStringLiteral("Wrong torque");
    n.description = QStringLiteral("Bolts under-torqued.\nFound at final inspection.");
    n.source = NcSource::CustomerComplaint;
    n.severity = Severity::Major;
    n.detectedOn = day(2026, 3, 1);
    n.reportedBy = QStringLiteral("ingrid");
    n.responsible = QStringLiteral("olga");
    n.process = QStringLiteral("PRC-0002");
    n.reference = QStringLiteral("Lot 17 / order 4711");
    n.containment = QStringLiteral("Quarantined lot 17");
    n.rcaMethod = RcaMethod::Fishbone;
    n.rootCause = QStringLiteral("Wrench out of calibration");
    n.disposition = Disposition::ReturnToSupplier;
    n.effectiveness = QStringLiteral("No recurrence");
    n.status = NcStatus::Closed;
    n.statusReason = QStringLiteral("Reopened once");
    n.closedOn = day(2026, 4, 2);
    n.clauses = {QStringLiteral("8.7"), QStringLiteral("10.2")};
    n.actions = {QStringLiteral("CA-0001"), QStringLiteral("CA-0002")};
    n.audits = {QStringLiteral("AUD-0004")};
    return n;
}

CorrectiveAction filledCa() {
    CorrectiveAction c;
    c.meta.id = QStringLiteral("CA-0007");
    c.title = QStringLiteral("Calibrate wrenches monthly");
    c.description = QStringLiteral("Add wrenches to the calibration plan");
    c.type = CaType::Preventive;
    c.owner = QStringLiteral("olga");
    c.dueDate = day(2026, 4, 30);
    c.status = CaStatus::VerifiedEffective;
    c.statusReason = QStringLiteral("Rework once");
    c.completedOn = day(2026, 4, 20);
    c.effectivenessDue = day(2026, 7, 20);
    c.effectivenessBy = QStringLiteral("quentin");
    c.effectivenessResult = QStringLiteral("Effective");
    c.nonconformities = {QStringLiteral("NC-0042")};
    c.clauses = {QStringLiteral("10.2.1")};
    c.changes = {QStringLiteral("CHG-0003")};
    c.reviews = {QStringLiteral("MR-0002")};
    return c;
}

template <typename R> void checkRoundTrip(const R& filled) {
    const FieldValues values = fieldValues(filled);
    const FieldValues defaults = fieldValues(R{});
    REQUIRE(values.size() == int(recordFields<R>().size()));

    R fresh;
    int settable = 0;
    for (const auto& f : recordFields<R>()) {
        if (!f.set)
            continue;
        ++settable;
        const QString text = f.get(filled);
        INFO("field " << f.key << " = " << text.toStdString());
        // The test data must exercise the field: a default value proves nothing.
        CHECK(text != f.get(R{}));
        CHECK(f.set(fresh, text) == QString());
    }
    CHECK(settable > 0);

    const FieldValues after = fieldValues(fresh);
    REQUIRE(after.size() == values.size());
    int i = 0;
    for (const auto& f : recordFields<R>()) {
        INFO("field " << f.key);
        if (f.set)
            CHECK(after[i] == values[i]);
        else
            CHECK(after[i] == defaults[i]); // derived: never imported
        ++i;
    }
}

template <typename R> void checkFieldTable() {
    QSet<QString> keys;
    for (const auto& f : recordFields<R>()) {
        const QString key = QString::fromLatin1(f.key);
        INFO(f.key);
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK(key == key.toLower());
        CHECK_FALSE(key.contains(QLatin1Char(' ')));
        CHECK(QString::fromLatin1(f.label).size() > 0);
        CHECK(f.get != nullptr);
        CHECK(findField<R>(key) == &f);
        CHECK(findField<R>(key.toUpper()) == &f);
        CHECK(findField<R>(QString::fromLatin1(f.label)) == &f);
        CHECK(findField<R>(QStringLiteral(" ") + QString::fromLatin1(f.label).toUpper() +
                           QStringLiteral(" ")) == &f);
    }
    CHECK(findField<R>(QStringLiteral("no_such_field")) == nullptr);
}

template <typename R> QString setField(R& r, const char* key, const QString& text) {
    const FieldDef<R>* f = findField<R>(QString::fromLatin1(key));
    REQUIRE(f != nullptr);
    REQUIRE(f->set != nullptr);
    return f->set(r, text);
}

} // namespace

TEST_CASE("Field codec round trip: document", "[codec]") {
    checkRoundTrip(filledDocument());
}
TEST_CASE("Field codec round trip: process", "[codec]") {
    checkRoundTrip(filledProcess());
}
TEST_CASE("Field codec round trip: nonconformity", "[codec]") {
    checkRoundTrip(filledNc());
}
TEST_CASE("Field codec round trip: corrective action", "[codec]") {
    checkRoundTrip(filledCa());
}

TEST_CASE("Field tables have unique keys and can be found by key or label", "[codec]") {
    checkFieldTable<Document>();
    checkFieldTable<Process>();
    checkFieldTable<Nonconformity>();
    checkFieldTable<CorrectiveAction>();
    CHECK(findField<Nonconformity>(QStringLiteral("Detected on"))->key == std::string("detected_on"));
}

TEST_CASE("Field values are in field order with canonical text", "[codec]") {
    const FieldValues v = fieldValues(filledNc());
    REQUIRE(v.size() >= 5);
    CHECK(v[0] == qMakePair(QStringLiteral("title"), QStringLiteral("Wrong torque")));
    const auto value = [&](const char* key) {
        for (const auto& p : v)
            if (p.first == QLatin1String(key))
                return p.second;
        FAIL("no field " << key);
        return QString();
    };
    CHECK(value("source") == QStringLiteral("customer_complaint"));
    CHECK(value("severity") == QStringLiteral("major"));
    CHECK(value("detected_on") == QStringLiteral("2026-03-01"));
    CHECK(value("rca_method") == QStringLiteral("fishbone"));
    CHECK(value("disposition") == QStringLiteral("return_to_supplier"));
    CHECK(value("status") == QStringLiteral("closed"));
    CHECK(value("clauses") == QStringLiteral("8.7; 10.2"));
    CHECK(value("actions") == QStringLiteral("CA-0001; CA-0002"));

    const FieldValues d = fieldValues(filledDocument());
    for (const auto& p : d)
        if (p.first == QLatin1String("released_at"))
            CHECK(p.second == QStringLiteral("2026-02-01T09:15:30Z"));
}

TEST_CASE("Field codec refuses bad enum texts", "[codec]") {
    Nonconformity n;
    const QString err = setField(n, "source", QStringLiteral("sometimes"));
    CHECK(err.contains(QStringLiteral("\"sometimes\" is not one of")));
    CHECK(err.contains(QStringLiteral("internal_audit")));
    CHECK(err.contains(QStringLiteral("customer_complaint")));
    CHECK(n.source == NcSource::InternalAudit); // unchanged

    CHECK(setField(n, "severity", QString()).contains(QStringLiteral("a value is required")));
    CHECK(setField(n, "status", QStringLiteral("done")).contains(QStringLiteral("not one of")));

    // Optional enums fall back to their neutral value when empty.
    n.rcaMethod = RcaMethod::Fishbone;
    n.disposition = Disposition::Scrap;
    CHECK(setField(n, "rca_method", QString()).isEmpty());
    CHECK(setField(n, "disposition", QStringLiteral("  ")).isEmpty());
    CHECK(n.rcaMethod == RcaMethod::None);
    CHECK(n.disposition == Disposition::NotApplicable);
    CHECK_FALSE(setField(n, "rca_method", QStringLiteral("guessing")).isEmpty());
}

TEST_CASE("Field codec accepts enum keys, labels and sloppy spelling", "[codec]") {
    Document d;
    for (const QString& text : {QStringLiteral("in_review"), QStringLiteral("In review"),
                                QStringLiteral("IN-REVIEW"), QStringLiteral("  in   review ")}) {
        d.status = DocumentStatus::Draft;
        INFO(text.toStdString());
        CHECK(setField(d, "status", text).isEmpty());
        CHECK(d.status == DocumentStatus::InReview);
    }
    CHECK(setField(d, "type", QStringLiteral("Work instruction")).isEmpty());
    CHECK(d.type == DocumentType::WorkInstruction);

    Nonconformity n;
    CHECK(setField(n, "disposition", QStringLiteral("N/A")).isEmpty());
    CHECK(n.disposition == Disposition::NotApplicable);
    CHECK(setField(n, "disposition", QStringLiteral("Use as is")).isEmpty());
    CHECK(n.disposition == Disposition::UseAsIs);
    CHECK(setField(n, "rca_method", QStringLiteral("5 whys")).isEmpty());
    CHECK(n.rcaMethod == RcaMethod::FiveWhys);
    CHECK(setField(n, "rca_method", QStringLiteral("Fishbone (Ishikawa)")).isEmpty());
    CHECK(n.rcaMethod == RcaMethod::Fishbone);

    CorrectiveAction c;
    CHECK(setField(c, "type", QStringLiteral("Preventive / risk")).isEmpty());
    CHECK(c.type == CaType::Preventive);
}

TEST_CASE("Field codec refuses bad dates", "[codec]") {
    Nonconformity n;
    n.detectedOn = day(2026, 3, 1);
    for (const QString& bad : {QStringLiteral("2026-02-30"), QStringLiteral("tomorrow"),
                               QStringLiteral("2026-13-01"), QStringLiteral("11/25/2026")}) {
        INFO(bad.toStdString());
        const QString err = setField(n, "detected_on", bad);
        CHECK(err.contains(QStringLiteral("is not a date")));
        CHECK(err.contains(bad));
        CHECK(n.detectedOn == day(2026, 3, 1));
    }
    CHECK(setField(n, "detected_on", QStringLiteral("25.11.2025")).isEmpty());
    CHECK(n.detectedOn == day(2025, 11, 25));
    CHECK(setField(n, "detected_on", QString()).isEmpty());
    CHECK_FALSE(n.detectedOn.isValid());

    Document d;
    CHECK(setField(d, "released_at", QStringLiteral("yesterday"))
              .contains(QStringLiteral("not a date and time")));
    CHECK(setField(d, "released_at", QStringLiteral("2026-11-25T12:04:05+02:00")).isEmpty());
    CHECK(codec::dateTime(d.releasedAt) == QStringLiteral("2026-11-25T10:04:05Z"));
    CHECK(setField(d, "released_at", QString()).isEmpty());
    CHECK_FALSE(d.releasedAt.isValid());
}

TEST_CASE("Field codec refuses bad record ids and normalises good ones", "[codec]") {
    Nonconformity n;
    CHECK(setField(n, "actions", QStringLiteral("CA-7, ca-0008; CA-7")).isEmpty());
    CHECK(n.actions == QStringList{QStringLiteral("CA-0007"), QStringLiteral("CA-0008")});

    const QString wrongKind = setField(n, "actions", QStringLiteral("CA-0001; NC-0001"));
    CHECK(wrongKind.contains(QStringLiteral("\"NC-0001\"")));
    CHECK(wrongKind.contains(QStringLiteral("CA-0001")));
    CHECK(n.actions == QStringList{QStringLiteral("CA-0007"), QStringLiteral("CA-0008")}); // unchanged

    CHECK_FALSE(setField(n, "actions", QStringLiteral("CA-0")).isEmpty());
    CHECK_FALSE(setField(n, "actions", QStringLiteral("CA0001")).isEmpty());
    CHECK_FALSE(setField(n, "actions", QStringLiteral("action 1")).isEmpty());

    CHECK(setField(n, "process", QStringLiteral("prc-2")).isEmpty());
    CHECK(n.process == QStringLiteral("PRC-0002"));
    CHECK(
        setField(n, "process", QStringLiteral("PRC-1; PRC-2")).contains(QStringLiteral("only one process")));
    CHECK_FALSE(setField(n, "process", QStringLiteral("DOC-0001")).isEmpty());
    CHECK(setField(n, "process", QString()).isEmpty());
    CHECK(n.process.isEmpty());

    Process p;
    CHECK(setField(p, "documents", QStringLiteral("DOC-1\nDOC-22")).isEmpty());
    CHECK(p.documents == QStringList{QStringLiteral("DOC-0001"), QStringLiteral("DOC-0022")});
    CHECK(setField(p, "feeds", QStringLiteral("DOC-0001")).contains(QStringLiteral("PRC-0001")));

    CorrectiveAction c;
    CHECK_FALSE(setField(c, "nonconformities", QStringLiteral("CA-0001")).isEmpty());
    CHECK(setField(c, "nonconformities", QStringLiteral("nc-42")).isEmpty());
    CHECK(c.nonconformities == QStringList{QStringLiteral("NC-0042")});
}

TEST_CASE("Field codec refuses clause texts that are not clause numbers", "[codec]") {
    Nonconformity n;
    CHECK(setField(n, "clauses", QStringLiteral("8.7, 7.5.3;8.7")).isEmpty());
    CHECK(n.clauses == QStringList{QStringLiteral("8.7"), QStringLiteral("7.5.3")});
    for (const QString& bad : {QStringLiteral("8.x"), QStringLiteral("§8.7"), QStringLiteral("clause 8"),
                               QStringLiteral("8."), QStringLiteral(".8")}) {
        INFO(bad.toStdString());
        const QString err = setField(n, "clauses", bad);
        CHECK(err.contains(QStringLiteral("is not a clause number")));
        CHECK(n.clauses == QStringList{QStringLiteral("8.7"), QStringLiteral("7.5.3")});
    }
    CHECK(setField(n, "clauses", QString()).isEmpty());
    CHECK(n.clauses.isEmpty());
}

TEST_CASE("Field codec numbers and yes/no", "[codec]") {
    Document d;
    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("121"), QStringLiteral("twelve"),
                               QStringLiteral("-3"), QStringLiteral("1.5")}) {
        INFO(bad.toStdString());
        CHECK(setField(d, "review_interval_months", bad).contains(QStringLiteral("between 1 and 120")));
    }
    CHECK(setField(d, "review_interval_months", QStringLiteral(" 6 ")).isEmpty());
    CHECK(d.reviewIntervalMonths == 6);
    CHECK(setField(d, "review_interval_months", QString()).isEmpty());
    CHECK(d.reviewIntervalMonths == 12);

    Process p;
    CHECK(setField(p, "active", QStringLiteral("nein")).isEmpty());
    CHECK_FALSE(p.active);
    CHECK(setField(p, "active", QStringLiteral("Yes")).isEmpty());
    CHECK(p.active);
    CHECK(setField(p, "active", QStringLiteral("maybe")).contains(QStringLiteral("not yes or no")));
    p.active = false;
    CHECK(setField(p, "active", QString()).isEmpty());
    CHECK(p.active);

    CHECK(codec::yesNo(true) == QStringLiteral("yes"));
    CHECK(codec::yesNo(false) == QStringLiteral("no"));
    for (const char* t : {"yes", "Y", "true", "1", "ja", " YES "})
        CHECK(codec::parseYesNo(QString::fromLatin1(t)) == std::optional<bool>(true));
    for (const char* t : {"no", "N", "false", "0", "nein"})
        CHECK(codec::parseYesNo(QString::fromLatin1(t)) == std::optional<bool>(false));
    CHECK_FALSE(codec::parseYesNo(QStringLiteral("")).has_value());
    CHECK_FALSE(codec::parseYesNo(QStringLiteral("perhaps")).has_value());
}

TEST_CASE("Field codec text fields trim single-line text and keep long text", "[codec]") {
    Nonconformity n;
    CHECK(setField(n, "title", QStringLiteral("  Padded  ")).isEmpty());
    CHECK(n.title == QStringLiteral("Padded"));
    CHECK(setField(n, "description", QStringLiteral("  line 1\n  line 2\n")).isEmpty());
    CHECK(n.description == QStringLiteral("  line 1\n  line 2\n"));
}

TEST_CASE("codec::parseDate accepts several formats", "[codec]") {
    const QDate expected = day(2026, 11, 25);
    for (const QString& text :
         {QStringLiteral("2026-11-25"), QStringLiteral("25.11.2026"), QStringLiteral("25/11/2026"),
          QStringLiteral("2026/11/25"), QStringLiteral("2026-11-25T10:04:05Z"),
          QStringLiteral("2026-11-25T10:04:05"), QStringLiteral("  2026-11-25 ")}) {
        INFO(text.toStdString());
        const auto d = codec::parseDate(text);
        REQUIRE(d.has_value());
        CHECK(*d == expected);
    }
    CHECK(codec::parseDate(QStringLiteral("5.3.2026")) == std::optional<QDate>(day(2026, 3, 5)));
    CHECK(codec::parseDate(QStringLiteral("5/3/2026")) == std::optional<QDate>(day(2026, 3, 5)));

    const auto empty = codec::parseDate(QStringLiteral("   "));
    REQUIRE(empty.has_value());
    CHECK_FALSE(empty->isValid());

    for (const char* bad : {"2026-02-30", "31.04.2026", "25-11-2026", "11/25/2026", "yesterday", "2026"})
        CHECK_FALSE(codec::parseDate(QString::fromLatin1(bad)).has_value());

    CHECK(codec::date(expected) == QStringLiteral("2026-11-25"));
    CHECK(codec::date(QDate()).isEmpty());
    CHECK(codec::dateTime(QDateTime()).isEmpty());
    const QDateTime plus2(day(2026, 11, 25), QTime(12, 4, 5), QTimeZone(2 * 3600));
    CHECK(codec::dateTime(plus2) == QStringLiteral("2026-11-25T10:04:05Z"));
}

TEST_CASE("codec lists", "[codec]") {
    CHECK(codec::list({QStringLiteral("a"), QStringLiteral("b")}) == QStringLiteral("a; b"));
    CHECK(codec::list({}).isEmpty());
    CHECK(codec::parseList(QStringLiteral(" a; b;; a , c\n d ")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    CHECK(codec::parseList(QStringLiteral(" ;, \n")).isEmpty());
}

TEST_CASE("codec KPIs parse and print", "[codec]") {
    QString error;
    const auto kpis =
        codec::parseKpis(QStringLiteral("On-time delivery | 95 | %\r\n\nComplaints|<5|per month\n"
                                        "Audits done"),
                         &error);
    REQUIRE(kpis.has_value());
    CHECK(error.isEmpty());
    REQUIRE(kpis->size() == 3);
    CHECK((*kpis)[0] == Kpi{QStringLiteral("On-time delivery"), QStringLiteral("95"), QStringLiteral("%")});
    CHECK((*kpis)[1] == Kpi{QStringLiteral("Complaints"), QStringLiteral("<5"), QStringLiteral("per month")});
    CHECK((*kpis)[2] == Kpi{QStringLiteral("Audits done"), QString(), QString()});

    CHECK(codec::kpis(*kpis) ==
          QStringLiteral("On-time delivery | 95 | %\nComplaints | <5 | per month\nAudits done |  | "));
    const auto again = codec::parseKpis(codec::kpis(*kpis), &error);
    REQUIRE(again.has_value());
    CHECK(*again == *kpis);

    const auto none = codec::parseKpis(QString(), &error);
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());

    SECTION("too many columns") {
        const auto bad = codec::parseKpis(QStringLiteral("Fine | 1 | x\na | b | c | d"), &error);
        CHECK_FALSE(bad.has_value());
        CHECK(error.contains(QStringLiteral("KPI 2")));
        CHECK(error.contains(QStringLiteral("a | b | c | d")));
    }
    SECTION("no name") {
        const auto bad = codec::parseKpis(QStringLiteral(" | 95 | %"), &error);
        CHECK_FALSE(bad.has_value());
        CHECK(error.contains(QStringLiteral("KPI 1")));
    }
    SECTION("through the process field") {
        Process p;
        CHECK(
            setField(p, "kpis", QStringLiteral("a|b|c|d")).contains(QStringLiteral("name | target | unit")));
        CHECK(p.kpis.isEmpty());
    }
}

TEST_CASE("codec revisions text is stable", "[codec]") {
    DocumentRevision a;
    a.label = QStringLiteral("A");
    a.date = day(2026, 1, 5);
    a.author = QStringLiteral("olga");
    a.changeSummary = QStringLiteral("First issue");
    a.approvedBy = QStringLiteral("quentin");
    a.releasedAt = utc(2026, 1, 10, 9);
    DocumentRevision b;
    b.label = QStringLiteral("B");
    b.date = day(2026, 6, 1);
    b.author = QStringLiteral("olga");
    b.changeSummary = QStringLiteral("Scope");
    b.attachment.id = 5;
    b.attachment.fileName = QStringLiteral("proc.pdf");
    b.attachment.sha256 = QStringLiteral("ab12");
    CHECK(codec::revisions({a, b}) ==
          QStringLiteral("A | 2026-01-05 | olga | First issue |  | quentin | 2026-01-10T09:00:00Z\n"
                         "B | 2026-06-01 | olga | Scope | proc.pdf sha256:ab12 |  | "));
    CHECK(codec::revisions({}).isEmpty());

    // Revisions are derived: the field has no setter and is not imported.
    const auto* f = findField<Document>(QStringLiteral("revisions"));
    REQUIRE(f != nullptr);
    CHECK(f->set == nullptr);
    CHECK(f->type == FieldType::Revisions);
}

TEST_CASE("Searchable text holds the words people type, not codes", "[codec]") {
    const QString text = searchableText(filledNc());
    CHECK(text.contains(QStringLiteral("Wrong torque")));
    CHECK(text.contains(QStringLiteral("Quarantined lot 17")));
    CHECK(text.contains(QStringLiteral("Wrench out of calibration")));
    CHECK_FALSE(text.contains(QStringLiteral("customer_complaint")));
    CHECK_FALSE(text.contains(QStringLiteral("2026-03-01")));

    CHECK(searchableText(filledProcess()).contains(QStringLiteral("On-time delivery")));
    CHECK(searchableText(filledDocument()).contains(QStringLiteral("Reworded 4.2")));

    CHECK(recordTitle(filledDocument()) == QStringLiteral("Control of documented information"));
    CHECK(recordTitle(filledProcess()) == QStringLiteral("Purchasing"));
    CHECK(recordTitle(filledNc()) == QStringLiteral("Wrong torque"));
    CHECK(recordTitle(filledCa()) == QStringLiteral("Calibrate wrenches monthly"));
}

// The date, list and clause readers are written out by hand for speed; these hold them to what
// QDate's formats and the patterns they replaced gave.
TEST_CASE("Dates, lists and clause numbers read as before", "[codec]") {
    for (const QString& t :
         {QStringLiteral("2025-09-27"), QStringLiteral(" 2024-02-29 "), QStringLiteral("2025-02-29"),
          QStringLiteral("2025-13-01"), QStringLiteral("2025-1-01"), QStringLiteral("27.09.2025"),
          QStringLiteral("0999-01-01"), QStringLiteral("2025-09-27T10:00:00Z"), QStringLiteral("2025-0a-01"),
          QStringLiteral("")}) {
        INFO(t.toStdString());
        const auto d = codec::parseDate(t);
        QDate expected = QDate::fromString(t.trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (t.trimmed() == QLatin1String("27.09.2025"))
            expected = QDate(2025, 9, 27);
        if (t.trimmed().startsWith(QLatin1String("2025-09-27T")))
            expected = QDate(2025, 9, 27);
        if (t.trimmed().isEmpty()) {
            REQUIRE(d.has_value());
            CHECK_FALSE(d->isValid());
        } else if (expected.isValid()) {
            REQUIRE(d.has_value());
            CHECK(*d == expected);
        } else {
            CHECK_FALSE(d.has_value());
        }
    }
    CHECK(codec::date(QDate(2025, 9, 7)) == QStringLiteral("2025-09-07"));
    CHECK(codec::date(QDate(987, 1, 2)) == QDate(987, 1, 2).toString(Qt::ISODate));
    CHECK(codec::date(QDate()).isEmpty());
    const QDateTime dt(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    CHECK(codec::dateTime(dt) == QStringLiteral("2026-01-02T03:04:05Z"));
    CHECK(codec::dateTime(dt.toOffsetFromUtc(3600)) == QStringLiteral("2026-01-02T03:04:05Z"));

    CHECK(codec::parseList(QStringLiteral(" a; b,c\nb;; ,d ")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    CHECK(codec::parseList(QString()).isEmpty());
    CHECK(codec::parseList(QStringLiteral(";,\n")).isEmpty());

    Nonconformity n;
    const auto& clauses = []() -> const FieldDef<Nonconformity>& {
        for (const auto& f : recordFields<Nonconformity>())
            if (qstrcmp(f.key, "clauses") == 0)
                return f;
        FAIL("no clauses field");
        return recordFields<Nonconformity>().front();
    }();
    CHECK(clauses.set(n, QStringLiteral("8.7; 7.1.5.1, 10")).isEmpty());
    CHECK(n.clauses == QStringList{QStringLiteral("8.7"), QStringLiteral("7.1.5.1"), QStringLiteral("10")});
    for (const QString& bad : {QStringLiteral("8..7"), QStringLiteral(".8"), QStringLiteral("8."),
                               QStringLiteral("8.x"), QStringLiteral("٨.٧")})
        CHECK_FALSE(clauses.set(n, bad).isEmpty());
}
