#include "DomainTestSupport.h"
#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

const QDate today = day(2026, 3, 10);

const ClauseCatalogue& iso() {
    return ClauseCatalogue::iso9001();
}

Nonconformity validNc() {
    Nonconformity n;
    n.title = QStringLiteral("Wrong torque");
    n.description = QStringLiteral("Bolts under-torqued");
    n.detectedOn = day(2026, 3, 1);
    n.reportedBy = QStringLiteral("ingrid");
    n.clauses = {QStringLiteral("8.7"), QStringLiteral("8.7.1")};
    return n;
}

Document validDocument() {
    Document d;
    d.title = QStringLiteral("Control of documented information");
    d.owner = QStringLiteral("olga");
    d.revision = QStringLiteral("A");
    d.clauses = {QStringLiteral("7.5.3")};
    return d;
}

Process validProcess() {
    Process p;
    p.meta.id = QStringLiteral("PRC-0002");
    p.name = QStringLiteral("Purchasing");
    p.owner = QStringLiteral("paul");
    p.feeds = {QStringLiteral("PRC-0003")};
    p.kpis = {{QStringLiteral("On-time delivery"), QStringLiteral("95"), QStringLiteral("%")}};
    p.clauses = {QStringLiteral("8.4")};
    return p;
}

CorrectiveAction validCa() {
    CorrectiveAction c;
    c.title = QStringLiteral("Calibrate wrenches");
    c.owner = QStringLiteral("olga");
    c.dueDate = day(2026, 4, 30);
    c.effectivenessDue = day(2026, 7, 30);
    c.clauses = {QStringLiteral("10.2.1")};
    return c;
}

} // namespace

TEST_CASE("Valid records pass validation", "[validation]") {
    CHECK(validate(validNc(), iso(), today).isEmpty());
    CHECK(validate(validDocument(), iso()).isEmpty());
    CHECK(validate(validProcess(), iso()).isEmpty());
    CHECK(validate(validCa(), iso()).isEmpty());
}

TEST_CASE("Nonconformity validation reports every problem at once", "[validation]") {
    Nonconformity n;
    n.title = QStringLiteral("   ");
    n.clauses = {QStringLiteral("4.99"), QStringLiteral("8.7"), QStringLiteral("11")};
    const auto errors = validate(n, iso(), today);
    CHECK(fieldNames(errors) == QStringList{QStringLiteral("title"), QStringLiteral("description"),
                                            QStringLiteral("detected_on"), QStringLiteral("reported_by"),
                                            QStringLiteral("clauses"), QStringLiteral("clauses")});
    for (const auto& e : errors)
        CHECK_FALSE(e.message.isEmpty());

    const Error err = Error::invalid(errors);
    CHECK(err.code == ErrorCode::Invalid);
    CHECK(err.message == QStringLiteral("The record has 6 problems:"));
    CHECK(err.describe().split(QLatin1Char('\n')).size() == 7);
    CHECK(err.describe().contains(QStringLiteral("detected_on: Give the date it was detected")));
}

TEST_CASE("Nonconformity detection date cannot lie in the future", "[validation]") {
    Nonconformity n = validNc();
    n.detectedOn = today.addDays(1);
    const auto errors = validate(n, iso(), today);
    REQUIRE(fieldNames(errors) == QStringList{QStringLiteral("detected_on")});
    CHECK(errors.first().message.contains(QStringLiteral("2026-03-11")));
    CHECK(errors.first().message.contains(QStringLiteral("future")));

    n.detectedOn = today;
    CHECK(validate(n, iso(), today).isEmpty());
}

TEST_CASE("Declared past dates cannot lie in the future: an action completed tomorrow", "[validation]") {
    CorrectiveAction c = validCa();
    c.status = CaStatus::Done;
    c.completedOn = today.addDays(1);
    const auto errors = validateRecord(c, iso(), today);
    REQUIRE(fieldNames(errors) == QStringList{QStringLiteral("completed_on")});
    CHECK(errors.first().message == QStringLiteral("Completed on 2026-03-11 lies in the future"));
    c.completedOn = today;
    CHECK(validateRecord(c, iso(), today).isEmpty());
    // Every declared past date is a date field of its kind.
    forEachRecordType([](auto t) {
        using R = typename decltype(t)::type;
        for (const char* key : declOf<R>().pastDates) {
            INFO(key);
            const FieldDef<R>* f = findField<R>(QString::fromLatin1(key));
            REQUIRE(f);
            CHECK(f->type == FieldType::Date);
        }
    });
}

