#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace qms {

// Salted, slow password hashes: PBKDF2-HMAC-SHA256 with a per-user random salt. The stored text
// names the scheme and carries its own iteration count, so the count can be raised later without
// breaking passwords set earlier:
//   pbkdf2-sha256$310000$<salt, base64>$<derived key, base64>
// Only Qt Core is used (QMessageAuthenticationCode, QRandomGenerator::system()).
class PasswordHash {
public:
    // About one second on a 2020s desktop core: slow enough to make guessing expensive, fast
    // enough for opening a file and signing an approval.
    static constexpr int DefaultIterations = 310000;
    static constexpr int MinimumLength = 8;

    // A new hash of `password` with a fresh random salt, made with `iterations` (0: the count
    // for new hashes, DefaultIterations unless lowered for tests).
    static QString create(const QString& password, int iterations = 0);
    // Lowers the count for new hashes in this process: for tests only, which would otherwise
    // spend seconds per password. Stored hashes always verify with their own stored count.
    static void setNewHashIterationsForTesting(int iterations);
    // Recomputes with the stored salt and count and compares in constant time. False for a
    // malformed stored text or an empty password.
    static bool verify(const QString& password, const QString& stored);
    // The iteration count a stored hash was made with; nullopt when it is not one of ours.
    static std::optional<int> iterations(const QString& stored);
    static bool isWellFormed(const QString& stored) { return iterations(stored).has_value(); }
    // A short digest of the stored hash for the audit trail: it shows that a password changed and
    // lets verification notice a hash replaced behind the application's back, without putting
    // the hash (or anything that helps guess the password) into exports of the trail.
    static QString fingerprint(const QString& stored);
    // Why `password` is not acceptable as a new password (empty when it is).
    static QString weakness(const QString& password);

    // RFC 8018 PBKDF2 with HMAC-SHA256 (public for the RFC 7914 test vectors).
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                   int length);
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

} // namespace qms
