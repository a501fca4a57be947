#pragma once

#include "PackScope.h"
#include "domain/ClauseCoverage.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/AuditTrail.h"
#include "storage/SignatureRepository.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

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
    int auditCycleMonths = 36; // ProgrammePolicy, for the matrix's programme line
    // Whether approvals in the file carry a password-checked signature (the cover says so).
    bool signaturesRequired = false;
    ApproverPasswords approvers;
    // Ids of the in-scope records of each kind (indexed by int(RecordKind), the order of
    // kindDecls()), in record-number order. Only ids are kept: the sections load the records of
    // one chunk at a time (PackRecords), so memory does not grow with the scope.
    QList<QStringList> recordIds = QList<QStringList>(qsizetype(kindDecls().size()));
    const QStringList& ids(RecordKind kind) const { return recordIds[int(kind)]; }
    QStringList& ids(RecordKind kind) { return recordIds[int(kind)]; }
    // The nonconformities that get a detail section, in log order: all in scope, or when they
    // exceed scope.detailBudget the open ones first, then the most recent (stated on the cover).
    QStringList detailNcs;
    bool detailsLimited() const { return detailNcs.size() < ids(RecordKind::Nonconformity).size(); }

    qint64 auditEntryCount = 0;     // entries in the pack's trail selection
    bool auditSummarised = false;   // over the budget: one line per record
    QList<AuditEntry> auditEntries; // when not summarised
    QList<AuditRecordSummary> auditSummary;

    int recordCount() const {
        qsizetype n = 0;
        for (const QStringList& l : recordIds)
            n += l.size();
        return int(n);
    }
};

} // namespace qms::report
