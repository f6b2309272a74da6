#include "layout/OverlapRemoval.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "layout/BoxSweep.h"

namespace entgraph {

namespace {

// One pass of the sweep (forEachSweepPair, shared with ForceSimulation); returns the
// number of overlapping pairs it pushed apart.
size_t separatePass(GraphAttributes& a, double gap, std::vector<size_t>& order) {
    auto left = [&](size_t i) { return a.position[i].x - a.width[i] / 2; };
    auto reach = [&](size_t i) { return a.position[i].x + a.width[i] / 2 + gap; };
    size_t pushed = 0;
    forEachSweepPair(order, left, reach, [&](size_t i, size_t j) {
        if (a.pinned[i] && a.pinned[j]) return;  // the user's choice
        const double dx = a.position[j].x - a.position[i].x;
        const double dy = a.position[j].y - a.position[i].y;
        const double ox = (a.width[i] + a.width[j]) / 2 + gap - std::abs(dx);
        const double oy = (a.height[i] + a.height[j]) / 2 + gap - std::abs(dy);
        if (ox <= 0 || oy <= 0) return;
        ++pushed;
        if (dx == 0 && dy == 0) {
            // Coincident: fan out along the golden angle so a stack of nodes spreads in
            // two dimensions instead of crawling apart along one axis.
            const size_t k = a.pinned[j] ? i : j;
            const double angle = 2.399963229728653 * static_cast<double>(k);
            const double step = std::max(ox, oy);
            a.position[k].x += std::cos(angle) * step;
            a.position[k].y += std::sin(angle) * step;
            return;
        }
        // Share the move between free nodes; a pinned node does not move.
        const double shareI = a.pinned[i] ? 0.0 : (a.pinned[j] ? 1.0 : 0.5);
        const double shareJ = 1.0 - shareI;
        // The index breaks ties so coincident nodes separate deterministically.
        if (ox < oy) {
            const double sign = dx > 0 || (dx == 0 && i < j) ? 1.0 : -1.0;
            a.position[i].x -= sign * ox * shareI;
            a.position[j].x += sign * ox * shareJ;
        } else {
            const double sign = dy > 0 || (dy == 0 && i < j) ? 1.0 : -1.0;
            a.position[i].y -= sign * oy * shareI;
            a.position[j].y += sign * oy * shareJ;
        }
    });
    return pushed;
}

}  // namespace

bool removeOverlaps(GraphAttributes& attributes, double gap, size_t maxPasses) {
    const size_t n = attributes.size();
    if (n < 2) return true;
    if (attributes.pinned.size() < n) attributes.pinned.resize(n, false);
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    for (size_t pass = 0; pass < maxPasses; ++pass)
        if (separatePass(attributes, gap, order) == 0) return true;
    // Last check without the gap: touching boxes are fine.
    return separatePass(attributes, 0.0, order) == 0;
}

}  // namespace entgraph
