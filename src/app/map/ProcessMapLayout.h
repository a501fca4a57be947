#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace qms::gui {

// Layered ("Sugiyama") layout of the process interaction map, pure geometry without widgets:
// cycles broken by the Eades-Lin-Smyth greedy order, longest-path layers (inputs left, outputs
// flowing right), edges longer than one layer routed through placeholder slots so they never
// cross a box, barycentre ordering to reduce crossings, then vertical placement that pulls each
// box towards its neighbours without overlaps.
class ProcessMapLayout final {
public:
    struct Options {
        QSizeF box{176, 84};
        qreal layerGap = 56;  // horizontal space between columns, where the curves run
        qreal nodeGap = 28;   // vertical space between two boxes of a column
        qreal laneHeight = 8; // a long edge's slot in a column it passes through
        qreal laneGap = 10;   // space next to such a slot
    };

    struct Edge {
        int from = -1; // node indices as given (the feeding process)
        int to = -1;   // the fed process
        // True when the edge closes a cycle and so runs right to left.
        bool feedback = false;
        // From the source's port to the target's port. Points alternate: a curve runs from point
        // 2i to 2i+1 (in the gap between two columns), a straight line from 2i+1 to 2i+2 (through a
        // column, in a slot of its own).
        QList<QPointF> points;
    };

    struct Result {
        QList<QRectF> boxes; // per node
        QList<int> layers;   // per node, 0 = leftmost
        QList<Edge> edges;   // per accepted edge (self-loops and duplicates dropped), input order
        QRectF bounds;
        int crossings = 0; // between adjacent columns, after ordering
    };

    // `edges`: (from, to) pairs of node indices in [0, nodeCount). Node order breaks ties, so the
    // same input always gives the same picture.
    static Result compute(int nodeCount, const QList<QPair<int, int>>& edges, const Options& options);
    static Result compute(int nodeCount, const QList<QPair<int, int>>& edges) {
        return compute(nodeCount, edges, Options{});
    }
};

} // namespace qms::gui
