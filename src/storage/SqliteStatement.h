#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace qms {

// A prepared statement on the connection's own sqlite3 handle, for the hot paths (a bulk import
// writes hundreds of thousands of rows). Texts are bound as UTF-8, SQLite's storage encoding: Qt's
// driver binds UTF-16 through QVariant, which SQLite then converts back, a third of an insert's
// cost. Kept by Database for the life of the connection (Database::statement()).
class SqliteStatement final {
public:
    SqliteStatement(sqlite3* db, const QByteArray& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1, as in SQLite. A null QString binds '' (our TEXT columns
    // are NOT NULL). The bound bytes are kept until the statement is reset.
    void bind(int index, const QString& text);
    void bind(int index, QByteArray utf8);
    // `utf8` must stay valid until run()/reset(): no copy is made.
    void bindView(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Names the work in an error message ("Saving NC-0042"); called only when something failed,
    // so that a bulk write translates and formats nothing per row.
    using Describe = std::function<QString()>;

    // Steps a statement that returns no rows to its end, then resets it.
    Status run(const Describe& what);
    // For a query: true while a row is there. Call reset() when done with the rows.
    Result<bool> next(const Describe& what);
    qint64 intColumn(int column) const;
    QByteArrayView textColumn(int column) const;
    void reset();
    // Rows changed by the last run() (sqlite3_changes).
    int changes() const;

private:
    Error failure(int rc, const Describe& what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareRc = 0;
    QByteArray m_sql;
    std::vector<QByteArray> m_kept; // bound texts, alive until reset
};

// Turns an SQLite result code of `db` into one of our errors naming `what` (see sqlError).
Error sqliteError(sqlite3* db, int rc, const QString& what);

} // namespace qms
