#include "ImportExportCommands.h"

#include "CommandSupport.h"
#include "Logging.h"
#include "StdoutDevice.h"
#include "storage/Workspace.h"
#include "storage/interchange/ImportTemplate.h"
#include "storage/interchange/RecordExporter.h"
#include "storage/interchange/RecordImporter.h"
#include "storage/interchange/RegisterWorkbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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

Result<QChar> delimiterOf(const QCommandLineParser& parser, const QCommandLineOption& option) {
    const QString d =
        parser.value(option) == QLatin1String("\\t") ? QStringLiteral("\t") : parser.value(option);
    if (d.size() != 1)
        return makeError(ErrorCode::Invalid, tr("--delimiter takes one character"));
    return d.front();
}

// The CSV's columns mapped by --map/--map-file on top of the automatic suggestions; the ignored
// columns are reported so that nothing disappears silently.
Result<ColumnMapping> mappingFor(CommandContext& ctx, RecordKind kind, const CsvTable& table,
                                 QStringList assignments, const QString& mapFile) {
    if (!mapFile.isEmpty()) {
        auto fromFile = ColumnMapping::readAssignments(mapFile);
        if (!fromFile)
            return fromFile.error();
        assignments = *fromFile + assignments; // --map on the command line wins
    }
    auto mapping = ColumnMapping::fromAssignments(kind, table.header, assignments);
    if (!mapping)
        return mapping.error();
    for (int i = 0; i < table.header.size(); ++i)
        if (mapping->target(i).isEmpty())
            ctx.err << tr("note: column %1 \"%2\" is not imported").arg(i + 1).arg(table.header[i]) << '\n';
    return mapping;
}

} // namespace

