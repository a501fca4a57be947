#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace qms {

class Database;

// One row of the audit trail: one changed field of one record (or, for a new record, field "*"
// holding a JSON snapshot of all its fields).
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString user;
    QString recordId; // "NC-0042", "user:alice", "clause:8.3", "attachment:12"
    QString action;   // create, update, status, link, release, signature, import, user, applicability
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString user;
    QString recordId; // exact id
    QString text;     // substring in record id, field or values
    QDateTime fromUtc;
    QDateTime toUtc;
    qint64 offset = 0;
    int limit = 1000;
    bool newestFirst = true;
    qint64 afterSeq = 0; // only entries after this sequence number (keyset paging of long reads)
};

struct AuditProblem {
    qint64 seq = 0; // 0 when the problem concerns a record rather than a row
    QString recordId;
    QString message;
};

struct ChainHead {
    qint64 seq = 0;
    QString hash; // hex SHA-256; empty for an empty trail
    QString shortHash() const { return hash.left(12); }
};

struct VerifyReport {
    qint64 entries = 0;
    qint64 recordsChecked = 0;
    ChainHead head;
    QStringList integrityProblems; // from SQLite's integrity_check
    QList<AuditProblem> problems;
    bool ok() const { return integrityProblems.isEmpty() && problems.isEmpty(); }
    QString summary() const;
};

// The append-only, hash-chained audit trail. Each row's SHA-256 covers its own content and the
// previous row's hash, so an edit, a deletion or a reordering made behind the app's back breaks
// the chain at that row.
class AuditTrail final {
public:
    explicit AuditTrail(Database& db)
        : m_db(db) {}

    // Appends inside the caller's write transaction; assigns seq, prevHash and hash.
    Status append(QList<AuditEntry>& entries);

    Result<QList<AuditEntry>> query(const AuditFilter& filter) const;
    Result<qint64> count(const AuditFilter& filter) const;
    Result<QList<AuditEntry>> forRecord(const QString& recordId) const;
    Result<ChainHead> head() const;
    Result<QStringList> users() const;

    // One kind of stored state to hold against the trail: every record id it yields starts with
    // `prefix`. A small set comes through `yield` in any order and is sorted by the verifier; a big
    // register comes through `stream` in SQLite's BINARY id order (ORDER BY id), as UTF-8 views
    // that are valid only during the call, so nothing is converted or kept.
    using StateSink = std::function<void(const QString& recordId, const QHash<QString, QString>& fields)>;
    struct StoredField {
        QByteArrayView key;
        QByteArrayView value;
    };
    using StoredFields = std::vector<StoredField>;
    using RawStateSink = std::function<void(QByteArrayView recordId, const StoredFields& fields)>;
    struct StateSource {
        QString prefix;
        std::function<Status(const StateSink&)> yield;
        std::function<Status(const RawStateSink&)> stream;
    };

    // Integrity check (`deep`: integrity_check, else quick_check), the whole chain, then every
    // record's stored fields against what the trail last recorded for them.
    Result<VerifyReport> verify(const QList<StateSource>& sources, bool deep = false,
                                const std::function<bool(qint64 done)>& progress = {}) const;

    static QString computeHash(const AuditEntry& e, const QString& prevHash);

private:
    Database& m_db;
    quint64 m_cachedTransaction = 0;
    ChainHead m_cachedHead;
    QByteArray m_cachedHashBytes; // m_cachedHead.hash as bytes, as the next row hashes it
};

} // namespace qms
