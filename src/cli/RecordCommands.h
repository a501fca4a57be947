#pragma once

#include "CommandContext.h"

namespace qms::cli {

// list TYPE [--status S] [--clause C] [--format table|csv|json]
int runList(CommandContext& ctx);
// show ID [--format text|json]: all fields, links, document revisions and (text) the history.
int runShow(CommandContext& ctx);
// search TEXT...: ranked hits across all registers.
int runSearch(CommandContext& ctx);

} // namespace qms::cli
