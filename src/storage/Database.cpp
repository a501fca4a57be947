#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <sys/stat.h>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Database)
};

int sqliteCode(const QSqlError& e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

constexpr int SQLITE_BUSY_CODE = 5;
constexpr int SQLITE_LOCKED_CODE = 6;

quint32 bigEndian32(const QByteArray& b, int at) {
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

// The header check and SQLite's own view of a file refuse with the same words.
Error foreignFileError(const QString& where, quint32 appId) {
    return makeError(ErrorCode::NotAQmsFile,
                     appId == 0 ? Tr::tr("%1 is an SQLite database of another program, not a QMS Desk "
                                         "database. The file was not changed.")
                                      .arg(where)
                                : Tr::tr("%1 is an SQLite database of another program (application id "
                                         "0x%2), not a QMS Desk database. The file was not changed.")
                                      .arg(where)
                                      .arg(appId, 8, 16, QLatin1Char('0')));
}

Error newerSchemaError(const QString& where, qint64 version) {
    return makeError(ErrorCode::NewerSchema,
                     Tr::tr("%1 was written by a newer QMS Desk (schema %2; this version reads up to "
                            "schema %3). Update QMS Desk to open it. The file was not changed.")
                         .arg(where)
                         .arg(version)
                         .arg(Migrations::latestVersion()));
}

} // namespace

Error sqlError(const QSqlError& e, const QString& what) {
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return sqliteCodeError(sqliteCode(e), detail, what);
}

Error sqliteCodeError(int code, const QString& detail, const QString& what) {
    switch (code) {
    case SQLITE_BUSY_CODE:
    case SQLITE_LOCKED_CODE:
        return makeError(
            ErrorCode::Locked,
            Tr::tr("%1: the database is busy; another program kept it locked for too long (%2). Try again.")
                .arg(what, detail));
    case 8: // SQLITE_READONLY
        return makeError(ErrorCode::ReadOnly,
                         Tr::tr("%1: the database file is read-only (%2).").arg(what, detail));
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::Io,
                         Tr::tr("%1: the disk is full (%2). Nothing was saved; free some space and "
                                "try again.")
                             .arg(what, detail));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return makeError(ErrorCode::Io,
                         Tr::tr("%1: the file could not be read or written (%2).").arg(what, detail));
    case 11: // SQLITE_CORRUPT
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1: the database file is damaged (%2).").arg(what, detail));
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::NotAQmsFile,
                         Tr::tr("%1: this is not a database file (%2).").arg(what, detail));
    default:
        return makeError(ErrorCode::Internal, Tr::tr("%1 failed: %2").arg(what, detail));
    }
}

