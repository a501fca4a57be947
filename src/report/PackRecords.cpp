#include "PackRecords.h"

#include "storage/RegisterQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace qms::report {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("qms::report::PackRecords", s);
}

RecordRepository<Document>& repo(Workspace& ws, const Document*) {
    return ws.documents();
}
RecordRepository<Process>& repo(Workspace& ws, const Process*) {
    return ws.processes();
}
RecordRepository<Nonconformity>& repo(Workspace& ws, const Nonconformity*) {
    return ws.nonconformities();
}
RecordRepository<CorrectiveAction>& repo(Workspace& ws, const CorrectiveAction*) {
    return ws.actions();
}

} // namespace

template <typename R> Result<QList<R>> PackRecords::batch(const QStringList& ids, bool includeClosed) const {
    if (ids.isEmpty())
        return QList<R>{};
    RecordFilter filter;
    filter.ids = ids;
    filter.includeClosed = includeClosed;
    auto records = repo(m_ws, static_cast<const R*>(nullptr)).list(filter);
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
    const RecordKind kind = RecordRepository<R>::kind();
    RegisterQuery ids(m_ws, kind);
    ids.setSort(RegisterQuery::columnIndex(kind, QStringLiteral("id")), false);
    for (qint64 offset = 0;; offset += BatchSize) {
        auto page = ids.fetch(offset, BatchSize);
        if (!page)
            return page.error();
        QStringList batchIds;
        for (const RegisterRow& row : *page)
            batchIds << row.id;
        auto records = batch<R>(batchIds, includeClosed);
        if (!records)
            return records.error();
        for (const R& r : *records)
            if (!visit(r))
                return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
        if (page->size() < BatchSize)
            return {};
    }
}

#define QMS_PACK_RECORDS(R)                                                                                  \
    template Result<QList<R>> PackRecords::load<R>(const QStringList&) const;                                \
    template Status PackRecords::scan<R>(bool, const std::function<bool(const R&)>&) const;

QMS_PACK_RECORDS(Document)
QMS_PACK_RECORDS(Process)
QMS_PACK_RECORDS(Nonconformity)
QMS_PACK_RECORDS(CorrectiveAction)

#undef QMS_PACK_RECORDS

} // namespace qms::report
