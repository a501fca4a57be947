#include "SignatureRepository.h"

#include "AuditTrail.h"
#include "AuditedSetting.h"
#include "Database.h"
#include "UserRepository.h"
#include "Workspace.h"
#include "domain/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::SignatureRepository)
};

const QString RequiredKey = QStringLiteral("signatures_required");

} // namespace

Result<QList<Signature>> SignatureRepository::query(const QString& recordId) const {
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (recordId.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT seq, at, record_id, new_value FROM audit_log WHERE action = 'signature' ORDER BY seq"));
    } else {
        q.prepare(
            QStringLiteral("SELECT seq, at, record_id, new_value FROM audit_log WHERE record_id = ? AND "
                           "field = 'signature' AND action = 'signature' ORDER BY seq"));
        q.addBindValue(recordId);
    }
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading the signatures"));
    QList<Signature> out;
    while (q.next()) {
        auto s = Signature::fromJson(q.value(3).toString());
        if (!s)
            continue; // verification reports an altered entry; it is no signature
        s->seq = q.value(0).toLongLong();
        s->at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        s->recordId = q.value(2).toString();
        out << *s;
    }
    return out;
}

Result<QList<Signature>> SignatureRepository::forRecord(const QString& recordId) const {
    if (recordId.isEmpty())
        return QList<Signature>();
    return query(recordId);
}

Result<QList<Signature>> SignatureRepository::list() const {
    return query({});
}

bool SignatureRepository::required() const {
    return m_ws.database().metaValue(RequiredKey) == QLatin1String("yes");
}

Result<ApproverPasswords> SignatureRepository::approverPasswords() const {
    auto users = m_ws.users().list();
    if (!users)
        return users.error();
    ApproverPasswords out;
    for (const User& u : std::as_const(*users))
        if (u.active && u.role != Role::Auditor) {
            ++out.approvers;
            out.withPassword += u.hasPassword ? 1 : 0;
        }
    return out;
}

Status SignatureRepository::setRequired(bool on) {
    if (auto s = Permissions::canManageUsers(m_ws.user()); !s)
        return s;
    const QString old = m_ws.database().metaValue(RequiredKey);
    const QString value = on ? QStringLiteral("yes") : QStringLiteral("no");
    if (old == value || (old.isEmpty() && !on))
        return {};
    return writeAuditedSetting(m_ws, RequiredKey, QStringLiteral("required"), value);
}

Result<std::optional<AuditEntry>> SignatureRepository::sign(SignatureMeaning meaning, const QString& recordId,
                                                            const QString& revision, const QString& state,
                                                            int recordVersion,
                                                            const std::optional<QString>& password) const {
    const User& signer = m_ws.user();
    // Read again: the password may have been changed in another session since this one opened.
    auto stored = m_ws.users().passwordHash(signer.name);
    if (!stored)
        return stored.error();
    const QString what = QStringLiteral("%1 (%2)").arg(recordId, inSentence(signatureMeaningLabel(meaning)));
    if (stored->isEmpty()) {
        if (required())
            return makeError(
                ErrorCode::Forbidden,
                Tr::tr("%1 needs an electronic signature, and signing needs a password: set "
                       "yours first (Tools > Set My Password, or qmsdesk-cli users set-password).")
                    .arg(what));
        if (password && !password->isEmpty())
            return makeError(ErrorCode::Unauthenticated,
                             Tr::tr("You have no password to sign %1 with: set one first.").arg(what));
        return std::optional<AuditEntry>();
    }
    if (!password || password->isEmpty())
        return makeError(
            ErrorCode::SignatureNeeded,
            Tr::tr("%1 needs your electronic signature: re-enter your password to sign it.").arg(what));
    if (!m_ws.users().checkPassword(signer.name, *password))
        return makeError(ErrorCode::Unauthenticated,
                         Tr::tr("The password is wrong: %1 was not signed and nothing was saved.").arg(what));
    Signature sig;
    sig.userName = signer.name;
    sig.printedName = signer.printedName();
    sig.meaning = meaning;
    sig.recordId = recordId;
    sig.revision = revision;
    sig.state = state;
    sig.recordVersion = recordVersion;
    AuditEntry e;
    e.recordId = recordId;
    e.action = QStringLiteral("signature");
    e.field = QStringLiteral("signature");
    e.newValue = sig.toJson();
    e.reason = signatureMeaningText(meaning);
    return std::optional<AuditEntry>(e);
}

} // namespace qms
