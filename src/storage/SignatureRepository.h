#pragma once

#include "domain/Result.h"
#include "domain/Signature.h"

#include <QList>
#include <QString>
#include <optional>

namespace qms {

class Workspace;
struct AuditEntry;

// Electronic signatures on approvals. A signature is written as an audit entry (action
// "signature", field "signature", the details as JSON in the new value) in the same transaction
// as the status change it approves, so it is covered by the hash chain: altering or deleting it
// breaks verification.
//
// The rule, in one place: a signer who has a password must re-enter it; a signer without one is
// refused when the database requires signatures, and otherwise approves unsigned (as before
// passwords existed).
// Who could approve unsigned: the active users who may approve (every role but auditor), and how
// many of them have a password, so that their approvals are signed.
struct ApproverPasswords {
    int approvers = 0;
    int withPassword = 0;
    int without() const { return approvers - withPassword; }
};

class SignatureRepository final {
public:
    explicit SignatureRepository(Workspace& ws)
        : m_ws(ws) {}

    Result<QList<Signature>> forRecord(const QString& recordId) const;
    Result<QList<Signature>> list() const; // every signature, oldest first

    // Whether this database requires a signature (and so a password) for every approval.
    bool required() const;
    Result<ApproverPasswords> approverPasswords() const;
    Status setRequired(bool on); // quality managers only; audited

    // Inside the approving write transaction: checks the acting user's re-entered password and
    // returns the audit entry to append, or nullopt for an allowed unsigned approval.
    Result<std::optional<AuditEntry>> sign(SignatureMeaning meaning, const QString& recordId,
                                           const QString& revision, const QString& state, int recordVersion,
                                           const std::optional<QString>& password) const;

private:
    Result<QList<Signature>> query(const QString& recordId) const;

    Workspace& m_ws;
};

} // namespace qms
