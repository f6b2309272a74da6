#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "layout/BoxSweep.h"

using namespace entgraph;

namespace {
struct Span {
    double left, right;
};
using Pairs = std::set<std::pair<uint32_t, uint32_t>>;  // (smaller index, larger)

Pairs sweptPairs(const std::vector<Span>& spans, std::vector<uint32_t> order) {
    Pairs seen;
    forEachSweepPair(
        order, [&](uint32_t i) { return spans[i].left; },
        [&](uint32_t i) { return spans[i].right; },
        [&](uint32_t i, uint32_t j) {
            EXPECT_TRUE(seen.insert({std::min(i, j), std::max(i, j)}).second) << "twice";
        });
    return seen;
}
}  // namespace

TEST(BoxSweep, VisitsExactlyThePairsWhoseSpansOverlap) {
    // Both overlap removers rely on this: a pair missed here is an overlap left on screen.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> at(0, 500), width(1, 60);  // boxes have a size
    for (int round = 0; round < 20; ++round) {
        std::vector<Span> spans(80);
        for (auto& s : spans) {
            s.left = std::floor(at(rng) / 10) * 10;  // shared left edges: ties by index
            s.right = s.left + std::floor(width(rng));
        }
        Pairs expected;
        for (uint32_t i = 0; i < spans.size(); ++i)
            for (uint32_t j = i + 1; j < spans.size(); ++j)
                if (std::max(spans[i].left, spans[j].left) <
                    std::min(spans[i].right, spans[j].right))
                    expected.insert({i, j});
        std::vector<uint32_t> order(spans.size());
        for (uint32_t i = 0; i < order.size(); ++i) order[i] = uint32_t(order.size() - 1 - i);
        EXPECT_EQ(sweptPairs(spans, order), expected) << "round " << round;
    }
}

TEST(BoxSweep, TouchingSpansAreNoCandidatesAndOrderComesSorted) {
    const std::vector<Span> spans{{10, 20}, {0, 10}, {0, 5}, {20, 30}};
    std::vector<uint32_t> order{3, 0, 2, 1};
    std::vector<std::pair<uint32_t, uint32_t>> visits;
    forEachSweepPair(
        order, [&](uint32_t i) { return spans[i].left; },
        [&](uint32_t i) { return spans[i].right; },
        [&](uint32_t i, uint32_t j) { visits.emplace_back(i, j); });
    EXPECT_EQ(order, (std::vector<uint32_t>{1, 2, 0, 3}));  // by left edge, ties by index
    EXPECT_EQ(visits, (std::vector<std::pair<uint32_t, uint32_t>>{{1, 2}}));
}
