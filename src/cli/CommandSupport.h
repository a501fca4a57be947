#pragma once

#include "CommandContext.h"
#include "domain/Enums.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace qms {
class Workspace;
}

namespace qms::cli {

// Translation context shared by all commands.
QString tr(const char* text);

// Parses the command's own arguments (ctx.args) with `parser`, which already holds the command's
// options and positional arguments. Adds --help. Returns the exit code to stop with (0 after
// --help, 2 on a usage error, printed), or nullopt to go on.
std::optional<int> parseCommand(CommandContext& ctx, QCommandLineParser& parser, const QString& command,
                                const QString& summary);

// The command's help text with a usage line naming the global options and the command.
QString commandHelp(const QCommandLineParser& parser, const QString& command);
// Prints `message` and the command's usage on stderr; returns ExitUsage.
int usageError(CommandContext& ctx, const QCommandLineParser& parser, const QString& message);
// Prints the error on stderr; returns ExitFailed.
int fail(CommandContext& ctx, const Error& error);
int fail(CommandContext& ctx, const QString& message);

// Opens ctx.dbPath as ctx.userName. Auditors always get a read-only connection.
Result<std::unique_ptr<Workspace>> openWorkspace(const CommandContext& ctx, OpenMode mode);
// Refuses auditors (and deactivated users) with the permission message before any write.
Status requireWriter(const Workspace& ws);

// "nonconformities", "ncs", "NC" ... as recordKindFromKey accepts them; an Error listing the
// accepted words otherwise.
Result<RecordKind> parseRecordKind(const QString& text);
// The help text of a TYPE argument: "documents, processes, nonconformities or actions.", every
// register in the order the application lists them.
QString recordTypeHelp();

// The user name to give the first quality manager: --admin, else --user, else the login name
// (USER / USERNAME) reduced to the characters a user name may hold.
QString defaultAdminName(const QString& admin, const QString& user);

} // namespace qms::cli
