// The contract every layout engine keeps (OGDF's layout test helpers): on many generated
// graphs positions are finite, a fixed seed gives the same layout, engines that promise
// it leave no overlapping node boxes, pinned nodes stay put, and the guards refuse inputs
// the engine cannot lay out in reasonable time.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "core/Error.h"
#include "layout/LayoutEngine.h"
#include "layout/TestGraphs.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {

struct NamedGraph {
    std::string name;
    std::function<EntityGraph()> make;
};

std::vector<NamedGraph> contractGraphs() {
    return {
        {"empty", [] { return EntityGraph{}; }},
        {"single", [] { return makeGraph(1, {}); }},
        {"pair",
         [] {
             return makeGraph(2, {{0, 1}});
         }},
        {"tree40", [] { return treeGraph(40); }},
        {"disconnected", [] { return disconnectedGraph(); }},
        {"isolated12", [] { return makeGraph(12, {}); }},
        {"random30", [] { return randomGraph(30, 20, 1); }},
        {"random60", [] { return randomGraph(60, 60, 2); }},
        {"dense25", [] { return randomGraph(25, 120, 3); }},
    };
}

GraphAttributes layOut(const LayoutEngine& engine, const EntityGraph& g, unsigned seed = 1) {
    GraphAttributes a = GraphAttributes::styled(g);
    LayoutOptions options;
    options.seed = seed;
    engine.run(g, a, options);
    return a;
}

// Overlap of node boxes i and j beyond `slack` points in both axes.
bool boxesOverlap(const GraphAttributes& a, size_t i, size_t j, double slack) {
    const double ox = (a.width[i] + a.width[j]) / 2 - std::abs(a.position[i].x - a.position[j].x);
    const double oy = (a.height[i] + a.height[j]) / 2 - std::abs(a.position[i].y - a.position[j].y);
    return ox > slack && oy > slack;
}

class LayoutContract : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(LayoutContract, PositionsAreFiniteAndSizesPositive) {
    const auto engine = makeLayoutEngine(GetParam());
    for (const NamedGraph& ng : contractGraphs()) {
        SCOPED_TRACE(ng.name);
        const EntityGraph g = ng.make();
        const GraphAttributes a = layOut(*engine, g);
        ASSERT_EQ(a.size(), g.nodeCount());
        for (size_t i = 0; i < a.size(); ++i) {
            EXPECT_TRUE(std::isfinite(a.position[i].x) && std::isfinite(a.position[i].y)) << i;
            EXPECT_GT(a.width[i], 0) << i;
            EXPECT_GT(a.height[i], 0) << i;
        }
        EXPECT_TRUE(std::isfinite(a.minX) && std::isfinite(a.maxX));
        EXPECT_LE(a.minX, a.maxX);
        EXPECT_LE(a.minY, a.maxY);
        // Nodes are spread out, not all stacked on one point.
        if (g.nodeCount() >= 2) {
            EXPECT_GT(a.maxX - a.minX + a.maxY - a.minY, 2 * a.width[0]);
        }
    }
}

TEST_P(LayoutContract, FixedSeedGivesTheSameLayout) {
    // Graphviz 2.42's fdp orders internal work by heap addresses: two runs in one process
    // (even with ASLR off, or in fresh processes) can differ; valgrind finds no
    // uninitialised reads.  Known limitation, reported; the GUI and CLI default to neato.
    if (GetParam() == "fdp") GTEST_SKIP() << "fdp is not reproducible in Graphviz 2.42";
    const auto engine = makeLayoutEngine(GetParam());
    for (const NamedGraph& ng : contractGraphs()) {
        SCOPED_TRACE(ng.name);
        const EntityGraph g = ng.make();
        const GraphAttributes first = layOut(*engine, g, 42);
        const GraphAttributes second = layOut(*engine, g, 42);
        ASSERT_EQ(first.size(), second.size());
        for (size_t i = 0; i < first.size(); ++i) {
            EXPECT_NEAR(first.position[i].x, second.position[i].x, 1e-6) << i;
            EXPECT_NEAR(first.position[i].y, second.position[i].y, 1e-6) << i;
        }
    }
}

