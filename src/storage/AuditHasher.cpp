#include "AuditHasher.h"

#include <charconv>
#include <openssl/evp.h>

namespace qms {

AuditHasher::AuditHasher()
    : m_ctx(EVP_MD_CTX_new())
    , m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)) {
    // Fetched once: EVP_sha256() would look the implementation up again on every row. Should
    // libcrypto have no SHA-256 (a broken provider configuration), Qt's gives the same digest.
    if (!m_ctx || !m_md)
        m_fallback.emplace(QCryptographicHash::Sha256);
}

AuditHasher::~AuditHasher() {
    EVP_MD_free(m_md);
    EVP_MD_CTX_free(m_ctx);
}

void AuditHasher::begin() {
    if (m_fallback)
        m_fallback->reset();
    else if (EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1)
        m_fallback.emplace(QCryptographicHash::Sha256);
}

void AuditHasher::add(QByteArrayView data) {
    if (m_fallback)
        m_fallback->addData(data);
    else if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

void AuditHasher::addField(QByteArrayView value) {
    // Length-prefixed, so no choice of separator characters inside values can collide.
    char prefix[24];
    char* e = std::to_chars(prefix, prefix + sizeof prefix - 1, value.size()).ptr;
    *e++ = ':';
    add(QByteArrayView(prefix, e - prefix));
    add(value);
}

QByteArrayView AuditHasher::end() {
    if (!m_fallback) {
        unsigned int n = 0;
        if (EVP_DigestFinal_ex(m_ctx, m_digest.data(), &n) == 1 && n == m_digest.size())
            return QByteArrayView(reinterpret_cast<const char*>(m_digest.data()), qsizetype(n));
        // Cannot happen with a fetched SHA-256; if it does, a wrong digest must not be returned.
        qFatal("libcrypto's SHA-256 failed");
    }
    return m_fallback->resultView();
}

QByteArrayView AuditHasher::row(QByteArrayView prevHash, qint64 seq,
                                const std::array<QByteArrayView, 8>& columns) {
    begin();
    addField(prevHash);
    char number[24];
    const auto e = std::to_chars(number, number + sizeof number, seq).ptr;
    addField(QByteArrayView(number, e - number));
    for (QByteArrayView c : columns)
        addField(c);
    return end();
}

QByteArrayView AuditHasher::digest(QByteArrayView data) {
    begin();
    add(data);
    return end();
}

QByteArray AuditHasher::toHex(QByteArrayView digest) {
    return digest.toByteArray().toHex();
}

bool AuditHasher::hexEquals(QByteArrayView digest, QByteArrayView hex) {
    static constexpr char digits[] = "0123456789abcdef";
    if (hex.size() != digest.size() * 2)
        return false;
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto b = static_cast<unsigned char>(digest[i]);
        if (hex[2 * i] != digits[b >> 4] || hex[2 * i + 1] != digits[b & 15])
            return false;
    }
    return true;
}

} // namespace qms
