#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace qms {

// Bookkeeping every stored record carries. `version` increases with every write so that a stale
// edit can be refused instead of silently overwriting someone else's change.
struct RecordMeta {
    QString id; // "NC-0042"; empty for a record not stored yet
    int version = 0;
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt; // UTC
    QString updatedBy;
};

// A file stored inside the database. The bytes themselves stay in storage; records carry this.
struct AttachmentInfo {
    qint64 id = 0;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    bool isNull() const { return id == 0; }
    friend bool operator==(const AttachmentInfo&, const AttachmentInfo&) = default;
};

struct DocumentRevision {
    QString label; // "A", "B", "1.2" ...
    QString changeSummary;
    QString author;
    QDate date;
    AttachmentInfo attachment;
    QString approvedBy; // set when this revision was released
    QDateTime releasedAt;
    friend bool operator==(const DocumentRevision&, const DocumentRevision&) = default;
};

struct Document {
    RecordMeta meta;
    QString title;
    DocumentType type = DocumentType::Procedure;
    QString owner;
    QString description;
    QString revision;          // label of the revision being worked on (the latest)
    QString effectiveRevision; // label of the released revision in force; empty until the first release
    DocumentStatus status = DocumentStatus::Draft;
    QList<DocumentRevision> revisions; // oldest first
    QString approvedBy;                // approver of the effective revision
    QDateTime releasedAt;
    int reviewIntervalMonths = 12;
    QDate nextReview;
    QString obsoleteReason;
    QStringList clauses;   // "7.5.3", ...
    QStringList processes; // "PRC-0003", ...

    const DocumentRevision* currentRevision() const;
    DocumentRevision* currentRevision();
    bool isReviewOverdue(const QDate& today) const;
    bool isReviewDueWithin(const QDate& today, int days) const;
};

struct Kpi {
    QString name;
    QString target;
    QString unit;
    friend bool operator==(const Kpi&, const Kpi&) = default;
};

struct Process {
    RecordMeta meta;
    QString name;
    QString owner;
    QString purpose;
    QString inputs;
    QString outputs;
    QString resources;
    QList<Kpi> kpis;
    QString risks;     // risks and opportunities
    QStringList feeds; // ids of processes this one feeds (its outputs are their inputs)
    QStringList clauses;
    QStringList documents;
    bool active = true; // processes are retired, never deleted
};

struct Nonconformity {
    RecordMeta meta;
    QString title;
    QString description;
    NcSource source = NcSource::InternalAudit;
    Severity severity = Severity::Minor;
    QDate detectedOn;
    QString reportedBy;
    QString responsible;
    QString process;   // "PRC-0002" or empty
    QString reference; // product, order, lot or other reference
    QString containment;
    RcaMethod rcaMethod = RcaMethod::None;
    QString rootCause;
    Disposition disposition = Disposition::NotApplicable;
    QString effectiveness; // effectiveness review result, needed to close
    NcStatus status = NcStatus::Open;
    QString statusReason; // why it was cancelled, reopened or stepped back (latest)
    QDate closedOn;       // set by the workflow when it reaches Closed
    QStringList clauses;
    QStringList actions; // "CA-0007", ...
    QStringList audits;  // the audits that found it (the other side of their `findings`)

    // Days from detection to closing (or to today while open).
    int daysOpen(const QDate& today) const;
};

struct CorrectiveAction {
    RecordMeta meta;
    QString title;
    QString description;
    CaType type = CaType::Corrective;
    QString owner;
    QDate dueDate;
    CaStatus status = CaStatus::Planned;
    QString statusReason;
    QDate completedOn;
    QDate effectivenessDue;
    QString effectivenessBy;
    QString effectivenessResult;
    QStringList nonconformities;
    QStringList clauses;
    QStringList changes; // change requests that raised this action (the other side of their `actions`)
    QStringList reviews; // management reviews that decided it (the other side of their `actions`)

    bool isOverdue(const QDate& today) const;
    bool isEffectivenessCheckOverdue(const QDate& today) const;
};

// An item a change touches (a document, a process, ...) and what it still needs.
struct AffectedItem {
    QString id; // "DOC-0004"
    AffectedState state = AffectedState::ActionNeeded;
    QString note; // what was or is to be done
    friend bool operator==(const AffectedItem&, const AffectedItem&) = default;
};

