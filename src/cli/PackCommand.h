#pragma once

#include "CommandContext.h"

namespace qms::cli {

// qmsdesk-cli --db FILE pack -o OUT.pdf [--clause C]... [--from DATE] [--to DATE] [--types ...]
// [--include-closed]
int runPackCommand(CommandContext& ctx);

} // namespace qms::cli
