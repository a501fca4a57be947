#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace qms::cli {

// What every command gets: the global options and the streams to write to. Commands return the
// process exit code: 0 ok, 1 invalid input or failed check (message on err), 2 usage.
struct CommandContext {
    QString dbPath;       // --db
    QString userName;     // --user (empty: the first quality manager)
    bool verbose = false; // --verbose
    QStringList args;     // the command's own arguments, after the command name
    QTextStream& out;
    QTextStream& err;
    QString command; // the command's name, for messages ("list")
    // The acting user's password, from --password-file or QMSDESK_PASSWORD (never an argument:
    // arguments are visible to every user of the machine in `ps`).
    std::optional<QString> password;
};

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

} // namespace qms::cli
