// Password hashes: PBKDF2-HMAC-SHA256 against the RFC 7914 test vectors, the stored format with
// its iteration count and salt, and refusal of wrong passwords and malformed stored texts.

#include "DomainTestSupport.h"
#include "domain/PasswordHash.h"

using namespace qms;

TEST_CASE("PasswordHash: PBKDF2-HMAC-SHA256 matches the RFC 7914 test vectors") {
    // RFC 7914, section 11.
    CHECK(PasswordHash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex() ==
          QByteArray(
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77e"
              "f317c71b845b1e30bd509112041d3a19783"));
    CHECK(PasswordHash::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex() ==
          QByteArray(
              "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b"
              "3176a272bdebba1d078478f62b397f33c8d"));
}

TEST_CASE("PasswordHash: the stored text names the scheme, the iteration count and a random salt") {
    const QString a = PasswordHash::create(QStringLiteral("correct horse"), 1000);
    const QStringList parts = a.split(QLatin1Char('$'));
    REQUIRE(parts.size() == 4);
    CHECK(parts[0] == QStringLiteral("pbkdf2-sha256"));
    CHECK(parts[1] == QStringLiteral("1000"));
    CHECK(QByteArray::fromBase64(parts[2].toLatin1()).size() == 16);
    CHECK(QByteArray::fromBase64(parts[3].toLatin1()).size() == 32);
    CHECK(PasswordHash::iterations(a) == 1000);
    CHECK_FALSE(a.contains(QStringLiteral("correct horse")));

    // The same password twice: different salts, different hashes, both verify.
    const QString b = PasswordHash::create(QStringLiteral("correct horse"), 1000);
    CHECK(a != b);
    CHECK(PasswordHash::verify(QStringLiteral("correct horse"), a));
    CHECK(PasswordHash::verify(QStringLiteral("correct horse"), b));

    // The default is the slow one, and it is what gets stored.
    const QString slow = PasswordHash::create(QStringLiteral("correct horse"));
    CHECK(PasswordHash::iterations(slow) == PasswordHash::DefaultIterations);
    CHECK(PasswordHash::DefaultIterations >= 310000);
}

TEST_CASE("PasswordHash: wrong passwords and malformed stored texts are refused") {
    const QString stored = PasswordHash::create(QStringLiteral("correct horse"), 1000);
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("Correct horse"), stored));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("correct horse "), stored));
    CHECK_FALSE(PasswordHash::verify(QString(), stored));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("correct horse"), QString()));

    // The iteration count is part of what is checked: lowering it in the stored text fails.
    QString lowered = stored;
    lowered.replace(QStringLiteral("$1000$"), QStringLiteral("$999$"));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("correct horse"), lowered));

    for (const QString& bad :
         {QStringLiteral("correct horse"), QStringLiteral("pbkdf2-sha256$0$AAAA$AAAA"),
          QStringLiteral("md5$1000$c2FsdA==$AAAA"), QStringLiteral("pbkdf2-sha256$1000$!!$??"),
          QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$c2hvcnQ=")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(PasswordHash::isWellFormed(bad));
        CHECK_FALSE(PasswordHash::verify(QStringLiteral("correct horse"), bad));
    }
}

TEST_CASE("PasswordHash: accents typed composed or decomposed are the same password") {
    const QString composed = QStringLiteral("caf\u00e9 cr\u00e8me");
    const QString decomposed = QStringLiteral("cafe\u0301 cre\u0300me");
    CHECK(PasswordHash::verify(decomposed, PasswordHash::create(composed, 1000)));
}

TEST_CASE("PasswordHash: weak passwords, constant-time comparison and fingerprints") {
    CHECK_FALSE(PasswordHash::weakness(QString()).isEmpty());
    CHECK_FALSE(PasswordHash::weakness(QStringLiteral("short")).isEmpty());
    CHECK_FALSE(PasswordHash::weakness(QStringLiteral("two\nlines here")).isEmpty());
    CHECK(PasswordHash::weakness(QStringLiteral("long enough")).isEmpty());

    CHECK(PasswordHash::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(PasswordHash::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(PasswordHash::constantTimeEquals("abc", "abcd"));

    const QString a = PasswordHash::create(QStringLiteral("correct horse"), 1000);
    const QString b = PasswordHash::create(QStringLiteral("correct horse"), 1000);
    CHECK(PasswordHash::fingerprint(QString()).isEmpty());
    CHECK(PasswordHash::fingerprint(a).size() == 16);
    CHECK(PasswordHash::fingerprint(a) != PasswordHash::fingerprint(b));
    CHECK_FALSE(a.contains(PasswordHash::fingerprint(a)));
}
