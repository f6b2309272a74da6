#pragma once
// Drawing data for an EntityGraph, kept apart from its structure (OGDF's
// Graph/GraphAttributes split): every layout engine fills the same object.
// Indexed by vertex index (0..nodeCount-1) of the graph it was made for.
// Units are points (1/72 inch), y up, as Graphviz uses.
#include <string>
#include <string_view>
#include <vector>

#include "core/Palette.h"
#include "graph/EntityGraph.h"

namespace entgraph {

struct Point {
    double x = 0.0, y = 0.0;
};

struct GraphAttributes {
    std::vector<Point> position;
    std::vector<double> width;  // node box size in points
    std::vector<double> height;
    std::vector<std::string> label;  // text drawn on the node
    std::vector<Rgb> fill;
    std::vector<bool> pinned;  // a pinned node keeps its position in every engine
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  // bounding box after layout

    // Sizes nodes by importance (mentions), labels them and colours them by type,
    // so every engine and export starts from the same style.  Every node is at least as
    // large as its label needs in kNodeFont at kNodeFontSize, measured the way Graphviz
    // measures it (pango, the real font), so labels fit their shapes in every export.
    // Positions start at the origin, nothing pinned.
    static GraphAttributes styled(const EntityGraph& graph);
    // Recomputes minX..maxY from positions and node boxes (all zero when empty).
    void updateBounds();
    size_t size() const { return position.size(); }
};

// The node label font (a real font, so Graphviz measures labels with pango/cairo).
inline constexpr const char* kNodeFont = "DejaVu Sans";
inline constexpr double kNodeFontSize = 14.0;
inline constexpr double kEdgeFontSize = 10.0;

// A name as a node label: names longer than about 16 characters are wrapped onto two
// lines at the space nearest the middle ("\n" separates the lines).
std::string wrapLabel(std::string_view name);

// Edge drawing style shared by the exports and the GUI: line width in points grows with
// the edge weight (log scale, 1..8); the label is the strongest relation label, shortened.
double edgePenWidth(double weight);
std::string edgeLabel(const RelationProps& relation);

}  // namespace entgraph
