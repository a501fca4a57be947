#include "PackCommand.h"

#include "CommandSupport.h"
#include "domain/kinds/KindDeclaration.h"
#include "report/AuditPackWriter.h"
#include "report/RecordReport.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QDir>

namespace qms::cli {
namespace {

// "documents,ncs" -> kinds; an error naming the word that is not a register.
Result<QList<RecordKind>> parseTypes(const QStringList& values) {
    QList<RecordKind> kinds;
    for (const QString& value : values)
        for (const QString& word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto kind = parseRecordKind(word.trimmed());
            if (!kind)
                return kind.error();
            if (!kinds.contains(*kind))
                kinds << *kind;
        }
    return kinds;
}

} // namespace

int runPackCommand(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The PDF file to write."), tr("OUT.pdf"));
    const QCommandLineOption clause(QStringLiteral("clause"),
                                    tr("Only records linked to this clause or its subclauses (repeatable)."),
                                    tr("CLAUSE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Only records opened or changed on or after DATE."), tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only records opened or changed on or before DATE."),
                                tr("YYYY-MM-DD"));
    const QCommandLineOption types(
        QStringLiteral("types"),
        tr("Registers to include, comma-separated (default: all): %1").arg(recordTypeHelp()), tr("LIST"));
    const QCommandLineOption includeClosed(QStringLiteral("include-closed"),
                                           tr("Include the records no longer open (the default; kept for "
                                              "scripts)."));
    const QCommandLineOption openOnly(QStringLiteral("open-only"),
                                      tr("Leave out the records no longer open (closed, cancelled, obsolete, "
                                         "retired); by default they are in, as auditors sample them."));
    const QCommandLineOption title(QStringLiteral("title"), tr("The pack's title (default: \"Audit pack\")."),
                                   tr("TITLE"));
    const QCommandLineOption budget(QStringLiteral("audit-budget"),
                                    tr("Print the audit trail as one line per record above N entries "
                                       "(default: 2000)."),
                                    tr("N"));
    const QCommandLineOption detailBudget(
        QStringLiteral("detail-budget"),
        tr("Print at most N nonconformity detail sections, open ones first, then the most recent; the "
           "cover says so (default: 5000; 0: no limit)."),
        tr("N"));
    parser.addOptions(
        {output, clause, from, to, types, includeClosed, openOnly, title, budget, detailBudget});
    if (auto rc =
            parseCommand(ctx, parser, ctx.command,
                         tr("Writes the audit pack: a searchable PDF/A-1b file with cover and fingerprint, "
                            "clause coverage matrix, registers, nonconformity details, corrective actions "
                            "and audit trail.")))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, parser,
                          tr("pack takes no positional arguments; give the file with -o OUT.pdf"));
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return usageError(ctx, parser, tr("pack needs the PDF file to write: -o OUT.pdf"));

