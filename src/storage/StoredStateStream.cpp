#include "StoredStateStream.h"

#include "AuditReplay.h"
#include "Database.h"
#include "RecordFieldAccess.h"
#include "RecordTraits.h"

#include <memory>
#include <sqlite3.h>
#include <vector>

namespace qms {

using namespace detail;

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

QString text(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

QByteArrayView view(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
}

// One list field read from record_links in the owner's id order (column 0: owner, 1: item), in
// the order RecordRepository::load gives its items.
class LinkCursor {
public:
    QString field;
    Statement st;
    bool row = false;

    // The items of `id`; rows of ids before it (links of records that are gone) are skipped.
    Result<QStringList> itemsOf(QByteArrayView id, sqlite3* handle) {
        QStringList items;
        while (row) {
            const QByteArrayView owner = view(st.get(), 0);
            if (owner > id)
                break;
            if (owner == id)
                items << text(st.get(), 1);
            const int rc = sqlite3_step(st.get());
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return makeError(ErrorCode::Corrupt,
                                 RepoTr::tr("Reading links: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
            row = rc == SQLITE_ROW;
        }
        return items;
    }
};

} // namespace

template <typename R> Status streamStoredState(Database& db, const AuditTrail::StateSink& sink) {
    sqlite3* handle = sqliteHandleOf(db);
    if (!handle)
        return makeError(ErrorCode::Internal, RepoTr::tr("No SQLite handle for verification"));
    const auto failed = [handle](const QString& what) {
        return makeError(ErrorCode::Corrupt,
                         RepoTr::tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(handle))));
    };
    const QString table = QString::fromLatin1(RecordTraits<R>::table);
    const QString what = RepoTr::tr("Reading %1").arg(table);
    const QByteArray prefix = recordPrefix(RecordTraits<R>::kind).toUtf8() + '-';
    QByteArray upper = prefix;
    upper.back() = char(upper.back() + 1); // "NC-" .. "NC.": exactly the ids with the prefix

    const QStringList keys = scalarKeys<R>();
    const QByteArray sql = QStringLiteral("SELECT id, created_by, updated_by, %1 FROM %2 ORDER BY id")
                               .arg(keys.join(QStringLiteral(", ")), table)
                               .toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return failed(what);
    Statement records(raw);

    std::vector<LinkCursor> links;
    for (const LinkSpec& link : RecordTraits<R>::links) {
        const char* linkSql =
            link.own ? "SELECT record_id, target FROM record_links WHERE field = ?1 AND record_id >= ?2 AND "
                       "record_id < ?3 ORDER BY record_id, pos"
                     : "SELECT target, record_id FROM record_links WHERE field = ?1 AND target >= ?2 AND "
                       "target < ?3 ORDER BY target, record_id";
        if (sqlite3_prepare_v2(handle, linkSql, -1, &raw, nullptr) != SQLITE_OK)
            return failed(what);
        LinkCursor c{QString::fromLatin1(link.field), Statement(raw)};
        sqlite3_bind_text(raw, 1, link.storedField, -1, SQLITE_STATIC);
        sqlite3_bind_text(raw, 2, prefix.constData(), int(prefix.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(raw, 3, upper.constData(), int(upper.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(raw);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return failed(what);
        c.row = rc == SQLITE_ROW;
        links.push_back(std::move(c));
    }

    const QString createdBy = QStringLiteral("meta.created_by"),
                  updatedBy = QStringLiteral("meta.updated_by");
    QHash<QString, QString> fields;
    int rc;
    while ((rc = sqlite3_step(records.get())) == SQLITE_ROW) {
        sqlite3_stmt* st = records.get();
        const QByteArrayView id = view(st, 0);
        // Every record has the same keys: the hash keeps its nodes and only the values change.
        fields[createdBy] = text(st, 1);
        fields[updatedBy] = text(st, 2);
        for (int i = 0; i < keys.size(); ++i)
            fields[keys[i]] = text(st, 3 + i);
        for (LinkCursor& c : links) {
            auto items = c.itemsOf(id, handle);
            if (!items)
                return items.error();
            fields[c.field] = codec::list(*items);
        }
        sink(QString::fromUtf8(id), fields);
    }
    if (rc != SQLITE_DONE)
        return failed(what);
    return {};
}

template Status streamStoredState<Process>(Database&, const AuditTrail::StateSink&);
template Status streamStoredState<Nonconformity>(Database&, const AuditTrail::StateSink&);
template Status streamStoredState<CorrectiveAction>(Database&, const AuditTrail::StateSink&);

} // namespace qms
