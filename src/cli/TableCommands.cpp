#include "TableCommands.h"

#include "CommandSupport.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"
#include "storage/TableActions.h"
#include "storage/Workspace.h"

namespace qms::cli {
namespace {

std::optional<std::pair<RecordKind, qint64>> recordOf(CommandContext& ctx, const QString& id, int* rc) {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        *rc = fail(ctx, tr("\"%1\" is not a record id like AUD-0003 or MR-0002").arg(id));
    return parsed;
}

} // namespace

int runFill(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record, e.g. AUD-0003."),
                                 QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("table"), tr("The table field, e.g. checklist."),
                                 QStringLiteral("TABLE"));
    parser.addPositionalArgument(QStringLiteral("fill"),
                                 tr("What to fill it from: scope (the clauses, processes, documents and "
                                    "KPIs in scope) or previous (the last audit of the same scope)."),
                                 QStringLiteral("FILL"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Adds the rows a table can be filled with and saves the record.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(ctx, parser, tr("fill needs a record id, a table and what to fill it from"));
    int rc = ExitOk;
    const auto parsed = recordOf(ctx, args[0], &rc);
    if (!parsed)
        return rc;
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    return visitRecordKind(parsed->first, [&](auto t) {
        using R = typename decltype(t)::type;
        auto stored = (*ws)->records<R>().get(args[0]);
        if (!stored)
            return fail(ctx, stored.error());
        const FieldDef<R>* f = findField<R>(args[1]);
        if (!f || !f->set)
            return fail(ctx, tr("%1 has no table \"%2\"").arg(args[0], args[1]));
        const qsizetype before = codec::parseTable(f->get(*stored)).size();
        auto filled = TableActions::fill(**ws, parsed->first, args[0], f->get(*stored),
                                         QString::fromLatin1(f->key), args[2]);
        if (!filled)
            return fail(ctx, filled.error());
        R edited = *stored;
        if (const QString e = f->set(edited, *filled); !e.isEmpty())
            return fail(ctx, e);
        auto saved = (*ws)->records<R>().save(edited);
        if (!saved)
            return fail(ctx, saved.error());
        ctx.out << tr("%1: %2 row(s) added to %3, %4 in all (version %5)")
                       .arg(saved->meta.id)
                       .arg(codec::parseTable(*filled).size() - before)
                       .arg(QString::fromLatin1(f->key))
                       .arg(codec::parseTable(*filled).size())
                       .arg(saved->meta.version)
                << '\n';
        return int(ExitOk);
    });
}

int runRaise(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record, e.g. AUD-0003."),
                                 QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("table"), tr("The table field, e.g. checklist or outputs."),
                                 QStringLiteral("TABLE"));
    parser.addPositionalArgument(QStringLiteral("row"), tr("The row, counted from 1."),
                                 QStringLiteral("ROW"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Makes the record a table row asks for (a nonconformity from a checklist "
                                  "item, an action from a decision), linked both ways, and prints its id.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(ctx, parser, tr("raise needs a record id, a table and a row number"));
    bool ok = false;
    const int row = args[2].toInt(&ok);
    if (!ok || row < 1)
        return usageError(ctx, parser, tr("\"%1\" is not a row number (1, 2, ...)").arg(args[2]));
    int rc = ExitOk;
    if (!recordOf(ctx, args[0], &rc))
        return rc;
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    auto created = TableActions::createFromRow(**ws, args[0].toUpper(), args[1], row - 1);
    if (!created)
        return fail(ctx, created.error());
    ctx.out << *created << '\n';
    return ExitOk;
}

} // namespace qms::cli
