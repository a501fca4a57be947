#include "AuditTrailPage.h"

namespace qms::gui {

// Placeholder until the audit trail view lands.
AuditTrailPage::AuditTrailPage(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {}
void AuditTrailPage::refresh() {}

} // namespace qms::gui
