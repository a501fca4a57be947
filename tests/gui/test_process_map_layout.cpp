// ProcessMapLayout is pure geometry: these tests need no widgets.
#include "map/ProcessMapLayout.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using qms::gui::ProcessMapLayout;

namespace {

using Edges = QList<QPair<int, int>>;

void requireNoOverlap(const ProcessMapLayout::Result& r) {
    for (int i = 0; i < r.boxes.size(); ++i)
        for (int j = i + 1; j < r.boxes.size(); ++j) {
            INFO("boxes " << i << " and " << j);
            REQUIRE_FALSE(r.boxes[i].intersects(r.boxes[j]));
        }
}

// Edges leave the right side of their source (left side for a feedback edge) and end on the
// opposite side of their target; their straight runs through a column never touch a box.
void requireCleanRoutes(const ProcessMapLayout::Result& r) {
    for (const auto& e : r.edges) {
        REQUIRE(e.points.size() >= 2);
        REQUIRE(e.points.size() % 2 == 0);
        const QRectF& from = r.boxes[e.from];
        const QRectF& to = r.boxes[e.to];
        CHECK(e.points.first().x() == Approx(e.feedback ? from.left() : from.right()));
        CHECK(e.points.last().x() == Approx(e.feedback ? to.right() : to.left()));
        CHECK(from.top() <= e.points.first().y());
        CHECK(e.points.first().y() <= from.bottom());
        CHECK(to.top() <= e.points.last().y());
        CHECK(e.points.last().y() <= to.bottom());
        for (int i = 1; i + 1 < e.points.size(); i += 2) {
            const QRectF run = QRectF(e.points[i], e.points[i + 1]).normalized().adjusted(0, -0.5, 0, 0.5);
            for (const QRectF& box : r.boxes) {
                INFO("edge " << e.from << "->" << e.to << " run " << i);
                CHECK_FALSE(run.intersects(box.adjusted(1, 1, -1, -1)));
            }
        }
    }
}

} // namespace

TEST_CASE("ProcessMapLayout: a chain flows left to right, one column per step", "[map][layout]") {
    const auto r = ProcessMapLayout::compute(3, Edges{{0, 1}, {1, 2}});
    REQUIRE(r.layers == QList<int>{0, 1, 2});
    CHECK(r.boxes[0].right() < r.boxes[1].left());
    CHECK(r.boxes[1].right() < r.boxes[2].left());
    REQUIRE(r.edges.size() == 2);
    CHECK_FALSE(r.edges[0].feedback);
    CHECK(r.crossings == 0);
    requireCleanRoutes(r);
}

TEST_CASE("ProcessMapLayout: every fed process stands right of what feeds it", "[map][layout]") {
    // An acyclic map with long edges: 0 feeds 1 and 4, 1 feeds 2, 2 feeds 3 and 4, 5 feeds 3.
    const Edges edges{{0, 1}, {0, 4}, {1, 2}, {2, 3}, {2, 4}, {5, 3}};
    const auto r = ProcessMapLayout::compute(6, edges);
    for (const auto& [a, b] : edges) {
        INFO(a << " feeds " << b);
        CHECK(r.layers[a] < r.layers[b]);
    }
    for (const auto& e : r.edges)
        CHECK_FALSE(e.feedback);
    // A supporting process sits next to what it feeds, not at the far left.
    CHECK(r.layers[5] == r.layers[3] - 1);
    requireNoOverlap(r);
    requireCleanRoutes(r);
}

TEST_CASE("ProcessMapLayout: cycles terminate with few edges turned back", "[map][layout]") {
    SECTION("a ring") {
        const auto r = ProcessMapLayout::compute(4, Edges{{0, 1}, {1, 2}, {2, 3}, {3, 0}});
        REQUIRE(r.edges.size() == 4);
        int feedback = 0;
        for (const auto& e : r.edges) {
            feedback += e.feedback ? 1 : 0;
            if (!e.feedback)
                CHECK(r.layers[e.from] < r.layers[e.to]);
            else
                CHECK(r.layers[e.from] > r.layers[e.to]);
        }
        CHECK(feedback == 1);
        requireNoOverlap(r);
        requireCleanRoutes(r);
    }
    SECTION("two processes feeding each other get two separate arrows") {
        const auto r = ProcessMapLayout::compute(2, Edges{{0, 1}, {1, 0}});
        REQUIRE(r.edges.size() == 2);
        CHECK(r.edges[0].feedback != r.edges[1].feedback);
        CHECK(r.edges[0].points.first().y() != Approx(r.edges[1].points.last().y()));
    }
}

TEST_CASE("ProcessMapLayout: self-loops, duplicates and unknown ends are dropped", "[map][layout]") {
    const auto r = ProcessMapLayout::compute(3, Edges{{0, 0}, {0, 1}, {0, 1}, {1, 7}, {-1, 2}});
    REQUIRE(r.edges.size() == 1);
    CHECK(r.edges[0].from == 0);
    CHECK(r.edges[0].to == 1);
    REQUIRE(r.boxes.size() == 3); // the isolated process is still on the map
    requireNoOverlap(r);
    CHECK(ProcessMapLayout::compute(0, {}).boxes.isEmpty());
}

TEST_CASE("ProcessMapLayout: barycentre ordering removes avoidable crossings", "[map][layout]") {
    // 0 -> 3, 1 -> 2 would cross if the second column kept its input order.
    const auto r = ProcessMapLayout::compute(4, Edges{{0, 3}, {1, 2}});
    CHECK(r.crossings == 0);
    CHECK((r.boxes[0].top() < r.boxes[1].top()) == (r.boxes[3].top() < r.boxes[2].top()));
}

TEST_CASE("ProcessMapLayout: random maps with cycles never overlap and always route cleanly",
          "[map][layout]") {
    QRandomGenerator rng(20261125); // fixed seed: the same maps on every run
    for (int round = 0; round < 25; ++round) {
        const int n = 2 + int(rng.bounded(28));
        Edges edges;
        const int m = int(rng.bounded(n * 2));
        for (int i = 0; i < m; ++i)
            edges.append({int(rng.bounded(n)), int(rng.bounded(n))});
        INFO("round " << round << ": " << n << " processes, " << m << " feeds");
        const auto r = ProcessMapLayout::compute(n, edges);
        REQUIRE(r.boxes.size() == n);
        for (const auto& e : r.edges) {
            CHECK(e.from != e.to);
            if (e.feedback)
                CHECK(r.layers[e.from] > r.layers[e.to]);
            else
                CHECK(r.layers[e.from] < r.layers[e.to]);
        }
        requireNoOverlap(r);
        requireCleanRoutes(r);
        // Same input, same picture.
        const auto again = ProcessMapLayout::compute(n, edges);
        CHECK(again.boxes == r.boxes);
    }
}
