#pragma once

#include "Navigation.h"

#include <QWidget>

namespace qms {
class Workspace;
}

namespace qms::gui {

// Cards (open NCs by severity, overdue CAs, documents due for review, coverage) and charts;
// every card and chart segment asks for the filtered register.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(Workspace& ws, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openRegister(const qms::gui::RegisterPreset& preset);

private:
    Workspace& m_ws;
};

} // namespace qms::gui
