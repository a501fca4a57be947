#include "WorkflowCommands.h"

#include "CommandSupport.h"
#include "RecordDispatch.h"
#include "domain/FieldCodec.h"

namespace qms::cli {
namespace {

using Assignments = QList<QPair<QString, QString>>;

// "severity=major" -> {"severity", "major"}; the value may itself hold '='.
std::optional<Assignments> parseAssignments(const QStringList& args, QString* bad) {
    Assignments out;
    for (const QString& a : args) {
        const int eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *bad = a;
            return std::nullopt;
        }
        out.append({a.left(eq).trimmed(), a.mid(eq + 1)});
    }
    return out;
}

template <typename R> QString settableKeys() {
    QStringList keys;
    for (const auto& f : recordFields<R>())
        if (f.set)
            keys << QString::fromLatin1(f.key);
    return keys.join(QStringLiteral(", "));
}

// Applies every assignment; all problems are reported at once.
template <typename R> Status apply(R& record, const Assignments& assignments) {
    QList<FieldError> problems;
    for (const auto& [key, value] : assignments) {
        const FieldDef<R>* f = findField<R>(key);
        if (!f)
            problems.append({key, tr("no such field; the fields of %1 are: %2")
                                      .arg(recordKindPluralLabel(RecordRepository<R>::kind()).toLower(),
                                           settableKeys<R>())});
        else if (!f->set)
            problems.append({key, tr("filled in by the workflow, it cannot be set")});
        else if (const QString error = f->set(record, value); !error.isEmpty())
            problems.append({QString::fromLatin1(f->key), error});
    }
    if (!problems.isEmpty())
        return Error::invalid(problems, problems.size() == 1
                                            ? tr("A value was not accepted:")
                                            : tr("%1 values were not accepted:").arg(problems.size()));
    return {};
}

// What the GUI would fill in for a new record: the acting user as owner/reporter, today as the
// detection date. Given values win.
template <typename R> void applyDefaults(R& r, const Workspace& ws) {
    if constexpr (std::is_same_v<R, Nonconformity>) {
        r.reportedBy = ws.user().name;
        r.detectedOn = ws.clock().today();
    } else {
        r.owner = ws.user().name;
    }
}

template <typename R>
int setRecord(CommandContext& ctx, Workspace& ws, const QString& id, const Assignments& assignments,
              const QString& reason, bool sign) {
    auto& repo = ws.records<R>();
    auto stored = repo.get(id);
    if (!stored)
        return fail(ctx, stored.error());
    R edited = *stored;
    if (auto s = apply(edited, assignments); !s)
        return fail(ctx, s.error());
    SaveOptions options;
    options.reason = reason;
    if (sign)
        options.signaturePassword = ctx.password;
    auto saved = repo.save(edited, options);
    if (!saved && saved.error().code == ErrorCode::SignatureNeeded)
        return fail(ctx, saved.error().message + QLatin1Char(' ') +
                             tr("Add --sign to sign it with the password given by --password-file or "
                                "QMSDESK_PASSWORD."));
    if (!saved)
        return fail(ctx, saved.error());
    if (saved->meta.version == stored->meta.version)
        ctx.out << tr("%1 unchanged (version %2)").arg(saved->meta.id).arg(saved->meta.version) << '\n';
    else
        ctx.out << tr("%1 saved (version %2)").arg(saved->meta.id).arg(saved->meta.version) << '\n';
    return ExitOk;
}

template <typename R> int newRecord(CommandContext& ctx, Workspace& ws, const Assignments& assignments) {
    R record;
    applyDefaults(record, ws);
    if (auto s = apply(record, assignments); !s)
        return fail(ctx, s.error());
    auto saved = ws.records<R>().create(record);
    if (!saved)
        return fail(ctx, saved.error());
    ctx.out << saved->meta.id << '\n';
    return ExitOk;
}

} // namespace

int runSet(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("Why (needed to cancel, reopen or step back); kept in the audit trail."),
        tr("TEXT"));
    const QCommandLineOption sign(
        QStringLiteral("sign"),
        tr("Sign the approval this change makes (document release, NC closure, CA effectiveness "
           "verification) with your password from --password-file or QMSDESK_PASSWORD."));
    parser.addOptions({reason, sign});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record, e.g. NC-0042."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("assignments"),
                                 tr("Field keys or labels with their new values, e.g. status=contained."),
                                 QStringLiteral("FIELD=VALUE..."));
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Changes fields or the status of a record.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(ctx, parser, tr("set needs a record id and at least one FIELD=VALUE"));
    QString bad;
    const auto assignments = parseAssignments(args.mid(1), &bad);
    if (!assignments)
        return usageError(ctx, parser, tr("\"%1\" is not FIELD=VALUE").arg(bad));
    const auto parsed = parseRecordId(args.first());
    if (!parsed)
        return fail(
            ctx,
            tr("\"%1\" is not a record id like NC-0042, CA-0007, DOC-0003 or PRC-0001").arg(args.first()));
    if (parser.isSet(sign) && !ctx.password)
        return fail(ctx, tr("--sign needs your password: give it with --password-file FILE or the "
                            "QMSDESK_PASSWORD environment variable."));
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    return withRecordType(parsed->first, [&](auto type) {
        using R = typename decltype(type)::type;
        return setRecord<R>(ctx, **ws, args.first(), *assignments, parser.value(reason), parser.isSet(sign));
    });
}

int runNew(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("type"),
                                 tr("documents, processes, nonconformities or actions."),
                                 QStringLiteral("TYPE"));
    parser.addPositionalArgument(
        QStringLiteral("assignments"),
        tr("Field keys or labels with values, e.g. title=\"Scratched housing\". Owner (or "
           "for nonconformities reporter and detection date) default to you and today."),
        QStringLiteral("FIELD=VALUE..."));
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Creates a record and prints its id.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(ctx, parser, tr("new needs a record type"));
    QString bad;
    const auto assignments = parseAssignments(args.mid(1), &bad);
    if (!assignments)
        return usageError(ctx, parser, tr("\"%1\" is not FIELD=VALUE").arg(bad));
    auto kind = parseRecordKind(args.first());
    if (!kind)
        return fail(ctx, kind.error());
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    return withRecordType(*kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return newRecord<R>(ctx, **ws, *assignments);
    });
}

} // namespace qms::cli
