#include "RecordExporter.h"

#include "domain/FieldCodec.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordExporter)
};

template <typename R> QStringList columnsOf() {
    QStringList out{QStringLiteral("id")};
    for (const auto& f : recordFields<R>())
        if (f.set)
            out << QString::fromLatin1(f.key);
    return out;
}

template <typename R>
Status writeCsvOf(Workspace& ws, QIODevice* device, const RecordFilter& filter,
                  const CsvWriterOptions& options) {
    auto records = ws.records<R>().list(filter);
    if (!records)
        return records.error();
    CsvWriter writer(device, options);
    if (auto s = writer.writeRow(columnsOf<R>()); !s)
        return s;
    QStringList row;
    for (const R& r : *records) {
        row.clear();
        row << r.meta.id;
        for (const auto& f : recordFields<R>())
            if (f.set)
                row << f.get(r);
        if (auto s = writer.writeRow(row); !s)
            return s;
    }
    return {};
}

template <typename R> Status writeJsonOf(Workspace& ws, QIODevice* device, const RecordFilter& filter) {
    auto records = ws.records<R>().list(filter);
    if (!records)
        return records.error();
    QJsonArray array;
    for (const R& r : *records) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.meta.id);
        for (const auto& [key, value] : fieldValues(r))
            o.insert(key, value);
        o.insert(QStringLiteral("meta"),
                 QJsonObject{{QStringLiteral("version"), r.meta.version},
                             {QStringLiteral("created_at"), codec::dateTime(r.meta.createdAt)},
                             {QStringLiteral("created_by"), r.meta.createdBy},
                             {QStringLiteral("updated_at"), codec::dateTime(r.meta.updatedAt)},
                             {QStringLiteral("updated_by"), r.meta.updatedBy}});
        array.append(o);
    }
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size())
        return makeError(ErrorCode::Io,
                         Tr::tr("Writing the JSON export failed: %1").arg(device->errorString()));
    return {};
}

} // namespace

QStringList RecordExporter::csvColumns(RecordKind kind) {
    return visitRecordKind(kind, [](auto type) {
        using R = typename decltype(type)::type;
        return columnsOf<R>();
    });
}

Status RecordExporter::writeCsv(RecordKind kind, QIODevice* device, const RecordFilter& filter,
                                const CsvWriterOptions& options) {
    return visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return writeCsvOf<R>(m_ws, device, filter, options);
    });
}

Status RecordExporter::writeJson(RecordKind kind, QIODevice* device, const RecordFilter& filter) {
    return visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return writeJsonOf<R>(m_ws, device, filter);
    });
}

} // namespace qms
