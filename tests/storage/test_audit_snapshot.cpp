#include "storage/AuditSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace qms;

namespace {

QByteArray viaQt(const FieldValues& values) {
    QJsonObject o;
    for (const auto& [k, v] : values)
        o.insert(k, v);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Text from every class the writer treats apart: ASCII, control characters, quote and
// backslash, two- and three-byte UTF-8, and characters outside the BMP (surrogate pairs).
QString randomText(QRandomGenerator& rng) {
    static const char16_t pool[] = {u'a',  u'Z',   u'0',   u' ',   u'"', u'\\', u'/', u'\n',
                                    u'\r', u'\t',  0x01,   0x08,   0x0c, 0x1f,  0x7f, u'é',
                                    u'ß',  0x20ac, 0x4e2d, 0xfffd, u'µ', u'{',  u'}'};
    QString s;
    const int n = int(rng.bounded(40));
    for (int i = 0; i < n; ++i) {
        if (rng.bounded(12) == 0) {
            s.append(QChar::fromUcs4(0x1F600 + rng.bounded(50))); // emoji: a surrogate pair
            continue;
        }
        s.append(QChar(pool[rng.bounded(int(std::size(pool)))]));
    }
    return s;
}

} // namespace

TEST_CASE("The audit snapshot is byte for byte what QJsonDocument writes", "[audit][snapshot]") {
    SECTION("a record's fields, keys out of order") {
        const FieldValues values{{QStringLiteral("title"), QStringLiteral("Bore \"Ø 12\" out of tolerance")},
                                 {QStringLiteral("status"), QStringLiteral("open")},
                                 {QStringLiteral("description"), QStringLiteral("Line 1\nLine 2\twith tab")},
                                 {QStringLiteral("actions"), QString()},
                                 {QStringLiteral("clauses"), QStringLiteral("8.7; 10.2")}};
        const QByteArray ours = auditSnapshotJson(values);
        CHECK(ours == viaQt(values));
        CHECK(ours.startsWith("{\"actions\":\"\",\"clauses\":\"8.7; 10.2\",\"description\""));
    }
    SECTION("empty") {
        CHECK(auditSnapshotJson({}) == viaQt({}));
        CHECK(auditSnapshotJson({}) == "{}");
    }
    SECTION("a repeated key keeps its last value, as QJsonObject does") {
        const FieldValues values{{QStringLiteral("b"), QStringLiteral("1")},
                                 {QStringLiteral("a"), QStringLiteral("2")},
                                 {QStringLiteral("b"), QStringLiteral("3")}};
        CHECK(auditSnapshotJson(values) == viaQt(values));
        CHECK(auditSnapshotJson(values) == "{\"a\":\"2\",\"b\":\"3\"}");
    }
    SECTION("2,000 random objects") {
        QRandomGenerator rng(20261125);
        for (int round = 0; round < 2000; ++round) {
            FieldValues values;
            const int fields = int(rng.bounded(8));
            for (int i = 0; i < fields; ++i)
                values.append({QStringLiteral("k%1").arg(rng.bounded(10)), randomText(rng)});
            INFO("round " << round);
            REQUIRE(auditSnapshotJson(values) == viaQt(values));
        }
    }
}
