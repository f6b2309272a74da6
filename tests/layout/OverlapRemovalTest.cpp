#include <gtest/gtest.h>

#include <cmath>

#include "layout/OverlapRemoval.h"

using namespace entgraph;

namespace {
GraphAttributes boxes(const std::vector<Point>& at, double w = 40, double h = 20) {
    GraphAttributes a;
    a.position = at;
    a.width.assign(at.size(), w);
    a.height.assign(at.size(), h);
    a.label.assign(at.size(), "");
    a.fill.assign(at.size(), Rgb{});
    a.pinned.assign(at.size(), false);
    return a;
}
bool anyOverlap(const GraphAttributes& a) {
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = i + 1; j < a.size(); ++j)
            if ((a.width[i] + a.width[j]) / 2 - std::abs(a.position[i].x - a.position[j].x) >
                    1e-6 &&
                (a.height[i] + a.height[j]) / 2 - std::abs(a.position[i].y - a.position[j].y) >
                    1e-6)
                return true;
    return false;
}
}  // namespace

TEST(OverlapRemoval, SeparatesStackedNodesAndKeepsPinsFixed) {
    GraphAttributes a = boxes({{0, 0}, {0, 0}, {5, 3}, {10, -4}, {0, 0}});
    a.pinned[0] = true;
    ASSERT_TRUE(anyOverlap(a));
    EXPECT_TRUE(removeOverlaps(a));
    EXPECT_FALSE(anyOverlap(a));
    EXPECT_EQ(a.position[0].x, 0);
    EXPECT_EQ(a.position[0].y, 0);
}

TEST(OverlapRemoval, LeavesSeparatedLayoutsAlone) {
    GraphAttributes a = boxes({{0, 0}, {100, 0}, {0, 100}});
    const GraphAttributes before = a;
    EXPECT_TRUE(removeOverlaps(a));
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.position[i].x, before.position[i].x);
        EXPECT_EQ(a.position[i].y, before.position[i].y);
    }
}

TEST(OverlapRemoval, TwoOverlappingPinnedNodesStayAsTheUserPutThem) {
    GraphAttributes a = boxes({{0, 0}, {10, 0}, {5, 0}});
    a.pinned[0] = a.pinned[1] = true;
    removeOverlaps(a);
    EXPECT_EQ(a.position[0].x, 0);
    EXPECT_EQ(a.position[1].x, 10);
    // The free node left both pinned ones.
    for (size_t p : {0u, 1u})
        EXPECT_FALSE(std::abs(a.position[2].x - a.position[p].x) < 40 - 1e-6 &&
                     std::abs(a.position[2].y - a.position[p].y) < 20 - 1e-6);
}

TEST(OverlapRemoval, ManyCoincidentNodes) {
    GraphAttributes a = boxes(std::vector<Point>(60, Point{3, 3}));
    EXPECT_TRUE(removeOverlaps(a));
    EXPECT_FALSE(anyOverlap(a));
}
