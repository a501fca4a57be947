#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <span>

namespace qms {

// Appended, never inserted: the value is part of every file's search-index row ids.
enum class RecordKind {
    Document,
    Process,
    Nonconformity,
    CorrectiveAction,
    ChangeRequest,
    Audit,
    ManagementReview
};

enum class Role { QualityManager, ProcessOwner, Auditor };

enum class DocumentType { Policy, Manual, Procedure, WorkInstruction, Form, Record, External };
enum class DocumentStatus { Draft, InReview, Released, Obsolete };

enum class NcSource {
    InternalAudit,
    ExternalAudit,
    CustomerComplaint,
    Supplier,
    ProcessMonitoring,
    ManagementReview,
    Other
};
enum class Severity { Major, Minor, Observation };
enum class NcStatus { Open, Contained, RootCauseIdentified, ActionPlanned, Verification, Closed, Cancelled };
enum class RcaMethod { None, FiveWhys, Fishbone, Other };
enum class Disposition { NotApplicable, Rework, Repair, Scrap, UseAsIs, ReturnToSupplier };

enum class CaType { Correction, Corrective, Preventive, Improvement };
enum class CaStatus { Planned, InProgress, Done, VerifiedEffective, VerifiedIneffective, Cancelled };

enum class ChangeType { QmsProcess, ProductService, Organisation, Supplier, Other };
enum class ChangeStatus { Requested, Assessed, Approved, Implemented, Reviewed, Closed, Rejected };
// What an item a change affects still needs.
enum class AffectedState { ActionNeeded, NoActionNeeded, Done };

enum class AuditType { ProcessAudit, SystemAudit, ProductAudit, SupplierAudit, FollowUp };
enum class AuditStatus { Planned, Prepared, InProgress, Reported, Closed, Cancelled };
// The answer to one checklist question.
enum class AuditResult { Unanswered, Conforming, MajorNc, MinorNc, Observation, Opportunity, NotAudited };

enum class ReviewStatus { Planned, InputsCollected, Held, Closed, Cancelled };
// The inputs of a management review (ISO 9001 9.3.2), in the order of the standard.
enum class ReviewTopic {
    PreviousActions,
    Issues,
    CustomerFeedback,
    Objectives,
    ProcessPerformance,
    Nonconformities,
    Monitoring,
    AuditResults,
    Providers,
    Resources,
    Risks,
    Improvement
};
// What a management review decided (9.3.3).
enum class ReviewOutputType { Improvement, QmsChange, ResourceNeed };

// One row of an enum's table: the stable key stored in the database, CSV and JSON, and the English
// label shown to people (translated through QCoreApplication::translate("qms::Enum", label)).
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    const char* label;
};

template <typename E> std::span<const EnumEntry<E>> enumEntries();

template <typename E> QString enumKey(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

QString translateEnumLabel(const char* label);

template <typename E> QString enumLabel(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return translateEnumLabel(e.label);
    return {};
}

// Accepts the key ("in_review"), the English label ("In review") or the label with other
// spacing/case ("IN-REVIEW"), so spreadsheets typed by people import.
QString normaliseEnumText(const QString& text);

template <typename E> std::optional<E> enumFromString(const QString& text) {
    // The labels' normal forms, once per enum type (an import reads several enums per row).
    static const QStringList labels = [] {
        QStringList out;
        for (const auto& e : enumEntries<E>())
            out << normaliseEnumText(QString::fromLatin1(e.label));
        return out;
    }();
    const QString wanted = normaliseEnumText(text);
    qsizetype i = 0;
    for (const auto& e : enumEntries<E>()) {
        if (wanted == QLatin1String(e.key) || wanted == labels[i])
            return e.value;
        ++i;
    }
    return std::nullopt;
}

// The label of key `key` of enum E (for FieldDef::choiceLabel); the key itself when unknown.
template <typename E> QString enumKeyLabel(const QString& key) {
    for (const auto& e : enumEntries<E>())
        if (key == QLatin1String(e.key))
            return translateEnumLabel(e.label);
    return key;
}

template <typename E> QList<E> enumValues() {
    QList<E> out;
    for (const auto& e : enumEntries<E>())
        out << e.value;
    return out;
}

template <typename E> QStringList enumKeys() {
    QStringList out;
    for (const auto& e : enumEntries<E>())
        out << QString::fromLatin1(e.key);
    return out;
}

// "open, contained, ..." for error messages.
template <typename E> QString enumKeyList() {
    QStringList keys;
    for (const auto& e : enumEntries<E>())
        keys << QString::fromLatin1(e.key);
    return keys.join(QStringLiteral(", "));
}

// A label as it reads in running text ("NC-0001 is closed", "No document DOC-0009"): English
// lower-cases it, German keeps its nouns capitalised. The translation of a marker message decides.
QString inSentence(const QString& label);

// The label of any record enum key ("root_cause_identified" -> "Root cause identified"), the key
// itself when it is none. Keys are unique enough across the record enums ("other" reads "Other"
// everywhere) to share one table, built once in the language of the first call.
QString enumLabelForKey(const QString& key);

QString recordPrefix(RecordKind kind);
QString recordKindKey(RecordKind kind);         // "documents", "processes", "nonconformities", "actions"
QString recordKindLabel(RecordKind kind);       // "Document", ...
QString recordKindPluralLabel(RecordKind kind); // "Documents", ...
std::optional<RecordKind> recordKindFromKey(const QString& key);
QString formatRecordId(RecordKind kind, qint64 number);
// Parses "NC-0042" (case-insensitive) into its kind and number.
std::optional<std::pair<RecordKind, qint64>> parseRecordId(const QString& id);

bool isTerminal(NcStatus s);
bool isTerminal(CaStatus s);
bool isOpen(NcStatus s);
bool isOpen(CaStatus s);

} // namespace qms
