#pragma once
// Pushes overlapping node boxes apart while pinned nodes stay where they are.
//
// Graphviz's overlap removal (prism, scaling) moves every node, pinned ones included, so
// the engines that honour pins run without it and call this instead.  Also usable on any
// layout (the live force layout) that should end without overlaps.
#include <cstddef>

#include "layout/GraphAttributes.h"

namespace entgraph {

// Separates every pair of boxes (width/height plus `gap` points) by moving the unpinned
// node(s) along the axis of least overlap; repeats up to `maxPasses` times.  Returns true
// when no overlap is left.  O(n log n + overlaps) per pass (a sweep over x).
bool removeOverlaps(GraphAttributes& attributes, double gap = 4.0, size_t maxPasses = 200);

}  // namespace entgraph
