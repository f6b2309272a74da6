#pragma once
// Drawing data for an EntityGraph, kept apart from its structure (OGDF's
// Graph/GraphAttributes split): every layout engine fills the same object.
// Indexed by vertex index (0..nodeCount-1) of the graph it was made for.
// Units are points (1/72 inch), y up, as Graphviz uses.
#include <string>
#include <vector>

#include "core/Palette.h"
#include "graph/EntityGraph.h"

namespace entgraph {

struct Point {
    double x = 0.0, y = 0.0;
};

struct GraphAttributes {
    std::vector<Point> position;
    std::vector<double> width;   // node box size in points
    std::vector<double> height;
    std::vector<std::string> label;  // text drawn on the node
    std::vector<Rgb> fill;
    std::vector<bool> pinned;    // a pinned node keeps its position in every engine
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  // bounding box after layout

    // Sizes nodes by importance (mentions), labels them and colours them by type,
    // so every engine and export starts from the same style.
    static GraphAttributes styled(const EntityGraph& graph);
    void updateBounds();
    size_t size() const { return position.size(); }
};

}  // namespace entgraph
