#include "DomainTestSupport.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

TEST_CASE("Result holds a value or an error", "[result]") {
    Result<int> ok = 42;
    REQUIRE(ok.ok());
    CHECK(static_cast<bool>(ok));
    CHECK(*ok == 42);
    CHECK(ok.value() == 42);

    Result<QString> text = QStringLiteral("abc");
    CHECK(text->size() == 3);
    const QString moved = std::move(text).value();
    CHECK(moved == QStringLiteral("abc"));

    Result<int> bad = makeError(ErrorCode::NotFound, QStringLiteral("No NC-0001"));
    REQUIRE_FALSE(bad.ok());
    CHECK_FALSE(static_cast<bool>(bad));
    CHECK(bad.error().code == ErrorCode::NotFound);
    CHECK(bad.error().message == QStringLiteral("No NC-0001"));
    CHECK(bad.error().fields.isEmpty());
}

TEST_CASE("Status is ok unless it carries an error", "[result]") {
    Status fine;
    CHECK(fine.ok());
    Status refused = makeError(ErrorCode::Forbidden, QStringLiteral("no"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
}

TEST_CASE("Error describes its message and every field problem", "[result]") {
    const Error one = Error::invalid({{QStringLiteral("title"), QStringLiteral("Give a title")}});
    CHECK(one.code == ErrorCode::Invalid);
    CHECK(one.message == QStringLiteral("The record has a problem:"));
    CHECK(one.describe() == QStringLiteral("The record has a problem:\ntitle: Give a title"));

    const Error two = Error::invalid({{QStringLiteral("title"), QStringLiteral("Give a title")},
                                      {QString(), QStringLiteral("General problem")}});
    CHECK(two.message == QStringLiteral("The record has 2 problems:"));
    CHECK(two.describe() ==
          QStringLiteral("The record has 2 problems:\ntitle: Give a title\nGeneral problem"));

    const Error custom =
        Error::invalid({{QStringLiteral("x"), QStringLiteral("y")}}, QStringLiteral("Import row 4:"));
    CHECK(custom.message == QStringLiteral("Import row 4:"));

    CHECK(makeError(ErrorCode::Io, QString()).describe().isEmpty());
    CHECK(FieldError{QStringLiteral("a"), QStringLiteral("b")} ==
          FieldError{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("FixedClock gives a fixed time that tests can move", "[clock]") {
    FixedClock clock(utc(2026, 3, 10, 12, 0));
    CHECK(clock.nowUtc() == utc(2026, 3, 10, 12, 0));
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
    CHECK(clock.today() == day(2026, 3, 10));
    clock.advanceSecs(90);
    CHECK(clock.nowUtc() == utc(2026, 3, 10, 12, 1, 30));
    clock.set(utc(2027, 1, 1));
    CHECK(clock.today() == day(2027, 1, 1));

    // A local time given to the clock is kept as the same instant in UTC.
    const QDateTime plus2(day(2026, 3, 10), QTime(14, 0), QTimeZone(2 * 3600));
    clock.set(plus2);
    CHECK(clock.nowUtc() == utc(2026, 3, 10, 12, 0));

    SystemClock system;
    CHECK(system.nowUtc().isValid());
    CHECK(system.nowUtc().timeSpec() == Qt::UTC);
}