Database::Database(QString path, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("qms-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_mode(mode) {}

Database::~Database() {
    m_statements.clear(); // statements go before their connection
    if (m_db.isValid()) {
        if (m_inTransaction)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::openConnection() {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == OpenMode::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // On read-only media SQLite cannot create the -wal/-shm files a WAL database needs even
        // for reading. Nobody can write there either, so the file is opened as immutable.
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QFileInfo(folder).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-wal")) &&
            !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?mode=ro&immutable=1"));
        }
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return sqlError(m_db.lastError(), Tr::tr("Opening %1").arg(m_path));
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path) {
    const QFileInfo info(path);
    if (info.exists())
        return makeError(ErrorCode::Duplicate,
                         Tr::tr("%1 exists already; a new QMS database needs a new file name.").arg(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::Io, Tr::tr("Cannot create %1: the folder %2 does not exist.")
                                            .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    // A write-ahead log left by a deleted database would be replayed into the new file.
    for (const char* suffix : {"-wal", "-journal"}) {
        const QString leftover = info.absoluteFilePath() + QLatin1String(suffix);
        if (QFileInfo::exists(leftover))
            return makeError(ErrorCode::Duplicate,
                             Tr::tr("%1 is left over from an earlier database of that name; move it "
                                    "away or choose another file name.")
                                 .arg(QDir::toNativeSeparators(leftover)));
    }
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), OpenMode::ReadWrite));
    const auto removeFiles = [&] {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(info.absoluteFilePath() + QLatin1String(suffix));
    };
    if (auto s = db->openConnection(); !s) {
        removeFiles();
        return s.error();
    }
    if (auto s = db->applyPragmas(); !s) {
        removeFiles();
        return s.error();
    }
    if (auto s = Migrations::migrate(*db, 0); !s) {
        removeFiles();
        return s.error();
    }
    db->m_schemaVersion = Migrations::latestVersion();
    db->rememberFileIdentity();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("No such file: %1").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return makeError(ErrorCode::Io, Tr::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (!info.isReadable())
        return makeError(ErrorCode::Io,
                         Tr::tr("%1 cannot be read: permission denied.").arg(QDir::toNativeSeparators(path)));
    if (mode == OpenMode::ReadWrite && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return makeError(
            ErrorCode::ReadOnly,
            Tr::tr("%1 is on read-only media or lacks write permission. Open it for review (read-only) "
                   "instead.")
                .arg(QDir::toNativeSeparators(path)));
    if (info.size() == 0)
        return makeError(
            ErrorCode::NotAQmsFile,
            Tr::tr("%1 is an empty file, not a QMS Desk database.").arg(QDir::toNativeSeparators(path)));

    // Refuse foreign, newer and truncated files from their header bytes before SQLite sees them:
    // an SQLite connection, even a failing one, leaves -wal/-shm files beside a WAL database.
    if (auto s = checkHeader(info.absoluteFilePath()); !s)
        return s.error();

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), mode));
    if (auto s = db->openConnection(); !s)
        return s.error();
    if (auto s = db->checkIdentity(false); !s)
        return s.error();
    if (auto s = db->applyPragmas(); !s)
        return s.error();
    if (db->m_schemaVersion < Migrations::latestVersion()) {
        if (mode == OpenMode::ReadOnly) {
            // Reviewed as it is: the file is not upgraded behind the reviewer's back.
            if (auto s = db->readOlderSchema(); !s)
                return s.error();
            db->rememberFileIdentity();
            return db;
        }
        if (auto s = Migrations::migrate(*db, db->m_schemaVersion); !s)
            return s.error();
        db->m_schemaVersion = Migrations::latestVersion();
    }
    db->rememberFileIdentity();
    return db;
}

Status Database::readOlderSchema() {
    QStringList sql;
    for (int v = m_schemaVersion + 1; v <= Migrations::latestVersion(); ++v) {
        const auto step = Migrations::reviewStatements(v);
        if (!step)
            return makeError(ErrorCode::ReadOnly,
                             Tr::tr("%1 uses schema %2 of an older QMS Desk. Open it once read-write to "
                                    "upgrade it, then review it.")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(m_schemaVersion));
        sql << *step;
    }
    // Temporary objects live outside the file; query_only refuses them all the same.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 0"));
    Status result;
    for (const QString& statement : sql) {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            result = sqlError(q.lastError(),
                              Tr::tr("Opening %1 for review").arg(QDir::toNativeSeparators(m_path)));
            break;
        }
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
    return result;
}

Status Database::checkHeader(const QString& path) {
    // SQLite file format: magic at 0, page size at 16 (1 = 65536), change counter at 24, page
    // count at 28 (valid when the counter at 92 matches 24), user_version at 60, application id
    // at 68; all big-endian.
    static const QByteArray magic("SQLite format 3\0", 16);
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read: %2").arg(where, file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (!header.startsWith(magic.left(std::min<qsizetype>(header.size(), magic.size()))) || header.isEmpty())
        return makeError(ErrorCode::NotAQmsFile,
                         Tr::tr("%1 is not a QMS Desk database: it is not an SQLite file at all. "
                                "The file was not changed.")
                             .arg(where));
    if (header.size() < 100)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is truncated: it holds only %2 bytes, less than an SQLite header. "
                                "Restore it from a backup. The file was not changed.")
                             .arg(where)
                             .arg(size));
    // Committed changes still in the write-ahead log may not be in the header yet (a file just
    // created by another QMS Desk): then SQLite's own view decides in checkIdentity().
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    const quint32 appId = bigEndian32(header, 68);
    const quint32 userVersion = bigEndian32(header, 60);
    if (appId != quint32(ApplicationId))
        return foreignFileError(where, appId);
    if (qint64(userVersion) > Migrations::latestVersion())
        return newerSchemaError(where, qint64(userVersion));
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pages = bigEndian32(header, 28);
    const bool pagesValid = pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pagesValid && pageSize >= 512 && qint64(pages) * pageSize > size)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is truncated: it holds %2 bytes but its header describes %3. "
                                "Restore it from a backup. The file was not changed.")
                             .arg(where)
                             .arg(size)
                             .arg(qint64(pages) * pageSize));
    return {};
}

