#include "RecordImporter.h"

#include "RegisterImport.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

namespace qms {
namespace {

// The importer's messages share one translation context (also in RegisterImport.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordImporter)
};

} // namespace

using importing::RegisterImport;
using importing::releaseFreedHeap;

Result<ImportReport> RecordImporter::import(RecordKind kind, const CsvTable& table, const QString& sourceName,
                                            const ColumnMapping& mapping) {
    if (mapping.isEmpty())
        return import(kind, table, sourceName);
    auto mapped = mapping.apply(kind, table);
    if (!mapped) {
        Error e = mapped.error();
        e.message = Tr::tr("%1: %2 Nothing was imported.").arg(sourceName, e.message);
        return e;
    }
    Result<ImportReport> result = visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return RegisterImport<R>(m_ws, mapped->table, sourceName, &*mapped).run();
    });
    releaseFreedHeap(table.rows.size()); // the records read from the table are gone now
    return result;
}

Result<ImportPreview> RecordImporter::check(RecordKind kind, const CsvTable& table, const QString& sourceName,
                                            const ColumnMapping& mapping, int previewRows) {
    ImportPreview preview;
    std::optional<MappedTable> mapped;
    if (!mapping.isEmpty()) {
        auto m = mapping.apply(kind, table);
        if (!m) {
            // Header-level problems: no row is worth reading before the columns fit.
            for (const MappingProblem& p : mapping.problems(kind))
                preview.problems.append(
                    {table.headerLine, p.column, p.field, p.message,
                     Tr::tr("%1 line %2: %3").arg(sourceName).arg(table.headerLine).arg(p.message)});
            if (preview.problems.isEmpty())
                preview.problems.append(
                    {table.headerLine, 0, QString(), m.error().message, m.error().message});
            preview.rowCount = int(table.rows.size());
            preview.summary = Tr::tr("%1: %2 Nothing can be imported.").arg(sourceName, m.error().message);
            return preview;
        }
        mapped = std::move(m).value();
    }
    const CsvTable& input = mapped ? mapped->table : table;
    const MappedTable* map = mapped ? &*mapped : nullptr;
    Result<ImportReport> r = visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return RegisterImport<R>(m_ws, input, sourceName, map, &preview, previewRows).run();
    });
    if (!r)
        return r.error();
    return preview;
}

Result<ImportReport> RecordImporter::import(RecordKind kind, const CsvTable& table,
                                            const QString& sourceName) {
    Result<ImportReport> result = visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return RegisterImport<R>(m_ws, table, sourceName).run();
    });
    releaseFreedHeap(table.rows.size()); // the records read from the table are gone now
    return result;
}

Result<ImportReport> RecordImporter::importFile(RecordKind kind, const QString& path) {
    qsizetype rows = 0;
    Result<ImportReport> result = [&]() -> Result<ImportReport> {
        auto table = CsvReader::parseFile(path);
        const QString name = QFileInfo(path).fileName();
        if (!table) {
            Error e = table.error();
            if (e.code == ErrorCode::Invalid)
                e.message = QStringLiteral("%1 %2").arg(name, e.message);
            return e;
        }
        rows = table->rows.size();
        return import(kind, *table, name);
    }();
    releaseFreedHeap(rows); // the table and the rows are gone now
    return result;
}

} // namespace qms
