#include "BenchCommand.h"

namespace qms::cli {

// Placeholder until the benchmark lands.
int runBenchCommand(CommandContext& ctx)
{
    ctx.err << "bench: not built yet\n";
    return ExitFailed;
}

} // namespace qms::cli
