#pragma once

// What the declared buttons of Table fields do (TableDecl::fills and ::create), for the editors
// and the CLI alike: fill a table from the stored data, and make a record from one row.

#include "domain/FieldCodec.h"
#include "domain/Records.h"
#include "domain/Result.h"

namespace qms {

class Workspace;

// The rows fill `fill` of `record`'s table field `field` adds, in the table's cell order. Each
// kind with fills specialises it in src/storage/kinds (an audit's checklist from its scope).
template <typename R>
Result<QList<QStringList>> tableFillRows(Workspace& ws, const R& record, const QString& field,
                                         const QString& fill);

template <>
Result<QList<QStringList>> tableFillRows<Audit>(Workspace& ws, const Audit& audit, const QString& field,
                                                const QString& fill);

class TableActions final {
public:
    // `field`'s text with the rows of `fill` added after the rows it holds; rows that are already
    // there (same cells but the answers) are not added twice. The record is not saved.
    static Result<QString> fill(Workspace& ws, RecordKind kind, const QString& recordId,
                                const QString& currentText, const QString& field, const QString& fill);
    // Makes the record row `row` (from 0) of `recordId`'s table `field` declares
    // (RowCreateDecl), linked back, writes its id into the row and saves both, in one
    // transaction. The new record's id.
    static Result<QString> createFromRow(Workspace& ws, const QString& recordId, const QString& field,
                                         int row);
    // Why row `row` of `field` may not make a record now; empty when it may.
    static QString rowRefusal(const TableDecl& table, const QList<QStringList>& rows, int row);
};

} // namespace qms
