#include "StoredStateStream.h"

#include "AuditReplay.h"
#include "Database.h"
#include "RecordFieldAccess.h"
#include "RecordTraits.h"

#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace qms {

using namespace detail;

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

QByteArrayView view(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
}

// One list field read from record_links in the owner's id order (column 0: owner, 1: item), in
// the order RecordRepository::load gives its items.
class LinkCursor {
public:
    QByteArray field;
    Statement st;
    bool row = false;
    std::string items; // of the current record, as codec::list joins them: "a; b; c"

    // The items of `id`, joined; rows of ids before it (links of records that are gone) are skipped.
    Result<QByteArrayView> itemsOf(QByteArrayView id, sqlite3* handle) {
        items.clear();
        bool first = true;
        while (row) {
            const QByteArrayView owner = view(st.get(), 0);
            if (owner > id)
                break;
            if (owner == id) {
                if (!first)
                    items.append("; ");
                first = false;
                const QByteArrayView item = view(st.get(), 1);
                items.append(item.data(), size_t(item.size()));
            }
            const int rc = sqlite3_step(st.get());
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return makeError(
                    ErrorCode::Corrupt,
                    RepoTr::tr("Reading links: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
            row = rc == SQLITE_ROW;
        }
        return QByteArrayView(items.data(), qsizetype(items.size()));
    }
};

} // namespace

template <typename R> Status streamStoredState(Database& db, const AuditTrail::RawStateSink& sink) {
    sqlite3* handle = db.handle();
    if (!handle)
        return makeError(ErrorCode::Internal, RepoTr::tr("No SQLite handle for verification"));
    const auto failed = [handle](const QString& what) {
        return makeError(ErrorCode::Corrupt,
                         RepoTr::tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(handle))));
    };
    const QString table = QString::fromLatin1(declOf<R>().table);
    const QString what = RepoTr::tr("Reading %1").arg(table);
    const QByteArray prefix = recordPrefix(kindOf<R>).toUtf8() + '-';
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
    for (const LinkDecl& link : declOf<R>().links) {
        const char* linkSql =
            // "+field": the primary key's range of ids, not the index on field, which would read the
            // field's links of every register and sort them all.
            link.own ? "SELECT record_id, target FROM record_links WHERE +field = ?1 AND record_id >= ?2 AND "
                       "record_id < ?3 ORDER BY record_id, pos"
                     : "SELECT target, record_id FROM record_links WHERE field = ?1 AND target >= ?2 AND "
                       "target < ?3 ORDER BY target, record_id";
        if (sqlite3_prepare_v2(handle, linkSql, -1, &raw, nullptr) != SQLITE_OK)
            return failed(what);
        LinkCursor c{QByteArray(link.field), Statement(raw)};
        sqlite3_bind_text(raw, 1, link.storedField, -1, SQLITE_STATIC);
        sqlite3_bind_text(raw, 2, prefix.constData(), int(prefix.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(raw, 3, upper.constData(), int(upper.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(raw);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return failed(what);
        c.row = rc == SQLITE_ROW;
        links.push_back(std::move(c));
    }

    std::vector<QByteArray> keyBytes;
    for (const QString& key : keys)
        keyBytes.push_back(key.toUtf8());
    // The keys stay, the values are views into the current rows: nothing is copied per record
    // but the joined link items.
    AuditTrail::StoredFields fields(2 + keyBytes.size() + links.size());
    fields[0].key = "meta.created_by";
    fields[1].key = "meta.updated_by";
    for (size_t i = 0; i < keyBytes.size(); ++i)
        fields[2 + i].key = keyBytes[i];
    for (size_t i = 0; i < links.size(); ++i)
        fields[2 + keyBytes.size() + i].key = links[i].field;
    int rc;
    while ((rc = sqlite3_step(records.get())) == SQLITE_ROW) {
        sqlite3_stmt* st = records.get();
        const QByteArrayView id = view(st, 0);
        fields[0].value = view(st, 1);
        fields[1].value = view(st, 2);
        for (size_t i = 0; i < keyBytes.size(); ++i)
            fields[2 + i].value = view(st, 3 + int(i));
        for (size_t i = 0; i < links.size(); ++i) {
            auto items = links[i].itemsOf(id, handle);
            if (!items)
                return items.error();
            fields[2 + keyBytes.size() + i].value = *items;
        }
        sink(id, fields);
    }
    if (rc != SQLITE_DONE)
        return failed(what);
    return {};
}

#define QMS_INSTANTIATE(R) template Status streamStoredState<R>(Database&, const AuditTrail::RawStateSink&);
QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE)
#undef QMS_INSTANTIATE

} // namespace qms
