#include "DomainTestSupport.h"
#include "domain/Permissions.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

User user(const char* name, Role role, bool active = true) {
    User u;
    u.name = QString::fromLatin1(name);
    u.role = role;
    u.active = active;
    return u;
}

const User qm = user("quentin", Role::QualityManager);
const User owner = user("olga", Role::ProcessOwner);
const User otherOwner = user("paul", Role::ProcessOwner);
const User auditor = user("audrey", Role::Auditor);

Document doc(const char* ownerName) {
    Document d;
    d.meta.id = QStringLiteral("DOC-0001");
    d.owner = QString::fromLatin1(ownerName);
    return d;
}
Process process(const char* ownerName) {
    Process p;
    p.meta.id = QStringLiteral("PRC-0001");
    p.owner = QString::fromLatin1(ownerName);
    return p;
}
Nonconformity nc(const char* responsible, const char* reportedBy) {
    Nonconformity n;
    n.meta.id = QStringLiteral("NC-0001");
    n.responsible = QString::fromLatin1(responsible);
    n.reportedBy = QString::fromLatin1(reportedBy);
    return n;
}
CorrectiveAction action(const char* ownerName) {
    CorrectiveAction c;
    c.meta.id = QStringLiteral("CA-0001");
    c.owner = QString::fromLatin1(ownerName);
    return c;
}

// Every permission check for `u`, on records `u` owns.
QList<std::pair<const char*, Status>> everyCheck(const User& u) {
    const char* n = "audrey";
    if (u.name == QLatin1String("quentin"))
        n = "quentin";
    return {{"canWrite", Permissions::canWrite(u)},
            {"canEdit document", Permissions::canEdit(u, doc(n))},
            {"canEdit process", Permissions::canEdit(u, process(n))},
            {"canEdit nonconformity", Permissions::canEdit(u, nc(n, n))},
            {"canEdit action", Permissions::canEdit(u, action(n))},
            {"canRelease", Permissions::canRelease(u, doc(n))},
            {"canCloseNc", Permissions::canCloseNc(u)},
            {"canManageUsers", Permissions::canManageUsers(u)},
            {"canEditApplicability", Permissions::canEditApplicability(u)},
            {"canImport", Permissions::canImport(u)}};
}

void checkForbidden(const Status& s, const char* mustMention = nullptr) {
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Forbidden);
    CHECK_FALSE(s.error().message.isEmpty());
    if (mustMention)
        CHECK(s.error().message.contains(QString::fromLatin1(mustMention)));
}

} // namespace

TEST_CASE("Auditors are refused every write, even on records in their name", "[permissions]") {
    for (const auto& [what, status] : everyCheck(auditor)) {
        INFO(what);
        checkForbidden(status, "auditor");
    }
    CHECK_FALSE(Permissions::isQualityManager(auditor));
}

TEST_CASE("Quality managers may do everything", "[permissions]") {
    for (const auto& [what, status] : everyCheck(qm)) {
        INFO(what);
        CHECK(status.ok());
    }
    // ... including records owned by someone else.
    CHECK(Permissions::canEdit(qm, doc("olga")).ok());
    CHECK(Permissions::canEdit(qm, process("paul")).ok());
    CHECK(Permissions::canEdit(qm, nc("olga", "paul")).ok());
    CHECK(Permissions::canEdit(qm, action("")).ok());
    CHECK(Permissions::isQualityManager(qm));
}

TEST_CASE("Process owners edit their own records only", "[permissions]") {
    CHECK(Permissions::canWrite(owner).ok());

    CHECK(Permissions::canEdit(owner, doc("olga")).ok());
    CHECK(Permissions::canEdit(owner, doc("OLGA")).ok()); // names compare case-insensitively
    CHECK(Permissions::canEdit(owner, process("olga")).ok());
    CHECK(Permissions::canEdit(owner, action("olga")).ok());
    CHECK(Permissions::canEdit(owner, nc("olga", "ingrid")).ok()); // responsible
    CHECK(Permissions::canEdit(owner, nc("paul", "olga")).ok());   // reported it

    const Status d = Permissions::canEdit(owner, doc("paul"));
    checkForbidden(d, "DOC-0001");
    CHECK(d.error().message.contains(QStringLiteral("olga")));
    checkForbidden(Permissions::canEdit(owner, process("paul")), "PRC-0001");
    checkForbidden(Permissions::canEdit(owner, nc("paul", "ingrid")), "NC-0001");
    checkForbidden(Permissions::canEdit(owner, action("paul")), "CA-0001");
    checkForbidden(Permissions::canEdit(owner, action("")), "CA-0001");
    checkForbidden(Permissions::canEdit(owner, doc("olgaf")));

    Document unsaved = doc("paul");
    unsaved.meta.id.clear();
    checkForbidden(Permissions::canEdit(owner, unsaved), "this record");

    CHECK(Permissions::canEdit(otherOwner, doc("paul")).ok());
    checkForbidden(Permissions::canEdit(otherOwner, doc("olga")));
    CHECK_FALSE(Permissions::isQualityManager(owner));
}

TEST_CASE("Only quality managers release, close, manage users, set applicability, import", "[permissions]") {
    checkForbidden(Permissions::canRelease(owner, doc("olga")), "quality manager");
    checkForbidden(Permissions::canCloseNc(owner), "quality manager");
    checkForbidden(Permissions::canManageUsers(owner), "manage users");
    checkForbidden(Permissions::canEditApplicability(owner), "quality manager");
    checkForbidden(Permissions::canImport(owner), "import");

    CHECK(Permissions::canRelease(qm, doc("olga")).ok());
    CHECK(Permissions::canCloseNc(qm).ok());
    CHECK(Permissions::canManageUsers(qm).ok());
    CHECK(Permissions::canEditApplicability(qm).ok());
    CHECK(Permissions::canImport(qm).ok());
}

TEST_CASE("Deactivated users are refused whatever their role", "[permissions]") {
    for (Role role : enumValues<Role>()) {
        User u = user("quentin", role, false);
        INFO(enumKey(role).toStdString());
        for (const auto& [what, status] : everyCheck(u)) {
            INFO(what);
            checkForbidden(status);
        }
        CHECK_FALSE(Permissions::isQualityManager(u));
    }
    User inactiveQm = user("quentin", Role::QualityManager, false);
    checkForbidden(Permissions::canWrite(inactiveQm), "deactivated");
    checkForbidden(Permissions::canEdit(inactiveQm, doc("quentin")), "deactivated");
}

TEST_CASE("User printed name falls back to the login name", "[permissions]") {
    User u = user("olga", Role::ProcessOwner);
    CHECK(u.printedName() == QStringLiteral("olga"));
    u.displayName = QStringLiteral("Olga Lindqvist");
    CHECK(u.printedName() == QStringLiteral("Olga Lindqvist"));
}
