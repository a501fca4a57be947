#include "storage/RegisterQuery.h"
#include "test_registers_fixture.h"

#include <QSet>

using namespace qms;
using qms::test::RegisterFixture;

namespace {

qint64 countWith(Workspace& ws, RecordKind kind, const RegisterFilter& f) {
    RegisterQuery q(ws, kind);
    q.setFilter(f);
    auto n = q.count();
    INFO((n ? QString() : n.error().describe()).toStdString());
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("RegisterQuery: filters give exact counts", "[registers]") {
    RegisterFixture fx;
    Workspace& ws = *fx.ws;
    RegisterQuery all(ws, RecordKind::Nonconformity);
    REQUIRE(all.totalCount().ok());
    CHECK(*all.totalCount() == 250);
    CHECK(*all.count() == 250);

    RegisterFilter f;
    f.statuses = {QStringLiteral("contained")};
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 1);
    f.statuses = {QStringLiteral("open"), QStringLiteral("contained")};
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 250);
    f.statuses = {QStringLiteral("open")};
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 249);

    f = {};
    f.overdueOnly = true;
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 1);
    CHECK(countWith(ws, RecordKind::CorrectiveAction, f) == 1);

    f = {};
    f.clause = QStringLiteral("8.7");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 50); // subclause 8.7.1 counts
    f.clause = QStringLiteral("8.7.1");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 50);
    f.clause = QStringLiteral("7.5");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 35);
    f.clause = QStringLiteral("7.5.1");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 0);

    f = {};
    f.text = QStringLiteral("scratch");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 25);
    f.text = QStringLiteral("NC-0042");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 1);
    f.text = QStringLiteral("%_%"); // LIKE wildcards are taken literally
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 0);

    f = {};
    f.severities = {QStringLiteral("major")};
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 84);
    f.owner = QStringLiteral("alice");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 42); // even i with i % 3 == 1
    f = {};
    f.owner = QStringLiteral("ALICE");
    f.clause = QStringLiteral("8.7");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 25);

    f = {};
    f.month = QStringLiteral("2026-05");
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 100);
    f = {};
    f.openOnly = true;
    CHECK(countWith(ws, RecordKind::Nonconformity, f) == 250);
    CHECK(countWith(ws, RecordKind::CorrectiveAction, f) == 2);
}

TEST_CASE("RegisterQuery: pages, sorting and computed columns", "[registers]") {
    RegisterFixture fx;
    Workspace& ws = *fx.ws;
    RegisterQuery q(ws, RecordKind::Nonconformity);
    const int idCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("id"));
    const int sevCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("severity"));
    const int daysCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("days_open"));
    const int overdueCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("overdue"));
    REQUIRE(idCol == 0);
    REQUIRE(sevCol > 0);

    auto first = q.fetch(0, 200);
    auto second = q.fetch(200, 200);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->size() == 200);
    CHECK(second->size() == 50);
    QSet<QString> ids;
    for (const auto& r : *first + *second)
        ids.insert(r.id);
    CHECK(ids.size() == 250);
    CHECK(first->first().id == QStringLiteral("NC-0001"));
    CHECK(first->first().values.at(daysCol).toInt() == 44); // 2026-05-02 .. 2026-06-15
    CHECK(first->first().values.at(overdueCol).toInt() == 1);
    CHECK(first->at(1).values.at(overdueCol).toInt() == 0);

    q.setSort(idCol, true);
    auto desc = q.fetch(0, 3);
    REQUIRE(desc.ok());
    CHECK(desc->first().id == QStringLiteral("NC-0250"));
    CHECK(desc->at(1).id == QStringLiteral("NC-0249"));

    // Severity sorts by weight (major, minor, observation), ties by number.
    q.setSort(sevCol, false);
    auto bySeverity = q.fetch(83, 2);
    REQUIRE(bySeverity.ok());
    CHECK(bySeverity->at(0).values.at(sevCol).toString() == QStringLiteral("major"));
    CHECK(bySeverity->at(1).values.at(sevCol).toString() == QStringLiteral("minor"));
    CHECK(bySeverity->at(1).id == QStringLiteral("NC-0002"));

    auto owners = q.owners();
    REQUIRE(owners.ok());
    CHECK(*owners == QStringList{QStringLiteral("alice"), QStringLiteral("bob")});

    for (RecordKind kind : {RecordKind::Document, RecordKind::Process, RecordKind::CorrectiveAction}) {
        RegisterQuery other(ws, kind);
        for (int c = 0; c < RegisterQuery::columns(kind).size(); ++c) {
            other.setSort(c, c % 2 == 1);
            auto rows = other.fetch(0, 10);
            INFO(recordKindKey(kind).toStdString()
                 << " column " << c << ": "
                 << (rows ? std::string() : rows.error().describe().toStdString()));
            CHECK(rows.ok());
        }
    }
    CHECK(RegisterQuery::displayText(ColumnType::Status, RecordKind::Nonconformity,
                                     QStringLiteral("root_cause_identified")) ==
          QStringLiteral("Root cause identified"));
}
