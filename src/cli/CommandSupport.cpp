#include "CommandSupport.h"

#include "Logging.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace qms::cli {

QString tr(const char* text) {
    return QCoreApplication::translate("qms::cli", text);
}

std::optional<int> parseCommand(CommandContext& ctx, QCommandLineParser& parser, const QString& command,
                                const QString& summary) {
    parser.setApplicationDescription(summary);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows the options of this command."));
    parser.addOption(help);
    for (const QString& arg : ctx.args)
        for (const char* global : {"--db", "--user", "--verbose"})
            if (arg == QLatin1String(global) || arg.startsWith(QLatin1String(global) + QLatin1Char('=')))
                return usageError(ctx, parser,
                                  tr("%1 is a global option: put it before the command, e.g. "
                                     "qmsdesk-cli --db FILE %2 ...")
                                      .arg(QLatin1String(global), command));
    QStringList argv{QStringLiteral("qmsdesk-cli")};
    argv << ctx.args;
    if (!parser.parse(argv))
        return usageError(ctx, parser, QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(help)) {
        ctx.out << commandHelp(parser, command);
        return ExitOk;
    }
    return std::nullopt;
}

QString commandHelp(const QCommandLineParser& parser, const QString& command) {
    // Qt's usage line starts with the program path; ours names the global options and the command.
    QString text = parser.helpText();
    const int end = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(end);
    const QString program = QCoreApplication::arguments().value(0);
    const int at = usage.indexOf(program);
    if (at >= 0)
        usage.replace(at, program.size(),
                      QStringLiteral("qmsdesk-cli --db FILE [--user NAME] %1").arg(command));
    return usage + text.mid(end);
}

int usageError(CommandContext& ctx, const QCommandLineParser& parser, const QString& message) {
    ctx.err << message << '\n' << '\n' << commandHelp(parser, ctx.command);
    ctx.err.flush();
    return ExitUsage;
}

int fail(CommandContext& ctx, const Error& error) {
    return fail(ctx, error.describe());
}

int fail(CommandContext& ctx, const QString& message) {
    logDebug(QStringLiteral("failed: %1").arg(message));
    ctx.err << message << '\n';
    ctx.err.flush();
    return ExitFailed;
}

Result<std::unique_ptr<Workspace>> openWorkspace(const CommandContext& ctx, OpenMode mode) {
    logDebug(
        QStringLiteral("opening %1 as %2 (%3)")
            .arg(QDir::toNativeSeparators(ctx.dbPath),
                 ctx.userName.isEmpty() ? QStringLiteral("the first quality manager") : ctx.userName,
                 mode == OpenMode::ReadOnly ? QStringLiteral("read-only") : QStringLiteral("read-write")));
    Workspace::OpenOptions options;
    options.userName = ctx.userName;
    options.password = ctx.password;
    options.mode = mode;
    auto ws = Workspace::open(ctx.dbPath, options);
    if (ws)
        logDebug(QStringLiteral("opened as %1 (%2)").arg((*ws)->user().name, enumKey((*ws)->user().role)));
    else if (ws.error().code == ErrorCode::Unauthenticated && !ctx.password)
        return makeError(ErrorCode::Unauthenticated,
                         ws.error().message + QLatin1Char(' ') +
                             tr("Give the password with --password-file FILE or the QMSDESK_PASSWORD "
                                "environment variable."));
    return ws;
}

Status requireWriter(const Workspace& ws) {
    return Permissions::canWrite(ws.user());
}

Result<RecordKind> parseRecordKind(const QString& text) {
    if (auto kind = recordKindFromKey(text))
        return *kind;
    QStringList keys;
    for (const KindDecl* d : kindDecls())
        keys << QString::fromLatin1(d->key);
    return makeError(
        ErrorCode::Invalid,
        tr("\"%1\" is not a record type; use one of: %2").arg(text, keys.join(QStringLiteral(", "))));
}

QString recordTypeHelp() {
    QStringList keys;
    for (const KindDecl* d : kindDecls())
        keys << QString::fromLatin1(d->key);
    const QString last = keys.takeLast();
    return keys.isEmpty() ? tr("%1.").arg(last) : tr("%1 or %2.").arg(keys.join(QStringLiteral(", ")), last);
}

QString defaultAdminName(const QString& admin, const QString& user) {
    if (!admin.isEmpty())
        return admin;
    if (!user.isEmpty())
        return user;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    static const QRegularExpression notAllowed(QStringLiteral("[^\\w.@-]"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    login.replace(notAllowed, QStringLiteral("_"));
    login = login.left(64);
    return login.isEmpty() ? QStringLiteral("admin") : login;
}

} // namespace qms::cli
