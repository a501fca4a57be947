#pragma once

#include "AuditTrail.h"

#include <QByteArrayView>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace qms {

// The fields of one record as UTF-8 bytes, in one buffer reused record after record: the replay
// compares bytes and builds no strings or hashes per field.
class ReplayFields final {
public:
    void clear();
    void append(QByteArrayView key, QByteArrayView value);
    // Sorts by key; of the values appended for one key, the last one stays.
    void seal();
    // The value of `key` (after seal); empty when there is none.
    QByteArrayView value(QByteArrayView key) const;
    template <typename F> void forEach(F&& f) const {
        for (const Slot& s : m_slots)
            f(view(s.key, s.keyLength), view(s.value, s.valueLength));
    }

private:
    struct Slot {
        size_t key, keyLength, value, valueLength, order;
    };
    QByteArrayView view(size_t at, size_t length) const {
        return QByteArrayView(m_bytes.data() + at, qsizetype(length));
    }
    std::string m_bytes;
    std::vector<Slot> m_slots;
};

// Reads a snapshot ({"key":"text",...}, as QJsonDocument writes it) into `out` without building
// a QJsonDocument; anything else in it goes through QJsonDocument, with its meaning.
void parseSnapshot(QByteArrayView json, ReplayFields& out);

// Pass 2 of verify: holds every record's stored fields against what the audit trail last recorded
// for them. Both sides arrive in record-id order (SQLite's BINARY order, i.e. UTF-8 bytes) and are
// merged, so memory stays bounded by one record whatever the size of the trail.
class AuditReplay final {
public:
    // `progress` is asked every 10,000 records; false cancels.
    AuditReplay(sqlite3* handle, VerifyReport& report, std::function<bool(qint64)> progress = {});
    ~AuditReplay();
    AuditReplay(const AuditReplay&) = delete;
    AuditReplay& operator=(const AuditReplay&) = delete;

    // Compares the sources' records with the trail; sources are taken in the order of their prefix.
    Status run(QList<AuditTrail::StateSource> sources);
    // Rows seen through the index audit_log_record: must equal the rows of the table.
    qint64 indexedEntries() const { return m_indexed; }
    // The highest seq seen through the index: with indexedEntries, which snapshot the replay read.
    qint64 lastSeq() const { return m_lastSeq; }

private:
    struct Group {
        size_t field, fieldLength; // in m_groupFields
        qint64 maxSeq = 0;
        qint64 minSeq = 0;
    };
    Status start();
    Status advance(); // reads the next record's replayed state into m_state
    template <typename F> Status withRow(qint64 seq, F&& use);
    Status feed(QByteArrayView recordId, const AuditTrail::StoredFields& fields);
    Status finish();
    void compare(QByteArrayView recordId, const AuditTrail::StoredFields& fields);
    void reportMissingRecord();

    sqlite3* m_handle;
    VerifyReport& m_report;
    std::function<bool(qint64)> m_progress;
    sqlite3_stmt* m_groups = nullptr; // record_id, field, max(seq), min(seq), in index order
    sqlite3_stmt* m_row = nullptr;    // new_value, user of one seq
    bool m_pending = false;           // m_groups holds a row not yet consumed
    bool m_valid = false;             // m_currentId and m_state hold a record
    std::string m_currentId;
    ReplayFields m_state;
    ReplayFields m_snapshot;
    std::vector<Group> m_groupList;
    std::string m_groupFields, m_createdBy, m_updatedBy;
    std::string m_lastFed;
    bool m_fedAny = false;
    qint64 m_indexed = 0;
    qint64 m_lastSeq = 0;
    Status m_error;
};

} // namespace qms
