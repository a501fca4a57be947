#include "PasswordHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <atomic>

namespace qms {
namespace {

constexpr auto Scheme = "pbkdf2-sha256";
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
// Refuses stored texts that would make verification trivial or hang the application.
constexpr int LowestAccepted = 1;
constexpr int HighestAccepted = 100000000;
std::atomic<int> newHashIterations{PasswordHash::DefaultIterations};

QByteArray passwordBytes(const QString& password) {
    // The same password typed on another system (composed or decomposed accents) hashes the same.
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

struct Parsed {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString& stored) {
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String(Scheme))
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts[1].toInt(&ok);
    if (!ok || p.iterations < LowestAccepted || p.iterations > HighestAccepted)
        return std::nullopt;
    const auto salt =
        QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key =
        QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != KeyBytes)
        return std::nullopt;
    p.salt = salt.decoded;
    p.key = key.decoded;
    return p;
}

} // namespace

QByteArray PasswordHash::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                      int length) {
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha256, password);
    QByteArray out;
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray index(4, '\0');
        index[0] = char(block >> 24);
        index[1] = char(block >> 16);
        index[2] = char(block >> 8);
        index[3] = char(block);
        hmac.reset();
        hmac.addData(salt);
        hmac.addData(index);
        QByteArray u = hmac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        out += t;
    }
    return out.left(length);
}

bool PasswordHash::constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

void PasswordHash::setNewHashIterationsForTesting(int iterations) {
    newHashIterations = std::clamp(iterations, LowestAccepted, HighestAccepted);
}

QString PasswordHash::create(const QString& password, int iterations) {
    if (iterations <= 0)
        iterations = newHashIterations;
    QByteArray salt(SaltBytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / 4);
    const QByteArray key = pbkdf2Sha256(passwordBytes(password), salt, iterations, KeyBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(Scheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHash::verify(const QString& password, const QString& stored) {
    const auto p = parse(stored);
    if (!p || password.isEmpty())
        return false;
    return constantTimeEquals(pbkdf2Sha256(passwordBytes(password), p->salt, p->iterations, KeyBytes),
                              p->key);
}

std::optional<int> PasswordHash::iterations(const QString& stored) {
    const auto p = parse(stored);
    if (!p)
        return std::nullopt;
    return p->iterations;
}

QString PasswordHash::fingerprint(const QString& stored) {
    if (stored.isEmpty())
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("qmsdesk password fingerprint"));
    h.addData(QByteArrayView("\0", 1));
    h.addData(stored.toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

QString PasswordHash::weakness(const QString& password) {
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("qms::PasswordHash", "The password is empty.");
    if (password.size() < MinimumLength)
        return QCoreApplication::translate("qms::PasswordHash", "A password needs at least %1 characters.")
            .arg(MinimumLength);
    if (password.contains(QLatin1Char('\n')) || password.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("qms::PasswordHash", "A password cannot hold a line break.");
    return {};
}

} // namespace qms
