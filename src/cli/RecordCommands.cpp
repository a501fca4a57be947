#include "RecordCommands.h"

#include "CommandSupport.h"
#include "StdoutDevice.h"
#include "TextTable.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"
#include "storage/AuditTrail.h"
#include "storage/SearchIndex.h"
#include "storage/SignatureRepository.h"
#include "storage/Workspace.h"
#include "storage/interchange/RecordExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qms::cli {
namespace {

// The few columns that identify a record in a list (the kind's cliColumns); all fields are in show
// and export.
template <typename R> QStringList listColumns() {
    QStringList out;
    for (const char* key : declOf<R>().cliColumns)
        out << QString::fromLatin1(key);
    return out;
}

// The state `item` names: by key, English label or alias (KindDecl::stateNamed), else as the status
// field itself reads it (an enum's forms; a yes/no field's yes, true, 1, no, ...). Empty if none.
template <typename R> QString stateKeyOf(const QString& item) {
    const KindDecl& decl = declOf<R>();
    if (const StateDecl* s = decl.stateNamed(item))
        return QString::fromLatin1(s->key);
    const FieldDef<R>* field = findField<R>(QString::fromLatin1(decl.statusField));
    R scratch;
    if (!field || !field->set || !field->set(scratch, item).isEmpty())
        return {};
    const QString key = field->get(scratch);
    return decl.state(key) ? key : QString();
}

// Status keys for --status: the kind's states by key or label.
template <typename R> Result<QStringList> statusKeys(const QString& text) {
    const KindDecl& decl = declOf<R>();
    QStringList keys;
    for (const QString& item : codec::parseList(text)) {
        const QString key = stateKeyOf<R>(item);
        if (!key.isEmpty()) {
            keys << key;
            continue;
        }
        // A yes/no status (processes: active or retired) is named by its labels; a workflow's
        // states by their keys.
        const FieldDef<R>* field = findField<R>(QString::fromLatin1(decl.statusField));
        QStringList names;
        if (field && field->type == FieldType::Bool) {
            for (const StateDecl& s : decl.states)
                names << QString::fromLatin1(s.label).toLower();
            const QString last = names.takeLast();
            return makeError(ErrorCode::Invalid,
                             tr("\"%1\" is not a %2 status; use %3")
                                 .arg(item, decl.labelText().toLower(),
                                      names.isEmpty()
                                          ? last
                                          : tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last)));
        }
        for (const StateDecl& s : decl.states)
            names << QString::fromLatin1(s.key);
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a status of %2; use one of: %3")
                             .arg(item, decl.pluralLabelText().toLower(), names.join(QStringLiteral(", "))));
    }
    return keys;
}

template <typename R>
int listRecords(CommandContext& ctx, Workspace& ws, RecordFilter filter, const QString& status,
                const QString& format) {
    auto keys = statusKeys<R>(status);
    if (!keys)
        return fail(ctx, keys.error());
    filter.statuses = *keys;
    const RecordKind kind = kindOf<R>;
    if (format == QLatin1String("csv") || format == QLatin1String("json")) {
        StdoutDevice device(ctx.out);
        RecordExporter exporter(ws);
        const Status s = format == QLatin1String("csv") ? exporter.writeCsv(kind, device.device(), filter)
                                                        : exporter.writeJson(kind, device.device(), filter);
        return s ? ExitOk : fail(ctx, s.error());
    }
    auto records = ws.records<R>().list(filter);
    if (!records)
        return fail(ctx, records.error());
    const QStringList columns = listColumns<R>();
    QStringList header{tr("Id")};
    for (const QString& key : columns)
        header << translateFieldLabel(findField<R>(key)->label);
    TextTable table(header);
    for (const R& r : *records) {
        QStringList row{r.meta.id};
        for (const QString& key : columns)
            row << findField<R>(key)->get(r);
        table.addRow(row);
    }
    table.print(ctx.out);
    ctx.out << tr("%1 record(s)").arg(records->size()) << '\n';
    return ExitOk;
}

