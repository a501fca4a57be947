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
#include <string_view>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AuditTrail)
};

QByteArrayView columnView(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
}

// Byte order, as SQLite's BINARY collation (char_traits<char> compares as unsigned char).
std::string_view sv(QByteArrayView v) {
    return std::string_view(v.data(), size_t(v.size()));
}

bool isRecordId(std::string_view id) {
    return id.find(':') == std::string_view::npos;
}

QString text(QByteArrayView v) {
    return QString::fromUtf8(v);
}

// A JSON string at `p` (after its opening quote), decoded to UTF-8 into `out`; false on anything
// this small reader does not take (the caller then lets QJsonDocument read the whole snapshot).
bool readString(const char*& p, const char* end, std::string& out) {
    const auto hex4 = [&](const char* q, unsigned& v) {
        if (end - q < 4)
            return false;
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = q[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= unsigned(c - 'A' + 10);
            else
                return false;
        }
        return true;
    };
    while (p < end) {
        const char* run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        out.append(run, size_t(p - run));
        if (p == end || static_cast<unsigned char>(*p) < 0x20)
            return false;
        if (*p == '"') {
            ++p;
            return true;
        }
        if (++p == end)
            return false;
        switch (*p++) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            if (!hex4(p, cp))
                return false;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned low = 0;
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, low) || low < 0xDC00 ||
                    low >= 0xE000)
                    return false;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                return false;
            }
            if (cp < 0x80) {
                out += char(cp);
            } else if (cp < 0x800) {
                out += char(0xC0 | (cp >> 6));
                out += char(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += char(0xE0 | (cp >> 12));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            } else {
                out += char(0xF0 | (cp >> 18));
                out += char(0x80 | ((cp >> 12) & 0x3F));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            }
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool parseFlat(QByteArrayView json, ReplayFields& out) {
    const char* p = json.data();
    const char* const end = p + json.size();
    const auto skip = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    const auto take = [&](char c) {
        skip();
        if (p == end || *p != c)
            return false;
        ++p;
        return true;
    };
    if (!take('{'))
        return false;
    std::string key, value;
    skip();
    if (p < end && *p == '}')
        return ++p, skip(), p == end;
    for (;;) {
        key.clear();
        value.clear();
        if (!take('"') || !readString(p, end, key) || !take(':') || !take('"') || !readString(p, end, value))
            return false;
        out.append(QByteArrayView(key.data(), qsizetype(key.size())),
                   QByteArrayView(value.data(), qsizetype(value.size())));
        skip();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (!take('}'))
            return false;
        skip();
        return p == end;
    }
}

} // namespace

void ReplayFields::clear() {
    m_bytes.clear();
    m_slots.clear();
}

void ReplayFields::append(QByteArrayView key, QByteArrayView value) {
    Slot s{m_bytes.size(), size_t(key.size()), 0, size_t(value.size()), m_slots.size()};
    m_bytes.append(key.data(), size_t(key.size()));
    s.value = m_bytes.size();
    m_bytes.append(value.data(), size_t(value.size()));
    m_slots.push_back(s);
}

void ReplayFields::seal() {
    const auto keyOf = [this](const Slot& s) {
        return std::string_view(m_bytes.data() + s.key, s.keyLength);
    };
    std::sort(m_slots.begin(), m_slots.end(), [&](const Slot& a, const Slot& b) {
        const int c = keyOf(a).compare(keyOf(b));
        return c < 0 || (c == 0 && a.order < b.order);
    });
    // Of equal keys, the last appended (the last of the run) stays.
    size_t out = 0;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (i + 1 < m_slots.size() && keyOf(m_slots[i]) == keyOf(m_slots[i + 1]))
            continue;
        m_slots[out++] = m_slots[i];
    }
    m_slots.resize(out);
}

QByteArrayView ReplayFields::value(QByteArrayView key) const {
    const std::string_view k = sv(key);
    const auto it =
        std::lower_bound(m_slots.begin(), m_slots.end(), k, [this](const Slot& s, std::string_view k) {
            return std::string_view(m_bytes.data() + s.key, s.keyLength) < k;
        });
    if (it == m_slots.end() || std::string_view(m_bytes.data() + it->key, it->keyLength) != k)
        return QByteArrayView();
    return view(it->value, it->valueLength);
}

