// The audit chain's SHA-256 through libcrypto must give exactly what QCryptographicHash gave:
// every hash already stored in a database has to verify unchanged.

#include "StorageTestSupport.h"
#include "storage/AuditHasher.h"
#include "storage/AuditReplay.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace qms;
using namespace qms::test;

namespace {

// The canonical form of docs/security.md, spelled out independently of AuditHasher.
QByteArray canonical(const QByteArray& prev, qint64 seq, const QList<QByteArray>& columns) {
    QByteArray out;
    const auto field = [&out](const QByteArray& v) {
        out += QByteArray::number(v.size()) + ':' + v;
    };
    field(prev);
    field(QByteArray::number(seq));
    for (const QByteArray& c : columns)
        field(c);
    return out;
}

AuditEntry sampleEntry() {
    AuditEntry e;
    e.seq = 1;
    e.at = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    e.user = QStringLiteral("alice");
    e.recordId = QStringLiteral("NC-0001");
    e.action = QStringLiteral("update");
    e.field = QStringLiteral("status");
    e.oldValue = QStringLiteral("Open");
    e.newValue = QStringLiteral("Closed — geprüft");
    e.reason = QStringLiteral("Prüfung abgeschlossen; ok");
    return e;
}

} // namespace

TEST_CASE("Audit hash: libcrypto and QCryptographicHash agree on the canonical row") {
    const AuditEntry e = sampleEntry();
    const QString prev(64, QLatin1Char('a'));
    const QByteArray input = canonical(prev.toUtf8(), e.seq,
                                       {QByteArrayLiteral("2026-03-10T09:00:00.000Z"), e.user.toUtf8(),
                                        e.recordId.toUtf8(), e.action.toUtf8(), e.field.toUtf8(),
                                        e.oldValue.toUtf8(), e.newValue.toUtf8(), e.reason.toUtf8()});
    const QString byQt =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    const QString byTrail = AuditTrail::computeHash(e, prev);
    CHECK(byTrail == byQt);
    // Pinned, so a change of the canonical form itself cannot pass unnoticed either.
    CHECK(byTrail == QStringLiteral("c63b2bd069f3e16e7d98ba8efffd4a483f59e7f872576d86d6d19b9df2e9a65e"));

    AuditEntry other = e;
    other.newValue = QStringLiteral("Closed");
    CHECK(AuditTrail::computeHash(other, prev) != byTrail);
}

TEST_CASE("Audit hash: plain digests equal Qt's for every length around the block size") {
    AuditHasher hasher;
    QByteArray data;
    for (int n = 0; n <= 300; ++n) {
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        INFO("length " << n);
        REQUIRE(hasher.digest(data).toByteArray() == expected);
        REQUIRE(AuditHasher::hexEquals(hasher.digest(data), expected.toHex()));
        data += char(n * 7 + 1);
    }
    CHECK_FALSE(AuditHasher::hexEquals(hasher.digest("x"), QByteArray(64, '0')));
}

TEST_CASE("Audit hash: snapshots are read as QJsonDocument reads them") {
    const auto read = [](const QByteArray& json) {
        ReplayFields f;
        parseSnapshot(json, f);
        f.seal();
        return f;
    };
    QJsonObject o{{QStringLiteral("title"), QStringLiteral("Riss \"A\" — 10\\2\n\ttab")},
                  {QStringLiteral("emoji"), QStringLiteral("ok \U0001F600 \u0001")},
                  {QStringLiteral("empty"), QString()}};
    const ReplayFields fast = read(QJsonDocument(o).toJson(QJsonDocument::Compact));
    for (auto it = o.begin(); it != o.end(); ++it)
        CHECK(fast.value(it.key().toUtf8()).toByteArray() == it.value().toString().toUtf8());
    CHECK(fast.value("missing").isEmpty());

    // Escapes QJsonDocument does not write, and values that are not text (read as empty text).
    const ReplayFields escaped = read(R"({ "a" : "\u00e4\/\ud83d\ude00" , "n": 5, "b": "x" })");
    CHECK(escaped.value("a").toByteArray() == QStringLiteral("ä/\U0001F600").toUtf8());
    CHECK(escaped.value("n").isEmpty());
    CHECK(escaped.value("b").toByteArray() == "x");
    CHECK(read("not json").value("a").isEmpty());
}
