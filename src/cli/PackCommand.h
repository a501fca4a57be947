#pragma once

#include "CommandContext.h"

namespace qms::cli {

// qmsdesk-cli --db FILE pack -o OUT.pdf [--clause C]... [--from DATE] [--to DATE] [--types ...]
// [--include-closed]
int runPackCommand(CommandContext& ctx);

// qmsdesk-cli --db FILE report ID -o OUT.pdf: one record as a PDF (an audit report, a review's record)
int runReportCommand(CommandContext& ctx);

} // namespace qms::cli
