#pragma once

#include <QIcon>
#include <QString>

namespace qms::gui {

// Icons of the bundled set (resources/icons, see its LICENSE.md): icon("search") loads
// ":/qmsdesk/icons/search.svg". Unknown names give a null icon and a warning, not a crash.
QIcon icon(const QString& name);
QIcon appIcon();

} // namespace qms::gui
