#include "Enums.h"

#include "FieldCodec.h"
#include "kinds/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <vector>

namespace qms {

#define QMS_ENUM_TABLE(E, ...)                                                                               \
    template <> std::span<const EnumEntry<E>> enumEntries<E>() {                                             \
        static const EnumEntry<E> table[] = {__VA_ARGS__};                                                   \
        return table;                                                                                        \
    }

// The kinds' keys and labels come from their declarations (src/domain/kinds).
template <> std::span<const EnumEntry<RecordKind>> enumEntries<RecordKind>() {
    static const std::vector<EnumEntry<RecordKind>> table = [] {
        std::vector<EnumEntry<RecordKind>> out;
        for (const KindDecl* d : kindDecls())
            out.push_back({d->kind, d->singularKey, d->label});
        return out;
    }();
    return table;
}

QMS_ENUM_TABLE(Role,
               {Role::QualityManager, "quality_manager", QT_TRANSLATE_NOOP("qms::Enum", "Quality manager")},
               {Role::ProcessOwner, "process_owner", QT_TRANSLATE_NOOP("qms::Enum", "Process owner")},
               {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("qms::Enum", "Auditor")})

QMS_ENUM_TABLE(DocumentType, {DocumentType::Policy, "policy", QT_TRANSLATE_NOOP("qms::Enum", "Policy")},
               {DocumentType::Manual, "manual", QT_TRANSLATE_NOOP("qms::Enum", "Manual")},
               {DocumentType::Procedure, "procedure", QT_TRANSLATE_NOOP("qms::Enum", "Procedure")},
               {DocumentType::WorkInstruction, "work_instruction",
                QT_TRANSLATE_NOOP("qms::Enum", "Work instruction")},
               {DocumentType::Form, "form", QT_TRANSLATE_NOOP("qms::Enum", "Form")},
               {DocumentType::Record, "record", QT_TRANSLATE_NOOP("qms::Enum", "Record")},
               {DocumentType::External, "external", QT_TRANSLATE_NOOP("qms::Enum", "External")})

QMS_ENUM_TABLE(DocumentStatus, {DocumentStatus::Draft, "draft", QT_TRANSLATE_NOOP("qms::Enum", "Draft")},
               {DocumentStatus::InReview, "in_review", QT_TRANSLATE_NOOP("qms::Enum", "In review")},
               {DocumentStatus::Released, "released", QT_TRANSLATE_NOOP("qms::Enum", "Released")},
               {DocumentStatus::Obsolete, "obsolete", QT_TRANSLATE_NOOP("qms::Enum", "Obsolete")})

QMS_ENUM_TABLE(
    NcSource, {NcSource::InternalAudit, "internal_audit", QT_TRANSLATE_NOOP("qms::Enum", "Internal audit")},
    {NcSource::ExternalAudit, "external_audit", QT_TRANSLATE_NOOP("qms::Enum", "External audit")},
    {NcSource::CustomerComplaint, "customer_complaint", QT_TRANSLATE_NOOP("qms::Enum", "Customer complaint")},
    {NcSource::Supplier, "supplier", QT_TRANSLATE_NOOP("qms::Enum", "Supplier")},
    {NcSource::ProcessMonitoring, "process_monitoring", QT_TRANSLATE_NOOP("qms::Enum", "Process monitoring")},
    {NcSource::ManagementReview, "management_review", QT_TRANSLATE_NOOP("qms::Enum", "Management review")},
    {NcSource::Other, "other", QT_TRANSLATE_NOOP("qms::Enum", "Other")})

QMS_ENUM_TABLE(Severity, {Severity::Major, "major", QT_TRANSLATE_NOOP("qms::Enum", "Major")},
               {Severity::Minor, "minor", QT_TRANSLATE_NOOP("qms::Enum", "Minor")},
               {Severity::Observation, "observation", QT_TRANSLATE_NOOP("qms::Enum", "Observation")})

QMS_ENUM_TABLE(NcStatus, {NcStatus::Open, "open", QT_TRANSLATE_NOOP("qms::Enum", "Open")},
               {NcStatus::Contained, "contained", QT_TRANSLATE_NOOP("qms::Enum", "Contained")},
               {NcStatus::RootCauseIdentified, "root_cause_identified",
                QT_TRANSLATE_NOOP("qms::Enum", "Root cause identified")},
               {NcStatus::ActionPlanned, "action_planned", QT_TRANSLATE_NOOP("qms::Enum", "Action planned")},
               {NcStatus::Verification, "verification", QT_TRANSLATE_NOOP("qms::Enum", "Verification")},
               {NcStatus::Closed, "closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed")},
               {NcStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled")})

QMS_ENUM_TABLE(RcaMethod, {RcaMethod::None, "none", QT_TRANSLATE_NOOP("qms::Enum", "Not chosen")},
               {RcaMethod::FiveWhys, "five_whys", QT_TRANSLATE_NOOP("qms::Enum", "5 whys")},
               {RcaMethod::Fishbone, "fishbone", QT_TRANSLATE_NOOP("qms::Enum", "Fishbone (Ishikawa)")},
               {RcaMethod::Other, "other", QT_TRANSLATE_NOOP("qms::Enum", "Other")})

QMS_ENUM_TABLE(Disposition,
               {Disposition::NotApplicable, "n_a", QT_TRANSLATE_NOOP("qms::Enum", "Not applicable")},
               {Disposition::Rework, "rework", QT_TRANSLATE_NOOP("qms::Enum", "Rework")},
               {Disposition::Repair, "repair", QT_TRANSLATE_NOOP("qms::Enum", "Repair")},
               {Disposition::Scrap, "scrap", QT_TRANSLATE_NOOP("qms::Enum", "Scrap")},
               {Disposition::UseAsIs, "use_as_is", QT_TRANSLATE_NOOP("qms::Enum", "Use as is")},
               {Disposition::ReturnToSupplier, "return_to_supplier",
                QT_TRANSLATE_NOOP("qms::Enum", "Return to supplier")})

QMS_ENUM_TABLE(CaType, {CaType::Correction, "correction", QT_TRANSLATE_NOOP("qms::Enum", "Correction")},
               {CaType::Corrective, "corrective", QT_TRANSLATE_NOOP("qms::Enum", "Corrective")},
               {CaType::Preventive, "preventive", QT_TRANSLATE_NOOP("qms::Enum", "Preventive / risk")},
               {CaType::Improvement, "improvement", QT_TRANSLATE_NOOP("qms::Enum", "Improvement")})

QMS_ENUM_TABLE(CaStatus, {CaStatus::Planned, "planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned")},
               {CaStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("qms::Enum", "In progress")},
               {CaStatus::Done, "done", QT_TRANSLATE_NOOP("qms::Enum", "Done")},
               {CaStatus::VerifiedEffective, "verified_effective",
                QT_TRANSLATE_NOOP("qms::Enum", "Verified effective")},
               {CaStatus::VerifiedIneffective, "verified_ineffective",
                QT_TRANSLATE_NOOP("qms::Enum", "Verified ineffective")},
               {CaStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled")})

QMS_ENUM_TABLE(ChangeType,
               {ChangeType::QmsProcess, "qms_process", QT_TRANSLATE_NOOP("qms::Enum", "QMS or process")},
               {ChangeType::ProductService, "product_service",
                QT_TRANSLATE_NOOP("qms::Enum", "Product or service")},
               {ChangeType::Organisation, "organisation", QT_TRANSLATE_NOOP("qms::Enum", "Organisation")},
               {ChangeType::Supplier, "supplier", QT_TRANSLATE_NOOP("qms::Enum", "Supplier")},
               {ChangeType::Other, "other", QT_TRANSLATE_NOOP("qms::Enum", "Other")})

QMS_ENUM_TABLE(ChangeStatus,
               {ChangeStatus::Requested, "requested", QT_TRANSLATE_NOOP("qms::Enum", "Requested")},
               {ChangeStatus::Assessed, "assessed", QT_TRANSLATE_NOOP("qms::Enum", "Assessed")},
               {ChangeStatus::Approved, "approved", QT_TRANSLATE_NOOP("qms::Enum", "Approved")},
               {ChangeStatus::Implemented, "implemented", QT_TRANSLATE_NOOP("qms::Enum", "Implemented")},
               {ChangeStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("qms::Enum", "Reviewed")},
               {ChangeStatus::Closed, "closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed")},
               {ChangeStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("qms::Enum", "Rejected")})

QMS_ENUM_TABLE(AffectedState,
               {AffectedState::ActionNeeded, "action_needed",
                QT_TRANSLATE_NOOP("qms::Enum", "Action needed")},
               {AffectedState::NoActionNeeded, "no_action_needed",
                QT_TRANSLATE_NOOP("qms::Enum", "No action needed")},
               {AffectedState::Done, "done", QT_TRANSLATE_NOOP("qms::Enum", "Done")})

QMS_ENUM_TABLE(AuditType,
               {AuditType::ProcessAudit, "process_audit", QT_TRANSLATE_NOOP("qms::Enum", "Process audit")},
               {AuditType::SystemAudit, "system_audit", QT_TRANSLATE_NOOP("qms::Enum", "System audit")},
               {AuditType::ProductAudit, "product_audit", QT_TRANSLATE_NOOP("qms::Enum", "Product audit")},
               {AuditType::SupplierAudit, "supplier_audit", QT_TRANSLATE_NOOP("qms::Enum", "Supplier audit")},
               {AuditType::FollowUp, "follow_up", QT_TRANSLATE_NOOP("qms::Enum", "Follow-up audit")})

QMS_ENUM_TABLE(AuditStatus, {AuditStatus::Planned, "planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned")},
               {AuditStatus::Prepared, "prepared", QT_TRANSLATE_NOOP("qms::Enum", "Prepared")},
               {AuditStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("qms::Enum", "In progress")},
               {AuditStatus::Reported, "reported", QT_TRANSLATE_NOOP("qms::Enum", "Reported")},
               {AuditStatus::Closed, "closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed")},
               {AuditStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled")})

QMS_ENUM_TABLE(AuditResult,
               {AuditResult::Unanswered, "unanswered", QT_TRANSLATE_NOOP("qms::Enum", "Not answered")},
               {AuditResult::Conforming, "conforming", QT_TRANSLATE_NOOP("qms::Enum", "Conforming")},
               {AuditResult::MajorNc, "major_nc", QT_TRANSLATE_NOOP("qms::Enum", "Major NC")},
               {AuditResult::MinorNc, "minor_nc", QT_TRANSLATE_NOOP("qms::Enum", "Minor NC")},
               {AuditResult::Observation, "observation", QT_TRANSLATE_NOOP("qms::Enum", "Observation")},
               {AuditResult::Opportunity, "opportunity",
                QT_TRANSLATE_NOOP("qms::Enum", "Opportunity for improvement")},
               {AuditResult::NotAudited, "not_audited", QT_TRANSLATE_NOOP("qms::Enum", "Not audited")})

QMS_ENUM_TABLE(ReviewStatus, {ReviewStatus::Planned, "planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned")},
               {ReviewStatus::InputsCollected, "inputs_collected",
                QT_TRANSLATE_NOOP("qms::Enum", "Inputs collected")},
               {ReviewStatus::Held, "held", QT_TRANSLATE_NOOP("qms::Enum", "Held")},
               {ReviewStatus::Closed, "closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed")},
               {ReviewStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled")})

QMS_ENUM_TABLE(
    ReviewTopic,
    {ReviewTopic::PreviousActions, "previous_actions",
     QT_TRANSLATE_NOOP("qms::Enum", "Status of actions from previous reviews")},
    {ReviewTopic::Issues, "issues",
     QT_TRANSLATE_NOOP("qms::Enum", "Changes in external and internal issues")},
    {ReviewTopic::CustomerFeedback, "customer_feedback",
     QT_TRANSLATE_NOOP("qms::Enum", "Customer satisfaction and feedback")},
    {ReviewTopic::Objectives, "objectives", QT_TRANSLATE_NOOP("qms::Enum", "Quality objectives met")},
    {ReviewTopic::ProcessPerformance, "process_performance",
     QT_TRANSLATE_NOOP("qms::Enum", "Process performance and conformity of products and services")},
    {ReviewTopic::Nonconformities, "nonconformities_actions",
     QT_TRANSLATE_NOOP("qms::Enum", "Nonconformities and corrective actions")},
    {ReviewTopic::Monitoring, "monitoring",
     QT_TRANSLATE_NOOP("qms::Enum", "Monitoring and measurement results")},
    {ReviewTopic::AuditResults, "audit_results", QT_TRANSLATE_NOOP("qms::Enum", "Audit results")},
    {ReviewTopic::Providers, "providers",
     QT_TRANSLATE_NOOP("qms::Enum", "Performance of external providers")},
    {ReviewTopic::Resources, "resources", QT_TRANSLATE_NOOP("qms::Enum", "Adequacy of resources")},
    {ReviewTopic::Risks, "risks",
     QT_TRANSLATE_NOOP("qms::Enum", "Effectiveness of actions on risks and opportunities")},
    {ReviewTopic::Improvement, "improvement_opportunities",
     QT_TRANSLATE_NOOP("qms::Enum", "Opportunities for improvement")})

QMS_ENUM_TABLE(ReviewOutputType,
               {ReviewOutputType::Improvement, "improvement", QT_TRANSLATE_NOOP("qms::Enum", "Improvement")},
               {ReviewOutputType::QmsChange, "qms_change",
                QT_TRANSLATE_NOOP("qms::Enum", "Change to the QMS")},
               {ReviewOutputType::ResourceNeed, "resource_need",
                QT_TRANSLATE_NOOP("qms::Enum", "Resource need")})

#undef QMS_ENUM_TABLE

QString translateEnumLabel(const char* label) {
    return QCoreApplication::translate("qms::Enum", label);
}

// Every enum field of every kind names its keys and their labels (FieldDef::choices, ::choiceLabel).
QString enumLabelForKey(const QString& key) {
    static const QHash<QString, QString> labels = [] {
        QHash<QString, QString> out;
        forEachRecordType([&](auto t) {
            using R = typename decltype(t)::type;
            const auto add = [&](auto choices, auto choiceLabel) {
                if (choices && choiceLabel)
                    for (const QString& k : choices())
                        if (!out.contains(k))
                            out.insert(k, choiceLabel(k));
            };
            for (const auto& f : recordFields<R>()) {
                add(f.choices, f.choiceLabel);
                if (f.table)
                    for (const TableColumnDecl& c : f.table->columns)
                        add(c.choices, c.choiceLabel);
            }
        });
        return out;
    }();
    return labels.value(key, key);
}

QString inSentence(const QString& label) {
    // Translators: answer "keep" when labels keep their capitals inside a sentence (German nouns).
    const QString rule = QCoreApplication::translate(
        "qms::Enum", "lower",
        "How labels read inside a sentence: 'lower' to lower-case them, 'keep' to keep them");
    return rule == QLatin1String("keep") ? label : label.toLower();
}

QString normaliseEnumText(const QString& text) {
    // Runs of white space, '-' and '/' become one '_'; dots go (a dot ends a run). Written out
    // rather than as a regular expression: every enum cell of an import passes here.
    const QString lower = text.trimmed().toLower();
    QString s;
    s.reserve(lower.size());
    bool inRun = false;
    for (const QChar c : lower) {
        const char16_t u = c.unicode();
        if (u == ' ' || (u >= '\t' && u <= '\r') || u == '-' || u == '/') {
            if (!inRun)
                s.append(QLatin1Char('_'));
            inRun = true;
        } else if (u == '.') {
            inRun = false;
        } else {
            s.append(c);
            inRun = false;
        }
    }
    if (s == QLatin1String("na"))
        return QStringLiteral("n_a");
    return s;
}

QString recordPrefix(RecordKind kind) {
    return QString::fromLatin1(kindDecl(kind).prefix);
}

QString recordKindKey(RecordKind kind) {
    return QString::fromLatin1(kindDecl(kind).key);
}

QString recordKindLabel(RecordKind kind) {
    return kindDecl(kind).labelText();
}

QString recordKindPluralLabel(RecordKind kind) {
    return kindDecl(kind).pluralLabelText();
}

std::optional<RecordKind> recordKindFromKey(const QString& key) {
    if (const KindDecl* d = kindDeclByName(key))
        return d->kind;
    return std::nullopt;
}

QString formatRecordId(RecordKind kind, qint64 number) {
    if (number < 0)
        return QStringLiteral("%1-%2").arg(recordPrefix(kind)).arg(number, 4, 10, QLatin1Char('0'));
    const QString digits = QString::number(number);
    QString id = recordPrefix(kind);
    id.reserve(id.size() + 1 + std::max<qsizetype>(4, digits.size()));
    id.append(QLatin1Char('-'));
    for (qsizetype i = digits.size(); i < 4; ++i)
        id.append(QLatin1Char('0'));
    id.append(digits);
    return id;
}

std::optional<std::pair<RecordKind, qint64>> parseRecordId(const QString& id) {
    // "<prefix>-<1 to 9 digits>", any case, white space around. Written out rather than as a
    // regular expression: every id and every link of an import passes here.
    const auto space = [](char16_t u) {
        return u == ' ' || (u >= '\t' && u <= '\r');
    };
    const char16_t* p = reinterpret_cast<const char16_t*>(id.constData());
    const char16_t* end = p + id.size();
    while (p < end && space(*p))
        ++p;
    while (end > p && space(end[-1]))
        --end;
    char prefix[4];
    int letters = 0;
    for (; p < end && *p != '-'; ++p) {
        const char16_t u = *p;
        if (letters == 3 || !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
            return std::nullopt;
        prefix[letters++] = char(u & ~0x20); // upper case
    }
    if (p == end || letters == 0)
        return std::nullopt;
    ++p; // '-'
    const qsizetype digits = end - p;
    if (digits < 1 || digits > 9)
        return std::nullopt;
    qint64 number = 0;
    for (; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return std::nullopt;
        number = number * 10 + (*p - '0');
    }
    if (number <= 0)
        return std::nullopt;
    if (const KindDecl* d = kindDeclByPrefix(QLatin1String(prefix, letters)))
        return std::make_pair(d->kind, number);
    return std::nullopt;
}

// Closed states are the ones the kind declares as not open.
bool isTerminal(NcStatus s) {
    const StateDecl* d = kindDecl(RecordKind::Nonconformity).state(enumKey(s));
    return d && !d->open;
}
bool isTerminal(CaStatus s) {
    const StateDecl* d = kindDecl(RecordKind::CorrectiveAction).state(enumKey(s));
    return d && !d->open;
}
bool isOpen(NcStatus s) {
    return !isTerminal(s);
}
bool isOpen(CaStatus s) {
    return s == CaStatus::Planned || s == CaStatus::InProgress;
}

} // namespace qms
