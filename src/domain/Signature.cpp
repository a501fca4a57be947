#include "Signature.h"

#include "Enums.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>

namespace qms {
namespace {

struct MeaningRow {
    SignatureMeaning meaning;
    const char* key;
    const char* text;
};

const MeaningRow meanings[] = {
    {SignatureMeaning::DocumentRelease, "release",
     QT_TRANSLATE_NOOP("qms::Signature", "Approved for release")},
    {SignatureMeaning::NcClosure, "closure", QT_TRANSLATE_NOOP("qms::Signature", "Closure approved")},
    {SignatureMeaning::EffectivenessVerified, "effective",
     QT_TRANSLATE_NOOP("qms::Signature", "Effectiveness verified")},
    {SignatureMeaning::VerifiedIneffective, "ineffective",
     QT_TRANSLATE_NOOP("qms::Signature", "Verified not effective")},
    {SignatureMeaning::ChangeApproval, "change_approval",
     QT_TRANSLATE_NOOP("qms::Signature", "Change approved")},
    {SignatureMeaning::AuditReport, "audit_report",
     QT_TRANSLATE_NOOP("qms::Signature", "Audit report signed")},
    {SignatureMeaning::IndependenceException, "independence_exception",
     QT_TRANSLATE_NOOP("qms::Signature", "Independence exception approved")},
    {SignatureMeaning::ReviewClosure, "review_closure",
     QT_TRANSLATE_NOOP("qms::Signature", "Management review approved")},
};

const MeaningRow& row(SignatureMeaning m) {
    for (const MeaningRow& r : meanings)
        if (r.meaning == m)
            return r;
    return meanings[0];
}

} // namespace

QString signatureMeaningKey(SignatureMeaning m) {
    return QString::fromLatin1(row(m).key);
}

std::optional<SignatureMeaning> signatureMeaningFromKey(const QString& key) {
    for (const MeaningRow& r : meanings)
        if (key == QLatin1String(r.key))
            return r.meaning;
    return std::nullopt;
}

QString signatureMeaningText(SignatureMeaning m) {
    return QString::fromLatin1(row(m).text);
}

QString signatureMeaningLabel(SignatureMeaning m) {
    return QCoreApplication::translate("qms::Signature", row(m).text);
}

QString Signature::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("meaning"), signatureMeaningKey(meaning));
    o.insert(QStringLiteral("meaning_text"), signatureMeaningText(meaning));
    o.insert(QStringLiteral("user"), userName);
    o.insert(QStringLiteral("printed_name"), printedName);
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("record_version"), recordVersion);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Signature> Signature::fromJson(const QString& json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto meaning = signatureMeaningFromKey(o.value(QStringLiteral("meaning")).toString());
    if (!meaning)
        return std::nullopt;
    Signature s;
    s.meaning = *meaning;
    s.userName = o.value(QStringLiteral("user")).toString();
    s.printedName = o.value(QStringLiteral("printed_name")).toString();
    s.revision = o.value(QStringLiteral("revision")).toString();
    s.state = o.value(QStringLiteral("state")).toString();
    s.recordVersion = o.value(QStringLiteral("record_version")).toInt();
    return s;
}

QString Signature::describe() const {
    return QCoreApplication::translate("qms::Signature", "%1: %2 (%3), %4 UTC")
        .arg(signatureMeaningLabel(meaning), printedName, userName,
             at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

std::optional<SignatureMeaning> approvalMeaning(const Document& before, const Document& after) {
    if (before.status != DocumentStatus::Released && after.status == DocumentStatus::Released)
        return SignatureMeaning::DocumentRelease;
    return std::nullopt;
}

std::optional<SignatureMeaning> approvalMeaning(const Nonconformity& before, const Nonconformity& after) {
    if (before.status != NcStatus::Closed && after.status == NcStatus::Closed)
        return SignatureMeaning::NcClosure;
    return std::nullopt;
}

std::optional<SignatureMeaning> approvalMeaning(const CorrectiveAction& before,
                                                const CorrectiveAction& after) {
    if (before.status == after.status)
        return std::nullopt;
    if (after.status == CaStatus::VerifiedEffective)
        return SignatureMeaning::EffectivenessVerified;
    if (after.status == CaStatus::VerifiedIneffective)
        return SignatureMeaning::VerifiedIneffective;
    return std::nullopt;
}

std::optional<SignatureMeaning> approvalMeaning(const ChangeRequest& before, const ChangeRequest& after) {
    if (before.status != ChangeStatus::Approved && after.status == ChangeStatus::Approved)
        return SignatureMeaning::ChangeApproval;
    return std::nullopt;
}

std::optional<SignatureMeaning> approvalMeaning(const Audit& before, const Audit& after) {
    if (after.status == AuditStatus::Reported && before.status != AuditStatus::Reported)
        return SignatureMeaning::AuditReport;
    if (!after.independenceNote.trimmed().isEmpty() && after.independenceNote != before.independenceNote)
        return SignatureMeaning::IndependenceException;
    return std::nullopt;
}

std::optional<SignatureMeaning> approvalMeaning(const ManagementReview& before,
                                                const ManagementReview& after) {
    if (after.status == ReviewStatus::Closed && before.status != ReviewStatus::Closed)
        return SignatureMeaning::ReviewClosure;
    return std::nullopt;
}

} // namespace qms
