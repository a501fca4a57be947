#include "AuditReplay.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AuditTrail)
};

QByteArrayView columnView(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
}

bool isRecordId(QByteArrayView id) {
    return !id.contains(':');
}

struct Group {
    QString field;
    qint64 maxSeq = 0;
    qint64 minSeq = 0;
};

} // namespace

sqlite3* sqliteHandleOf(Database& db) {
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

AuditReplay::AuditReplay(sqlite3* handle, VerifyReport& report, std::function<bool(qint64)> progress)
    : m_handle(handle)
    , m_report(report)
    , m_progress(std::move(progress)) {}

AuditReplay::~AuditReplay() {
    sqlite3_finalize(m_groups);
    sqlite3_finalize(m_row);
}

Status AuditReplay::start() {
    // Both statements read the index audit_log_record(record_id, field, seq) or the rowid: no sort,
    // no temporary table. The grouped one streams in record-id order.
    if (sqlite3_prepare_v2(m_handle,
                           "SELECT record_id, field, max(seq), min(seq), count(*) FROM audit_log "
                           "GROUP BY record_id, field ORDER BY record_id, field",
                           -1, &m_groups, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "SELECT new_value, user FROM audit_log WHERE seq = ?", -1, &m_row,
                           nullptr) != SQLITE_OK)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("The audit trail cannot be replayed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    const int rc = sqlite3_step(m_groups);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("The audit trail cannot be replayed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    m_pending = rc == SQLITE_ROW;
    return advance();
}

Result<std::pair<QString, QString>> AuditReplay::valueAndUser(qint64 seq) {
    sqlite3_bind_int64(m_row, 1, seq);
    const int rc = sqlite3_step(m_row);
    std::pair<QString, QString> out;
    if (rc == SQLITE_ROW) {
        out.first = QString::fromUtf8(columnView(m_row, 0));
        out.second = QString::fromUtf8(columnView(m_row, 1));
    }
    sqlite3_reset(m_row);
    if (rc != SQLITE_ROW)
        return makeError(ErrorCode::Corrupt, Tr::tr("Audit entry %1 cannot be read: %2")
                                                 .arg(seq)
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    return out;
}

Status AuditReplay::advance() {
    m_current = Replayed{};
    if (!m_pending)
        return {};
    m_current.id = columnView(m_groups, 0).toByteArray();
    m_current.valid = true;
    QList<Group> groups;
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW && columnView(m_groups, 0) == m_current.id) {
        groups.append({QString::fromUtf8(columnView(m_groups, 1)), sqlite3_column_int64(m_groups, 2),
                       sqlite3_column_int64(m_groups, 3)});
        m_indexed += sqlite3_column_int64(m_groups, 4);
        rc = sqlite3_step(m_groups);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return makeError(ErrorCode::Corrupt, Tr::tr("The audit trail could not be replayed to the end: %1")
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    m_pending = rc == SQLITE_ROW;

    // The newest snapshot ("*", all fields as JSON) sets every field; a field row written after it
    // wins, one written before it was superseded by it.
    auto& state = m_current.state;
    QHash<QString, QString> snapshot;
    qint64 snapshotSeq = 0, lastSeq = 0;
    QString createdBy, updatedBy;
    const auto snap = std::find_if(groups.cbegin(), groups.cend(),
                                   [](const Group& g) { return g.field == QLatin1String("*"); });
    if (snap != groups.cend()) {
        auto row = valueAndUser(snap->maxSeq);
        if (!row)
            return row.error();
        snapshotSeq = snap->maxSeq;
        const QJsonObject o = QJsonDocument::fromJson(row->first.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            snapshot.insert(it.key(), it.value().toString());
        state = snapshot;
        lastSeq = snap->maxSeq;
        updatedBy = row->second;
        if (snap->minSeq == snap->maxSeq) {
            createdBy = row->second;
        } else {
            auto first = valueAndUser(snap->minSeq);
            if (!first)
                return first.error();
            createdBy = first->second;
        }
    }
    for (const Group& g : groups) {
        if (g.field == QLatin1String("*"))
            continue;
        if (g.maxSeq <= snapshotSeq) {
            state.insert(g.field, snapshot.value(g.field));
            continue;
        }
        auto row = valueAndUser(g.maxSeq);
        if (!row)
            return row.error();
        state.insert(g.field, row->first);
        if (g.maxSeq > lastSeq) {
            lastSeq = g.maxSeq;
            updatedBy = row->second;
        }
    }
    if (isRecordId(m_current.id)) {
        // Who created the record and who touched it last, held against created_by and updated_by.
        state.insert(QStringLiteral("meta.updated_by"), updatedBy);
        if (snap != groups.cend())
            state.insert(QStringLiteral("meta.created_by"), createdBy);
    }
    return {};
}

void AuditReplay::reportMissingRecord() {
    if (!isRecordId(m_current.id))
        return;
    const QString rid = QString::fromUtf8(m_current.id);
    m_report.problems.append(
        {0, rid, Tr::tr("%1 is in the audit trail but missing from the database: it was deleted").arg(rid)});
}

void AuditReplay::compare(const QString& rid, const QHash<QString, QString>& fields) {
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        const QString recorded = m_current.state.value(f.key());
        if (recorded != f.value())
            m_report.problems.append(
                {0, rid,
                 Tr::tr("%1 field %2 holds \"%3\" but the audit trail last recorded \"%4\": it was changed "
                    "behind the application's back")
                     .arg(rid, f.key(), f.value().left(80), recorded.left(80))});
    }
}

Status AuditReplay::feed(const QString& rid, const QHash<QString, QString>& fields) {
    if (!m_error)
        return m_error;
    const QByteArray key = rid.toUtf8();
    if (!m_lastFed.isNull() && key <= m_lastFed)
        return makeError(ErrorCode::Internal,
                         Tr::tr("Records reached the verification out of order (%1 after %2)")
                             .arg(rid, QString::fromUtf8(m_lastFed)));
    m_lastFed = key;
    ++m_report.recordsChecked;
    if (m_progress && m_report.recordsChecked % 10000 == 0 &&
        !m_progress(m_report.entries + m_report.recordsChecked))
        return makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled"));
    while (m_current.valid && m_current.id < key) {
        reportMissingRecord();
        if (auto s = advance(); !s)
            return s;
    }
    if (m_current.valid && m_current.id == key) {
        compare(rid, fields);
        return advance();
    }
    m_report.problems.append(
        {0, rid, Tr::tr("%1 is not in the audit trail: it was added behind the application's back").arg(rid)});
    return {};
}

Status AuditReplay::finish() {
    while (m_current.valid) {
        reportMissingRecord();
        if (auto s = advance(); !s)
            return s;
    }
    return {};
}

Status AuditReplay::run(QList<AuditTrail::StateSource> sources) {
    if (auto s = start(); !s)
        return s;
    // Every id of a source starts with its prefix and no prefix starts another, so the sources,
    // taken in prefix order, yield one ordered stream of ids.
    std::sort(sources.begin(), sources.end(),
              [](const auto& a, const auto& b) { return a.prefix.toUtf8() < b.prefix.toUtf8(); });
    const auto sink = [this](const QString& rid, const QHash<QString, QString>& fields) {
        if (m_error)
            m_error = feed(rid, fields);
    };
    for (const AuditTrail::StateSource& source : sources) {
        if (source.ordered) {
            if (auto s = source.yield(sink); !s)
                return s;
        } else {
            // Small sets (users, clauses, attachments, documents): sorted here.
            std::map<QByteArray, std::pair<QString, QHash<QString, QString>>> sorted;
            const auto collect = [&sorted](const QString& rid, const QHash<QString, QString>& fields) {
                sorted.insert_or_assign(rid.toUtf8(), std::pair{rid, fields});
            };
            if (auto s = source.yield(collect); !s)
                return s;
            for (const auto& [key, record] : sorted)
                sink(record.first, record.second);
        }
        if (!m_error)
            return m_error;
    }
    return finish();
}

} // namespace qms
