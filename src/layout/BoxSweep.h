#pragma once
// The sweep over x shared by the two overlap removers (removeOverlaps, run after the
// Graphviz engines that honour pins, and ForceSimulation's box collisions in the live
// layout): the ordering and the early stop are one piece of code, so they cannot drift
// apart, while each caller keeps its own test and push for a pair.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace entgraph {

// Sorts `order` (node indices, any order in) by left(i), ties by index, then calls
// visit(i, j) for each i and every j after it in that order until left(j) >= reach(i):
// the pairs whose x extents may meet.  A candidate is not yet an overlap: visit checks
// both axes itself and may move i and j.  left and reach are read again for every pair,
// so a move made by visit counts for the pairs after it, though `order` is only sorted
// again on the next call.  O(n log n + pairs visited) per call.
template <class Index, class LeftEdge, class Reach, class Visit>
void forEachSweepPair(std::vector<Index>& order, LeftEdge left, Reach reach, Visit visit) {
    std::sort(order.begin(), order.end(), [&](Index a, Index b) {
        const double la = left(a), lb = left(b);
        return la < lb || (la == lb && a < b);
    });
    const size_t n = order.size();
    for (size_t oi = 0; oi < n; ++oi) {
        const Index i = order[oi];
        for (size_t oj = oi + 1; oj < n; ++oj) {
            const Index j = order[oj];
            if (left(j) >= reach(i)) break;  // the rest start further right (when sorted)
            visit(i, j);
        }
    }
}

}  // namespace entgraph
