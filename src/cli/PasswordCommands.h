#pragma once

#include "CommandContext.h"
#include "domain/Result.h"

namespace qms::cli {

// The first line of FILE (without its line break): the password given by --password-file.
Result<QString> readPasswordFile(const QString& path);

// users set-password NAME [--new-password-file FILE]: the new password from FILE or stdin (asked
// twice without echo on a terminal). Changing one's own password needs the current one, given
// like any password (--password-file / QMSDESK_PASSWORD).
int usersSetPassword(CommandContext& ctx, const QString& name, const QString& newPasswordFile);
// users clear-password NAME: quality managers only.
int usersClearPassword(CommandContext& ctx, const QString& name);
// signatures [list] [--record ID] [--json] | signatures require on|off|status
int runSignatures(CommandContext& ctx);

} // namespace qms::cli
