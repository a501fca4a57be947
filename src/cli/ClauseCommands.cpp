#include "ClauseCommands.h"

#include "CommandSupport.h"
#include "TextTable.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/ClauseRepository.h"
#include "storage/ProgrammePolicy.h"
#include "storage/Workspace.h"

namespace qms::cli {
namespace {

QString indented(const QString& number, int depth) {
    return QString(depth * 2, QLatin1Char(' ')) + number;
}

int printTree(CommandContext& ctx, Workspace& ws) {
    auto rows = ws.clauses().applicability();
    if (!rows)
        return fail(ctx, rows.error());
    TextTable table({tr("Clause"), tr("Title"), tr("Applies"), tr("Justification")}, 70);
    for (const ClauseApplicability& a : *rows) {
        const Clause* c = ws.catalogue().find(a.clause);
        table.addRow({indented(a.clause, c ? c->depth : 0), c ? c->title : QString(),
                      codec::yesNo(a.applicable), a.justification});
    }
    table.print(ctx.out);
    return ExitOk;
}

int printCoverage(CommandContext& ctx, Workspace& ws) {
    auto rows = ws.clauses().coverage();
    if (!rows)
        return fail(ctx, rows.error());
    QStringList headers{tr("Clause"), tr("Title")};
    for (const KindDecl* d : kindDecls())
        headers << d->countHeaderText();
    headers << tr("Status") << tr("Findings");
    const QString lastHeader = lastDateLabel();
    if (!lastHeader.isEmpty())
        headers << lastHeader << tr("Audit programme");
    TextTable table(headers, 50);
    for (const ClauseCoverage& c : *rows) {
        QStringList row{indented(c.clause, c.depth), c.title};
        for (const KindDecl* d : kindDecls())
            row << QString::number(c.count(d->kind));
        row << coverageStatusKey(c.status()) << c.findingsText();
        if (!lastHeader.isEmpty())
            row << codec::date(c.lastDate) << c.programmeText();
        table.addRow(row);
    }
    table.print(ctx.out);
    const CoverageSummary s = summarise(*rows, ws.catalogue());
    ctx.out << '\n'
            << tr("Coverage %1%: %2.").arg(s.percent(), 0, 'f', 1).arg(coverageSummaryText(s)) << '\n'
            << coverageRuleText() << '\n';
    if (const QString p = programmeSummaryText(summariseProgramme(*rows, ws.catalogue()),
                                               ProgrammePolicy(ws).auditCycleMonths());
        !p.isEmpty())
        ctx.out << p << '.' << '\n';
    return ExitOk;
}

} // namespace

int runClauses(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption coverage(QStringLiteral("coverage"),
                                      tr("Show evidence counts per record type."));
    const QCommandLineOption applicable(QStringLiteral("applicable"), tr("With set: yes or no."),
                                        tr("YES|NO"));
    const QCommandLineOption justification(QStringLiteral("justification"),
                                           tr("With set: why the clause does not apply (ISO 9001 4.3)."),
                                           tr("TEXT"));
    parser.addOptions({coverage, applicable, justification});
    parser.addPositionalArgument(QStringLiteral("set"), tr("set C: change the applicability of clause C."),
                                 QStringLiteral("[set C]"));
    if (auto rc =
            parseCommand(ctx, parser, ctx.command,
                         tr("Shows the clause tree with applicability and coverage, or sets applicability.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        if (parser.isSet(applicable) || parser.isSet(justification))
            return usageError(ctx, parser, tr("--applicable and --justification go with \"clauses set C\""));
        auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
        if (!ws)
            return fail(ctx, ws.error());
        return parser.isSet(coverage) ? printCoverage(ctx, **ws) : printTree(ctx, **ws);
    }
    if (args.first() != QLatin1String("set") || args.size() != 2)
        return usageError(
            ctx, parser,
            tr("use \"clauses\", \"clauses --coverage\" or \"clauses set C --applicable yes|no\""));
    if (!parser.isSet(applicable))
        return usageError(ctx, parser, tr("clauses set needs --applicable yes|no"));
    const auto yes = codec::parseYesNo(parser.value(applicable));
    if (!yes)
        return fail(ctx, tr("--applicable takes yes or no, got \"%1\"").arg(parser.value(applicable)));
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = (*ws)->clauses().setApplicability(args[1], *yes, parser.value(justification)); !s)
        return fail(ctx, s.error());
    ctx.out << (*yes ? tr("Clause %1 applies.").arg(args[1])
                     : tr("Clause %1 does not apply: %2").arg(args[1], parser.value(justification).trimmed()))
            << '\n';
    return ExitOk;
}

} // namespace qms::cli
