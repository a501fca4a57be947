#pragma once

#include "CommandContext.h"

namespace qms::cli {

// fill ID TABLE FILL: adds the rows a declared fill makes (an audit's checklist from its scope or
// from the previous audit) and saves the record.
int runFill(CommandContext& ctx);
// raise ID TABLE ROW: makes the record row ROW (from 1) declares (a nonconformity from a
// checklist item, an action from a review's decision), linked both ways; prints its id.
int runRaise(CommandContext& ctx);

} // namespace qms::cli