Status Database::checkIdentity(bool allowEmpty) {
    const QString where = QDir::toNativeSeparators(m_path);
    QSqlQuery q(m_db);
    // The first read of the header: random bytes fail here with "file is not a database".
    if (!q.exec(QStringLiteral("PRAGMA application_id"))) {
        Error e = sqlError(q.lastError(), Tr::tr("Reading %1").arg(where));
        if (e.code == ErrorCode::NotAQmsFile)
            e.message =
                Tr::tr(
                    "%1 is not a QMS Desk database: it is not an SQLite file at all (%2). The file was not "
                    "changed.")
                    .arg(where, q.lastError().databaseText());
        else if (e.code == ErrorCode::Corrupt)
            e.message = Tr::tr("%1 is damaged (%2). Restore it from a backup. The file was not changed.")
                            .arg(where, q.lastError().databaseText());
        return e;
    }
    q.next();
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), Tr::tr("Reading the schema version of %1").arg(where));
    m_schemaVersion = q.value(0).toInt();
    q.finish();

    if (appId != ApplicationId) {
        if (appId == 0 && m_schemaVersion == 0 && allowEmpty)
            return {};
        return foreignFileError(where, appId);
    }
    if (m_schemaVersion > Migrations::latestVersion())
        return newerSchemaError(where, m_schemaVersion);

    // A truncated copy (an interrupted download or USB copy) is shorter than its header says.
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next()) {
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next()) {
            const qint64 expected = pages * q.value(0).toLongLong();
            const qint64 actual = QFileInfo(m_path).size();
            const bool hasWal = QFileInfo::exists(m_path + QStringLiteral("-wal"));
            if (!hasWal && actual < expected)
                return makeError(
                    ErrorCode::Corrupt,
                    Tr::tr("%1 is truncated: it holds %2 bytes but its header describes %3. Restore it "
                           "from a backup. The file was not changed.")
                        .arg(where)
                        .arg(actual)
                        .arg(expected));
        }
    }
    q.finish();
    return {};
}

Status Database::applyPragmas() {
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_mode == OpenMode::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    } else {
        pragmas << QStringLiteral("PRAGMA query_only = 1");
    }
    for (const QString& p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(p))
            return sqlError(q.lastError(),
                            Tr::tr("Preparing %1 (%2)").arg(QDir::toNativeSeparators(m_path), p));
    }
    return {};
}

Status Database::exec(const QString& sql, const QString& what) {
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), what);
    return {};
}

