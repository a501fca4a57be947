// Organisation details (name, address, logo) in the meta table: stored, audited, verified,
// refused for non-managers and for bad logos.

#include "StorageTestSupport.h"
#include "storage/OrganisationProfile.h"

using namespace qms;
using namespace qms::test;

namespace {

QByteArray tinyPng() {
    // A 1x1 PNG; the signature is all the storage layer looks at.
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

QByteArray tinySvg() {
    return QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
        "height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#135\"/></svg>");
}

} // namespace

TEST_CASE("organisation profile: the logo format comes from the content", "[organisation]") {
    CHECK(OrganisationProfile::logoFormat(tinyPng()) == "png");
    CHECK(OrganisationProfile::logoFormat(QByteArray("\xff\xd8\xff\xe0rest", 8)) == "jpeg");
    CHECK(OrganisationProfile::logoFormat(tinySvg()) == "svg");
    CHECK(OrganisationProfile::logoFormat("GIF89a....").isEmpty());
    CHECK(OrganisationProfile::logoFormat("plain text mentioning <svg later").isEmpty());
}

TEST_CASE("organisation profile: saved in the database and audited field by field", "[organisation]") {
    Fixture fx;
    const qint64 before = auditCount(fx.w());
    OrganisationProfile p = fx.w().organisationProfile();
    CHECK(p.name == "Acme");
    CHECK(p.address.isEmpty());
    CHECK(p.logo.isEmpty());

    p.address = QStringLiteral("Hafenstraße 12\n20457 Hamburg\nGermany");
    p.logo = tinyPng();
    REQUIRE_OK(fx.w().setOrganisationProfile(p));
    CHECK(auditCount(fx.w()) == before + 2); // address and logo; the name did not change

    auto trail = fx.w().audit().forRecord(QStringLiteral("meta:organisation"));
    REQUIRE_OK(trail);
    const AuditEntry& logo = trail->last();
    CHECK(logo.field == "logo");
    CHECK(logo.oldValue.isEmpty());
    CHECK(logo.newValue == p.logoSha256());
    CHECK(logo.user == "qm");

    // A copy handed to an auditor carries it.
    fx.close();
    auto reopened = fx.openAs(QStringLiteral("qm"), OpenMode::ReadOnly);
    CHECK(reopened->organisationProfile() == p);
    auto report = reopened->verify();
    REQUIRE_OK(report);
    CHECK(report->ok());
}

TEST_CASE("organisation profile: saving the same values writes nothing", "[organisation]") {
    Fixture fx;
    OrganisationProfile p = fx.w().organisationProfile();
    p.address = QStringLiteral("1 Main Street");
    REQUIRE_OK(fx.w().setOrganisationProfile(p));
    const qint64 count = auditCount(fx.w());
    p.address = QStringLiteral("  1 Main Street \n"); // trimmed before comparing
    REQUIRE_OK(fx.w().setOrganisationProfile(p));
    CHECK(auditCount(fx.w()) == count);
    // setOrganisation() keeps the address and logo.
    REQUIRE_OK(fx.w().setOrganisation(QStringLiteral("Acme Ltd")));
    CHECK(fx.w().organisationProfile().address == "1 Main Street");
    CHECK(fx.w().organisation() == "Acme Ltd");
}

TEST_CASE("organisation profile: only quality managers change it", "[organisation]") {
    Fixture fx;
    fx.addUser(QStringLiteral("eve"), Role::ProcessOwner);
    fx.addUser(QStringLiteral("aud"), Role::Auditor);
    for (const char* name : {"eve", "aud"}) {
        auto ws = fx.openAs(QString::fromLatin1(name));
        OrganisationProfile p = ws->organisationProfile();
        p.address = QStringLiteral("Elsewhere");
        INFO(name);
        REQUIRE_FALSE(ws->setOrganisationProfile(p).ok());
        CHECK(ws->organisationProfile().address.isEmpty());
    }
}

TEST_CASE("organisation profile: bad logos and empty names are refused", "[organisation]") {
    Fixture fx;
    const qint64 count = auditCount(fx.w());
    OrganisationProfile p = fx.w().organisationProfile();
    p.logo = QByteArray("GIF89a not allowed");
    REQUIRE_ERROR(fx.w().setOrganisationProfile(p), ErrorCode::Invalid);
    p.logo = tinyPng() + QByteArray(OrganisationProfile::MaxLogoBytes, '\0');
    auto tooBig = fx.w().setOrganisationProfile(p);
    REQUIRE_ERROR(tooBig, ErrorCode::Invalid);
    CHECK(hasField(tooBig.error(), QStringLiteral("logo")));
    p.logo = tinySvg();
    p.name = QStringLiteral("  ");
    auto noName = fx.w().setOrganisationProfile(p);
    REQUIRE_ERROR(noName, ErrorCode::Invalid);
    CHECK(hasField(noName.error(), QStringLiteral("organisation")));
    CHECK(auditCount(fx.w()) == count);
    CHECK(fx.w().organisationProfile().logo.isEmpty());
}

TEST_CASE("organisation profile: a logo swapped behind the app's back is found by verify", "[organisation]") {
    Fixture fx;
    OrganisationProfile p = fx.w().organisationProfile();
    p.logo = tinySvg();
    REQUIRE_OK(fx.w().setOrganisationProfile(p));
    fx.close();
    {
        RawDb raw(fx.path);
        REQUIRE(raw.isOpen());
        REQUIRE_SQL(raw, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'organisation.logo'")
                             .arg(QString::fromLatin1(tinyPng().toBase64())));
    }
    auto ws = fx.openAs(QStringLiteral("qm"), OpenMode::ReadOnly);
    auto report = ws->verify();
    REQUIRE_OK(report);
    REQUIRE_FALSE(report->ok());
    bool named = false;
    for (const AuditProblem& problem : report->problems)
        named = named || (problem.recordId == "meta:organisation" && problem.message.contains("logo"));
    CHECK(named);
}
