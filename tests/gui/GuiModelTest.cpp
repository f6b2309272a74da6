// Tests of the explorer's non-GL parts: the live force layout, the Scene (filters,
// hiding, selection/focus, paths, export of what is on screen), text helpers and the
// shader log formatting.  No display needed.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "gui/GlObjects.h"
#include "gui/Scene.h"
#include "gui/TextUtil.h"
#include "layout/ForceLayout.h"

using namespace entgraph;
using namespace entgraph::gui;

namespace {

// A path graph 0-1-2-...-(n-1) plus isolated extras.
std::vector<ForceEdge> pathEdges(uint32_t n) {
    std::vector<ForceEdge> e;
    for (uint32_t i = 0; i + 1 < n; ++i) e.push_back({i, i + 1, 1.0f});
    return e;
}

double dist(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

}  // namespace

TEST(ForceSimulation, PositionsStayFiniteAndSettle) {
    ForceSimulation sim(200, pathEdges(150));
    size_t steps = 0;
    while (!sim.settled() && steps < 2000) sim.step(), ++steps;
    EXPECT_TRUE(sim.settled());
    EXPECT_LT(steps, 2000u);
    for (const auto& p : sim.positions()) {
        ASSERT_TRUE(std::isfinite(p.x));
        ASSERT_TRUE(std::isfinite(p.y));
    }
}

TEST(ForceSimulation, LinkedNodesEndCloserThanUnlinked) {
    ForceSimulation sim(60, pathEdges(60));
    for (int i = 0; i < 400 && !sim.settled(); ++i) sim.step();
    const auto& p = sim.positions();
    double linked = 0, far = 0;
    for (size_t i = 0; i + 1 < 60; ++i) linked += dist(p[i], p[i + 1]);
    for (size_t i = 0; i + 30 < 60; ++i) far += dist(p[i], p[i + 30]);
    EXPECT_LT(linked / 59, far / 30);
}

TEST(ForceSimulation, PinnedNodesDoNotMove) {
    ForceSimulation sim(50, pathEdges(50));
    sim.setPosition(7, {1234.0, -567.0});
    sim.setPinned(7, true);
    for (int i = 0; i < 100; ++i) sim.step();
    EXPECT_DOUBLE_EQ(sim.positions()[7].x, 1234.0);
    EXPECT_DOUBLE_EQ(sim.positions()[7].y, -567.0);
}

TEST(ForceSimulation, DeterministicForASeed) {
    ForceSimulation a(100, pathEdges(100), {}, {}, 3), b(100, pathEdges(100), {}, {}, 3);
    for (int i = 0; i < 50; ++i) a.step(), b.step();
    for (size_t i = 0; i < 100; ++i) {
        EXPECT_DOUBLE_EQ(a.positions()[i].x, b.positions()[i].x);
        EXPECT_DOUBLE_EQ(a.positions()[i].y, b.positions()[i].y);
    }
}

TEST(ForceSimulation, CoincidentStartPositionsSeparate) {
    std::vector<Point> same(20, Point{5.0, 5.0});
    ForceSimulation sim(20, {}, same);
    for (int i = 0; i < 50; ++i) sim.step();
    std::set<std::pair<long, long>> cells;
    for (const auto& p : sim.positions()) cells.insert({std::lround(p.x), std::lround(p.y)});
    EXPECT_EQ(cells.size(), 20u);
}

TEST(ForceSimulation, HandlesEmptyAndBadEdges) {
    ForceSimulation empty(0, {});
    EXPECT_EQ(empty.step(), 0.0);
    ForceSimulation bad(3, {{0, 9, 1.0f}, {1, 1, 1.0f}});  // out of range and self-loop
    for (int i = 0; i < 10; ++i) bad.step();
    for (const auto& p : bad.positions()) EXPECT_TRUE(std::isfinite(p.x));
}

TEST(ForceLayoutEngine, FillsFinitePositionsAndKeepsPins) {
    auto [graph, pos] = makeSyntheticGraph(120);
    GraphAttributes attrs;
    attrs.position.assign(graph->nodeCount(), Point{});
    attrs.pinned.assign(graph->nodeCount(), false);
    attrs.position[3] = {999.0, 888.0};
    attrs.pinned[3] = true;
    auto engine = makeForceLayoutEngine();
    EXPECT_EQ(engine->name(), "force");
    engine->run(*graph, attrs, {});
    ASSERT_EQ(attrs.position.size(), graph->nodeCount());
    for (const auto& p : attrs.position) ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    EXPECT_DOUBLE_EQ(attrs.position[3].x, 999.0);
    EXPECT_DOUBLE_EQ(attrs.position[3].y, 888.0);
}

TEST(ForceLayoutEngine, Cancels) {
    auto [graph, pos] = makeSyntheticGraph(300);
    GraphAttributes attrs;
    CancelToken cancel;
    cancel.cancel();
    LayoutOptions options;
    options.cancel = &cancel;
    EXPECT_THROW(makeForceLayoutEngine()->run(*graph, attrs, options), Cancelled);
}

// ------------------------------------------------------------------ Scene

TEST(Scene, TypeFilterHidesNodesAndTheirEdges) {
    auto [graph, pos] = makeSyntheticGraph(100);
    auto scene = Scene::build(graph, pos);
    EXPECT_EQ(scene->visibleNodeCount(), 100u);
    SceneFilter f;
    f.types[static_cast<size_t>(EntityType::Person)] = false;
    scene->setFilter(f);
    EXPECT_EQ(scene->visibleNodeCount(), 90u);  // synthetic types cycle through 10
    for (size_t e = 0; e < scene->edgeCount(); ++e) {
        if (!scene->edgeVisible(e)) continue;
        EXPECT_TRUE(scene->nodeVisible(scene->edges()[e].a));
        EXPECT_TRUE(scene->nodeVisible(scene->edges()[e].b));
    }
}

TEST(Scene, CooccurrenceAndWeightFilters) {
    auto [graph, pos] = makeSyntheticGraph(200);
    auto scene = Scene::build(graph, pos);
    const size_t all = scene->visibleEdgeCount();
    SceneFilter f;
    f.showCooccurrence = false;
    scene->setFilter(f);
    for (size_t e = 0; e < scene->edgeCount(); ++e) {
        if (scene->edgeVisible(e)) {
            EXPECT_FALSE(scene->edges()[e].cooccurrenceOnly);
        }
    }
    EXPECT_LT(scene->visibleEdgeCount(), all);
    f = SceneFilter{};
    f.minEdgeWeight = 3.0;
    scene->setFilter(f);
    for (size_t e = 0; e < scene->edgeCount(); ++e) {
        if (scene->edgeVisible(e)) {
            EXPECT_GE(scene->edges()[e].weight, 3.0f);
        }
    }
    f = SceneFilter{};
    f.minEdgeWeight = 1000.0;
    f.hideIsolated = true;
    scene->setFilter(f);
    EXPECT_EQ(scene->visibleEdgeCount(), 0u);
    EXPECT_EQ(scene->visibleNodeCount(), 0u);
}

TEST(Scene, HideExpandAndSelection) {
    auto [graph, pos] = makeSyntheticGraph(80);
    auto scene = Scene::build(graph, pos);
    ASSERT_FALSE(scene->incident(0).empty());
    const auto& e = scene->edges()[scene->incident(0)[0]];
    const uint32_t neighbour = e.a == 0 ? e.b : e.a;
    scene->select(neighbour, false);
    scene->hide({neighbour});
    EXPECT_FALSE(scene->nodeVisible(neighbour));
    EXPECT_TRUE(scene->selection().empty());  // hidden nodes leave the selection
    EXPECT_EQ(scene->hiddenCount(), 1u);
    EXPECT_GE(scene->expand(0), 1u);
    EXPECT_TRUE(scene->nodeVisible(neighbour));

    scene->select(0, false);
    scene->select(5, true);
    EXPECT_EQ(scene->selection().size(), 2u);
    scene->select(5, true);  // shift-click again removes
    EXPECT_EQ(scene->selection().size(), 1u);
    EXPECT_FALSE(scene->dimmed(0));
    EXPECT_FALSE(scene->dimmed(neighbour));
    size_t dimmed = 0;
    for (size_t i = 0; i < scene->nodeCount(); ++i) dimmed += scene->dimmed(i);
    EXPECT_GT(dimmed, 0u);
    scene->clearSelection();
    for (size_t i = 0; i < scene->nodeCount(); ++i) EXPECT_FALSE(scene->dimmed(i));
}

TEST(Scene, ShortestPathFollowsVisibleEdges) {
    auto graph = std::make_shared<EntityGraph>();
    auto& g = graph->graph();
    for (int i = 0; i < 5; ++i) {
        EntityProps p;
        p.name = "N" + std::to_string(i);
        boost::add_vertex(p, g);
    }
    RelationProps r;
    r.weight = 1;
    r.cooccurrences.push_back({});
    boost::add_edge(0, 1, r, g);
    boost::add_edge(1, 2, r, g);
    boost::add_edge(2, 3, r, g);
    boost::add_edge(0, 4, r, g);
    boost::add_edge(4, 3, r, g);
    auto scene = Scene::build(graph);
    const auto path = scene->shortestPath(0, 3);
    EXPECT_EQ(path, (std::vector<uint32_t>{0, 4, 3}));
    scene->hide({4});
    EXPECT_EQ(scene->shortestPath(0, 3), (std::vector<uint32_t>{0, 1, 2, 3}));
    scene->setPath(scene->shortestPath(0, 3));
    EXPECT_TRUE(scene->onPath(2));
    EXPECT_TRUE(scene->edgeOnPath(*scene->edgeBetween(1, 2)));
    EXPECT_TRUE(scene->shortestPath(0, 4).empty());  // hidden
}

TEST(Scene, VisibleSubgraphMatchesTheScreen) {
    auto [graph, pos] = makeSyntheticGraph(150);
    auto scene = Scene::build(graph, pos);
    SceneFilter f;
    f.types[static_cast<size_t>(EntityType::Location)] = false;
    scene->setFilter(f);
    scene->setColorByCommunity(true);
    std::vector<uint32_t> map;
    auto [sub, attrs] = scene->visibleSubgraph(&map);
    EXPECT_EQ(sub.nodeCount(), scene->visibleNodeCount());
    EXPECT_EQ(sub.edgeCount(), scene->visibleEdgeCount());
    ASSERT_EQ(attrs.size(), sub.nodeCount());
    for (size_t k = 0; k < map.size(); ++k) {
        EXPECT_EQ(sub.graph()[k].name, scene->node(map[k]).name);
        EXPECT_EQ(attrs.label[k], scene->node(map[k]).name);
        EXPECT_DOUBLE_EQ(attrs.position[k].x, scene->positions()[map[k]].x);
        EXPECT_EQ(attrs.fill[k].r, scene->color(map[k]).r);
        EXPECT_NE(sub.graph()[k].type, EntityType::Location);
    }
    EXPECT_LE(attrs.minX, attrs.maxX);
}

TEST(Scene, SizeMeasureOrdersImportance) {
    auto [graph, pos] = makeSyntheticGraph(100);
    auto scene = Scene::build(graph, pos);
    for (auto m : {SizeMeasure::Mentions, SizeMeasure::Degree, SizeMeasure::PageRank}) {
        scene->setSizeMeasure(m);
        const auto& order = scene->byImportance();
        ASSERT_EQ(order.size(), 100u);
        for (size_t k = 1; k < order.size(); ++k) {
            EXPECT_GE(scene->importance(order[k - 1]), scene->importance(order[k]));
            EXPECT_GE(scene->radius(order[k - 1]), scene->radius(order[k]));
        }
    }
}

// ------------------------------------------------------------------ text and shaders

TEST(TextUtil, FoldCaseHandlesLatinAndCyrillic) {
    EXPECT_EQ(foldCase("NATO Summit"), "nato summit");
    EXPECT_EQ(foldCase("\xC3\x80\xC3\x89"), "\xC3\xA0\xC3\xA9");                  // ÀÉ -> àé
    EXPECT_EQ(foldCase("\xD0\x9F\xD0\xA0\xD0\x98"), "\xD0\xBF\xD1\x80\xD0\xB8");  // ПРИ -> при
    EXPECT_EQ(foldCase("\xFF\xC3"), "\xFF\xC3");  // invalid bytes kept, no overrun
}

TEST(TextUtil, DisplaySentenceCollapsesAndCuts) {
    EXPECT_EQ(displaySentence("  a\n\n b\tc "), "a b c");
    const std::string cut = displaySentence(std::string(50, 'x') + "\xD0\x9F", 51);
    EXPECT_EQ(cut, std::string(50, 'x') + "\xE2\x80\xA6");  // never splits a UTF-8 character
}

TEST(ShaderLog, NamesFileAndLine) {
    EXPECT_EQ(formatShaderLog("shaders/node.frag", "0:12(7): error: `foo' undeclared\n"),
              "shaders/node.frag:12: error: `foo' undeclared");
    EXPECT_EQ(formatShaderLog("shaders/edge.vert", "ERROR: 0:3: 'x' : syntax error"),
              "shaders/edge.vert:3: 'x' : syntax error");
    EXPECT_EQ(formatShaderLog("s.vert", "0(44) : error C1008: undefined variable"),
              "s.vert:44: error C1008: undefined variable");
}
