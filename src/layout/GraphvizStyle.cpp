#include "layout/GraphvizStyle.h"

#include <charconv>

#include "core/Palette.h"

namespace entgraph::gv {

namespace {

// Locale-independent number formatting: Graphviz parses "1.5", whatever LC_NUMERIC says.
std::string number(double v, int precision = 3) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
    if (ec != std::errc()) return "0";
    return std::string(buf, end);
}

}  // namespace

std::string formatPoint(double x, double y) {
    return number(x) + "," + number(y);
}

double nodeWidthPoints(Agnode_t* node) {
    return ND_width(node) * 72.0;
}
double nodeHeightPoints(Agnode_t* node) {
    return ND_height(node) * 72.0;
}

GvEntityGraph toGraphviz(const EntityGraph& graph, const GraphAttributes& attributes,
                         const GvStyleOptions& options) {
    GvEntityGraph out{GvGraph("entgraph"), {}, {}};
    GvGraph& g = out.graph;
    const BoostGraph& bg = graph.graph();
    const size_t n = graph.nodeCount();
    out.nodes.reserve(n);

    const std::string font = kNodeFont;
    const std::string fontSize = number(kNodeFontSize, 1);
    for (size_t i = 0; i < n; ++i) {
        const EntityProps& props = bg[static_cast<Vertex>(i)];
        Agnode_t* node = g.addNode(options.namedNodes ? "n" + std::to_string(i) : std::string());
        out.nodes.push_back(node);
        const std::string label =
            i < attributes.label.size() ? attributes.label[i] : wrapLabel(props.name);
        GvGraph::set(node, "label", escapeLabel(validUtf8(label)));
        GvGraph::set(node, "shape", std::string(entityShape(props.type)));
        GvGraph::set(node, "style", "filled");
        const Rgb fill = i < attributes.fill.size() ? attributes.fill[i] : entityColor(props.type);
        GvGraph::set(node, "fillcolor", toHex(fill));
        GvGraph::set(node, "color", "#404040");
        GvGraph::set(node, "fontname", font);
        GvGraph::set(node, "fontsize", fontSize);
        GvGraph::set(node, "fixedsize", "false");
        // Graphviz centres the label on a cds node's full width, arrow tip included, so
        // long labels run into the slanted tip: widen the margin to clear it.
        if (entityShape(props.type) == "cds") GvGraph::set(node, "margin", "0.3,0.055");
        if (i < attributes.width.size() && attributes.width[i] > 0)
            GvGraph::set(node, "width", number(attributes.width[i] / 72.0, 4));
        if (i < attributes.height.size() && attributes.height[i] > 0)
            GvGraph::set(node, "height", number(attributes.height[i] / 72.0, 4));
        const bool pin = options.pinAll || (options.pinPinned && i < attributes.pinned.size() &&
                                            attributes.pinned[i]);
        if ((options.positions || pin) && i < attributes.position.size()) {
            const Point p = attributes.position[i];
            GvGraph::set(node, "pos", formatPoint(p.x, p.y) + (pin ? "!" : ""));
            if (pin) GvGraph::set(node, "pin", "true");
        }
    }

    if (!options.edges) return out;
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
        const size_t s = boost::source(*it, bg), t = boost::target(*it, bg);
        Agedge_t* e = g.addEdge(out.nodes[s], out.nodes[t]);
        out.edges.push_back(e);
        if (!options.edgeStyle) continue;
        const RelationProps& rel = bg[*it];
        GvGraph::set(e, "penwidth", number(edgePenWidth(rel.weight), 2));
        if (rel.hasTypedRelation()) {
            GvGraph::set(e, "color", "#505050");
            const std::string label = edgeLabel(rel);
            if (!label.empty()) {
                GvGraph::set(e, "label", escapeLabel(validUtf8(label)));
                GvGraph::set(e, "fontname", font);
                GvGraph::set(e, "fontsize", number(kEdgeFontSize, 1));
                GvGraph::set(e, "fontcolor", "#303030");
            }
        } else {
            GvGraph::set(e, "color", "#a8a8a8");
            GvGraph::set(e, "style", "dashed");
        }
    }
    return out;
}

}  // namespace entgraph::gv
