#include "DashboardPage.h"

namespace qms::gui {

// Placeholder until the dashboard lands.
DashboardPage::DashboardPage(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {}
void DashboardPage::refresh() {}

} // namespace qms::gui
