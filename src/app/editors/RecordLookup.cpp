#include "RecordLookup.h"

#include "domain/kinds/KindRules.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace qms::gui {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::RecordLookup)
};

template <typename R> RecordRef refOf(const R& r) {
    return {r.meta.id, recordTitle(r), declOf<R>().stateLabel(stateOf(r))};
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
    return visitRecordKind(kind, [&](auto t) {
        using R = typename decltype(t)::type;
        return refs(ws.records<R>());
    });
}

RecordRef findRecordRef(Workspace& ws, const QString& id) {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return {id, Tr::tr("(not found)"), {}};
    return visitRecordKind(parsed->first, [&](auto t) -> RecordRef {
        using R = typename decltype(t)::type;
        auto r = ws.records<R>().get(id);
        return r ? refOf(*r) : RecordRef{id, Tr::tr("(not found)"), {}};
    });
}

Result<QString> resolveRecordId(Workspace& ws, const QString& text) {
    const QString t = text.trimmed();
    const auto parsed = parseRecordId(t);
    if (!parsed) {
        QStringList examples;
        for (const KindDecl* d : kindDecls())
            examples << QStringLiteral("%1-0001").arg(QLatin1String(d->prefix));
        return makeError(ErrorCode::Invalid, Tr::tr("\"%1\" is not a record ID. IDs look like %2.")
                                                 .arg(t, QLocale().createSeparatedList(examples)));
    }
    const QString id = formatRecordId(parsed->first, parsed->second);
    const bool found = visitRecordKind(parsed->first, [&](auto type) {
        using R = typename decltype(type)::type;
        return ws.records<R>().exists(id);
    });
    if (!found)
        return makeError(ErrorCode::NotFound, Tr::tr("No record %1 in this file.").arg(id));
    return id;
}

} // namespace qms::gui
