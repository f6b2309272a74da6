// Tests of the readable default layout (overlap avoidance by node-and-label boxes,
// degree-scaled repulsion) and the benchmark's labelled camera.  No display needed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "gui/Canvas.h"
#include "gui/Scene.h"
#include "layout/ForceLayout.h"

using namespace entgraph;
using namespace entgraph::gui;

namespace {

// A dense news-like graph: two hubs joined to each other and to every leaf, the leaves
// of each hub a small clique among themselves (everyone co-occurs with everyone).
std::vector<ForceEdge> hubsAndCliques(uint32_t leavesPerHub) {
    std::vector<ForceEdge> e{{0, 1, 2.0f}};
    for (uint32_t hub = 0; hub < 2; ++hub) {
        const uint32_t first = 2 + hub * leavesPerHub;
        for (uint32_t k = 0; k < leavesPerHub; ++k) {
            e.push_back({hub, first + k, 1.0f});
            for (uint32_t j = k + 1; j < leavesPerHub && j < k + 3; ++j)
                e.push_back({first + k, first + j, 1.0f});
        }
    }
    return e;
}

// Label-sized boxes: a circle of radius 8 with a 90 x 16 label under it.
std::vector<ForceBox> labelBoxes(size_t n) {
    return std::vector<ForceBox>(n, ForceBox{45.0, 45.0, 8.0 + 2.0 + 16.0, 8.0});
}

size_t overlapsOf(const std::vector<Point>& p, const std::vector<ForceBox>& b) {
    size_t count = 0;
    for (size_t i = 0; i < p.size(); ++i)
        for (size_t j = i + 1; j < p.size(); ++j) {
            const double ox = std::min(p[i].x + b[i].right, p[j].x + b[j].right) -
                              std::max(p[i].x - b[i].left, p[j].x - b[j].left);
            const double oy = std::min(p[i].y + b[i].top, p[j].y + b[j].top) -
                              std::max(p[i].y - b[i].bottom, p[j].y - b[j].bottom);
            if (ox > 0.01 && oy > 0.01) ++count;
        }
    return count;
}

void settle(ForceSimulation& sim, size_t maxSteps = 3000) {
    for (size_t k = 0; k < maxSteps && !sim.settled(); ++k) sim.step();
}

}  // namespace

TEST(ForceLayoutBoxes, NoTwoNodeAndLabelBoxesOverlapAfterSettling) {
    const uint32_t n = 2 + 2 * 20;
    ForceSimulation sim(n, hubsAndCliques(20));
    const auto boxes = labelBoxes(n);
    sim.setBoxes(boxes);
    settle(sim);
    EXPECT_TRUE(sim.settled());
    EXPECT_EQ(sim.overlappingPairs(), 0u);
    EXPECT_EQ(overlapsOf(sim.positions(), boxes), 0u);
}

TEST(ForceLayoutBoxes, WithoutBoxesTheSameGraphPilesLabelsUp) {
    // The check above can fail: the plain layout packs these labels on top of each other.
    const uint32_t n = 2 + 2 * 20;
    ForceSimulation sim(n, hubsAndCliques(20));
    settle(sim);
    EXPECT_GT(overlapsOf(sim.positions(), labelBoxes(n)), 10u);
}

TEST(ForceLayoutBoxes, PinnedNodesStayAndOthersMakeRoom) {
    const uint32_t n = 2 + 2 * 10;
    ForceSimulation sim(n, hubsAndCliques(10));
    const auto boxes = labelBoxes(n);
    sim.setBoxes(boxes);
    sim.setPosition(0, {0.0, 0.0});
    sim.setPinned(0, true);
    sim.setPosition(5, {3.0, 2.0});  // right on top of the pinned hub
    settle(sim);
    EXPECT_DOUBLE_EQ(sim.positions()[0].x, 0.0);
    EXPECT_DOUBLE_EQ(sim.positions()[0].y, 0.0);
    EXPECT_EQ(overlapsOf(sim.positions(), boxes), 0u);
}

TEST(ForceLayoutBoxes, BoxesOfTheWrongSizeAreIgnored) {
    ForceSimulation sim(5, {{0, 1, 1.0f}});
    sim.setBoxes(labelBoxes(4));
    EXPECT_EQ(sim.overlappingPairs(), 0u);
    for (int k = 0; k < 20; ++k) sim.step();
    for (const auto& p : sim.positions()) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
}