// A planned change to the QMS (ISO 9001 6.3) or to production or service provision (8.5.6).
struct ChangeRequest {
    RecordMeta meta;
    QString title;
    ChangeType type = ChangeType::QmsProcess;
    QString reason;         // why the change is needed
    QString intendedResult; // what it is to achieve
    // The 6.3 considerations.
    QString consequences;     // a) its purpose and potential consequences
    QString integrity;        // b) the integrity of the QMS
    QString resources;        // c) the availability of resources
    QString responsibilities; // d) the allocation or reallocation of responsibilities and authorities
    QString requestedBy;
    QString owner;
    QDate plannedDate; // when it is to be implemented
    ChangeStatus status = ChangeStatus::Requested;
    QString statusReason; // why it was rejected or stepped back (latest)
    QString approvedBy;   // set by the workflow on approval (8.5.6: who authorised it)
    QDate approvedOn;     // set by the workflow on approval
    QDate implementedOn;  // set by the workflow when implemented
    QString reviewResult; // 8.5.6: the results of the review of the change, needed to review it
    QDate closedOn;       // set by the workflow when closed or rejected
    QList<AffectedItem> affected;
    QStringList clauses;
    QStringList actions; // corrective or improvement actions raised by the change

    // Affected items still needing action (closing needs none).
    int unresolvedItems() const;
};

// One question of an audit's checklist and what the auditor found.
struct ChecklistItem {
    QString clause;  // "8.4.1", or empty
    QString process; // "PRC-0003", or empty
    QString question;
    QString evidence; // what was seen: records, interviews, observations
    AuditResult result = AuditResult::Unanswered;
    QString finding; // the nonconformity raised from it ("NC-0042")
    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

// An internal audit (ISO 9001 9.2), one entry of the audit programme.
struct Audit {
    RecordMeta meta;
    QString title;
    AuditType type = AuditType::ProcessAudit;
    QString programme; // the programme (year or cycle) it belongs to: "2026"
    QString scope;     // the scope in words (9.2.2 b); clauses and processes below
    QString criteria;  // the audit criteria (9.2.2 b)
    QDate plannedDate;
    QDate plannedEnd;
    QString leadAuditor;
    QString team;     // the other auditors, comma-separated
    QString auditees; // who was interviewed
    AuditStatus status = AuditStatus::Planned;
    QString statusReason;
    // Why an auditor may audit their own process or document here (9.2.2 c); written and signed
    // by a quality manager.
    QString independenceNote;
    QDate heldOn;        // the first day of the audit, set when it starts
    QString conclusions; // the report's summary
    QString reportedBy;  // set by the workflow: the lead auditor who signed the report
    QDate reportedOn;    // set by the workflow
    QDate closedOn;      // set by the workflow when closed or cancelled
    QList<ChecklistItem> checklist;
    QStringList clauses;   // the clauses in scope
    QStringList processes; // the processes in scope
    QStringList findings;  // the nonconformities raised from it

    // The lead auditor and the team, each once.
    QStringList auditors() const;
    // Checklist items still to answer, and NC results without a raised nonconformity.
    int unansweredItems() const;
    QStringList findingsToRaise() const; // "item 3 (8.4.1)"
};

// One input of a management review (9.3.2): the data as collected, frozen, and what the review said.
struct ReviewInput {
    ReviewTopic topic = ReviewTopic::PreviousActions;
    QString data; // collected from the records when the inputs were collected; never edited
    QString commentary;
    friend bool operator==(const ReviewInput&, const ReviewInput&) = default;
};

// One decision of a management review (9.3.3).
struct ReviewOutput {
    ReviewOutputType type = ReviewOutputType::Improvement;
    QString decision;
    QString owner;
    QDate due;
    QString action; // the action raised for it ("CA-0031")
    friend bool operator==(const ReviewOutput&, const ReviewOutput&) = default;
};

// A management review (ISO 9001 9.3).
struct ManagementReview {
    RecordMeta meta;
    QString title;
    QDate plannedDate;
    QDate periodFrom; // the period the inputs cover
    QDate periodTo;
    QString chair;
    QString attendees;
    ReviewStatus status = ReviewStatus::Planned;
    QString statusReason;
    QDate heldOn;
    QString minutes;
    QDate closedOn; // set by the workflow when closed or cancelled
    QList<ReviewInput> inputs;
    QList<ReviewOutput> outputs;
    QStringList clauses;
    QStringList actions; // the actions raised from its decisions
};

struct User {
    QString name; // login-like unique name
    QString displayName;
    Role role = Role::Auditor;
    bool active = true;
    bool hasPassword = false;
    QString printedName() const { return displayName.isEmpty() ? name : displayName; }
};

} // namespace qms
