#include "SqliteStatement.h"

#include "Database.h"

#include <sqlite3.h>

namespace qms {

Error sqliteError(sqlite3* db, int rc, const QString& what) {
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return sqliteCodeError(rc & 0xff, detail, what);
}

SqliteStatement::SqliteStatement(sqlite3* db, const QByteArray& sql)
    : m_db(db)
    , m_sql(sql) {
    m_prepareRc = db ? sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_stmt, nullptr)
                     : SQLITE_MISUSE;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString& text) {
    bind(index, text.toUtf8());
}

void SqliteStatement::bind(int index, QByteArray utf8) {
    m_kept.push_back(std::move(utf8));
    bindView(index, m_kept.back());
}

void SqliteStatement::bindView(int index, QByteArrayView utf8) {
    if (!m_stmt)
        return;
    // A null view would bind SQL NULL; the columns want ''.
    static const char empty = 0;
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : &empty, int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value) {
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index) {
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
}

Error SqliteStatement::failure(int rc, const Describe& what) const {
    return sqliteError(m_db, rc, what ? what() : QString());
}

Status SqliteStatement::run(const Describe& what) {
    if (!m_stmt) {
        reset();
        return failure(m_prepareRc, what);
    }
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    // The error text belongs to the failed step: read it before the reset.
    Status result = rc == SQLITE_DONE ? Status() : Status(failure(rc, what));
    reset();
    return result;
}

Result<bool> SqliteStatement::next(const Describe& what) {
    if (!m_stmt) {
        reset();
        return failure(m_prepareRc, what);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = failure(rc, what);
    reset();
    return e;
}

qint64 SqliteStatement::intColumn(int column) const {
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

QByteArrayView SqliteStatement::textColumn(int column) const {
    if (!m_stmt)
        return {};
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
}

void SqliteStatement::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_kept.clear();
}

int SqliteStatement::changes() const {
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace qms
