#pragma once

#include "PackScope.h"
#include "storage/AuditTrail.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

namespace qms::report {

// One status change of a record, read from the audit trail.
struct StatusChange {
    QDateTime at; // UTC
    QString user;
    QString from; // status key; empty for the creation
    QString to;
    QString reason;
};

// Audit trail of one record condensed to one line (used when the trail exceeds the page budget).
struct AuditRecordSummary {
    QString recordId;
    qint64 entries = 0;
    QDateTime first; // UTC
    QDateTime last;
    QStringList users;
};

// Everything the pack prints, gathered once from the workspace before rendering starts.
struct PackData {
    PackScope scope;
    QString organisation;
    QString organisationAddress; // several lines; empty when not given
    QImage logo;                 // decoded for the cover; null when none
    QString title;
    QString generatedBy;
    QDateTime generatedUtc;
    QDate today; // local, for overdue flags
    QString standard;
    ChainHead head;
    VerifyReport verify;

    QList<ClauseCoverage> coverage;
    QList<Document> documents;
    QList<Process> processes;
    QList<Nonconformity> ncs;
    QList<CorrectiveAction> actions;
    // Every CA linked to an in-scope NC (shown in its details even when CAs are not in scope).
    QHash<QString, CorrectiveAction> linkedActions;

    qint64 auditEntryCount = 0;     // entries in the pack's trail selection
    bool auditSummarised = false;   // over the budget: one line per record
    QList<AuditEntry> auditEntries; // when not summarised
    QList<AuditRecordSummary> auditSummary;

    int recordCount() const { return int(documents.size() + processes.size() + ncs.size() + actions.size()); }
};

} // namespace qms::report
