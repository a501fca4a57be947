#include "ProcessMapLayout.h"

#include <QSet>
#include <algorithm>
#include <numeric>
#include <vector>

namespace qms::gui {
namespace {

// Eades-Lin-Smyth greedy ordering: sinks to the back, sources to the front, otherwise the node
// with the most surplus of outgoing edges. Edges pointing backwards in this order are the few
// that close cycles.
std::vector<int> greedyOrder(int n, const std::vector<std::pair<int, int>>& edges) {
    std::vector<std::vector<int>> out(n), in(n);
    for (const auto& [a, b] : edges) {
        out[a].push_back(b);
        in[b].push_back(a);
    }
    std::vector<int> indeg(n), outdeg(n);
    for (int v = 0; v < n; ++v) {
        indeg[v] = int(in[v].size());
        outdeg[v] = int(out[v].size());
    }
    std::vector<bool> removed(n, false);
    std::vector<int> front, back; // back is filled from its end
    int remaining = n;
    auto remove = [&](int v) {
        removed[v] = true;
        --remaining;
        for (int w : out[v])
            if (!removed[w])
                --indeg[w];
        for (int w : in[v])
            if (!removed[w])
                --outdeg[w];
    };
    while (remaining > 0) {
        for (bool progress = true; progress;) {
            progress = false;
            for (int v = 0; v < n; ++v) {
                if (!removed[v] && outdeg[v] == 0) {
                    back.push_back(v);
                    remove(v);
                    progress = true;
                }
            }
            for (int v = 0; v < n; ++v) {
                if (!removed[v] && indeg[v] == 0) {
                    front.push_back(v);
                    remove(v);
                    progress = true;
                }
            }
        }
        if (remaining == 0)
            break;
        int best = -1;
        for (int v = 0; v < n; ++v)
            if (!removed[v] && (best < 0 || outdeg[v] - indeg[v] > outdeg[best] - indeg[best]))
                best = v;
        front.push_back(best);
        remove(best);
    }
    std::vector<int> position(n);
    int p = 0;
    for (int v : front)
        position[v] = p++;
    for (auto it = back.rbegin(); it != back.rend(); ++it)
        position[*it] = p++;
    return position;
}

// Isotonic regression (pool adjacent violators): the non-decreasing sequence closest to `values`.
std::vector<double> isotonic(const std::vector<double>& values) {
    struct Block {
        double sum;
        int count;
    };
    std::vector<Block> blocks;
    for (double v : values) {
        blocks.push_back({v, 1});
        while (blocks.size() > 1) {
            const Block& b = blocks.back();
            const Block& a = blocks[blocks.size() - 2];
            if (a.sum / a.count <= b.sum / b.count)
                break;
            const Block merged{a.sum + b.sum, a.count + b.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<double> out;
    out.reserve(values.size());
    for (const Block& b : blocks)
        out.insert(out.end(), b.count, b.sum / b.count);
    return out;
}

struct Work {
    // Items are the real nodes (0..n-1) followed by the placeholders of long edges.
    int n = 0;
    std::vector<int> layer;
    std::vector<std::vector<int>> up, down; // neighbours in the previous / next column
    std::vector<std::vector<int>> columns;  // item order per column
    std::vector<double> centre, height;

    bool isNode(int item) const { return item < n; }

    int addItem(int l, double h) {
        layer.push_back(l);
        up.emplace_back();
        down.emplace_back();
        height.push_back(h);
        centre.push_back(0);
        return int(layer.size()) - 1;
    }

    std::vector<int> indexInColumn() const {
        std::vector<int> index(layer.size());
        for (const auto& column : columns)
            for (int i = 0; i < int(column.size()); ++i)
                index[column[i]] = i;
        return index;
    }

    int crossings() const {
        const std::vector<int> index = indexInColumn();
        int total = 0;
        for (size_t l = 0; l + 1 < columns.size(); ++l) {
            std::vector<std::pair<int, int>> segments;
            for (int a : columns[l])
                for (int b : down[a])
                    segments.push_back({index[a], index[b]});
            for (size_t i = 0; i < segments.size(); ++i)
                for (size_t j = i + 1; j < segments.size(); ++j)
                    if ((segments[i].first - segments[j].first) * (segments[i].second - segments[j].second) <
                        0)
                        ++total;
        }
        return total;
    }

    // Orders column `l` by the mean index of its neighbours in the adjacent, fixed column.
    void barycentre(int l, bool fromAbove) {
        const std::vector<int> index = indexInColumn();
        std::vector<int>& column = columns[l];
        std::vector<double> key(layer.size());
        for (int i = 0; i < int(column.size()); ++i) {
            const int item = column[i];
            const auto& nb = fromAbove ? up[item] : down[item];
            if (nb.empty()) {
                key[item] = i; // nothing pulls it: it keeps its place
                continue;
            }
            double sum = 0;
            for (int o : nb)
                sum += index[o];
            key[item] = sum / double(nb.size());
        }
        std::stable_sort(column.begin(), column.end(), [&](int a, int b) { return key[a] < key[b]; });
    }
};

} // namespace

ProcessMapLayout::Result ProcessMapLayout::compute(int nodeCount, const QList<QPair<int, int>>& input,
                                                   const Options& o) {
    Result result;
    const int n = std::max(0, nodeCount);
    if (n == 0)
        return result;

    // Accepted edges: in range, no self-loops, no duplicates.
    std::vector<std::pair<int, int>> edges;
    QSet<QPair<int, int>> seen;
    for (const auto& e : input) {
        if (e.first < 0 || e.second < 0 || e.first >= n || e.second >= n || e.first == e.second)
            continue;
        if (seen.contains(e))
            continue;
        seen.insert(e);
        edges.push_back({e.first, e.second});
    }

    // 1. Break cycles: orient every edge along the greedy order.
    const std::vector<int> position = greedyOrder(n, edges);
    struct DagEdge {
        int a, b;               // a is left of b
        bool feedback;          // a -> b is the original b -> a
        std::vector<int> chain; // a, placeholders..., b
    };
    std::vector<DagEdge> dag;
    for (const auto& [from, to] : edges) {
        const bool feedback = position[from] > position[to];
        dag.push_back(feedback ? DagEdge{to, from, true, {}} : DagEdge{from, to, false, {}});
    }

    // 2. Longest-path layers along the order (a topological order of the oriented graph); sources
    // then move right next to their first successor, so that a supporting process (calibration,
    // training) stands beside what it feeds instead of far away on the left.
    std::vector<int> byPosition(n);
    std::iota(byPosition.begin(), byPosition.end(), 0);
    std::sort(byPosition.begin(), byPosition.end(), [&](int a, int b) { return position[a] < position[b]; });
    std::vector<std::vector<int>> preds(n), succs(n);
    for (const DagEdge& e : dag) {
        preds[e.b].push_back(e.a);
        succs[e.a].push_back(e.b);
    }
    std::vector<int> layer(n, 0);
    for (int v : byPosition)
        for (int p : preds[v])
            layer[v] = std::max(layer[v], layer[p] + 1);
    for (int v = 0; v < n; ++v) {
        if (!preds[v].empty() || succs[v].empty())
            continue;
        int first = INT_MAX;
        for (int s : succs[v])
            first = std::min(first, layer[s]);
        layer[v] = std::max(0, first - 1);
    }
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;

    // 3. Items: nodes, then one placeholder per column a long edge passes through.
    Work w;
    w.n = n;
    for (int v = 0; v < n; ++v)
        w.addItem(layer[v], o.box.height());
    for (DagEdge& e : dag) {
        e.chain.push_back(e.a);
        for (int l = layer[e.a] + 1; l < layer[e.b]; ++l)
            e.chain.push_back(w.addItem(l, o.laneHeight));
        e.chain.push_back(e.b);
        for (size_t i = 0; i + 1 < e.chain.size(); ++i) {
            w.down[e.chain[i]].push_back(e.chain[i + 1]);
            w.up[e.chain[i + 1]].push_back(e.chain[i]);
        }
    }

    // 4. Order within columns: start from the greedy order, then barycentre sweeps both ways,
    // keeping the order with the fewest crossings.
    w.columns.assign(layerCount, {});
    for (int v : byPosition)
        w.columns[layer[v]].push_back(v);
    for (const DagEdge& e : dag)
        for (size_t i = 1; i + 1 < e.chain.size(); ++i)
            w.columns[w.layer[e.chain[i]]].push_back(e.chain[i]);
    for (int l = 1; l < layerCount; ++l)
        w.barycentre(l, true);
    auto best = w.columns;
    int bestCrossings = w.crossings();
    for (int pass = 0; pass < 12 && bestCrossings > 0; ++pass) {
        if (pass % 2 == 0)
            for (int l = 1; l < layerCount; ++l)
                w.barycentre(l, true);
        else
            for (int l = layerCount - 2; l >= 0; --l)
                w.barycentre(l, false);
        const int c = w.crossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = w.columns;
        }
    }
    w.columns = best;
    result.crossings = bestCrossings;

    // 5. Vertical placement: each item is pulled towards the mean of its neighbours' centres,
    // the column keeping its order and the minimum spacing (isotonic regression per column).
    auto spacing = [&](int a, int b) {
        const double gap = (w.isNode(a) && w.isNode(b)) ? o.nodeGap : o.laneGap;
        return w.height[a] / 2 + gap + w.height[b] / 2;
    };
    auto place = [&](int l, const std::vector<double>& desired) {
        const auto& column = w.columns[l];
        std::vector<double> shifted(column.size());
        double offset = 0;
        for (size_t i = 0; i < column.size(); ++i) {
            if (i > 0)
                offset += spacing(column[i - 1], column[i]);
            shifted[i] = desired[i] - offset;
        }
        const std::vector<double> fitted = isotonic(shifted);
        offset = 0;
        for (size_t i = 0; i < column.size(); ++i) {
            if (i > 0)
                offset += spacing(column[i - 1], column[i]);
            w.centre[column[i]] = fitted[i] + offset;
        }
    };
    for (int l = 0; l < layerCount; ++l) {
        std::vector<double> stacked(w.columns[l].size(), 0.0); // centred around 0
        place(l, stacked);
    }
    auto relax = [&](int l, bool useUp, bool useDown) {
        const auto& column = w.columns[l];
        std::vector<double> desired(column.size());
        for (size_t i = 0; i < column.size(); ++i) {
            const int item = column[i];
            double sum = 0;
            int count = 0;
            // Long-edge placeholders weigh more: their edges then run straight.
            const int weight = w.isNode(item) ? 1 : 2;
            for (int nb : useUp ? w.up[item] : std::vector<int>{}) {
                sum += w.centre[nb] * (w.isNode(nb) ? 1 : weight);
                count += w.isNode(nb) ? 1 : weight;
            }
            for (int nb : useDown ? w.down[item] : std::vector<int>{}) {
                sum += w.centre[nb] * (w.isNode(nb) ? 1 : weight);
                count += w.isNode(nb) ? 1 : weight;
            }
            desired[i] = count > 0 ? sum / count : w.centre[item];
        }
        place(l, desired);
    };
    for (int pass = 0; pass < 6; ++pass) {
        for (int l = 1; l < layerCount; ++l)
            relax(l, true, pass >= 4);
        for (int l = layerCount - 2; l >= 0; --l)
            relax(l, pass >= 4, true);
    }

    // 6. Geometry.
    const double columnPitch = o.box.width() + o.layerGap;
    double top = 0;
    bool first = true;
    for (size_t item = 0; item < w.layer.size(); ++item) {
        const double t = w.centre[item] - w.height[item] / 2;
        top = first ? t : std::min(top, t);
        first = false;
    }
    auto columnX = [&](int l) {
        return l * columnPitch;
    };
    auto cy = [&](int item) {
        return w.centre[item] - top;
    };
    for (int v = 0; v < n; ++v) {
        result.boxes.append(
            QRectF(columnX(layer[v]), cy(v) - o.box.height() / 2, o.box.width(), o.box.height()));
        result.layers.append(layer[v]);
    }

    // Ports: the edges leaving (entering) a box spread along its right (left) side, sorted by
    // where they go next so that they do not cross at the box.
    std::vector<double> outPort(dag.size()), inPort(dag.size());
    std::vector<std::vector<int>> outs(n), ins(n);
    for (size_t i = 0; i < dag.size(); ++i) {
        outs[dag[i].a].push_back(int(i));
        ins[dag[i].b].push_back(int(i));
    }
    auto spread = [&](int v, std::vector<int>& list, std::vector<double>& port, bool outgoing) {
        std::stable_sort(list.begin(), list.end(), [&](int x, int y) {
            const auto& cx = dag[x].chain;
            const auto& cy2 = dag[y].chain;
            const int nx = outgoing ? cx[1] : cx[cx.size() - 2];
            const int ny = outgoing ? cy2[1] : cy2[cy2.size() - 2];
            return w.centre[nx] < w.centre[ny];
        });
        const double k = double(list.size());
        const double step = k > 1 ? std::min(14.0, o.box.height() * 0.6 / (k - 1)) : 0.0;
        for (size_t i = 0; i < list.size(); ++i)
            port[list[i]] = cy(v) + (double(i) - (k - 1) / 2) * step;
    };
    for (int v = 0; v < n; ++v) {
        spread(v, outs[v], outPort, true);
        spread(v, ins[v], inPort, false);
    }

    for (size_t i = 0; i < dag.size(); ++i) {
        const DagEdge& e = dag[i];
        Edge out;
        out.from = e.feedback ? e.b : e.a;
        out.to = e.feedback ? e.a : e.b;
        out.feedback = e.feedback;
        out.points.append(QPointF(columnX(layer[e.a]) + o.box.width(), outPort[i]));
        for (size_t c = 1; c + 1 < e.chain.size(); ++c) {
            const int item = e.chain[c];
            out.points.append(QPointF(columnX(w.layer[item]), cy(item)));
            out.points.append(QPointF(columnX(w.layer[item]) + o.box.width(), cy(item)));
        }
        out.points.append(QPointF(columnX(layer[e.b]), inPort[i]));
        if (e.feedback)
            std::reverse(out.points.begin(), out.points.end());
        result.edges.append(out);
    }

    QRectF bounds;
    for (const QRectF& r : std::as_const(result.boxes))
        bounds = bounds.united(r);
    for (const Edge& e : std::as_const(result.edges))
        for (const QPointF& p : e.points)
            bounds = bounds.united(QRectF(p, QSizeF(1, 1)));
    result.bounds = bounds;
    return result;
}

} // namespace qms::gui
