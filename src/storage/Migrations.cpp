#include "Migrations.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace qms {
namespace {

#define RECORD_META                                                                                          \
    "id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, version INTEGER NOT NULL, "                           \
    "created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT "     \
    "NULL, "

#define APPEND_ONLY(table)                                                                                   \
    "CREATE TRIGGER " table "_no_delete BEFORE DELETE ON " table                                             \
    " BEGIN SELECT RAISE(ABORT, 'records are never deleted: cancel or obsolete them'); END"

// Step 1: the first schema. Every scalar record field is a TEXT column holding the canonical text
// of FieldCodec; list fields live in record_links.
const char* const step1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE users(name TEXT PRIMARY KEY COLLATE NOCASE, display_name TEXT NOT NULL DEFAULT '', "
    "role TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL DEFAULT '', "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE clause_applicability(standard TEXT NOT NULL, edition TEXT NOT NULL, clause TEXT NOT NULL, "
    "applicable INTEGER NOT NULL, justification TEXT NOT NULL DEFAULT '', PRIMARY KEY(standard, edition, "
    "clause))",
    "CREATE TABLE attachments(id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, media_type TEXT NOT NULL, "
    "size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL, "
    "created_by TEXT NOT NULL)",
    "CREATE TABLE documents(" RECORD_META
    "title TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL, description TEXT NOT NULL, "
    "revision TEXT NOT NULL, effective_revision TEXT NOT NULL, status TEXT NOT NULL, approved_by TEXT NOT "
    "NULL, "
    "released_at TEXT NOT NULL, review_interval_months TEXT NOT NULL, next_review TEXT NOT NULL, "
    "obsolete_reason TEXT NOT NULL)",
    "CREATE TABLE document_revisions(document_id TEXT NOT NULL REFERENCES documents(id), pos INTEGER NOT "
    "NULL, "
    "label TEXT NOT NULL, change_summary TEXT NOT NULL, author TEXT NOT NULL, date TEXT NOT NULL, "
    "attachment_id INTEGER REFERENCES attachments(id), approved_by TEXT NOT NULL, released_at TEXT NOT NULL, "
    "PRIMARY KEY(document_id, pos))",
    "CREATE TABLE processes(" RECORD_META "name TEXT NOT NULL, owner TEXT NOT NULL, purpose TEXT NOT NULL, "
    "inputs TEXT NOT NULL, outputs TEXT NOT NULL, "
    "resources TEXT NOT NULL, kpis TEXT NOT NULL, risks TEXT NOT NULL, active TEXT NOT NULL)",
    "CREATE TABLE nonconformities(" RECORD_META
    "title TEXT NOT NULL, description TEXT NOT NULL, source TEXT NOT NULL, severity TEXT NOT NULL, "
    "detected_on TEXT NOT NULL, reported_by TEXT NOT NULL, responsible TEXT NOT NULL, process TEXT NOT NULL, "
    "reference TEXT NOT NULL, containment TEXT NOT NULL, rca_method TEXT NOT NULL, root_cause TEXT NOT NULL, "
    "disposition TEXT NOT NULL, effectiveness TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT NOT "
    "NULL, "
    "closed_on TEXT NOT NULL)",
    "CREATE TABLE corrective_actions(" RECORD_META
    "title TEXT NOT NULL, description TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL, "
    "due_date TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT NOT NULL, completed_on TEXT NOT NULL, "
    "effectiveness_due TEXT NOT NULL, effectiveness_by TEXT NOT NULL, effectiveness_result TEXT NOT NULL)",
    "CREATE TABLE record_links(record_id TEXT NOT NULL, field TEXT NOT NULL, target TEXT NOT NULL, "
    "pos INTEGER NOT NULL, PRIMARY KEY(record_id, field, target)) WITHOUT ROWID",
    "CREATE INDEX record_links_target ON record_links(field, target)",
    "CREATE INDEX nonconformities_status ON nonconformities(status, severity)",
    "CREATE INDEX nonconformities_detected ON nonconformities(detected_on)",
    "CREATE INDEX corrective_actions_status ON corrective_actions(status, due_date)",
    "CREATE INDEX documents_status ON documents(status, next_review)",
    "CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
    "record_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT NOT NULL, "
    "new_value TEXT NOT NULL, reason TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_log_record ON audit_log(record_id, field, seq)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    APPEND_ONLY("documents"),
    APPEND_ONLY("processes"),
    APPEND_ONLY("nonconformities"),
    APPEND_ONLY("corrective_actions"),
    "CREATE VIRTUAL TABLE search_index USING fts5(record_id UNINDEXED, kind UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "PRAGMA application_id = 1364022084", // 0x514D5344, "QMSD"
};

// Step 2: electronic signatures. A signature is an audit entry (action "signature") and so part
// of the hash chain; the index finds them without a scan, and the view shows them as columns to
// anyone reading the file with other tools. Passwords use the users.password_hash column of step
// 1, holding PasswordHash's self-describing text.
const char* const step2[] = {
    "CREATE INDEX audit_log_action ON audit_log(action, seq)",
    "CREATE VIEW signatures AS SELECT seq, at AS signed_at, user AS user_name, "
    "json_extract(new_value, '$.printed_name') AS printed_name, record_id, "
    "json_extract(new_value, '$.meaning_text') AS meaning, "
    "json_extract(new_value, '$.revision') AS revision, json_extract(new_value, '$.state') AS state, "
    "hash FROM audit_log WHERE action = 'signature'",
};

// Step 3: change requests (6.3, 8.5.6). Affected items are one text column ("ID | state | note"
// lines, like a process's KPIs); their clauses live in record_links.
const char* const step3[] = {
    "CREATE TABLE change_requests(" RECORD_META
    "title TEXT NOT NULL, type TEXT NOT NULL, reason TEXT NOT NULL, intended_result TEXT NOT NULL, "
    "consequences TEXT NOT NULL, integrity TEXT NOT NULL, resources TEXT NOT NULL, "
    "responsibilities TEXT NOT NULL, requested_by TEXT NOT NULL, owner TEXT NOT NULL, "
    "planned_date TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT NOT NULL, "
    "approved_by TEXT NOT NULL, approved_on TEXT NOT NULL, implemented_on TEXT NOT NULL, "
    "review_result TEXT NOT NULL, closed_on TEXT NOT NULL, affected TEXT NOT NULL)",
    "CREATE INDEX change_requests_status ON change_requests(status, planned_date)",
    APPEND_ONLY("change_requests"),
};

// Step 4: internal audits (9.2) and management reviews (9.3). Checklists, review inputs and
// decisions are one text column each (rows of " | "-separated cells, like affected items); scope
// clauses and processes, findings and actions live in record_links.
const char* const step4[] = {
    "CREATE TABLE audits(" RECORD_META
    "title TEXT NOT NULL, type TEXT NOT NULL, programme TEXT NOT NULL, scope TEXT NOT NULL, "
    "criteria TEXT NOT NULL, planned_date TEXT NOT NULL, planned_end TEXT NOT NULL, "
    "lead_auditor TEXT NOT NULL, team TEXT NOT NULL, auditees TEXT NOT NULL, status TEXT NOT NULL, "
    "status_reason TEXT NOT NULL, independence_note TEXT NOT NULL, held_on TEXT NOT NULL, "
    "conclusions TEXT NOT NULL, reported_by TEXT NOT NULL, reported_on TEXT NOT NULL, "
    "closed_on TEXT NOT NULL, checklist TEXT NOT NULL)",
    "CREATE INDEX audits_status ON audits(status, planned_date)",
    APPEND_ONLY("audits"),
    "CREATE TABLE management_reviews(" RECORD_META
    "title TEXT NOT NULL, planned_date TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, "
    "chair TEXT NOT NULL, attendees TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT NOT NULL, "
    "held_on TEXT NOT NULL, minutes TEXT NOT NULL, closed_on TEXT NOT NULL, inputs TEXT NOT NULL, "
    "outputs TEXT NOT NULL)",
    "CREATE INDEX management_reviews_status ON management_reviews(status, planned_date)",
    APPEND_ONLY("management_reviews"),
};

#undef RECORD_META
#undef APPEND_ONLY

struct Step {
    const char* const* begin;
    const char* const* end;
};

const Step steps[] = {
    {std::begin(step1), std::end(step1)},
    {std::begin(step2), std::end(step2)},
    {std::begin(step3), std::end(step3)},
    {std::begin(step4), std::end(step4)},
};

} // namespace

int Migrations::latestVersion() {
    return int(std::size(steps));
}

QStringList Migrations::statements(int version) {
    QStringList out;
    if (version < 1 || version > latestVersion())
        return out;
    for (auto it = steps[version - 1].begin; it != steps[version - 1].end; ++it)
        out << QString::fromLatin1(*it);
    return out;
}

std::optional<QStringList> Migrations::reviewStatements(int version) {
    const QStringList step = statements(version);
    if (step.isEmpty())
        return std::nullopt;
    QStringList out;
    for (const QString& sql : step) {
        // Indexes and the append-only triggers change nothing a reader sees.
        if (sql.startsWith(QLatin1String("CREATE INDEX ")) ||
            sql.startsWith(QLatin1String("CREATE TRIGGER ")))
            continue;
        // A table a later schema added is empty in an older file: a temporary one answers for it.
        if (sql.startsWith(QLatin1String("CREATE TABLE "))) {
            out << QStringLiteral("CREATE TEMP TABLE ") + sql.mid(int(qstrlen("CREATE TABLE ")));
            continue;
        }
        if (!sql.startsWith(QLatin1String("CREATE VIEW ")))
            return std::nullopt;
        out << QStringLiteral("CREATE TEMP VIEW ") + sql.mid(int(qstrlen("CREATE VIEW ")));
    }
    return out;
}

Status Migrations::migrate(Database& db, int fromVersion) {
    static_assert(Database::SchemaVersion == int(std::size(steps)),
                  "bump Database::SchemaVersion with a step");
    if (fromVersion >= latestVersion())
        return {};
    return db.write([&]() -> Status {
        for (int v = fromVersion + 1; v <= latestVersion(); ++v) {
            for (const QString& sql : statements(v)) {
                QSqlQuery q(db.connection());
                if (!q.exec(sql))
                    return sqlError(
                        q.lastError(),
                        QCoreApplication::translate("qms::Migrations", "Upgrading the database to schema %1")
                            .arg(v));
            }
        }
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())))
            return sqlError(q.lastError(), QStringLiteral("Setting the schema version"));
        return {};
    });
}

} // namespace qms
