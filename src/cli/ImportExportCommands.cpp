#include "ImportExportCommands.h"

#include "CommandSupport.h"
#include "Logging.h"
#include "StdoutDevice.h"
#include "storage/Workspace.h"
#include "storage/interchange/RecordExporter.h"
#include "storage/interchange/RecordImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

namespace qms::cli {
namespace {

// A wrong file can give a problem per row; the first ones are enough to fix it.
constexpr int MaxPrintedProblems = 50;
constexpr int MaxPrintedNotes = 10;

int importFailed(CommandContext& ctx, const Error& error) {
    ctx.err << error.message << '\n';
    const int shown = std::min(int(error.fields.size()), MaxPrintedProblems);
    for (int i = 0; i < shown; ++i) {
        const FieldError& f = error.fields[i];
        ctx.err << "  " << (f.field.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(f.field, f.message))
                << '\n';
    }
    if (error.fields.size() > shown)
        ctx.err << "  " << tr("... and %1 more").arg(error.fields.size() - shown) << '\n';
    ctx.err.flush();
    return ExitFailed;
}

} // namespace

int runImport(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("type"),
                                 tr("documents, processes, nonconformities or actions."),
                                 QStringLiteral("TYPE"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The CSV file; its first column is the record id."),
                                 QStringLiteral("FILE.csv"));
    if (auto rc = parseCommand(
            ctx, parser, ctx.command,
            tr("Imports a register from CSV, all or nothing: on any problem nothing is imported "
               "and every problem is listed by line and column.\n"
               "The first column is the id (empty: the next number; a free id is kept; an "
               "existing id is refused). The other headers are field keys or labels.\n"
               "Links must name existing records or records in the same file, except the two-way "
               "links nonconformities.actions <-> actions.nonconformities (either side may come "
               "first) and processes.documents: a record that does not exist yet is noted and "
               "linked when it is imported naming this one.\n"
               "Import a full set in the order processes, documents, nonconformities, actions.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(ctx, parser, tr("import needs a record type and a CSV file"));
    auto kind = parseRecordKind(args[0]);
    if (!kind)
        return fail(ctx, kind.error());
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    QElapsedTimer timer;
    timer.start();
    auto report = RecordImporter(**ws).importFile(*kind, args[1]);
    logDebug(QStringLiteral("import took %1 ms").arg(timer.elapsed()));
    if (!report)
        return importFailed(ctx, report.error());
    const int notes = int(report->notes.size());
    for (int i = 0; i < std::min(notes, MaxPrintedNotes); ++i)
        ctx.err << tr("note: %1").arg(report->notes[i]) << '\n';
    if (notes > MaxPrintedNotes)
        ctx.err << tr("note: ... and %1 more links wait for records not imported yet")
                       .arg(notes - MaxPrintedNotes)
                << '\n';
    const QStringList& ids = report->createdIds;
    if (ids.isEmpty())
        ctx.out << tr("Imported no records: %1 has no data rows.").arg(QDir::toNativeSeparators(args[1]))
                << '\n';
    else
        ctx.out << tr("Imported %1 %2 (%3 to %4)")
                       .arg(ids.size())
                       .arg(recordKindPluralLabel(*kind).toLower(), ids.first(), ids.last())
                << '\n';
    return ExitOk;
}

int runExport(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"),
                                    QStringLiteral("csv"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("CSV field separator (default ',')."),
                                       tr("C"));
    parser.addOptions({format, output, delimiter});
    parser.addPositionalArgument(QStringLiteral("type"),
                                 tr("documents, processes, nonconformities or actions."),
                                 QStringLiteral("TYPE"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Exports a register; the CSV imports again with \"import\".")))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("export needs exactly one record type"));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usageError(ctx, parser,
                          tr("--format takes csv or json, got \"%1\"").arg(parser.value(format)));
    CsvWriterOptions csvOptions;
    if (parser.isSet(delimiter)) {
        const QString d =
            parser.value(delimiter) == QLatin1String("\\t") ? QStringLiteral("\t") : parser.value(delimiter);
        if (d.size() != 1)
            return usageError(ctx, parser, tr("--delimiter takes one character"));
        csvOptions.delimiter = d.front();
    }
    auto kind = parseRecordKind(parser.positionalArguments().first());
    if (!kind)
        return fail(ctx, kind.error());
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    RecordExporter exporter(**ws);
    auto write = [&](QIODevice* device) {
        return fmt == QLatin1String("json") ? exporter.writeJson(*kind, device)
                                            : exporter.writeCsv(*kind, device, {}, csvOptions);
    };
    if (!parser.isSet(output)) {
        StdoutDevice out(ctx.out);
        const Status s = write(out.device());
        return s ? ExitOk : fail(ctx, s.error());
    }
    // QSaveFile: a failed export never leaves a truncated file behind.
    const QString path = parser.value(output);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ctx, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (auto s = write(&file); !s)
        return fail(ctx, s.error());
    if (!file.commit())
        return fail(ctx, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    ctx.out
        << tr("Exported %1 to %2").arg(recordKindPluralLabel(*kind).toLower(), QDir::toNativeSeparators(path))
        << '\n';
    return ExitOk;
}

} // namespace qms::cli
