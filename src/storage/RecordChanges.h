#pragma once

#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringView>

namespace qms {

struct AuditEntry;

// What one committed write transaction changed. Read from the audit entries the transaction wrote
// (one per changed field, one with field "*" per new record), so every write path announces
// itself alike: a save, the other side of its two-way links, its consequences (a CA verified
// ineffective reopens its NCs), an import, a signature, clause applicability, users.
struct ChangeSet {
    QHash<RecordKind, QSet<QString>> created; // ids of the new records
    QHash<RecordKind, QSet<QString>> changed; // ids of changed records (new ones are only in `created`)
    QHash<QString, QSet<QString>> fields;     // a changed record's id -> the keys of its changed fields
    // Kinds with more records than are worth listing (a big import): read them again as a whole.
    QSet<RecordKind> resetKinds;
    // Ids of what is not a record: "clause:8.3", "user:alice", "meta:organisation", "attachment:12".
    QSet<QString> others;
    // The file as a whole may be different (a restore): read everything again.
    bool everything = false;

    bool isEmpty() const;
    // Records of `kind` were created, changed, or may have been (reset).
    bool touches(RecordKind kind) const;
    // Records of any kind were.
    bool touchesRecords() const;
    bool isReset(RecordKind kind) const { return everything || resetKinds.contains(kind); }
    // The record `id` ("NC-0001") was created or changed, or may have been (its kind was reset).
    bool touchesRecord(const QString& id) const;
    // Something that is not a record and whose id starts with `prefix` ("clause:") changed.
    bool touchesOther(QStringView prefix) const;
    // The ids of `kind` that were created or changed (empty for a reset kind: see isReset).
    QSet<QString> ids(RecordKind kind) const;
};

// Announces what the workspace's write transactions changed, once per transaction and only after
// it committed: listeners (registers, the dashboard, open editors) re-read what concerns them
// instead of everything. Owned by the Workspace (`ws.changes()`), fed by its appendAudit() while
// the transaction is open and told by the Database when it ended.
class RecordChanges final : public QObject {
    Q_OBJECT
public:
    // More ids of one kind in one transaction are announced as a reset of that kind.
    static constexpr int MaxListed = 1000;

    explicit RecordChanges(QObject* parent = nullptr);

    // Notes what `entries` change (inside the open write transaction).
    void note(const QList<AuditEntry>& entries);
    // The outermost write transaction ended: after a commit, emits changed() once with what was
    // noted (not at all when nothing was); after a rollback, forgets it.
    void transactionEnded(bool committed);

    // Noted so far in the open transaction.
    const ChangeSet& pending() const { return m_pending; }

Q_SIGNALS:
    void changed(const qms::ChangeSet& changes);

private:
    void noteRecord(RecordKind kind, const QString& id, const QString& field);
    void reset(RecordKind kind);

    ChangeSet m_pending;
};

} // namespace qms

Q_DECLARE_METATYPE(qms::ChangeSet)
