#pragma once

#include <QGraphicsView>

namespace qms::gui {

// Zoom and pan over the process map: drag to pan, Ctrl+wheel zooms around the pointer, and
// zoomIn/zoomOut/fitAll for the page's buttons and shortcuts.
class ProcessMapView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit ProcessMapView(QWidget* parent = nullptr);

    static constexpr qreal MinScale = 0.2;
    static constexpr qreal MaxScale = 3.0;

    qreal zoom() const;
    void setZoom(qreal scale);
    void zoomIn();
    void zoomOut();
    // Whole map in view, never enlarged beyond 1:1.
    void fitAll();

Q_SIGNALS:
    void zoomChanged(qreal scale);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace qms::gui