TEST_CASE("Unknown clauses are refused", "[validation]") {
    Nonconformity n = validNc();
    n.clauses = {QStringLiteral("8.7"), QStringLiteral("4.99")};
    auto errors = validate(n, iso(), today);
    REQUIRE(fieldNames(errors) == QStringList{QStringLiteral("clauses")});
    CHECK(errors.first().message.contains(QStringLiteral("4.99")));
    CHECK(errors.first().message.contains(QStringLiteral("ISO 9001:2015")));

    Document d = validDocument();
    d.clauses = {QStringLiteral("3")};
    CHECK(hasField(validate(d, iso()), QStringLiteral("clauses")));
    Process p = validProcess();
    p.clauses = {QStringLiteral("8.4.4")};
    CHECK(hasField(validate(p, iso()), QStringLiteral("clauses")));
    CorrectiveAction c = validCa();
    c.clauses = {QStringLiteral("10.2.3")};
    CHECK(hasField(validate(c, iso()), QStringLiteral("clauses")));
}

TEST_CASE("Document validation", "[validation]") {
    const auto empty = validate(Document{}, iso());
    CHECK(fieldNames(empty) ==
          QStringList{QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("revision")});

    Document d = validDocument();
    d.reviewIntervalMonths = 0;
    CHECK(fieldNames(validate(d, iso())) == QStringList{QStringLiteral("review_interval_months")});
    d.reviewIntervalMonths = 121;
    CHECK(hasField(validate(d, iso()), QStringLiteral("review_interval_months")));
    d.reviewIntervalMonths = 120;
    CHECK(validate(d, iso()).isEmpty());

    d.title = QString(301, QLatin1Char('x'));
    const auto tooLong = validate(d, iso());
    REQUIRE(fieldNames(tooLong) == QStringList{QStringLiteral("title")});
    CHECK(tooLong.first().message.contains(QStringLiteral("301")));
    CHECK(tooLong.first().message.contains(QStringLiteral("300")));
    d.title = QString(300, QLatin1Char('x'));
    CHECK(validate(d, iso()).isEmpty());
}

TEST_CASE("Process validation", "[validation]") {
    CHECK(fieldNames(validate(Process{}, iso())) ==
          QStringList{QStringLiteral("name"), QStringLiteral("owner")});

    Process p = validProcess();
    p.feeds << p.meta.id;
    p.kpis.append({QStringLiteral(" "), QStringLiteral("1"), QString()});
    const auto errors = validate(p, iso());
    CHECK(fieldNames(errors) == QStringList{QStringLiteral("feeds"), QStringLiteral("kpis")});
    CHECK(messagesFor(errors, QStringLiteral("kpis")).contains(QStringLiteral("KPI 2")));

    // An unsaved process has no id yet, so it cannot feed itself.
    Process unsaved = validProcess();
    unsaved.meta.id.clear();
    CHECK(validate(unsaved, iso()).isEmpty());

    Process longName = validProcess();
    longName.name = QString(201, QLatin1Char('p'));
    CHECK(hasField(validate(longName, iso()), QStringLiteral("name")));
}

TEST_CASE("Corrective action validation", "[validation]") {
    CHECK(fieldNames(validate(CorrectiveAction{}, iso())) ==
          QStringList{QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("due_date")});

    CorrectiveAction c = validCa();
    c.effectivenessDue = c.dueDate.addDays(-1);
    c.completedOn = day(2026, 4, 1);
    c.status = CaStatus::InProgress;
    CHECK(fieldNames(validate(c, iso())) ==
          QStringList{QStringLiteral("effectiveness_due"), QStringLiteral("completed_on")});

    c.status = CaStatus::Done;
    c.effectivenessDue = c.dueDate;
    CHECK(validate(c, iso()).isEmpty());
    c.status = CaStatus::Planned;
    CHECK(hasField(validate(c, iso()), QStringLiteral("completed_on")));
}

TEST_CASE("User names", "[validation]") {
    for (const QString& good :
         {QStringLiteral("olga"), QStringLiteral("o.lindqvist@example.org"), QStringLiteral("ext-auditor_2"),
          QStringLiteral("jürgen"), QString(64, QLatin1Char('a'))}) {
        INFO(good.toStdString());
        CHECK(validateUserName(good).isEmpty());
    }
    for (const QString& bad : {QString(), QStringLiteral("olga lind"), QStringLiteral("a/b"),
                               QStringLiteral("x;y"), QString(65, QLatin1Char('a'))}) {
        INFO(bad.toStdString());
        const auto errors = validateUserName(bad);
        REQUIRE(fieldNames(errors) == QStringList{QStringLiteral("name")});
        CHECK(errors.first().message.contains(QStringLiteral("\"%1\"").arg(bad)));
    }
}
