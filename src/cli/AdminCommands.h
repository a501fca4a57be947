#pragma once

#include "CommandContext.h"

namespace qms::cli {

// init [--org NAME] [--admin NAME]: a new QMS file with its first quality manager.
int runInit(CommandContext& ctx);
// demo [--scale N]: a new QMS file filled by DemoData, then the clause coverage summary.
int runDemo(CommandContext& ctx);
// users list | users add NAME --role ROLE [--display NAME] | users set-password NAME | users
// clear-password NAME
int runUsers(CommandContext& ctx);
// verify: integrity check and audit chain; exit 1 naming each problem.
int runVerify(CommandContext& ctx);
// backup OUT: consistent copy, then open and verify the copy.
int runBackup(CommandContext& ctx);
// restore --from BACKUP: verify the backup, then replace the file, keeping the old one beside it.
int runRestore(CommandContext& ctx);

} // namespace qms::cli
