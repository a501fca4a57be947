#pragma once

#include "Navigation.h"
#include "storage/DashboardQuery.h"

#include <QColor>
#include <QPalette>
#include <functional>

class QChart;

namespace qms::gui {

// Colours for charts that follow the application palette (light or dark).
struct ChartLook {
    bool dark = false;
    QColor background;
    QColor text;
    QColor grid;
    static ChartLook fromPalette(const QPalette& palette);
};

// Builds the dashboard charts. Each bar / slice calls `open` with the register view it stands for.
class DashboardCharts final {
public:
    using OpenRegister = std::function<void(const RegisterPreset&)>;

    // Grouped bars: NCs detected vs closed per month, the last 12 months.
    static QChart* ncFlow(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open);
    // Pareto: NCs per source, sorted, with the cumulative share on a secondary axis.
    static QChart* sources(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open);
    // Donut: completed corrective actions on time vs late, the rate in the middle.
    static QChart* onTime(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open);

    static QColor openedColour() { return QColor(0xd6, 0x45, 0x41); }
    static QColor closedColour() { return QColor(0x2e, 0x9d, 0x5b); }
    static QColor paretoColour() { return QColor(0x2f, 0x80, 0xd1); }
    static QColor cumulativeColour() { return QColor(0xe0, 0x8a, 0x1e); }
    static QColor lateColour() { return QColor(0xd6, 0x45, 0x41); }
};

} // namespace qms::gui
