#include "TableActions.h"

#include "Database.h"
#include "Workspace.h"
#include "domain/kinds/LinkedRecords.h"

#include <QCoreApplication>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::TableActions)
};

template <typename R> const FieldDef<R>* tableField(const QString& key) {
    const FieldDef<R>* f = findField<R>(key);
    return f && f->type == FieldType::Table && f->table ? f : nullptr;
}

Error noTable(RecordKind kind, const QString& field) {
    return Error{
        ErrorCode::NotFound, Tr::tr("%1 has no table \"%2\"").arg(recordKindPluralLabel(kind), field), {}};
}

// The cells that say what a row asks (not what was answered): the declared non-read-only cells
// but the last text answers; compared so that a fill does not add a row twice.
QString rowKey(const TableDecl& table, const QStringList& row) {
    QStringList key;
    for (std::size_t c = 0; c < table.columns.size() && qsizetype(c) < row.size(); ++c)
        if (table.columns[c].type != CellType::Enum && !table.columns[c].readOnly)
            key << row[qsizetype(c)];
    // The answer cells (evidence) are typed later: only the first text cells identify a row.
    return key.mid(0, 3).join(QChar(0x1f));
}

} // namespace

template <typename R>
Result<QList<QStringList>> tableFillRows(Workspace&, const R&, const QString& field, const QString& fill) {
    return Error{
        ErrorCode::NotFound,
        Tr::tr("%1 cannot fill \"%2\" with \"%3\"").arg(recordKindPluralLabel(kindOf<R>), field, fill),
        {}};
}

Result<QString> TableActions::fill(Workspace& ws, RecordKind kind, const QString& recordId,
                                   const QString& currentText, const QString& field, const QString& fill) {
    return visitRecordKind(kind, [&](auto t) -> Result<QString> {
        using R = typename decltype(t)::type;
        const FieldDef<R>* f = tableField<R>(field);
        if (!f || !f->set)
            return noTable(kind, field);
        bool declared = false;
        for (const TableFillDecl& d : f->table->fills)
            declared = declared || fill == QLatin1String(d.key);
        if (!declared)
            return Error{
                ErrorCode::NotFound, Tr::tr("The table \"%1\" has no fill \"%2\"").arg(field, fill), {}};
        R record = newRecord<R>({ws.clock().today(), ws.user().name});
        if (!recordId.isEmpty()) {
            auto stored = ws.records<R>().get(recordId);
            if (!stored)
                return stored.error();
            record = *stored;
        }
        // The scope being edited counts, not only the stored one: the caller passes the form.
        if (const QString e = f->set(record, currentText); !e.isEmpty())
            return Error::invalid({{field, e}});
        auto added = tableFillRows<R>(ws, record, field, fill);
        if (!added)
            return added.error();
        QList<QStringList> rows = codec::parseTable(currentText);
        QList<QStringList> checked = rows;
        if (const QString e = f->table->check(checked); !e.isEmpty())
            return Error::invalid({{field, e}});
        QSet<QString> seen;
        for (const QStringList& r : checked)
            seen.insert(rowKey(*f->table, r));
        for (const QStringList& r : *added)
            if (!seen.contains(rowKey(*f->table, r))) {
                seen.insert(rowKey(*f->table, r));
                checked << r;
            }
        return codec::table(checked);
    });
}

QString TableActions::rowRefusal(const TableDecl& table, const QList<QStringList>& rows, int row) {
    const RowCreateDecl& create = table.create;
    if (!create.label)
        return Tr::tr("This table makes no records from its rows.");
    if (row < 0 || row >= rows.size())
        return Tr::tr("There is no row %1.").arg(row + 1);
    const int idColumn = table.column(create.idColumn);
    if (idColumn >= 0 && !rows[row].value(idColumn).isEmpty())
        return Tr::tr("Row %1 has its record already: %2.").arg(row + 1).arg(rows[row].value(idColumn));
    if (create.whenColumn) {
        const int c = table.column(create.whenColumn);
        const QStringList allowed = QString::fromLatin1(create.whenValues).split(QLatin1Char(','));
        if (c >= 0 && !allowed.contains(rows[row].value(c))) {
            QStringList labels;
            for (const QString& k : allowed)
                labels << enumLabelForKey(k);
            return Tr::tr("Row %1: only a row whose %2 is %3 makes one.")
                .arg(row + 1)
                .arg(inSentence(translateFieldLabel(table.columns[std::size_t(c)].label)),
                     labels.join(QStringLiteral(", ")));
        }
    }
    return {};
}

Result<QString> TableActions::createFromRow(Workspace& ws, const QString& recordId, const QString& field,
                                            int row) {
    const auto parsed = parseRecordId(recordId);
    if (!parsed)
        return Error{ErrorCode::NotFound, Tr::tr("\"%1\" is not a record id").arg(recordId), {}};
    return visitRecordKind(parsed->first, [&](auto t) -> Result<QString> {
        using R = typename decltype(t)::type;
        const FieldDef<R>* f = tableField<R>(field);
        if (!f || !f->set)
            return noTable(parsed->first, field);
        const RowCreateDecl& create = f->table->create;
        QString createdId;
        const Status s = ws.database().write([&]() -> Status {
            auto from = ws.records<R>().get(recordId);
            if (!from)
                return from.error();
            if (const QString refusal = rowRefusal(*f->table, codec::parseTable(f->get(*from)), row);
                !refusal.isEmpty())
                return makeError(ErrorCode::WorkflowRefused, QStringLiteral("%1: %2").arg(recordId, refusal));
            return visitRecordKind(create.kind, [&](auto o) -> Status {
                using O = typename decltype(o)::type;
                auto made = newRecordFromRow<O>(*from, *f, row, {ws.clock().today(), ws.user().name});
                if (!made)
                    return makeError(ErrorCode::NotFound,
                                     Tr::tr("The table \"%1\" makes no records").arg(field));
                auto created = ws.records<O>().createInTransaction(*made, {});
                if (!created)
                    return created.error();
                createdId = created->meta.id;
                // The link back changed the record: read it again, then name the new record in its row.
                auto again = ws.records<R>().get(recordId);
                if (!again)
                    return again.error();
                QList<QStringList> rows = codec::parseTable(f->get(*again));
                f->table->check(rows); // one cell per column
                rows[row][f->table->column(create.idColumn)] = createdId;
                if (const QString e = f->set(*again, codec::table(rows)); !e.isEmpty())
                    return Error::invalid({{field, e}});
                auto saved = ws.records<R>().saveInTransaction(*again, {});
                if (!saved)
                    return saved.error();
                return {};
            });
        });
        if (!s)
            return s.error();
        return createdId;
    });
}

} // namespace qms
