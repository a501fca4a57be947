#include "ClausePage.h"

namespace qms::gui {

// Placeholder until the clause view lands.
ClausePage::ClausePage(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {}
void ClausePage::refresh() {}

} // namespace qms::gui