void parseSnapshot(QByteArrayView json, ReplayFields& out) {
    out.clear();
    if (parseFlat(json, out))
        return;
    // Not a flat object of texts: read it as the app reads JSON (a value that is not text is empty).
    out.clear();
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append(it.key().toUtf8(), it.value().toString().toUtf8());
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
        return makeError(ErrorCode::Corrupt, Tr::tr("The audit trail cannot be replayed: %1")
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    const int rc = sqlite3_step(m_groups);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return makeError(ErrorCode::Corrupt, Tr::tr("The audit trail cannot be replayed: %1")
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    m_pending = rc == SQLITE_ROW;
    return advance();
}

// Hands new_value and user of entry `seq` to `use`; the views are valid only during the call.
template <typename F> Status AuditReplay::withRow(qint64 seq, F&& use) {
    sqlite3_bind_int64(m_row, 1, seq);
    const int rc = sqlite3_step(m_row);
    if (rc == SQLITE_ROW)
        use(columnView(m_row, 0), columnView(m_row, 1));
    const QString error = rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_row);
    if (rc != SQLITE_ROW)
        return makeError(ErrorCode::Corrupt, Tr::tr("Audit entry %1 cannot be read: %2").arg(seq).arg(error));
    return {};
}

Status AuditReplay::advance() {
    m_valid = false;
    m_state.clear();
    if (!m_pending)
        return {};
    m_currentId.assign(sv(columnView(m_groups, 0)));
    m_valid = true;
    m_groupList.clear();
    m_groupFields.clear();
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW && sv(columnView(m_groups, 0)) == m_currentId) {
        const QByteArrayView field = columnView(m_groups, 1);
        m_groupList.push_back({m_groupFields.size(), size_t(field.size()), sqlite3_column_int64(m_groups, 2),
                               sqlite3_column_int64(m_groups, 3)});
        m_groupFields.append(field.data(), size_t(field.size()));
        m_indexed += sqlite3_column_int64(m_groups, 4);
        m_lastSeq = std::max(m_lastSeq, sqlite3_column_int64(m_groups, 2));
        rc = sqlite3_step(m_groups);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return makeError(ErrorCode::Corrupt, Tr::tr("The audit trail could not be replayed to the end: %1")
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    m_pending = rc == SQLITE_ROW;
    const auto fieldOf = [this](const Group& g) {
        return QByteArrayView(m_groupFields.data() + g.field, qsizetype(g.fieldLength));
    };

    // The newest snapshot ("*", all fields as JSON) sets every field; a field row written after it
    // wins, one written before it was superseded by it.
    qint64 snapshotSeq = 0, lastSeq = 0;
    m_createdBy.clear();
    m_updatedBy.clear();
    m_snapshot.clear();
    const auto snap = std::find_if(m_groupList.cbegin(), m_groupList.cend(),
                                   [&](const Group& g) { return fieldOf(g) == QByteArrayView("*"); });
    const bool hasSnapshot = snap != m_groupList.cend();
    if (hasSnapshot) {
        if (auto s = withRow(snap->maxSeq,
                             [this](QByteArrayView json, QByteArrayView user) {
                                 parseSnapshot(json, m_snapshot);
                                 m_updatedBy.assign(sv(user));
                             });
            !s)
            return s;
        m_snapshot.seal();
        m_snapshot.forEach([this](QByteArrayView key, QByteArrayView value) { m_state.append(key, value); });
        snapshotSeq = lastSeq = snap->maxSeq;
        if (snap->minSeq == snap->maxSeq) {
            m_createdBy = m_updatedBy;
        } else if (auto s =
                       withRow(snap->minSeq,
                               [this](QByteArrayView, QByteArrayView user) { m_createdBy.assign(sv(user)); });
                   !s) {
            return s;
        }
    }
    for (const Group& g : m_groupList) {
        const QByteArrayView field = fieldOf(g);
        if (field == QByteArrayView("*"))
            continue;
        if (g.maxSeq <= snapshotSeq) {
            m_state.append(field, m_snapshot.value(field));
            continue;
        }
        if (auto s = withRow(g.maxSeq,
                             [&](QByteArrayView value, QByteArrayView user) {
                                 m_state.append(field, value);
                                 if (g.maxSeq > lastSeq) {
                                     lastSeq = g.maxSeq;
                                     m_updatedBy.assign(sv(user));
                                 }
                             });
            !s)
            return s;
    }
    if (isRecordId(m_currentId)) {
        // Who created the record and who touched it last, held against created_by and updated_by.
        m_state.append("meta.updated_by", QByteArrayView(m_updatedBy.data(), qsizetype(m_updatedBy.size())));
        if (hasSnapshot)
            m_state.append("meta.created_by",
                           QByteArrayView(m_createdBy.data(), qsizetype(m_createdBy.size())));
    }
    m_state.seal();
    return {};
}

void AuditReplay::reportMissingRecord() {
    if (!isRecordId(m_currentId))
        return;
    const QString rid = QString::fromStdString(m_currentId);
    m_report.problems.append(
        {0, rid, Tr::tr("%1 is in the audit trail but missing from the database: it was deleted").arg(rid)});
}

namespace {

// 80 characters of each value from a little before the first place they differ, so that a long
// value (a checklist, frozen review inputs) shows the edit rather than the shared beginning.
QPair<QString, QString> differingExcerpts(const QString& a, const QString& b) {
    constexpr qsizetype Width = 80, Lead = 30;
    qsizetype at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, std::min(at - Lead, std::max(a.size(), b.size()) - Width));
    const auto cut = [&](const QString& s) {
        return (from > 0 ? QStringLiteral("\u2026") : QString()) + s.mid(from, Width);
    };
    return {cut(a), cut(b)};
}

} // namespace

void AuditReplay::compare(QByteArrayView rid, const AuditTrail::StoredFields& fields) {
    for (const AuditTrail::StoredField& f : fields) {
        const QByteArrayView recorded = m_state.value(f.key);
        if (sv(recorded) != sv(f.value)) {
            const QString id = text(rid);
            const auto [held, last] = differingExcerpts(text(f.value), text(recorded));
            m_report.problems.append(
                {0, id,
                 Tr::tr("%1 field %2 holds \"%3\" but the audit trail last recorded \"%4\": it was changed "
                        "behind the application's back")
                     .arg(id, text(f.key), held, last)});
        }
    }
}

Status AuditReplay::feed(QByteArrayView rid, const AuditTrail::StoredFields& fields) {
    if (!m_error)
        return m_error;
    if (m_fedAny && sv(rid) <= std::string_view(m_lastFed))
        return makeError(ErrorCode::Internal,
                         Tr::tr("Records reached the verification out of order (%1 after %2)")
                             .arg(text(rid), QString::fromStdString(m_lastFed)));
    m_lastFed.assign(sv(rid));
    m_fedAny = true;
    ++m_report.recordsChecked;
    if (m_progress && m_report.recordsChecked % 10000 == 0 &&
        !m_progress(m_report.entries + m_report.recordsChecked))
        return makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled"));
    while (m_valid && std::string_view(m_currentId) < sv(rid)) {
        reportMissingRecord();
        if (auto s = advance(); !s)
            return s;
    }
    if (m_valid && std::string_view(m_currentId) == sv(rid)) {
        compare(rid, fields);
        return advance();
    }
    const QString id = text(rid);
    m_report.problems.append(
        {0, id, Tr::tr("%1 is not in the audit trail: it was added behind the application's back").arg(id)});
    return {};
}

Status AuditReplay::finish() {
    while (m_valid) {
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
    const auto sink = [this](QByteArrayView rid, const AuditTrail::StoredFields& fields) {
        if (m_error)
            m_error = feed(rid, fields);
    };
    for (const AuditTrail::StateSource& source : sources) {
        if (source.stream) {
            if (auto s = source.stream(sink); !s)
                return s;
        } else if (source.yield) {
            // Small sets (users, clauses, attachments, documents): sorted here, then fed as bytes.
            std::map<QByteArray, std::vector<std::pair<QByteArray, QByteArray>>> sorted;
            const auto collect = [&sorted](const QString& rid, const QHash<QString, QString>& fields) {
                std::vector<std::pair<QByteArray, QByteArray>> bytes;
                bytes.reserve(size_t(fields.size()));
                for (auto f = fields.begin(); f != fields.end(); ++f)
                    bytes.emplace_back(f.key().toUtf8(), f.value().toUtf8());
                sorted.insert_or_assign(rid.toUtf8(), std::move(bytes));
            };
            if (auto s = source.yield(collect); !s)
                return s;
            AuditTrail::StoredFields views;
            for (const auto& [key, fields] : sorted) {
                views.clear();
                for (const auto& [k, v] : fields)
                    views.push_back({k, v});
                sink(key, views);
            }
        }
        if (!m_error)
            return m_error;
    }
    return finish();
}

} // namespace qms