QJsonObject metaJson(const RecordMeta& m) {
    return {{QStringLiteral("version"), m.version},
            {QStringLiteral("created_at"), codec::dateTime(m.createdAt)},
            {QStringLiteral("created_by"), m.createdBy},
            {QStringLiteral("updated_at"), codec::dateTime(m.updatedAt)},
            {QStringLiteral("updated_by"), m.updatedBy}};
}

void printHistory(CommandContext& ctx, const QList<AuditEntry>& entries) {
    ctx.out << '\n' << tr("History") << '\n';
    TextTable table({tr("Seq"), tr("At (UTC)"), tr("User"), tr("Action"), tr("Field"), tr("Old"), tr("New"),
                     tr("Reason")},
                    40);
    for (const AuditEntry& e : entries)
        table.addRow({QString::number(e.seq), codec::dateTime(e.at), e.user, e.action, e.field, e.oldValue,
                      e.newValue, e.reason});
    table.print(ctx.out);
}

void printSignatures(CommandContext& ctx, const QList<Signature>& signatures) {
    if (signatures.isEmpty())
        return;
    ctx.out << '\n' << tr("Signatures") << '\n';
    for (const Signature& s : signatures)
        ctx.out << "  " << s.describe()
                << (s.revision.isEmpty() ? QString()
                                         : QLatin1String(", ") + tr("revision %1").arg(s.revision))
                << ", " << tr("audit entry %1").arg(s.seq) << '\n';
}

void printRevisions(CommandContext& ctx, const Document& d) {
    ctx.out << '\n' << tr("Revisions") << '\n';
    TextTable table({tr("Revision"), tr("Date"), tr("Author"), tr("Change"), tr("Approved by"),
                     tr("Released at"), tr("File")});
    for (const DocumentRevision& r : d.revisions)
        table.addRow({r.label, codec::date(r.date), r.author, r.changeSummary, r.approvedBy,
                      codec::dateTime(r.releasedAt),
                      r.attachment.isNull() ? QString() : r.attachment.fileName});
    table.print(ctx.out);
}

template <typename R> int showRecord(CommandContext& ctx, Workspace& ws, const QString& id, bool json) {
    auto record = ws.records<R>().get(id);
    if (!record)
        return fail(ctx, record.error());
    const R& r = *record;
    auto history = ws.audit().forRecord(r.meta.id);
    if (!history)
        return fail(ctx, history.error());
    auto signatures = ws.signatures().forRecord(r.meta.id);
    if (!signatures)
        return fail(ctx, signatures.error());
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.meta.id);
        for (const auto& [key, value] : fieldValues(r))
            o.insert(key, value);
        o.insert(QStringLiteral("meta"), metaJson(r.meta));
        QJsonArray entries;
        for (const AuditEntry& e : *history)
            entries.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                       {QStringLiteral("at"), codec::dateTime(e.at)},
                                       {QStringLiteral("user"), e.user},
                                       {QStringLiteral("action"), e.action},
                                       {QStringLiteral("field"), e.field},
                                       {QStringLiteral("old"), e.oldValue},
                                       {QStringLiteral("new"), e.newValue},
                                       {QStringLiteral("reason"), e.reason}});
        o.insert(QStringLiteral("history"), entries);
        QJsonArray signed_;
        for (const Signature& sig : *signatures)
            signed_.append(QJsonObject{{QStringLiteral("seq"), sig.seq},
                                       {QStringLiteral("at"), codec::dateTime(sig.at)},
                                       {QStringLiteral("meaning"), signatureMeaningText(sig.meaning)},
                                       {QStringLiteral("user"), sig.userName},
                                       {QStringLiteral("printed_name"), sig.printedName},
                                       {QStringLiteral("revision"), sig.revision},
                                       {QStringLiteral("state"), sig.state}});
        o.insert(QStringLiteral("signatures"), signed_);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out << r.meta.id << "  " << recordTitle(r) << '\n';
    ctx.out << tr("%1, version %2; created %3 by %4; updated %5 by %6")
                   .arg(declOf<R>().labelText())
                   .arg(r.meta.version)
                   .arg(codec::dateTime(r.meta.createdAt), r.meta.createdBy,
                        codec::dateTime(r.meta.updatedAt), r.meta.updatedBy)
            << "\n\n";
    int width = 0;
    for (const auto& f : recordFields<R>())
        width = std::max(width, int(translateFieldLabel(f.label).size()) + 1);
    for (const auto& f : recordFields<R>()) {
        if (f.type == FieldType::Revisions)
            continue; // printed as a table below
        const QString label = (translateFieldLabel(f.label) + QLatin1Char(':')).leftJustified(width);
        const QStringList lines = f.get(r).split(QLatin1Char('\n'));
        ctx.out << (label + QStringLiteral("  ") + lines.first()).trimmed() << '\n';
        for (int i = 1; i < lines.size(); ++i)
            ctx.out << QString(width + 2, QLatin1Char(' ')) << lines[i] << '\n';
    }
    if constexpr (requires { r.revisions; })
        printRevisions(ctx, r); // the kinds with a revision history
    printSignatures(ctx, *signatures);
    printHistory(ctx, *history);
    return ExitOk;
}

} // namespace

