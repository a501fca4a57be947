#include "AdminCommands.h"

#include "CommandSupport.h"
#include "Logging.h"
#include "PasswordCommands.h"
#include "TextTable.h"
#include "storage/BackupRestore.h"
#include "storage/ClauseRepository.h"
#include "storage/DemoData.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace qms::cli {
namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// init and demo only create: an existing file is never touched.
std::optional<int> refuseExisting(CommandContext& ctx) {
    if (QFileInfo::exists(ctx.dbPath))
        return fail(ctx, tr("%1 exists already; %2 creates a new file and leaves existing ones alone.")
                             .arg(native(ctx.dbPath), ctx.command));
    return std::nullopt;
}

void printCoverageSummary(CommandContext& ctx, Workspace& ws) {
    auto coverage = ws.clauses().coverage();
    if (!coverage) {
        ctx.err << coverage.error().describe() << '\n';
        return;
    }
    const CoverageSummary s = summarise(*coverage, ws.catalogue());
    ctx.out << tr("Clause coverage %1%: %2").arg(s.percent(), 0, 'f', 1).arg(coverageSummaryText(s)) << '\n';
}

void printVerifyProblems(CommandContext& ctx, const VerifyReport& report) {
    for (const QString& p : report.integrityProblems)
        ctx.err << tr("integrity: %1").arg(p) << '\n';
    for (const AuditProblem& p : report.problems) {
        const QString where = p.seq > 0 ? tr("seq %1").arg(p.seq) : tr("record");
        ctx.err << QStringLiteral("%1, %2: %3")
                       .arg(where, p.recordId.isEmpty() ? QStringLiteral("-") : p.recordId, p.message)
                << '\n';
    }
}

int usersList(CommandContext& ctx, Workspace& ws) {
    auto users = ws.users().list();
    if (!users)
        return fail(ctx, users.error());
    TextTable table({tr("Name"), tr("Display name"), tr("Role"), tr("Active"), tr("Password")});
    for (const User& u : *users)
        table.addRow(
            {u.name, u.displayName, enumKey(u.role), codec::yesNo(u.active), codec::yesNo(u.hasPassword)});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace

int runInit(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), tr("Name of the organisation."), tr("NAME"));
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        tr("User name of the first quality manager (default: --user, else your login)."), tr("NAME"));
    const QCommandLineOption display(QStringLiteral("display"),
                                     tr("Printed name of the first quality manager."), tr("NAME"));
    parser.addOptions({org, admin, display});
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Creates a new QMS file.")))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            ctx, parser, tr("init takes no arguments; got \"%1\"").arg(parser.positionalArguments().first()));
    if (auto rc = refuseExisting(ctx))
        return *rc;
    Workspace::CreateOptions options;
    options.organisation = parser.value(org);
    options.adminName = defaultAdminName(parser.value(admin), ctx.userName);
    options.adminDisplayName = parser.value(display);
    auto ws = Workspace::create(ctx.dbPath, options);
    if (!ws)
        return fail(ctx, ws.error());
    ctx.out << tr("Created %1 for %2; quality manager: %3")
                   .arg(native(ctx.dbPath), (*ws)->organisation(), (*ws)->user().name)
            << '\n';
    return ExitOk;
}

int runDemo(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Number of nonconformities (default 60)."),
                                   tr("N"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed; the same seed gives the same data."), tr("N"),
                                  QStringLiteral("2026"));
    parser.addOptions({scale, seed});
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Creates a new QMS file filled with demo data.")))
        return *rc;
    bool ok = false;
    DemoOptions options;
    options.nonconformities = parser.value(scale).toInt(&ok);
    if (!ok || options.nonconformities < 0)
        return usageError(
            ctx, parser,
            tr("--scale needs a number of nonconformities, got \"%1\"").arg(parser.value(scale)));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(ctx, parser, tr("--seed needs a number, got \"%1\"").arg(parser.value(seed)));
    if (auto rc = refuseExisting(ctx))
        return *rc;
    // The demo runs on a simulated clock over ~15 months of history, so dates, closings and the
    // audit trail look like a QMS in use, not like one filled in a second.
    Workspace::CreateOptions create;
    create.adminName = ctx.userName;
    QElapsedTimer timer;
    timer.start();
    auto ws = DemoData::createWorkspace(ctx.dbPath, create, options);
    if (!ws) // createWorkspace removes a half-made file itself
        return fail(ctx, tr("Could not generate the demo data: %1").arg(ws.error().describe()));
    logDebug(QStringLiteral("demo data generated in %1 ms").arg(timer.elapsed()));
    ctx.out
        << tr("Created %1 with demo data; quality manager: %2").arg(native(ctx.dbPath), (*ws)->user().name)
        << '\n';
    printCoverageSummary(ctx, **ws);
    return ExitOk;
}

