#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace qms {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("qms::Database", s); }

int sqliteCode(const QSqlError& e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

constexpr int SQLITE_BUSY_CODE = 5;
constexpr int SQLITE_LOCKED_CODE = 6;

} // namespace

Error sqlError(const QSqlError& e, const QString& what)
{
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    switch (sqliteCode(e)) {
    case SQLITE_BUSY_CODE:
    case SQLITE_LOCKED_CODE:
        return makeError(ErrorCode::Locked,
                         tr("%1: the database is busy; another program kept it locked for too long (%2). Try again.")
                             .arg(what, detail));
    case 8: // SQLITE_READONLY
        return makeError(ErrorCode::ReadOnly, tr("%1: the database file is read-only (%2).").arg(what, detail));
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::Io, tr("%1: the disk is full (%2). Nothing was saved; free some space and "
                                           "try again.")
                                            .arg(what, detail));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return makeError(ErrorCode::Io, tr("%1: the file could not be read or written (%2).").arg(what, detail));
    case 11: // SQLITE_CORRUPT
        return makeError(ErrorCode::Corrupt, tr("%1: the database file is damaged (%2).").arg(what, detail));
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::NotAQmsFile, tr("%1: this is not a database file (%2).").arg(what, detail));
    default:
        return makeError(ErrorCode::Internal, tr("%1 failed: %2").arg(what, detail));
    }
}

Database::Database(QString path, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("qms-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_mode(mode)
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::openConnection()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == OpenMode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return sqlError(m_db.lastError(), tr("Opening %1").arg(m_path));
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return makeError(ErrorCode::Duplicate,
                         tr("%1 exists already; a new QMS database needs a new file name.").arg(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::Io, tr("Cannot create %1: the folder %2 does not exist.")
                                            .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), OpenMode::ReadWrite));
    if (auto s = db->openConnection(); !s)
        return s.error();
    if (auto s = db->applyPragmas(); !s)
        return s.error();
    if (auto s = Migrations::migrate(*db, 0); !s) {
        db.reset();
        QFile::remove(info.absoluteFilePath());
        return s.error();
    }
    db->m_schemaVersion = Migrations::latestVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("No such file: %1").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return makeError(ErrorCode::Io, tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (!info.isReadable())
        return makeError(ErrorCode::Io, tr("%1 cannot be read: permission denied.").arg(QDir::toNativeSeparators(path)));
    if (mode == OpenMode::ReadWrite && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return makeError(ErrorCode::ReadOnly,
                         tr("%1 is on read-only media or lacks write permission. Open it for review (read-only) "
                            "instead.")
                             .arg(QDir::toNativeSeparators(path)));
    if (info.size() == 0)
        return makeError(ErrorCode::NotAQmsFile,
                         tr("%1 is an empty file, not a QMS Desk database.").arg(QDir::toNativeSeparators(path)));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), mode));
    if (auto s = db->openConnection(); !s)
        return s.error();
    if (auto s = db->checkIdentity(false); !s)
        return s.error();
    if (auto s = db->applyPragmas(); !s)
        return s.error();
    if (db->m_schemaVersion < Migrations::latestVersion()) {
        if (mode == OpenMode::ReadOnly)
            return makeError(ErrorCode::ReadOnly,
                             tr("%1 uses schema %2 of an older QMS Desk. Open it once read-write to upgrade it, "
                                "then review it.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(db->m_schemaVersion));
        if (auto s = Migrations::migrate(*db, db->m_schemaVersion); !s)
            return s.error();
        db->m_schemaVersion = Migrations::latestVersion();
    }
    return db;
}

Status Database::checkIdentity(bool allowEmpty)
{
    const QString where = QDir::toNativeSeparators(m_path);
    QSqlQuery q(m_db);
    // The first read of the header: random bytes fail here with "file is not a database".
    if (!q.exec(QStringLiteral("PRAGMA application_id"))) {
        Error e = sqlError(q.lastError(), tr("Reading %1").arg(where));
        if (e.code == ErrorCode::NotAQmsFile || e.code == ErrorCode::Corrupt)
            e.message = tr("%1 is not a QMS Desk database: it is not an SQLite file at all (%2). The file was not "
                           "changed.")
                            .arg(where, q.lastError().databaseText());
        return e;
    }
    q.next();
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), tr("Reading the schema version of %1").arg(where));
    m_schemaVersion = q.value(0).toInt();
    q.finish();

    if (appId != ApplicationId) {
        if (appId == 0 && m_schemaVersion == 0 && allowEmpty)
            return {};
        return makeError(ErrorCode::NotAQmsFile,
                         appId == 0 ? tr("%1 is an SQLite database of another program, not a QMS Desk database. "
                                         "The file was not changed.")
                                          .arg(where)
                                    : tr("%1 is an SQLite database of another program (application id 0x%2), not a "
                                         "QMS Desk database. The file was not changed.")
                                          .arg(where)
                                          .arg(appId, 8, 16, QLatin1Char('0')));
    }
    if (m_schemaVersion > Migrations::latestVersion())
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 was written by a newer QMS Desk (schema %2; this version reads up to schema %3). "
                            "Update QMS Desk to open it. The file was not changed.")
                             .arg(where)
                             .arg(m_schemaVersion)
                             .arg(Migrations::latestVersion()));

    // A truncated copy (an interrupted download or USB copy) is shorter than its header says.
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next()) {
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next()) {
            const qint64 expected = pages * q.value(0).toLongLong();
            const qint64 actual = QFileInfo(m_path).size();
            const bool hasWal = QFileInfo::exists(m_path + QStringLiteral("-wal"));
            if (!hasWal && actual < expected)
                return makeError(ErrorCode::Corrupt,
                                 tr("%1 is truncated: it holds %2 bytes but its header describes %3. Restore it "
                                    "from a backup. The file was not changed.")
                                     .arg(where)
                                     .arg(actual)
                                     .arg(expected));
        }
    }
    q.finish();
    return {};
}

