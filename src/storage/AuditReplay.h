#pragma once

#include "AuditTrail.h"

#include <QByteArray>
#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace qms {

class Database;

// The connection's sqlite3 handle, for the bulk reads of verification; null if not SQLite.
sqlite3* sqliteHandleOf(Database& db);

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

private:
    struct Replayed {
        QByteArray id;
        QHash<QString, QString> state;
        bool valid = false;
    };
    Status start();
    Status advance(); // reads the next record's replayed state into m_current
    Status feed(const QString& recordId, const QHash<QString, QString>& fields);
    Status finish();
    void compare(const QString& recordId, const QHash<QString, QString>& fields);
    void reportMissingRecord();
    Result<std::pair<QString, QString>> valueAndUser(qint64 seq);

    sqlite3* m_handle;
    VerifyReport& m_report;
    std::function<bool(qint64)> m_progress;
    sqlite3_stmt* m_groups = nullptr; // record_id, field, max(seq), min(seq), in index order
    sqlite3_stmt* m_row = nullptr;    // new_value, user of one seq
    bool m_pending = false;           // m_groups holds a row not yet consumed
    Replayed m_current;
    QByteArray m_lastFed;
    qint64 m_indexed = 0;
    Status m_error;
};

} // namespace qms