int runImport(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("type"), recordTypeHelp(), QStringLiteral("TYPE"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The CSV file; its first column is the record id."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Map a CSV column to a field: \"NC No.=id\" (repeatable). The column by "
                                    "header or number, the field by key or label; \"COLUMN=-\" ignores "
                                    "the column. Other columns are matched automatically (keys, labels, "
                                    "common spreadsheet names); unmatched ones are ignored."),
                                 tr("COLUMN=FIELD"));
    const QCommandLineOption mapFile(QStringLiteral("map-file"),
                                     tr("Read COLUMN=FIELD lines from FILE (# starts a comment)."),
                                     tr("FILE"));
    const QCommandLineOption autoMap(QStringLiteral("auto-map"),
                                     tr("Match the columns automatically, as --map does, without "
                                        "assignments of your own."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check everything the import would, then write nothing."));
    parser.addOptions({map, mapFile, autoMap, dryRun});
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
    const QString source = QFileInfo(args[1]).fileName();
    auto table = CsvReader::parseFile(args[1]);
    if (!table) {
        Error e = table.error();
        if (e.code == ErrorCode::Invalid)
            e.message = QStringLiteral("%1 %2").arg(source, e.message);
        return fail(ctx, e);
    }
    ColumnMapping mapping;
    if (parser.isSet(map) || parser.isSet(mapFile) || parser.isSet(autoMap)) {
        auto m = mappingFor(ctx, *kind, *table, parser.values(map), parser.value(mapFile));
        if (!m)
            return importFailed(ctx, m.error());
        mapping = *m;
    }
    RecordImporter importer(**ws);
    if (parser.isSet(dryRun)) {
        auto preview = importer.check(*kind, *table, source, mapping, 0);
        if (!preview)
            return fail(ctx, preview.error());
        if (!preview->ok()) {
            Error e{ErrorCode::Invalid, preview->summary, {}};
            for (const ImportProblem& p : preview->problems)
                e.fields.append({QString(), p.text});
            return importFailed(ctx, e);
        }
        ctx.out << tr("%1 would import %2 %3; nothing was written.")
                       .arg(source)
                       .arg(preview->rowCount)
                       .arg(recordKindPluralLabel(*kind).toLower())
                << '\n';
        return ExitOk;
    }
    auto report = importer.import(*kind, *table, source, mapping);
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

namespace {

int exportXlsx(CommandContext& ctx, QCommandLineParser& parser, const QString& path) {
    if (path.isEmpty())
        return usageError(ctx, parser, tr("--format xlsx writes a file: give it with -o FILE.xlsx"));
    if (parser.positionalArguments().size() > 1)
        return usageError(ctx, parser, tr("export takes at most one record type"));
    RegisterWorkbook::Options options;
    options.clauseCoverage = true;
    if (parser.positionalArguments().size() == 1) {
        auto kind = parseRecordKind(parser.positionalArguments().first());
        if (!kind)
            return fail(ctx, kind.error());
        options.kinds = {*kind};
        options.clauseCoverage = false;
    }
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = RegisterWorkbook(**ws).write(path, options); !s)
        return fail(ctx, s.error());
    ctx.out << tr("Exported %1 to %2")
                   .arg(options.kinds.size() == 1 ? recordKindPluralLabel(options.kinds.first()).toLower()
                                                  : tr("every register"),
                        QDir::toNativeSeparators(path))
            << '\n';
    return ExitOk;
}

} // namespace

int runTemplate(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Add one example row (delete it before importing your data)."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("CSV field separator (default ',')."),
                                       tr("C"));
    parser.addOptions({output, example, delimiter});
    parser.addPositionalArgument(QStringLiteral("type"), recordTypeHelp(), QStringLiteral("TYPE"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Writes the CSV import template of a register: the header row of the "
                                  "columns a spreadsheet register usually has. Fill it in and import it "
                                  "with \"import\"; leave the ID column empty to number new records.")))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("template needs exactly one record type"));
    auto kind = parseRecordKind(parser.positionalArguments().first());
    if (!kind)
        return fail(ctx, kind.error());
    CsvWriterOptions options;
    if (parser.isSet(delimiter)) {
        auto d = delimiterOf(parser, delimiter);
        if (!d)
            return usageError(ctx, parser, d.error().message);
        options.delimiter = *d;
    }
    if (!parser.isSet(output)) {
        StdoutDevice out(ctx.out);
        const QByteArray bytes = ImportTemplate::csv(*kind, parser.isSet(example), options);
        out.device()->write(bytes);
        return ExitOk;
    }
    const QString path = parser.value(output);
    if (auto s = ImportTemplate::save(*kind, path, parser.isSet(example), options); !s)
        return fail(ctx, s.error());
    ctx.out << tr("Wrote the %1 template to %2")
                   .arg(recordKindLabel(*kind).toLower(), QDir::toNativeSeparators(path))
            << '\n';
    return ExitOk;
}

int runExport(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv (default), json or xlsx. xlsx needs -o; without TYPE it "
                                       "holds every register and the clause coverage."),
                                    tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("CSV field separator (default ',')."),
                                       tr("C"));
    parser.addOptions({format, output, delimiter});
    parser.addPositionalArgument(QStringLiteral("type"), recordTypeHelp(), QStringLiteral("TYPE"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Exports a register; the CSV imports again with \"import\". "
                                  "The XLSX workbook is for reading in a spreadsheet: typed cells, a "
                                  "frozen header and filters, a sheet per register.")))
        return *rc;
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json") && fmt != QLatin1String("xlsx"))
        return usageError(ctx, parser,
                          tr("--format takes csv, json or xlsx, got \"%1\"").arg(parser.value(format)));
    if (fmt == QLatin1String("xlsx"))
        return exportXlsx(ctx, parser, parser.value(output));
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("export needs exactly one record type"));
    CsvWriterOptions csvOptions;
    if (parser.isSet(delimiter)) {
        auto d = delimiterOf(parser, delimiter);
        if (!d)
            return usageError(ctx, parser, d.error().message);
        csvOptions.delimiter = *d;
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
