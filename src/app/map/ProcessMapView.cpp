#include "ProcessMapView.h"

#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace qms::gui {

ProcessMapView::ProcessMapView(QWidget* parent)
    : QGraphicsView(parent) {
    setObjectName(QStringLiteral("processMapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Process interaction map"));
    setFocusPolicy(Qt::StrongFocus);
}

qreal ProcessMapView::zoom() const {
    return transform().m11();
}

void ProcessMapView::setZoom(qreal scale) {
    scale = std::clamp(scale, MinScale, MaxScale);
    if (std::abs(scale - zoom()) < 1e-6)
        return;
    setTransform(QTransform::fromScale(scale, scale));
    Q_EMIT zoomChanged(scale);
}

void ProcessMapView::zoomIn() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setZoom(zoom() * 1.25);
    setTransformationAnchor(anchor);
}

void ProcessMapView::zoomOut() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setZoom(zoom() / 1.25);
    setTransformationAnchor(anchor);
}

void ProcessMapView::fitAll() {
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    // The size without scroll bars: once fitted none are needed (they go on the next event loop turn).
    const QSize area = maximumViewportSize();
    if (rect.isEmpty() || area.isEmpty())
        return;
    const qreal scale = std::max(MinScale, std::min({qreal(area.width() - 2) / rect.width(),
                                                     qreal(area.height() - 2) / rect.height(), 1.0}));
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(rect.center());
    Q_EMIT zoomChanged(zoom());
}

void ProcessMapView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        setZoom(zoom() * std::pow(1.0015, delta)); // one notch (120) is about 20 %
    event->accept();
}

} // namespace qms::gui