TEST_P(LayoutContract, NoNodeBoxesOverlapWhereTheEnginePromisesIt) {
    const auto engine = makeLayoutEngine(GetParam());
    if (!engine->avoidsOverlap()) GTEST_SKIP() << GetParam() << " does not promise it";
    for (const NamedGraph& ng : contractGraphs()) {
        SCOPED_TRACE(ng.name);
        const EntityGraph g = ng.make();
        const GraphAttributes a = layOut(*engine, g);
        for (size_t i = 0; i < a.size(); ++i)
            for (size_t j = i + 1; j < a.size(); ++j)
                EXPECT_FALSE(boxesOverlap(a, i, j, 1.0)) << "nodes " << i << " and " << j;
    }
}

TEST_P(LayoutContract, PinnedNodesStayPut) {
    const auto engine = makeLayoutEngine(GetParam());
    const EntityGraph g = randomGraph(30, 15, 9);
    GraphAttributes a = GraphAttributes::styled(g);
    const std::vector<std::pair<size_t, Point>> pins = {
        {0, {-400, 250}}, {5, {300, -200}}, {17, {900, 900}}};
    for (const auto& [i, p] : pins) {
        a.position[i] = p;
        a.pinned[i] = true;
    }
    engine->run(g, a, LayoutOptions{});
    for (const auto& [i, p] : pins) {
        EXPECT_NEAR(a.position[i].x, p.x, 0.01) << i;
        EXPECT_NEAR(a.position[i].y, p.y, 0.01) << i;
        EXPECT_TRUE(a.pinned[i]);
    }
    // The other nodes were laid out (neato, fdp) or pushed (the rest) around the pins.
    if (engine->avoidsOverlap()) {
        for (size_t i = 0; i < a.size(); ++i)
            for (size_t j = i + 1; j < a.size(); ++j)
                EXPECT_FALSE(boxesOverlap(a, i, j, 1.0)) << i << " vs " << j;
    }
}

TEST_P(LayoutContract, GuardRefusesGraphsBeyondTheLimit) {
    const auto engine = makeLayoutEngine(GetParam());
    if (engine->maxNodes() > 60000) GTEST_SKIP() << "limit too large to build here";
    const EntityGraph big = makeGraph(engine->maxNodes() + 1, {});
    GraphAttributes a;
    try {
        engine->run(big, a, LayoutOptions{});
        FAIL() << GetParam() << " accepted " << big.nodeCount() << " nodes";
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(std::to_string(big.nodeCount())), std::string::npos) << message;
        EXPECT_NE(message.find("sfdp"), std::string::npos) << message;
    }
    EXPECT_EQ(a.size(), 0u) << "a refused run leaves the attributes alone";
}

TEST_P(LayoutContract, CancelledBeforeStartThrowsAndLeavesAttributes) {
    const auto engine = makeLayoutEngine(GetParam());
    const EntityGraph g = treeGraph(10);
    GraphAttributes a = GraphAttributes::styled(g);
    a.position[3] = {123, 456};
    CancelToken token;
    token.cancel();
    LayoutOptions options;
    options.cancel = &token;
    EXPECT_THROW(engine->run(g, a, options), Cancelled);
    EXPECT_EQ(a.position[3].x, 123);
    EXPECT_EQ(a.position[3].y, 456);
}

// With a cancel token Graphviz engines run in a child process (ChildProcess.h): the
// result must be the one the engine gives in this process (to rounding, as two runs in
// one process: FixedSeedGivesTheSameLayout).
TEST_P(LayoutContract, ACancelTokenGivesTheSameLayout) {
    if (GetParam() == "fdp") GTEST_SKIP() << "fdp is not reproducible in Graphviz 2.42";
    const auto engine = makeLayoutEngine(GetParam());
    const EntityGraph g = randomGraph(40, 50, 4);
    const GraphAttributes plain = layOut(*engine, g, 3);
    GraphAttributes a = GraphAttributes::styled(g);
    CancelToken token;
    LayoutOptions options;
    options.seed = 3;
    options.cancel = &token;
    engine->run(g, a, options);
    ASSERT_EQ(a.size(), plain.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_NEAR(a.position[i].x, plain.position[i].x, 1e-6) << i;
        EXPECT_NEAR(a.position[i].y, plain.position[i].y, 1e-6) << i;
        EXPECT_EQ(a.width[i], plain.width[i]) << i;
        EXPECT_EQ(a.height[i], plain.height[i]) << i;
    }
}

