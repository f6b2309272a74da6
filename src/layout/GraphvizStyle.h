#pragma once
// How an EntityGraph becomes a Graphviz graph, shared by the layout engines and the
// diagram exports so that node sizes Graphviz lays out are the sizes it later draws.
// Callers hold gv::graphvizLock().
#include <vector>

#include "graph/EntityGraph.h"
#include "layout/GraphAttributes.h"
#include "layout/Graphviz.h"

namespace entgraph::gv {

struct GvEntityGraph {
    GvGraph graph;
    std::vector<Agnode_t*> nodes;  // by vertex index
    std::vector<Agedge_t*> edges;  // in boost::edges order
};

struct GvStyleOptions {
    bool edges = true;       // add the graph's edges
    bool edgeStyle = false;  // pen width, colour and label per edge (diagrams)
    bool positions = false;  // pos="x,y" from the attributes
    bool pinAll = false;     // pos="x,y!" for every node (render at the given positions)
    bool pinPinned = false;  // pos="x,y!" only for attributes.pinned nodes
    bool namedNodes = true;  // n0, n1, ... (false: anonymous, for deterministic layouts)
};

// Nodes n0..n{N-1} with shape, colour, label (kNodeFont) and minimum size from the
// attributes; fixedsize=false so Graphviz grows a node whose label would not fit.
GvEntityGraph toGraphviz(const EntityGraph& graph, const GraphAttributes& attributes,
                         const GvStyleOptions& options);

// "x,y" in points with enough digits to round-trip a layout.
std::string formatPoint(double x, double y);

// Node width/height in points after a Graphviz layout.
double nodeWidthPoints(Agnode_t* node);
double nodeHeightPoints(Agnode_t* node);

}  // namespace entgraph::gv
