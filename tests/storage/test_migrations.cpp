// Schema migrations: a new file gets the latest schema; a file of every older version upgrades
// to exactly the schema a new file has; a failing upgrade leaves the file as it was.

#include "StorageTestSupport.h"
#include "storage/Migrations.h"

using namespace qms;
using namespace qms::test;

namespace {

// name -> SQL of every table, index and trigger (the FTS shadow tables included).
QMap<QString, QString> schemaOf(const QString& path) {
    RawDb raw(path, true);
    QSqlQuery q(raw.db());
    QMap<QString, QString> out;
    if (!q.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

int pragmaInt(const QString& path, const char* pragma) {
    RawDb raw(path, true);
    return raw.scalar(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(pragma))).toInt();
}

// A file at schema `version` built from the migration steps themselves, as an older QMS Desk
// would have left it.
void buildFileAtVersion(const QString& path, int version) {
    RawDb raw(path);
    REQUIRE(raw.isOpen());
    for (int v = 1; v <= version; ++v) {
        const QStringList sql = Migrations::statements(v);
        REQUIRE_FALSE(sql.isEmpty());
        for (const QString& s : sql)
            REQUIRE_SQL(raw, s);
    }
    REQUIRE_SQL(raw, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace

TEST_CASE("Migrations: a new file gets the latest schema, version and application id") {
    REQUIRE(Migrations::latestVersion() == Database::SchemaVersion);
    REQUIRE(Migrations::latestVersion() >= 1);
    CHECK(Migrations::statements(0).isEmpty());
    CHECK(Migrations::statements(Migrations::latestVersion() + 1).isEmpty());

    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("new.qms"));
    {
        auto db = Database::create(path);
        REQUIRE_OK(db);
        CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    }
    CHECK(pragmaInt(path, "user_version") == Migrations::latestVersion());
    CHECK(pragmaInt(path, "application_id") == Database::ApplicationId);

    // Creating from empty is the same as running every step by hand.
    const QString byHand = dir.filePath(QStringLiteral("by-hand.qms"));
    buildFileAtVersion(byHand, Migrations::latestVersion());
    CHECK(schemaOf(path) == schemaOf(byHand));
    CHECK(schemaOf(path).contains(QStringLiteral("audit_log")));
    CHECK(schemaOf(path).contains(QStringLiteral("search_index")));
}

TEST_CASE("Migrations: a review connection reads an older file through temporary views and tables only") {
    // Step 1 makes tables: nothing can stand in for it without changing the file.
    CHECK_FALSE(Migrations::reviewStatements(1).has_value());
    CHECK_FALSE(Migrations::reviewStatements(Migrations::latestVersion() + 1).has_value());
    for (int v = 2; v <= Migrations::latestVersion(); ++v) {
        const auto review = Migrations::reviewStatements(v);
        REQUIRE(review.has_value());
        for (const QString& sql : *review)
            CHECK((sql.startsWith(QLatin1String("CREATE TEMP VIEW ")) ||
                   sql.startsWith(QLatin1String("CREATE TEMP TABLE "))));
    }
}

TEST_CASE("Migrations: every older schema upgrades step by step to the latest") {
    TempDir dir;
    const QString reference = dir.filePath(QStringLiteral("reference.qms"));
    REQUIRE_OK(Database::create(reference));
    const QMap<QString, QString> latest = schemaOf(reference);

    // With schema 1 as the only version there is nothing older than the previous release; every
    // later step is checked here on a file built at the version before it.
    for (int v = 2; v <= Migrations::latestVersion(); ++v) {
        DYNAMIC_SECTION("from schema " << v - 1) {
            const QString path = dir.filePath(QStringLiteral("v%1.qms").arg(v - 1));
            buildFileAtVersion(path, v - 1);
            const QMap<QString, QString> before = schemaOf(path);
            {
                // Opened for review, an older file is read as the latest schema and left as it is.
                auto ro = Database::open(path, OpenMode::ReadOnly);
                REQUIRE_OK(ro);
                CHECK((*ro)->schemaVersion() == v - 1);
                if (v == 2) {
                    QSqlQuery q((*ro)->connection());
                    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM signatures")));
                }
            }
            CHECK(pragmaInt(path, "user_version") == v - 1);
            CHECK(schemaOf(path) == before);
            {
                auto db = Database::open(path);
                REQUIRE_OK(db);
                CHECK((*db)->schemaVersion() == Migrations::latestVersion());
            }
            CHECK(pragmaInt(path, "user_version") == Migrations::latestVersion());
            CHECK(pragmaInt(path, "application_id") == Database::ApplicationId);
            CHECK(schemaOf(path) == latest);
        }
    }
    SUCCEED("checked " << Migrations::latestVersion() - 1 << " upgrade step(s)");
}

TEST_CASE("Migrations: a failing upgrade rolls back and leaves the schema as it was") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("half.qms"));
    {
        // Our application id but schema 0 and a table in the way of step 1.
        RawDb raw(path);
        REQUIRE_SQL(raw, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        REQUIRE_SQL(raw, QStringLiteral("CREATE TABLE users(x)"));
    }
    const QMap<QString, QString> before = schemaOf(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("schema 1")));
    CHECK(schemaOf(path) == before);
    CHECK(pragmaInt(path, "user_version") == 0);
}

TEST_CASE("Migrations: reopening a current file changes nothing") {
    Fixture f;
    REQUIRE_OK(f.w().nonconformities().create(sampleNc(f.w())));
    f.close();
    const QMap<QString, QString> before = schemaOf(f.path);
    auto again = f.openAs(QStringLiteral("qm"));
    CHECK(again->database().schemaVersion() == Migrations::latestVersion());
    again.reset();
    CHECK(schemaOf(f.path) == before);
}
