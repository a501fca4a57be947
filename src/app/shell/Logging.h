#pragma once

#include <QString>

namespace qms::gui {

// Sets up the rotating log file in <AppDataLocation>/logs and routes Qt's messages into it.
// Returns the log folder (empty when the file could not be created: logging then goes to stderr).
QString setupLogging();
QString logFolder();

} // namespace qms::gui
