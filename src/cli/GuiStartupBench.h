#pragma once

#include "domain/Result.h"

#include <QString>

namespace qms::cli {

// Startup of the GUI, measured by running `qmsdesk --bench-startup` on the offscreen platform:
// an empty Qt main window (the baseline) and the NC register of a database, `runs` times each.
struct GuiStartupFigures {
    double emptyMs = 0, registerMs = 0;         // medians, process start to first paint
    double emptyRssMiB = 0, registerRssMiB = 0; // medians of VmHWM
    int runs = 0;
};

Result<GuiStartupFigures> measureGuiStartup(const QString& qmsdesk, const QString& database,
                                            const QString& user, int runs);

} // namespace qms::cli
