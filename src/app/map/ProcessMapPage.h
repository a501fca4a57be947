#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QStackedWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

class ProcessMapScene;
class ProcessMapView;
class RegisterView;

// The "Map" view of the process register: the interaction map with zoom, fit, export and a
// legend. It reads the processes through ProcessMapQuery, again after every save while shown.
class ProcessMapPage final : public QWidget {
    Q_OBJECT
public:
    explicit ProcessMapPage(Workspace& ws, QWidget* parent = nullptr);

    // Adds the map to the process register as its second view and wires it: double-click opens
    // through the register's openRecordRequested, the register's refresh() reloads the map.
    static ProcessMapPage* attachTo(RegisterView* processRegister, Workspace& ws);
    // The map as another view of `view` when that is the process register; null for the others.
    static ProcessMapPage* attachIfMapped(RegisterView* view, Workspace& ws);

    ProcessMapScene* scene() const { return m_scene; }
    ProcessMapView* view() const { return m_view; }
    bool showsRetired() const;
    void setShowRetired(bool on);

    // Reads the map again now when shown, else on the next show.
    void refresh();
    // Writes the whole map as PNG or SVG (by the suffix of `path`); the error message or empty.
    QString exportImage(const QString& path) const;
    // Forgets the places boxes were dragged to (in this database) and lays the map out again.
    void resetLayout();

Q_SIGNALS:
    void openRecordRequested(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void exportInteractive();

    Workspace& m_ws;
    ProcessMapScene* m_scene;
    ProcessMapView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_zoomLabel;
    QCheckBox* m_retired;
    QAction* m_resetLayout;
    bool m_stale = true;
    bool m_fitted = false;
};

} // namespace qms::gui
