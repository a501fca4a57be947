#pragma once

#include "CommandContext.h"

namespace qms::cli {

// clauses [--coverage]: the clause tree with applicability, with --coverage the evidence counts.
// clauses set C --applicable yes|no [--justification TEXT]
int runClauses(CommandContext& ctx);

} // namespace qms::cli
