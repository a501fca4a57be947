#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>

namespace qms::gui {

// A filtered view of a register that another screen asks the main window to show (a dashboard
// card, a chart bar, a clause). Empty members mean "no restriction".
struct RegisterPreset {
    RecordKind kind = RecordKind::Nonconformity;
    QString text;
    QStringList statuses;   // status keys
    QStringList severities; // NC severity keys
    QString source;         // NC source key
    QString owner;          // owner / responsible
    QString clause;         // clause number (and subclauses)
    bool openOnly = false;  // not closed / cancelled / verified / obsolete
    bool overdueOnly = false;
    int reviewDueWithinDays = -1; // documents whose next review falls within N days (>= 0)
    QString month;          // "2026-03": NCs detected in that month
    QString closedMonth;    // "2026-03": NCs closed in that month
};

} // namespace qms::gui