TEST(ForceLayoutRepulsion, DegreeScalingOpensTheDenseCore) {
    // A dense core plus a few isolated entities (as news graphs have): under plain
    // Fruchterman-Reingold the core collapses while the strays drift far out, so a fit
    // view shows a hairball.  Hubs repelling with their degree keep the core open: the
    // typical distance to the nearest node is a larger share of the whole picture.
    auto openness = [](double degreeRepulsion) {
        ForceParams params;
        params.degreeRepulsion = degreeRepulsion;
        const uint32_t core = 2 + 2 * 25, strays = 6;
        ForceSimulation sim(core + strays, hubsAndCliques(25), {}, params, 5);
        settle(sim);
        const auto& p = sim.positions();
        double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
        for (const auto& q : p)
            minX = std::min(minX, q.x), maxX = std::max(maxX, q.x), minY = std::min(minY, q.y),
            maxY = std::max(maxY, q.y);
        std::vector<double> nearest;
        for (uint32_t i = 0; i < core; ++i) {
            double best = 1e300;
            for (uint32_t j = 0; j < core; ++j)
                if (j != i) best = std::min(best, std::hypot(p[i].x - p[j].x, p[i].y - p[j].y));
            nearest.push_back(best);
        }
        std::nth_element(nearest.begin(), nearest.begin() + nearest.size() / 2, nearest.end());
        return nearest[nearest.size() / 2] / std::hypot(maxX - minX, maxY - minY);
    };
    const double plain = openness(0.0), scaled = openness(1.0);
    std::printf("nearest-neighbour share of the diagonal: plain %.4f, degree-scaled %.4f\n", plain,
                scaled);
    EXPECT_GT(scaled, plain * 1.2);
}

TEST(ForceLayoutEngine, KeepsTheGivenBoxesApart) {
    auto [graph, pos] = makeSyntheticGraph(60);
    GraphAttributes attrs = GraphAttributes::styled(*graph);
    makeForceLayoutEngine()->run(*graph, attrs, {});
    std::vector<ForceBox> boxes(attrs.size());
    for (size_t i = 0; i < attrs.size(); ++i)
        boxes[i] = {attrs.width[i] / 2, attrs.width[i] / 2, attrs.height[i] / 2,
                    attrs.height[i] / 2};
    EXPECT_EQ(overlapsOf(attrs.position, boxes), 0u);
}

// ------------------------------------------------------------------ bench camera

TEST(BenchCamera, LabelledViewShowsAboutTheTargetNodeCount) {
    for (size_t n : {1000u, 10000u}) {
        SCOPED_TRACE(n);
        auto [graph, pos] = makeSyntheticGraph(n);
        auto scene = Scene::build(graph, pos);
        const Point c = visibleCentroid(*scene);
        const double zoom = zoomShowingNodes(*scene, c, 1280, 800, 600);
        Camera cam;
        cam.width = 1280, cam.height = 800, cam.cx = c.x, cam.cy = c.y, cam.zoom = zoom;
        size_t onScreen = 0;
        for (size_t i = 0; i < scene->nodeCount(); ++i) {
            const Point s = cam.toScreen(scene->positions()[i]);
            if (s.x >= 0 && s.x <= 1280 && s.y >= 0 && s.y <= 800) ++onScreen;
        }
        EXPECT_GE(onScreen, 540u);
        EXPECT_LE(onScreen, 660u);
        // Zoomed in from the fit view, far enough that the big nodes deserve labels
        // (CanvasView labels nodes of 3 px radius and more).
        Camera fit = cam;
        double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
        for (const auto& p : scene->positions())
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y),
            maxY = std::max(maxY, p.y);
        fit.fit(minX, minY, maxX, maxY);
        if (n >= 10000) EXPECT_GT(zoom, fit.zoom * 2);
        EXPECT_GE(scene->radius(scene->byImportance()[0]) * zoom, 3.0);
    }
}

TEST(BenchCamera, SmallGraphsNeedNoZoom) {
    auto [graph, pos] = makeSyntheticGraph(100);
    auto scene = Scene::build(graph, pos);
    EXPECT_NEAR(zoomShowingNodes(*scene, visibleCentroid(*scene), 1280, 800, 600), 1e-4, 1e-9);
}

TEST(BenchCamera, CentroidOfVisibleNodes) {
    auto [graph, pos] = makeSyntheticGraph(3);
    pos = {{0, 0}, {10, 20}, {1000, 1000}};
    auto scene = Scene::build(graph, pos);
    scene->hide({2});
    const Point c = visibleCentroid(*scene);
    EXPECT_DOUBLE_EQ(c.x, 5.0);
    EXPECT_DOUBLE_EQ(c.y, 10.0);
}
