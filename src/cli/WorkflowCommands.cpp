#include "WorkflowCommands.h"

#include "CommandSupport.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"
#include "storage/Workspace.h"

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

QString signHint() {
    return tr("Add --sign to sign it with the password given by --password-file or QMSDESK_PASSWORD.");
}

QCommandLineOption signOption() {
    return QCommandLineOption(
        QStringLiteral("sign"),
        tr("Sign the approval this makes (document release, NC closure, CA effectiveness "
           "verification, an audit report or independence exception, a review's "
           "closure) with your password from --password-file or QMSDESK_PASSWORD."));
}

// --sign without a password to sign with: the exit code of the refusal, or nothing.
std::optional<int> signWithoutPassword(CommandContext& ctx, const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("sign")) || ctx.password)
        return std::nullopt;
    return fail(ctx, tr("--sign needs your password: give it with --password-file FILE or the "
                        "QMSDESK_PASSWORD environment variable."));
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
                                      .arg(declOf<R>().pluralLabelText().toLower(), settableKeys<R>())});
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
        return fail(ctx, saved.error().message + QLatin1Char(' ') + signHint());
    if (!saved)
        return fail(ctx, saved.error());
    if (saved->meta.version == stored->meta.version)
        ctx.out << tr("%1 unchanged (version %2)").arg(saved->meta.id).arg(saved->meta.version) << '\n';
    else
        ctx.out << tr("%1 saved (version %2)").arg(saved->meta.id).arg(saved->meta.version) << '\n';
    return ExitOk;
}

// Starts from what the GUI fills in for a new record (newRecord<R>: the acting user as owner or
// reporter, today as the detection date, a due date for actions); given values win.
template <typename R>
int createRecord(CommandContext& ctx, Workspace& ws, const Assignments& assignments, bool sign) {
    R record = newRecord<R>(NewRecordContext{ws.clock().today(), ws.user().name});
    if (auto s = apply(record, assignments); !s)
        return fail(ctx, s.error());
    SaveOptions options;
    if (sign)
        options.signaturePassword = ctx.password;
    auto saved = ws.records<R>().create(record, options);
    if (!saved && saved.error().code == ErrorCode::SignatureNeeded)
        return fail(ctx, saved.error().message + QLatin1Char(' ') + signHint());
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
    const QCommandLineOption sign = signOption();
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
    if (auto rc = signWithoutPassword(ctx, parser))
        return *rc;
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    return visitRecordKind(parsed->first, [&](auto type) {
        using R = typename decltype(type)::type;
        return setRecord<R>(ctx, **ws, args.first(), *assignments, parser.value(reason), parser.isSet(sign));
    });
}

int runNew(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption sign = signOption();
    parser.addOption(sign);
    parser.addPositionalArgument(QStringLiteral("type"), recordTypeHelp(), QStringLiteral("TYPE"));
    parser.addPositionalArgument(
        QStringLiteral("assignments"),
        tr("Field keys or labels with values, e.g. title=\"Scratched housing\". Owner (or "
           "for nonconformities reporter and detection date) default to you and today; actions "
           "are due in 30 days."),
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
    if (auto rc = signWithoutPassword(ctx, parser))
        return *rc;
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    return visitRecordKind(*kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return createRecord<R>(ctx, **ws, *assignments, parser.isSet(sign));
    });
}

} // namespace qms::cli