INSTANTIATE_TEST_SUITE_P(AllEngines, LayoutContract,
                         ::testing::Values("dot", "neato", "fdp", "sfdp", "circo", "twopi",
                                           "force"));

TEST(LayoutEngines, FactoryKnowsEveryNamedEngineAndRejectsOthers) {
    for (const std::string& name : layoutEngineNames()) {
        const auto engine = makeLayoutEngine(name);
        ASSERT_TRUE(engine) << name;
        EXPECT_EQ(engine->name(), name);
        EXPECT_GT(engine->maxNodes(), 0u);
    }
    EXPECT_THROW(makeLayoutEngine("spring"), Error);
    EXPECT_THROW(makeLayoutEngine(""), Error);
}

TEST(LayoutEngines, CircoAndDotAlsoRefuseTooManyEdges) {
    // 100 nodes are within circo's node limit; 400 edges are not (circo's time grows with
    // the edges: ~40 s here).
    const EntityGraph dense = randomGraph(100, 320, 13);
    GraphAttributes a = GraphAttributes::styled(dense);
    try {
        makeLayoutEngine("circo")->run(dense, a, LayoutOptions{});
        FAIL() << "circo accepted " << dense.edgeCount() << " edges";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("edges"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("sfdp"), std::string::npos) << e.what();
    }
    const EntityGraph denser = randomGraph(500, 2500, 13);
    GraphAttributes b = GraphAttributes::styled(denser);
    EXPECT_THROW(makeLayoutEngine("dot")->run(denser, b, LayoutOptions{}), Error);
}

TEST(LayoutEngines, SlowEnginesHaveLowerLimitsThanSfdp) {
    const size_t sfdp = makeLayoutEngine("sfdp")->maxNodes();
    for (const char* slow : {"dot", "circo", "neato", "fdp"})
        EXPECT_LT(makeLayoutEngine(slow)->maxNodes(), sfdp) << slow;
    EXPECT_GE(sfdp, 10000u);
}

TEST(LayoutEngines, DotPlacesTreeLevelsOnDistinctRanks) {
    const EntityGraph g = treeGraph(13, 3);  // root, 3 children, 9 grandchildren
    const GraphAttributes a = layOut(*makeLayoutEngine("dot"), g);
    EXPECT_NEAR(a.position[1].y, a.position[2].y, 0.5);
    EXPECT_NEAR(a.position[4].y, a.position[12].y, 0.5);
    EXPECT_GT(std::abs(a.position[0].y - a.position[1].y), 10.0);
    EXPECT_GT(std::abs(a.position[1].y - a.position[4].y), 10.0);
}

TEST(LayoutEngines, DifferentSeedsGiveDifferentNeatoLayouts) {
    const EntityGraph g = randomGraph(30, 20, 5);
    const auto engine = makeLayoutEngine("neato");
    const GraphAttributes a = layOut(*engine, g, 1), b = layOut(*engine, g, 2);
    double moved = 0;
    for (size_t i = 0; i < a.size(); ++i)
        moved += std::abs(a.position[i].x - b.position[i].x) +
                 std::abs(a.position[i].y - b.position[i].y);
    EXPECT_GT(moved, 1.0) << "start=<seed> is passed to neato";
}

TEST(LayoutEngines, ProgressIsReportedFromStartToEnd) {
    const EntityGraph g = treeGraph(8);
    GraphAttributes a = GraphAttributes::styled(g);
    std::vector<double> seen;
    LayoutOptions options;
    options.progress = [&](double f, const std::string&) { seen.push_back(f); };
    makeLayoutEngine("sfdp")->run(g, a, options);
    ASSERT_GE(seen.size(), 2u);
    EXPECT_EQ(seen.front(), 0.0);
    EXPECT_EQ(seen.back(), 1.0);
}
