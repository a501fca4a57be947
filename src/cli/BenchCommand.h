#pragma once

#include "CommandContext.h"

namespace qms::cli {

// qmsdesk-cli bench [--ncs N] [--work DIR] [--only import|search|verify|...]: the performance
// figures of docs/benchmarks.md. Not a test; prints a table.
int runBenchCommand(CommandContext& ctx);

} // namespace qms::cli
