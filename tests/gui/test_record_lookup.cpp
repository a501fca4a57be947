// Opening a record by id (Ctrl+G): the id is made canonical, an unknown one is named, a text that
// is no id lists the prefixes every declared kind uses.
#include "editors/RecordLookup.h"
#include "test_editors_support.h"

using namespace qms;
using namespace qms::gui;
using namespace qms::test::editors;

TEST_CASE("Record lookup: ids resolve to stored records, unknown ones are named", "[gui][lookup]") {
    EditorFixture f;
    const QString nc = f.makeNc();
    auto found = resolveRecordId(*f.ws, QStringLiteral("  nc-1 "));
    REQUIRE(found.ok());
    CHECK(*found == nc);

    auto missing = resolveRecordId(*f.ws, QStringLiteral("NC-9999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message == QStringLiteral("No record NC-9999 in this file."));

    auto garbage = resolveRecordId(*f.ws, QStringLiteral("the torque one"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == ErrorCode::Invalid);
    for (const KindDecl* d : kindDecls())
        CHECK(garbage.error().message.contains(QStringLiteral("%1-0001").arg(QLatin1String(d->prefix))));
}