Status Database::write(const std::function<Status()>& work) {
    if (m_mode == OpenMode::ReadOnly)
        return makeError(ErrorCode::ReadOnly,
                         Tr::tr("%1 is open for review (read-only); nothing can be changed.")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (m_inTransaction)
        return work(); // part of the enclosing transaction
    if (auto s = checkFileStillThere(); !s)
        return s;

    // BEGIN IMMEDIATE takes the write lock up front, so a read-then-write cannot fail half-way
    // with SQLITE_BUSY. The driver's busy timeout waits 5 s; we retry a few times on top.
    QSqlQuery begin(m_db);
    int attempt = 0;
    while (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const Error e = sqlError(begin.lastError(), Tr::tr("Starting a change"));
        if (e.code != ErrorCode::Locked || ++attempt >= 4)
            return e;
        QThread::msleep(50 * attempt);
    }
    m_inTransaction = true;
    ++m_transactionId;
    m_beforeCommit.clear();
    Status result;
    try {
        result = work();
    } catch (const std::exception& ex) {
        result = makeError(ErrorCode::Internal,
                           Tr::tr("Unexpected failure: %1").arg(QString::fromUtf8(ex.what())));
    }
    if (result) {
        for (const auto& [key, hook] : m_beforeCommit) {
            result = hook();
            if (!result)
                break;
        }
    }
    m_beforeCommit.clear();
    for (auto& [sql, statement] : m_statements)
        statement->reset(); // no statement may keep a read open across the transaction's end
    QSqlQuery end(m_db);
    if (result) {
        if (!end.exec(QStringLiteral("COMMIT"))) {
            result = sqlError(end.lastError(), Tr::tr("Saving the change"));
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    } else {
        end.exec(QStringLiteral("ROLLBACK"));
    }
    m_inTransaction = false;
    if (m_transactionEnd)
        m_transactionEnd(result.ok());
    return result;
}

Result<QStringList> Database::integrityCheck(bool deep) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(deep ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return sqlError(q.lastError(),
                        Tr::tr("Checking the integrity of %1").arg(QDir::toNativeSeparators(m_path)));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Status Database::backupTo(const QString& target) {
    const QFileInfo info(target);
    if (info.exists())
        return makeError(ErrorCode::Duplicate, Tr::tr("%1 exists already; choose a new name for the backup.")
                                                   .arg(QDir::toNativeSeparators(target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the backup: the folder %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    // A review connection refuses every write, VACUUM INTO's output included: lift query_only
    // for this one statement (the source stays untouched; SQLite opened it read-only anyway).
    const bool reviewing = m_mode == OpenMode::ReadOnly;
    if (reviewing)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 0"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    const bool ok = q.exec();
    const QSqlError error = q.lastError();
    q.finish();
    if (reviewing)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
    if (!ok) {
        QFile::remove(info.absoluteFilePath());
        return sqlError(error, Tr::tr("Writing the backup %1").arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

QString Database::metaValue(const QString& key) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString& key, const QString& value) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Saving setting %1").arg(key));
    return {};
}

} // namespace qms

namespace qms {

sqlite3* Database::handle() const {
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

SqliteStatement& Database::statement(const QByteArray& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<SqliteStatement>(handle(), sql)).first;
    return *it->second;
}

void Database::beforeCommit(const QString& key, std::function<Status()> hook) {
    for (const auto& entry : m_beforeCommit)
        if (entry.first == key)
            return;
    m_beforeCommit.append({key, std::move(hook)});
}

void Database::rememberFileIdentity() {
    struct stat st {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_fileDevice = quint64(st.st_dev);
        m_fileInode = quint64(st.st_ino);
    }
}

Status Database::checkFileStillThere() const {
    if (m_fileInode == 0)
        return {};
    struct stat st {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0 || quint64(st.st_dev) != m_fileDevice ||
        quint64(st.st_ino) != m_fileInode)
        // SQLite would happily write to the unlinked file and lose everything at close.
        return makeError(ErrorCode::Io,
                         Tr::tr("%1 was deleted, moved or replaced while it was open. Nothing was "
                                "saved; keep your edit and save it to another file, or reopen the "
                                "database.")
                             .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

} // namespace qms
