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

    // Replaces the map. `ownerNames` turns user names into the names people read.
    void setProcesses(const QList<ProcessMapNode>& nodes, const QHash<QString, QString>& ownerNames = {});

    QList<ProcessNodeItem*> nodeItems() const { return m_nodes; }
    QList<ProcessEdgeItem*> edgeItems() const { return m_edges; }
    ProcessNodeItem* nodeItem(const QString& id) const;

    // Highlights `id`'s arrows and dims the others; empty clears.
    void setHighlighted(const QString& id);
    QString highlighted() const { return m_highlighted; }
    // What a double-click on a box does.
    void activate(const QString& id);

    // The margin around the boxes that the scene rectangle keeps (for fit and export).
    static constexpr qreal Margin = 24;

Q_SIGNALS:
    void processActivated(const QString& id);

private:
    QList<ProcessNodeItem*> m_nodes;
    QList<ProcessEdgeItem*> m_edges;
    QString m_highlighted;
};

} // namespace qms::gui
