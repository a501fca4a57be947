#pragma once

#include "Records.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace qms {

// The approvals that carry an electronic signature, and what the signer means by it.
enum class SignatureMeaning {
    DocumentRelease,       // "Approved for release"
    NcClosure,             // "Closure approved"
    EffectivenessVerified, // a corrective action verified effective
    VerifiedIneffective,   // a corrective action verified not effective
    ChangeApproval,        // a change authorised (8.5.6)
    AuditReport,           // an audit report signed by its lead auditor (9.2.2 e)
    IndependenceException, // an auditor allowed to audit their own work, justified (9.2.2 c)
    ReviewClosure,         // a management review's record signed by its chair (9.3)
};

QString signatureMeaningKey(SignatureMeaning m);
std::optional<SignatureMeaning> signatureMeaningFromKey(const QString& key);
// The English text recorded with the signature; signatureMeaningLabel() translates it.
QString signatureMeaningText(SignatureMeaning m);
QString signatureMeaningLabel(SignatureMeaning m);

// A signature as recorded in the audit trail (action "signature" on the record): who signed
// (user name and printed name), when (UTC), what for (meaning) and which state of the record.
struct Signature {
    qint64 seq = 0; // the audit entry holding it
    QDateTime at;   // UTC
    QString userName;
    QString printedName;
    SignatureMeaning meaning = SignatureMeaning::DocumentRelease;
    QString recordId;
    QString revision; // documents: the revision released
    QString state;    // the status key the record entered
    int recordVersion = 0;

    // The audit entry's new value (compact JSON) and back.
    QString toJson() const;
    static std::optional<Signature> fromJson(const QString& json);
    // "Approved for release: Jane Smith (jane), 2026-11-25 14:03 UTC"
    QString describe() const;
};

// The meaning of a status change when it is an approval that needs a signature; nullopt otherwise.
std::optional<SignatureMeaning> approvalMeaning(const Document& before, const Document& after);
std::optional<SignatureMeaning> approvalMeaning(const Nonconformity& before, const Nonconformity& after);
std::optional<SignatureMeaning> approvalMeaning(const CorrectiveAction& before,
                                                const CorrectiveAction& after);
std::optional<SignatureMeaning> approvalMeaning(const ChangeRequest& before, const ChangeRequest& after);
std::optional<SignatureMeaning> approvalMeaning(const Audit& before, const Audit& after);
std::optional<SignatureMeaning> approvalMeaning(const ManagementReview& before,
                                                const ManagementReview& after);
// Kinds without approvals (processes).
template <typename R> std::optional<SignatureMeaning> approvalMeaning(const R&, const R&) {
    return std::nullopt;
}

// The revision a signature names (a document's revision being released); empty for other kinds.
inline QString signedRevision(const Document& d) {
    return d.revision;
}
template <typename R> QString signedRevision(const R&) {
    return {};
}

} // namespace qms
