#pragma once

namespace qms::test {

// Runs the Catch session of a test executable. Catch's implementation is compiled once, in
// CatchSession.cpp, for every test executable: it is the slowest file of the suite to compile.
int runCatchSession(int argc, char* argv[]);

} // namespace qms::test
