#pragma once

#include "SqliteStatement.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>
#include <memory>

namespace qms {

enum class OpenMode {
    ReadWrite, // the normal working mode
    ReadOnly,  // review: SQLite opens the file read-only, nothing can be written
};

// One connection to one *.qms file. Owns the Qt SQL connection (one per thread, as SQLite wants)
// and the rules for opening: recognise our files, refuse newer schemas and foreign files without
// touching them, set the pragmas, migrate.
class Database final {
public:
    static constexpr int ApplicationId = 0x514D5344; // "QMSD"
    static constexpr int SchemaVersion = 4;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new, empty QMS file; refuses an existing path.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    // Opens an existing QMS file, migrating an older schema when opened read-write.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    // The file's schema; below SchemaVersion only for a review connection (see open()).
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase& connection() { return m_db; }

    // Runs `work` in one BEGIN IMMEDIATE transaction: commit when it returns ok, roll back
    // otherwise. Retries the BEGIN while another process holds the write lock, up to a limit.
    Status write(const std::function<Status()>& work);
    bool inTransaction() const { return m_inTransaction; }

    // Runs `sql` (no results) and turns an SQL failure into an Error naming `what`.
    Status exec(const QString& sql, const QString& what);

    // The problems SQLite's integrity_check (`deep`) or quick_check reports (empty when fine). The
    // quick one skips matching every index against its table, the slowest part on a big file.
    Result<QStringList> integrityCheck(bool deep = true);
    // Consistent copy of the whole database to `target` (VACUUM INTO), safe while others write.
    Status backupTo(const QString& target);

    // A prepared statement kept for the life of the connection, on the raw SQLite handle and
    // binding UTF-8 (see SqliteStatement): hot write paths (imports of 100,000 rows) would
    // otherwise spend much of their time re-parsing the same SQL and converting texts.
    SqliteStatement& statement(const QByteArray& sql);
    // The connection's sqlite3 handle (null when the driver is not QSQLITE).
    sqlite3* handle() const;
    // Runs `hook` once just before the current transaction commits (e.g. the audit head in meta).
    void beforeCommit(const QString& key, std::function<Status()> hook);
    // Counts transactions, so per-transaction caches know when they went stale.
    quint64 transactionId() const { return m_transactionId; }
    // Called when an outermost write() has ended, with true after its COMMIT and false after a
    // rollback; never for a nested write(), which is part of the enclosing transaction. The
    // connection is out of the transaction by then: the hook may read, and even write.
    void setTransactionEndHook(std::function<void(bool committed)> hook) {
        m_transactionEnd = std::move(hook);
    }

    QString metaValue(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);

private:
    Database(QString path, OpenMode mode);
    Status openConnection();
    static Status checkHeader(const QString& path);
    Status checkIdentity(bool allowEmpty);
    Status applyPragmas();
    // A review connection on a file of an older schema: what the newer steps add, as temporary
    // objects, so that the file is read as the latest schema and stays untouched.
    Status readOlderSchema();
    void rememberFileIdentity();
    Status checkFileStillThere() const;

    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    quint64 m_transactionId = 0;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_statements;
    QList<QPair<QString, std::function<Status()>>> m_beforeCommit;
    std::function<void(bool committed)> m_transactionEnd;
    quint64 m_fileDevice = 0; // st_dev/st_ino at open: a deleted or replaced file is noticed
    quint64 m_fileInode = 0;
};

// Qt binds a null QString as SQL NULL; our TEXT columns are NOT NULL and hold '' instead.
inline QString notNull(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// Turns a failed QSqlQuery/QSqlDatabase error into one of ours with a message naming `what`.
Error sqlError(const class QSqlError& e, const QString& what);
// The same for an SQLite result code (its primary part) and SQLite's message.
Error sqliteCodeError(int code, const QString& detail, const QString& what);

} // namespace qms
