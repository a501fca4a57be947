#pragma once

#include "CommandContext.h"

namespace qms::cli {

// qmsdesk-cli --db FILE settings [list | set audit-cycle|review-interval MONTHS]: the organisation's
// programme policy (ProgrammePolicy).
int runSettings(CommandContext& ctx);

} // namespace qms::cli
