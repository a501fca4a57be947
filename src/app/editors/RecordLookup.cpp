#include "RecordLookup.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace qms::gui {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::RecordLookup)
};

RecordRef refOf(const Document& d) {
    return {d.meta.id, d.title, enumLabel(d.status)};
}
RecordRef refOf(const Process& p) {
    return {p.meta.id, p.name, p.active ? Tr::tr("Active") : Tr::tr("Retired")};
}
RecordRef refOf(const Nonconformity& n) {
    return {n.meta.id, n.title, enumLabel(n.status)};
}
RecordRef refOf(const CorrectiveAction& c) {
    return {c.meta.id, c.title, enumLabel(c.status)};
}

template <typename Repo> Result<QList<RecordRef>> refs(const Repo& repo, const RecordFilter& filter = {}) {
    auto records = repo.list(filter);
    if (!records)
        return records.error();
    QList<RecordRef> out;
    out.reserve(records->size());
    for (const auto& r : *records)
        out.append(refOf(r));
    return out;
}

} // namespace

QString RecordRef::display() const {
    return status.isEmpty() ? QStringLiteral("%1 · %2").arg(id, title)
                            : QStringLiteral("%1 · %2 (%3)").arg(id, title, status);
}

Result<QList<RecordRef>> listRecordRefs(Workspace& ws, RecordKind kind) {
    switch (kind) {
    case RecordKind::Document:
        return refs(ws.documents());
    case RecordKind::Process:
        return refs(ws.processes());
    case RecordKind::Nonconformity:
        return refs(ws.nonconformities());
    case RecordKind::CorrectiveAction:
        return refs(ws.actions());
    }
    return QList<RecordRef>();
}

RecordRef findRecordRef(Workspace& ws, const QString& id) {
    const auto parsed = parseRecordId(id);
    auto one = [&](auto& repo) -> RecordRef {
        auto r = repo.get(id);
        return r ? refOf(*r) : RecordRef{id, Tr::tr("(not found)"), {}};
    };
    if (!parsed)
        return {id, Tr::tr("(not found)"), {}};
    switch (parsed->first) {
    case RecordKind::Document:
        return one(ws.documents());
    case RecordKind::Process:
        return one(ws.processes());
    case RecordKind::Nonconformity:
        return one(ws.nonconformities());
    case RecordKind::CorrectiveAction:
        return one(ws.actions());
    }
    return {id, {}, {}};
}

} // namespace qms::gui
