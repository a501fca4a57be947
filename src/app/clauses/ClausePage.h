#pragma once

#include <QWidget>

namespace qms {
class Workspace;
}

namespace qms::gui {

// The ISO 9001 clause tree with applicability, evidence counts and coverage status; selecting a
// clause lists its records.
class ClausePage final : public QWidget {
    Q_OBJECT
public:
    ClausePage(Workspace& ws, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openRecord(const QString& id);

private:
    Workspace& m_ws;
};

} // namespace qms::gui
