#pragma once

#include "domain/Records.h"

#include <QStringList>

namespace qms {

// How a list field of a record is stored in record_links. An "own" field keeps its rows under the
// record's id; a "reverse" field is the other side of another type's own field (CA.nonconformities
// is read from NC.actions), so each link is stored once and both sides always agree.
struct LinkSpec {
    const char* field;       // key of the list field on this type
    bool own;                // stored under this record's id
    const char* storedField; // field name in record_links
    bool hasOther;           // the other record shows the link too
    RecordKind other;        // type of the linked records
    const char* otherField;  // key of the list field on the other type
};

template <typename R>
struct RecordTraits;

template <>
struct RecordTraits<Document> {
    static constexpr RecordKind kind = RecordKind::Document;
    static constexpr const char* table = "documents";
    static QStringList closedStatuses() { return {QStringLiteral("obsolete")}; }
    static constexpr const char* statusColumn = "status";
    static inline const LinkSpec links[] = {
        {"clauses", true, "clauses", false, RecordKind::Document, ""},
        {"processes", true, "processes", true, RecordKind::Process, "documents"},
    };
};

template <>
struct RecordTraits<Process> {
    static constexpr RecordKind kind = RecordKind::Process;
    static constexpr const char* table = "processes";
    static QStringList closedStatuses() { return {QStringLiteral("no")}; }
    static constexpr const char* statusColumn = "active";
    static inline const LinkSpec links[] = {
        {"feeds", true, "feeds", false, RecordKind::Process, ""},
        {"clauses", true, "clauses", false, RecordKind::Process, ""},
        {"documents", false, "processes", true, RecordKind::Document, "processes"},
    };
};

template <>
struct RecordTraits<Nonconformity> {
    static constexpr RecordKind kind = RecordKind::Nonconformity;
    static constexpr const char* table = "nonconformities";
    static QStringList closedStatuses() { return {QStringLiteral("closed"), QStringLiteral("cancelled")}; }
    static constexpr const char* statusColumn = "status";
    static inline const LinkSpec links[] = {
        {"clauses", true, "clauses", false, RecordKind::Nonconformity, ""},
        {"actions", true, "actions", true, RecordKind::CorrectiveAction, "nonconformities"},
    };
};

template <>
struct RecordTraits<CorrectiveAction> {
    static constexpr RecordKind kind = RecordKind::CorrectiveAction;
    static constexpr const char* table = "corrective_actions";
    static QStringList closedStatuses()
    {
        return {QStringLiteral("verified_effective"), QStringLiteral("verified_ineffective"),
                QStringLiteral("cancelled")};
    }
    static constexpr const char* statusColumn = "status";
    static inline const LinkSpec links[] = {
        {"nonconformities", false, "actions", true, RecordKind::Nonconformity, "actions"},
        {"clauses", true, "clauses", false, RecordKind::CorrectiveAction, ""},
    };
};

QString tableFor(RecordKind kind);
// rowid of a record in the full-text index: unique across types.
qint64 searchRowId(RecordKind kind, qint64 seq);

} // namespace qms
