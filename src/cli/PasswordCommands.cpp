#include "PasswordCommands.h"

#include "CommandSupport.h"
#include "TextTable.h"
#include "domain/FieldCodec.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace qms::cli {
namespace {

QString firstLine(const QByteArray& bytes) {
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// One line from stdin; on a terminal, prompted on stderr with the echo turned off.
QString readSecretLine(CommandContext& ctx, const QString& prompt) {
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        ctx.err << prompt;
        ctx.err.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err << '\n';
        ctx.err.flush();
    }
    return firstLine(line);
}

} // namespace

Result<QString> readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the password file %1: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QString password = firstLine(file.read(4096));
    if (password.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The password file %1 is empty.").arg(QDir::toNativeSeparators(path)));
    return password;
}

int usersSetPassword(CommandContext& ctx, const QString& name, const QString& newPasswordFile) {
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = requireWriter(**ws); !s)
        return fail(ctx, s.error());
    QString password;
    if (!newPasswordFile.isEmpty()) {
        auto read = readPasswordFile(newPasswordFile);
        if (!read)
            return fail(ctx, read.error());
        password = *read;
    } else {
        password = readSecretLine(ctx, tr("New password for %1: ").arg(name));
        if (::isatty(STDIN_FILENO) && readSecretLine(ctx, tr("Repeat it: ")) != password)
            return fail(ctx, tr("The two passwords differ; nothing was changed."));
    }
    if (auto s = (*ws)->users().setPassword(name, password, ctx.password.value_or(QString())); !s)
        return fail(ctx, s.error());
    ctx.out << tr("Password of %1 set.").arg(name) << '\n';
    return ExitOk;
}

int usersClearPassword(CommandContext& ctx, const QString& name) {
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    if (auto s = (*ws)->users().clearPassword(name); !s)
        return fail(ctx, s.error());
    ctx.out << tr("Password of %1 cleared: %1 opens the file without one now.").arg(name) << '\n';
    return ExitOk;
}

int runSignatures(CommandContext& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption record(QStringLiteral("record"), tr("Only the signatures of this record."),
                                    tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOptions({record, json});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list (the default), or require on|off|status: whether every approval "
                                    "needs a signature and so a password."),
                                 QStringLiteral("[list | require on|off|status]"));
    if (auto rc = parseCommand(ctx, parser, ctx.command,
                               tr("Lists the electronic signatures on approvals, or sets whether they are "
                                  "required.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("require")) {
        const QString value = args.value(1);
        if (args.size() != 2 || (value != QLatin1String("on") && value != QLatin1String("off") &&
                                 value != QLatin1String("status")))
            return usageError(ctx, parser, tr("signatures require needs on, off or status"));
        auto ws =
            openWorkspace(ctx, value == QLatin1String("status") ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        if (!ws)
            return fail(ctx, ws.error());
        if (value != QLatin1String("status"))
            if (auto s = (*ws)->signatures().setRequired(value == QLatin1String("on")); !s)
                return fail(ctx, s.error());
        ctx.out << ((*ws)->signatures().required()
                        ? tr("Signatures are required: every approval needs the approver's password.")
                        : tr("Signatures are not required: approvers with a password sign, others "
                             "approve unsigned."))
                << '\n';
        return ExitOk;
    }
    if (action != QLatin1String("list") || args.size() > 1)
        return usageError(ctx, parser, tr("signatures: use list or require on|off|status"));
    auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
    if (!ws)
        return fail(ctx, ws.error());
    auto sigs = parser.isSet(record) ? (*ws)->signatures().forRecord(parser.value(record).toUpper())
                                     : (*ws)->signatures().list();
    if (!sigs)
        return fail(ctx, sigs.error());
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const Signature& s : *sigs)
            out.append(QJsonObject{{QStringLiteral("seq"), s.seq},
                                   {QStringLiteral("at"), codec::dateTime(s.at)},
                                   {QStringLiteral("record"), s.recordId},
                                   {QStringLiteral("meaning"), signatureMeaningText(s.meaning)},
                                   {QStringLiteral("user"), s.userName},
                                   {QStringLiteral("printed_name"), s.printedName},
                                   {QStringLiteral("revision"), s.revision},
                                   {QStringLiteral("state"), s.state}});
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    TextTable table({tr("Seq"), tr("Signed at (UTC)"), tr("Record"), tr("Meaning"), tr("Printed name"),
                     tr("User"), tr("Revision"), tr("State")});
    for (const Signature& s : *sigs)
        table.addRow({QString::number(s.seq), codec::dateTime(s.at), s.recordId,
                      signatureMeaningLabel(s.meaning), s.printedName, s.userName, s.revision, s.state});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace qms::cli
