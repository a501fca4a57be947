#pragma once

#include "CommandContext.h"

namespace qms::cli {

// set ID FIELD=VALUE... [--reason TEXT]: edits fields; a status change goes through the workflow
// checks and a refusal prints their explanation.
int runSet(CommandContext& ctx);
// new TYPE FIELD=VALUE...: creates a record and prints its id.
int runNew(CommandContext& ctx);

} // namespace qms::cli
