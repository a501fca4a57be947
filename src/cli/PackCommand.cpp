#include "PackCommand.h"

namespace qms::cli {

// Placeholder until the audit-pack writer lands.
int runPackCommand(CommandContext& ctx)
{
    ctx.err << "pack: not built yet\n";
    return ExitFailed;
}

} // namespace qms::cli
