#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <array>
#include <optional>

struct evp_md_ctx_st;
struct evp_md_st;

namespace qms {

// SHA-256 of the audit chain's canonical row form, through OpenSSL's libcrypto (which uses the
// CPU's SHA extensions; Qt's QCryptographicHash is portable C). The digest is standard SHA-256,
// so the values equal those QCryptographicHash gave: existing trails verify unchanged.
// One hasher per thread; reusable row after row.
class AuditHasher final {
public:
    AuditHasher();
    ~AuditHasher();
    AuditHasher(const AuditHasher&) = delete;
    AuditHasher& operator=(const AuditHasher&) = delete;

    // Hashes one row: prev_hash, seq, then at, user, record_id, action, field, old_value,
    // new_value, reason, each as "<length>:<bytes>" (see docs/security.md).
    QByteArrayView row(QByteArrayView prevHash, qint64 seq, const std::array<QByteArrayView, 8>& columns);
    // Plain SHA-256 of `data` (for tests holding libcrypto against QCryptographicHash).
    QByteArrayView digest(QByteArrayView data);

    static QByteArray toHex(QByteArrayView digest);
    // Compares a binary digest with its stored lowercase hex text without building strings.
    static bool hexEquals(QByteArrayView digest, QByteArrayView hex);

private:
    void begin();
    void add(QByteArrayView data);
    void addField(QByteArrayView value);
    QByteArrayView end();

    evp_md_ctx_st* m_ctx;
    evp_md_st* m_md;
    std::array<unsigned char, 32> m_digest{};
    std::optional<QCryptographicHash> m_fallback;
};

} // namespace qms
