#pragma once

#include <QString>

namespace qms::cli {

// --verbose: debug messages (and Qt's own) go to stderr through spdlog. Without it only warnings
// and errors are logged, so normal output stays clean for scripts.
void setupLogging(bool verbose);

void logDebug(const QString& message);

} // namespace qms::cli
