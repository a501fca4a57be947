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
                                   const QHash<QString, QString>& ownerNames) {
    m_highlighted.clear();
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
        item->setPos(layout.boxes.at(i).topLeft());
        addItem(item);
        m_nodes.append(item);
    }
    for (const auto& e : layout.edges) {
        auto* item = new ProcessEdgeItem(nodes[e.from].id, nodes[e.to].id, e.feedback, e.points);
        addItem(item);
        m_edges.append(item);
    }
    setSceneRect(layout.bounds.adjusted(-Margin, -Margin, Margin, Margin));
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
