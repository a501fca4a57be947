#include "PackRecords.h"

#include "domain/kinds/RecordTypes.h"
#include "storage/RegisterQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace qms::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PackRecords)
};

} // namespace

template <typename R> Result<QList<R>> PackRecords::batch(const QStringList& ids, bool includeClosed) const {
    if (ids.isEmpty())
        return QList<R>{};
    RecordFilter filter;
    filter.ids = ids;
    filter.includeClosed = includeClosed;
    auto records = m_ws.records<R>().list(filter);
    if (records)
        m_peakHeld = std::max(m_peakHeld, int(records->size()));
    return records;
}

template <typename R> Result<QList<R>> PackRecords::load(const QStringList& ids) const {
    QList<R> out;
    out.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += BatchSize) {
        auto part = batch<R>(ids.mid(i, BatchSize), true);
        if (!part)
            return part.error();
        for (R& r : *part)
            out.append(std::move(r));
    }
    // What the caller holds now counts too: a section asks for one chunk at a time.
    m_peakHeld = std::max(m_peakHeld, int(out.size()));
    return out;
}

template <typename R>
Status PackRecords::scan(bool includeClosed, const std::function<bool(const R&)>& visit) const {
    // Record numbers run from 1 to the newest record's; batches of BatchSize numbers are read by
    // id (primary key), so each batch costs the same however far into the register it lies.
    const RecordKind kind = kindOf<R>;
    RegisterQuery newest(m_ws, kind);
    newest.setSort(RegisterQuery::columnIndex(kind, QStringLiteral("id")), true);
    auto top = newest.fetch(0, 1);
    if (!top)
        return top.error();
    if (top->isEmpty())
        return {};
    const auto parsed = parseRecordId(top->constFirst().id);
    if (!parsed)
        return makeError(ErrorCode::Internal, Tr::tr("Unexpected record id %1").arg(top->constFirst().id));
    const qint64 last = parsed->second;
    for (qint64 first = 1; first <= last; first += BatchSize) {
        QStringList ids;
        for (qint64 n = first; n < first + BatchSize && n <= last; ++n)
            ids << formatRecordId(kind, n);
        auto records = batch<R>(ids, includeClosed);
        if (!records)
            return records.error();
        for (const R& r : *records)
            if (!visit(r))
                return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
    }
    return {};
}

#define QMS_PACK_RECORDS(R)                                                                                  \
    template Result<QList<R>> PackRecords::load<R>(const QStringList&) const;                                \
    template Status PackRecords::scan<R>(bool, const std::function<bool(const R&)>&) const;
QMS_FOR_EACH_RECORD_TYPE(QMS_PACK_RECORDS)
#undef QMS_PACK_RECORDS

} // namespace qms::report
