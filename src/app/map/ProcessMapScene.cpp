#include "ProcessMapScene.h"

#include "ProcessMapItems.h"
#include "ProcessMapLayout.h"

#include <QApplication>

namespace qms::gui {

ProcessMapScene::ProcessMapScene(QObject* parent)
    : QGraphicsScene(parent) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // a few dozen items, rebuilt on every refresh
    setBackgroundBrush(QColor(0xf6, 0xf8, 0xfa));
}

void ProcessMapScene::setProcesses(const QList<ProcessMapNode>& nodes,
                                   const QHash<QString, QString>& ownerNames,
                                   const QHash<QString, QPointF>& pinned) {
    m_building = true;
    m_highlighted.clear();
    m_pinned.clear();
    m_nodes.clear();
    m_edges.clear();
    clear();

    QHash<QString, int> index;
    for (int i = 0; i < nodes.size(); ++i)
        index.insert(nodes[i].id, i);
    QList<QPair<int, int>> edges;
    for (int i = 0; i < nodes.size(); ++i)
        for (const QString& target : nodes[i].feeds)
            if (index.contains(target))
                edges.append({i, index.value(target)});

    const QFont f = font();
    ProcessMapLayout::Options options;
    options.box = ProcessNodeItem::preferredSize(f);
    const auto layout = ProcessMapLayout::compute(int(nodes.size()), edges, options);

    for (int i = 0; i < nodes.size(); ++i) {
        const ProcessMapNode& n = nodes[i];
        auto* item = new ProcessNodeItem(n, ownerNames.value(n.owner, n.owner), options.box, f);
        item->setPos(pinned.contains(n.id) ? pinned.value(n.id) : layout.boxes.at(i).topLeft());
        if (pinned.contains(n.id))
            m_pinned.insert(n.id, pinned.value(n.id));
        addItem(item);
        m_nodes.append(item);
    }
    for (const auto& e : layout.edges) {
        auto* item = new ProcessEdgeItem(nodes[e.from].id, nodes[e.to].id, e.feedback, e.points);
        addItem(item);
        m_edges.append(item);
        if (m_pinned.contains(item->from()) || m_pinned.contains(item->to()))
            reroute(item);
    }
    m_building = false;
    updateSceneRect();
}

void ProcessMapScene::updateSceneRect() {
    QRectF bounds;
    for (ProcessNodeItem* n : std::as_const(m_nodes))
        bounds = bounds.united(n->sceneBoundingRect());
    for (ProcessEdgeItem* e : std::as_const(m_edges))
        bounds = bounds.united(e->sceneBoundingRect());
    setSceneRect(bounds.adjusted(-Margin, -Margin, Margin, Margin));
}

// A box placed by hand leaves the layout's routing: its arrows take the direct way, leaving the
// side that faces the other box.
void ProcessMapScene::reroute(ProcessEdgeItem* edge) {
    const ProcessNodeItem* from = nodeItem(edge->from());
    const ProcessNodeItem* to = nodeItem(edge->to());
    if (!from || !to)
        return;
    const QRectF a = from->sceneBoundingRect().adjusted(3, 3, -3, -3);
    const QRectF b = to->sceneBoundingRect().adjusted(3, 3, -3, -3);
    constexpr qreal Clear = 16;
    // Two processes feeding each other: the two arrows run side by side, not on top of each other.
    qreal shift = 0;
    for (const ProcessEdgeItem* other : std::as_const(m_edges))
        if (other->from() == edge->to() && other->to() == edge->from())
            shift = edge->from() < edge->to() ? -7 : 7;
    const QPointF h(0, shift);
    const QPointF v(shift, 0);
    if (b.left() >= a.right() + Clear)
        edge->setRoute({QPointF(a.right(), a.center().y()) + h, QPointF(b.left(), b.center().y()) + h});
    else if (b.right() <= a.left() - Clear)
        edge->setRoute({QPointF(a.left(), a.center().y()) + h, QPointF(b.right(), b.center().y()) + h});
    else if (b.top() >= a.bottom())
        edge->setRoute({QPointF(a.center().x(), a.bottom()) + v, QPointF(b.center().x(), b.top()) + v}, true);
    else
        edge->setRoute({QPointF(a.center().x(), a.top()) + v, QPointF(b.center().x(), b.bottom()) + v}, true);
}

void ProcessMapScene::nodeMoved(ProcessNodeItem* node) {
    if (m_building)
        return;
    for (ProcessEdgeItem* e : std::as_const(m_edges))
        if (e->from() == node->id() || e->to() == node->id())
            reroute(e);
}

void ProcessMapScene::nodeDropped(ProcessNodeItem* node) {
    m_pinned.insert(node->id(), node->pos());
    updateSceneRect();
    Q_EMIT pinnedPositionsChanged();
}

ProcessNodeItem* ProcessMapScene::nodeItem(const QString& id) const {
    for (ProcessNodeItem* n : m_nodes)
        if (n->id() == id)
            return n;
    return nullptr;
}

void ProcessMapScene::setHighlighted(const QString& id) {
    if (m_highlighted == id)
        return;
    m_highlighted = id;
    for (ProcessNodeItem* n : std::as_const(m_nodes))
        n->setHighlighted(!id.isEmpty() && n->id() == id);
    for (ProcessEdgeItem* e : std::as_const(m_edges)) {
        if (id.isEmpty())
            e->setState(ProcessEdgeItem::State::Normal);
        else if (e->from() == id)
            e->setState(ProcessEdgeItem::State::Outgoing);
        else if (e->to() == id)
            e->setState(ProcessEdgeItem::State::Incoming);
        else
            e->setState(ProcessEdgeItem::State::Dimmed);
    }
}

void ProcessMapScene::activate(const QString& id) {
    Q_EMIT processActivated(id);
}

} // namespace qms::gui