Status Database::applyPragmas()
{
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_mode == OpenMode::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    } else {
        pragmas << QStringLiteral("PRAGMA query_only = 1");
    }
    for (const QString& p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(p))
            return sqlError(q.lastError(), tr("Preparing %1 (%2)").arg(QDir::toNativeSeparators(m_path), p));
    }
    return {};
}

Status Database::exec(const QString& sql, const QString& what)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), what);
    return {};
}

Status Database::write(const std::function<Status()>& work)
{
    if (m_mode == OpenMode::ReadOnly)
        return makeError(ErrorCode::ReadOnly,
                         tr("%1 is open for review (read-only); nothing can be changed.").arg(QDir::toNativeSeparators(m_path)));
    if (m_inTransaction)
        return work(); // part of the enclosing transaction

    // BEGIN IMMEDIATE takes the write lock up front, so a read-then-write cannot fail half-way
    // with SQLITE_BUSY. The driver's busy timeout waits 5 s; we retry a few times on top.
    QSqlQuery begin(m_db);
    int attempt = 0;
    while (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const Error e = sqlError(begin.lastError(), tr("Starting a change"));
        if (e.code != ErrorCode::Locked || ++attempt >= 4)
            return e;
        QThread::msleep(50 * attempt);
    }
    m_inTransaction = true;
    Status result;
    try {
        result = work();
    } catch (const std::exception& ex) {
        result = makeError(ErrorCode::Internal, tr("Unexpected failure: %1").arg(QString::fromUtf8(ex.what())));
    }
    QSqlQuery end(m_db);
    if (result) {
        if (!end.exec(QStringLiteral("COMMIT"))) {
            result = sqlError(end.lastError(), tr("Saving the change"));
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    } else {
        end.exec(QStringLiteral("ROLLBACK"));
    }
    m_inTransaction = false;
    return result;
}

Result<QStringList> Database::integrityCheck()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError(), tr("Checking the integrity of %1").arg(QDir::toNativeSeparators(m_path)));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Status Database::backupTo(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists())
        return makeError(ErrorCode::Duplicate, tr("%1 exists already; choose a new name for the backup.")
                                                   .arg(QDir::toNativeSeparators(target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::Io, tr("Cannot write the backup: the folder %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec()) {
        QFile::remove(info.absoluteFilePath());
        return sqlError(q.lastError(), tr("Writing the backup %1").arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

QString Database::metaValue(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    if (!q.exec())
        return sqlError(q.lastError(), tr("Saving setting %1").arg(key));
    return {};
}

} // namespace qms