    report::PackScope scope;
    scope.title = parser.value(title);
    if (parser.isSet(includeClosed) && parser.isSet(openOnly))
        return usageError(ctx, parser, tr("--include-closed and --open-only contradict each other"));
    scope.includeClosed = !parser.isSet(openOnly);
    const ClauseCatalogue& catalogue = ClauseCatalogue::iso9001();
    for (const QString& c : parser.values(clause)) {
        if (!catalogue.contains(c.trimmed()))
            return usageError(ctx, parser, tr("%1 is not a clause of %2").arg(c, catalogue.displayName()));
        scope.clauses << c.trimmed();
    }
    const auto parseDate = [&](const QCommandLineOption& option, QDate& target) {
        if (!parser.isSet(option))
            return true;
        target = QDate::fromString(parser.value(option), Qt::ISODate);
        return target.isValid();
    };
    if (!parseDate(from, scope.from))
        return usageError(ctx, parser,
                          tr("--from needs a date like 2026-01-31, not \"%1\"").arg(parser.value(from)));
    if (!parseDate(to, scope.to))
        return usageError(ctx, parser,
                          tr("--to needs a date like 2026-12-31, not \"%1\"").arg(parser.value(to)));
    if (scope.from.isValid() && scope.to.isValid() && scope.from > scope.to)
        return usageError(ctx, parser,
                          tr("--from %1 lies after --to %2")
                              .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    if (parser.isSet(types)) {
        auto kinds = parseTypes(parser.values(types));
        if (!kinds)
            return usageError(ctx, parser, kinds.error().describe());
        scope.types = *kinds;
    }
    if (parser.isSet(budget)) {
        bool ok = false;
        scope.auditEntryBudget = parser.value(budget).toInt(&ok);
        if (!ok || scope.auditEntryBudget < 0)
            return usageError(
                ctx, parser,
                tr("--audit-budget needs a number of entries, not \"%1\"").arg(parser.value(budget)));
    }
    if (parser.isSet(detailBudget)) {
        bool ok = false;
        scope.detailBudget = parser.value(detailBudget).toInt(&ok);
        if (!ok || scope.detailBudget < 0)
            return usageError(ctx, parser,
                              tr("--detail-budget needs a number of nonconformities, not \"%1\"")
                                  .arg(parser.value(detailBudget)));
    }

    // Read-only: auditors and reviewers export packs too, and the pack changes nothing.
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    const QString outPath = parser.value(output);
    int lastPercent = -10; // so that 0 % is shown too
    auto summary =
        report::AuditPackWriter().write(**ws, scope, outPath, [&](int done, int total, const QString& stage) {
            const int percent = total > 0 ? 100 * done / total : 0;
            if (ctx.verbose && percent / 10 != lastPercent / 10)
                ctx.err << QStringLiteral("%1% %2").arg(percent).arg(stage) << Qt::endl; // flushed: live
            lastPercent = percent;
            return true;
        });
    if (!summary)
        return fail(ctx, summary.error());
    QStringList counts;
    for (const auto& [kind, n] : summary->records)
        counts << tr("%1 %2").arg(n).arg(inSentence(kindDecl(kind).pluralLabelText()));
    ctx.out << tr("Wrote %1: %2 pages, %3, %4 audit entries%5.")
                   .arg(QDir::toNativeSeparators(summary->path))
                   .arg(summary->pages)
                   .arg(counts.join(QStringLiteral(", ")))
                   .arg(summary->auditEntries)
                   .arg(summary->auditSummarised ? tr(" (summarised per record)") : QString())
            << '\n';
    const int ncs = summary->count(RecordKind::Nonconformity);
    if (summary->detailSections < ncs)
        ctx.out << tr("Detail sections for %1 of the %2 nonconformities (--detail-budget %3).")
                       .arg(summary->detailSections)
                       .arg(ncs)
                       .arg(scope.detailBudget)
                << '\n';
    ctx.out << tr("Fingerprint (audit chain head #%1): %2").arg(summary->chainSeq).arg(summary->fingerprint)
            << '\n';
    if (summary->integrityOk)
        ctx.out << tr("Integrity check passed.") << '\n';
    else
        ctx.out << tr("Integrity check FAILED: %1 problem(s); the pack lists them.")
                       .arg(summary->integrityProblems)
                << '\n';
    return ExitOk;
}

int runReportCommand(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The record to report on (AUD-0003, MR-0002, NC-0042)."), tr("ID"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The PDF file to write."), tr("OUT.pdf"));
    parser.addOption(output);
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Writes one record as a PDF report: every field, its tables (an audit's "
                                  "checklist with the results, a review's inputs and decisions), linked "
                                  "records with their state, electronic signatures and status history.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(ctx, parser, tr("report needs one record id, like AUD-0003"));
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return usageError(ctx, parser, tr("report needs the PDF file to write: -o OUT.pdf"));
    // Read-only: auditors take reports away too, and a report changes nothing.
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    auto summary = report::RecordReport(**ws).write(args.first().trimmed().toUpper(), parser.value(output));
    if (!summary)
        return fail(ctx, summary.error());
    ctx.out << tr("Wrote %1: %2, %3 page(s).")
                   .arg(QDir::toNativeSeparators(summary->path), summary->title)
                   .arg(summary->pages)
            << '\n';
    return ExitOk;
}

} // namespace qms::cli
