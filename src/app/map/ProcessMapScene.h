#pragma once

#include "storage/ProcessMapQuery.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

namespace qms::gui {

class ProcessNodeItem;
class ProcessEdgeItem;

// The process interaction map as a scene: one box per process and one arrow per "feeds"
// interaction, placed by ProcessMapLayout. Hovering a process brings out its outgoing (blue) and
// incoming (orange) arrows; double-clicking it asks to open it.
class ProcessMapScene final : public QGraphicsScene {
    Q_OBJECT
public:
    explicit ProcessMapScene(QObject* parent = nullptr);

    // Replaces the map. `ownerNames` turns user names into the names people read; `pinned` holds
    // the places people dragged boxes to (by process id), which win over the automatic layout.
    void setProcesses(const QList<ProcessMapNode>& nodes, const QHash<QString, QString>& ownerNames = {},
                      const QHash<QString, QPointF>& pinned = {});
    // The boxes placed by hand, by process id (top-left corners).
    QHash<QString, QPointF> pinnedPositions() const { return m_pinned; }

    QList<ProcessNodeItem*> nodeItems() const { return m_nodes; }
    QList<ProcessEdgeItem*> edgeItems() const { return m_edges; }
    ProcessNodeItem* nodeItem(const QString& id) const;

    // Highlights `id`'s arrows and dims the others; empty clears.
    void setHighlighted(const QString& id);
    QString highlighted() const { return m_highlighted; }
    // What a double-click on a box does.
    void activate(const QString& id);
    // While a box is dragged: its arrows follow. Once dropped: its place is kept.
    void nodeMoved(ProcessNodeItem* node);
    void nodeDropped(ProcessNodeItem* node);

    // The margin around the boxes that the scene rectangle keeps (for fit and export).
    static constexpr qreal Margin = 24;

Q_SIGNALS:
    void processActivated(const QString& id);
    // A box was dragged to a new place (pinnedPositions() has it).
    void pinnedPositionsChanged();

private:
    void reroute(ProcessEdgeItem* edge);
    void updateSceneRect();

    QList<ProcessNodeItem*> m_nodes;
    QList<ProcessEdgeItem*> m_edges;
    QString m_highlighted;
    QHash<QString, QPointF> m_pinned;
    bool m_building = false;
};

} // namespace qms::gui
