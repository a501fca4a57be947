#pragma once

#include "CommandContext.h"

namespace qms::cli {

// import TYPE FILE.csv: all or nothing in one transaction; every problem named by line and column.
int runImport(CommandContext& ctx);
// export TYPE [--format csv|json] [-o FILE]: to stdout without -o.
int runExport(CommandContext& ctx);

} // namespace qms::cli
