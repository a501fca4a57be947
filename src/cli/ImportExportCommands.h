#pragma once

#include "CommandContext.h"

namespace qms::cli {

// import TYPE FILE.csv [--map COL=FIELD]... [--map-file F] [--auto-map] [--dry-run]: all or nothing in
// one transaction; every problem named by line and column.
int runImport(CommandContext& ctx);
// export [TYPE] [--format csv|json|xlsx] [-o FILE]: to stdout without -o (csv, json).
int runExport(CommandContext& ctx);
// template TYPE [-o FILE] [--example]: the CSV import template of a register.
int runTemplate(CommandContext& ctx);

} // namespace qms::cli