int runList(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only records in these states (comma-separated)."), tr("S"));
    const QCommandLineOption clause(QStringLiteral("clause"),
                                    tr("Only records linked to clause C or a subclause."), tr("C"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default), csv or json."),
                                    tr("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  tr("Leave out closed, cancelled and obsolete records."));
    parser.addOptions({status, clause, format, open});
    parser.addPositionalArgument(QStringLiteral("type"), recordTypeHelp(), QStringLiteral("TYPE"));
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Lists the records of a register.")))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("list needs exactly one record type"));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usageError(ctx, parser,
                          tr("--format takes table, csv or json, got \"%1\"").arg(parser.value(format)));
    auto kind = parseRecordKind(parser.positionalArguments().first());
    if (!kind)
        return fail(ctx, kind.error());
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    RecordFilter filter;
    filter.includeClosed = !parser.isSet(open);
    if (parser.isSet(clause)) {
        filter.clause = parser.value(clause).trimmed();
        if (!(*ws)->catalogue().contains(filter.clause))
            return fail(ctx,
                        tr("%1 is not a clause of %2").arg(filter.clause, (*ws)->catalogue().displayName()));
    }
    return visitRecordKind(*kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return listRecords<R>(ctx, **ws, filter, parser.value(status), fmt);
    });
}

int runShow(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record, e.g. NC-0042."), QStringLiteral("ID"));
    if (auto rc =
            parseCommand(ctx, parser, ctx.command, tr("Shows one record with all its fields and history.")))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("show needs exactly one record id"));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usageError(ctx, parser,
                          tr("--format takes text or json, got \"%1\"").arg(parser.value(format)));
    const QString id = parser.positionalArguments().first();
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return fail(ctx, tr("\"%1\" is not a record id like NC-0042, CA-0007, DOC-0003 or PRC-0001").arg(id));
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    return visitRecordKind(parsed->first, [&](auto type) {
        using R = typename decltype(type)::type;
        return showRecord<R>(ctx, **ws, id, fmt == QLatin1String("json"));
    });
}

int runSearch(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many hits (default 50)."),
                                   tr("N"), QStringLiteral("50"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("text"), tr("Words to find (prefixes; all must occur)."),
                                 QStringLiteral("TEXT..."));
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Searches all registers.")))
        return *rc;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usageError(ctx, parser, tr("search needs the text to find"));
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 1)
        return usageError(ctx, parser,
                          tr("--limit needs a positive number, got \"%1\"").arg(parser.value(limit)));
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    auto hits = (*ws)->search().search(text, max);
    if (!hits)
        return fail(ctx, hits.error());
    TextTable table({tr("Id"), tr("Type"), tr("Title"), tr("Snippet")}, 70);
    for (const SearchHit& h : *hits)
        table.addRow({h.id, recordKindLabel(h.kind), h.title, h.snippet});
    table.print(ctx.out);
    ctx.out << tr("%1 hit(s)").arg(hits->size()) << '\n';
    return ExitOk;
}

} // namespace qms::cli
