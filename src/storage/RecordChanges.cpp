#include "RecordChanges.h"

#include "AuditTrail.h"

#include <QLoggingCategory>
#include <utility>

namespace qms {
namespace {
Q_LOGGING_CATEGORY(lcChanges, "qmsdesk.storage.changes", QtInfoMsg)
}

bool ChangeSet::isEmpty() const {
    return created.isEmpty() && changed.isEmpty() && resetKinds.isEmpty() && others.isEmpty() && !everything;
}

bool ChangeSet::touches(RecordKind kind) const {
    return isReset(kind) || !created.value(kind).isEmpty() || !changed.value(kind).isEmpty();
}

bool ChangeSet::touchesRecords() const {
    return everything || !created.isEmpty() || !changed.isEmpty() || !resetKinds.isEmpty();
}

bool ChangeSet::touchesRecord(const QString& id) const {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return false;
    const RecordKind kind = parsed->first;
    const QString canonical = formatRecordId(kind, parsed->second);
    return isReset(kind) || created.value(kind).contains(canonical) ||
           changed.value(kind).contains(canonical);
}

bool ChangeSet::touchesOther(QStringView prefix) const {
    if (everything)
        return true;
    for (const QString& id : others)
        if (id.startsWith(prefix))
            return true;
    return false;
}

QSet<QString> ChangeSet::ids(RecordKind kind) const {
    return created.value(kind) + changed.value(kind);
}

RecordChanges::RecordChanges(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<qms::ChangeSet>();
}

void RecordChanges::note(const QList<AuditEntry>& entries) {
    for (const AuditEntry& e : entries) {
        if (const auto parsed = parseRecordId(e.recordId)) {
            noteRecord(parsed->first, e.recordId, e.field);
            continue;
        }
        m_pending.others.insert(e.recordId);
        // A restore replaces the whole file: nothing read before it can be trusted.
        if (e.action == QLatin1String("restore"))
            m_pending.everything = true;
    }
}

void RecordChanges::noteRecord(RecordKind kind, const QString& id, const QString& field) {
    if (m_pending.resetKinds.contains(kind))
        return;
    QSet<QString>& created = m_pending.created[kind];
    if (field == QLatin1String("*")) {
        created.insert(id);
        m_pending.changed[kind].remove(id);
        m_pending.fields.remove(id);
    } else if (!created.contains(id)) {
        m_pending.changed[kind].insert(id);
        m_pending.fields[id].insert(field);
    }
    if (created.size() + m_pending.changed.value(kind).size() > MaxListed)
        reset(kind);
}

void RecordChanges::reset(RecordKind kind) {
    for (const QString& id : m_pending.changed.value(kind))
        m_pending.fields.remove(id);
    m_pending.created.remove(kind);
    m_pending.changed.remove(kind);
    m_pending.resetKinds.insert(kind);
}

void RecordChanges::transactionEnded(bool committed) {
    ChangeSet done = std::exchange(m_pending, ChangeSet{});
    // Kinds noted and then emptied again (a record created after its change) leave no trace.
    for (auto* sets : {&done.created, &done.changed})
        for (auto it = sets->begin(); it != sets->end();)
            it = it->isEmpty() ? sets->erase(it) : std::next(it);
    if (!committed || done.isEmpty())
        return;
    qCDebug(lcChanges) << "committed:" << done.created.size() << "kinds with new records,"
                       << done.changed.size() << "with changed ones," << done.resetKinds.size() << "reset,"
                       << done.others.size() << "other ids";
    Q_EMIT changed(done);
}

} // namespace qms