int runUsers(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), tr("quality_manager, process_owner or auditor."),
                                  tr("ROLE"));
    const QCommandLineOption display(QStringLiteral("display"), tr("Printed name, e.g. \"Dana Miller\"."),
                                     tr("NAME"));
    const QCommandLineOption newPasswordFile(
        QStringList{QStringLiteral("new-password-file"), QStringLiteral("password-file")},
        tr("set-password: read the new password from the first line of FILE instead of stdin."), tr("FILE"));
    parser.addOptions({role, display, newPasswordFile});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, add NAME, set-password NAME or clear-password NAME."),
                                 QStringLiteral("list|add|set-password|clear-password [NAME]"));
    if (auto rc = parseCommand(ctx, parser, ctx.command, tr("Lists users or adds one.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list")) {
        if (args.size() > 1)
            return usageError(ctx, parser, tr("users list takes no further arguments"));
        auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
        if (!ws)
            return fail(ctx, ws.error());
        return usersList(ctx, **ws);
    }
    if (action == QLatin1String("set-password") || action == QLatin1String("clear-password")) {
        if (args.size() != 2)
            return usageError(ctx, parser, tr("users %1 needs exactly one user name").arg(action));
        if (action == QLatin1String("clear-password"))
            return usersClearPassword(ctx, args[1]);
        return usersSetPassword(ctx, args[1], parser.value(newPasswordFile));
    }
    if (action != QLatin1String("add"))
        return usageError(
            ctx, parser,
            tr("users: unknown action \"%1\"; use list, add, set-password or clear-password").arg(action));
    if (args.size() != 2)
        return usageError(ctx, parser, tr("users add needs exactly one user name"));
    if (!parser.isSet(role))
        return usageError(ctx, parser, tr("users add needs --role (%1)").arg(enumKeyList<Role>()));
    const auto r = enumFromString<Role>(parser.value(role));
    if (!r)
        return fail(ctx,
                    tr("\"%1\" is not a role; use one of: %2").arg(parser.value(role), enumKeyList<Role>()));
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    User user;
    user.name = args[1];
    user.displayName = parser.value(display);
    user.role = *r;
    auto added = (*ws)->users().add(user);
    if (!added)
        return fail(ctx, added.error());
    ctx.out << tr("Added %1 as %2").arg(added->name, enumKey(added->role)) << '\n';
    return ExitOk;
}

int runVerify(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption deep(
        QStringLiteral("deep"),
        tr("Run SQLite's full integrity_check (also matches every index against its table; slower) "
           "instead of quick_check."));
    parser.addOption(deep);
    if (auto rc =
            parseCommand(ctx, parser, ctx.command,
                         tr("Checks the file's integrity, the audit trail's hash chain and every record "
                            "against its history.")))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, parser, tr("verify takes no arguments"));
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    auto report =
        (*ws)->verify({}, parser.isSet(deep) ? Workspace::VerifyDepth::Deep : Workspace::VerifyDepth::Quick);
    if (!report)
        return fail(ctx, report.error());
    if (!report->ok()) {
        printVerifyProblems(ctx, *report);
        return fail(ctx, report->summary());
    }
    ctx.out << report->summary() << '\n';
    return ExitOk;
}

int runBackup(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("out"), tr("The backup file to write (must not exist)."),
                                 QStringLiteral("OUT"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Writes a consistent copy of the file, then opens and verifies the copy.")))
        return *rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, parser, tr("backup needs exactly one target file"));
    const QString target = parser.positionalArguments().first();
    {
        // Read-write: SQLite's VACUUM INTO refuses to run on a read-only connection.
        auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
        if (!ws)
            return fail(ctx, ws.error());
        if (auto s = (*ws)->database().backupTo(target); !s)
            return fail(ctx, s.error());
    }
    Workspace::OpenOptions asCopy;
    asCopy.userName = ctx.userName;
    asCopy.password = ctx.password;
    asCopy.mode = OpenMode::ReadOnly;
    auto copy = Workspace::open(target, asCopy);
    if (!copy)
        return fail(ctx, tr("The backup %1 was written but cannot be opened: %2")
                             .arg(native(target), copy.error().describe()));
    auto report = (*copy)->verify();
    if (!report)
        return fail(
            ctx,
            tr("The backup %1 could not be verified: %2").arg(native(target), report.error().describe()));
    if (!report->ok()) {
        printVerifyProblems(ctx, *report);
        return fail(ctx, tr("The backup %1 does not verify: %2").arg(native(target), report->summary()));
    }
    ctx.out << tr("Backup written to %1; %2").arg(native(target), report->summary()) << '\n';
    return ExitOk;
}

int runRestore(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("The backup file to restore."), tr("BACKUP"));
    parser.addOption(from);
    if (auto rc =
            parseCommand(ctx, parser, ctx.command,
                         tr("Verifies a backup copy (integrity, audit chain, every record) and only then "
                            "replaces the file with it; the replaced file is kept beside it.")))
        return *rc;
    if (!parser.positionalArguments().isEmpty() || parser.value(from).isEmpty())
        return usageError(ctx, parser, tr("restore needs --from BACKUP and no other arguments"));
    auto outcome =
        BackupRestore::restore(parser.value(from), ctx.dbPath, ctx.userName, QDateTime::currentDateTimeUtc());
    if (!outcome)
        return fail(ctx, outcome.error());
    ctx.out << tr("Restored %1 from %2; %3. The replaced file is kept as %4.")
                   .arg(native(ctx.dbPath), native(parser.value(from)), outcome->report.summary(),
                        native(outcome->keptAs))
            << '\n';
    if (!outcome->note.isEmpty())
        ctx.err << outcome->note << '\n';
    return ExitOk;
}

} // namespace qms::cli
