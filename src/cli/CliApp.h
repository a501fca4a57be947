#pragma once

namespace qms::cli {

// Parses the command line and runs one command. Exit codes: 0 ok, 1 invalid input or failed
// check (message on stderr), 2 usage.
int run(int argc, char* argv[]);

} // namespace qms::cli
