// svg, png, pdf and dot: the graph handed to Graphviz with every node pinned at its
// position in the attributes and laid out with "nop2" (neato -n2: keep node positions,
// route only the edges), so the file shows exactly the layout the user chose.
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "core/Error.h"
#include "core/Palette.h"
#include "export/ExportWriters.h"
#include "layout/Graphviz.h"
#include "layout/GraphvizStyle.h"

namespace entgraph::exporters {

namespace {

// Raster exports are scaled down to at most this many inches (96 dpi: 5760 px) so a huge
// graph cannot ask cairo for gigabytes.
constexpr const char* kPngMaxSize = "60,60";
constexpr const char* kPdfMaxSize = "200,200";  // the largest page PDF readers accept

constexpr double kLegendFontSize = 12.0;
constexpr double kSwatchWidth = 30.0, kSwatchHeight = 20.0;
constexpr double kRowHeight = 28.0, kPadding = 12.0, kGap = 48.0;

std::string pt(double v) {
    return numberText(std::round(v * 100) / 100);
}

// The legend: a framed column right of the graph, one row per entity type present with a
// swatch in that type's shape and colour, and two rows for the edge styles.
void addLegend(gv::GvGraph& g, const EntityGraph& graph, const GraphAttributes& a) {
    std::set<EntityType> present;
    const BoostGraph& bg = graph.graph();
    for (size_t i = 0; i < graph.nodeCount(); ++i) present.insert(bg[static_cast<Vertex>(i)].type);
    bool typed = false, cooccurrence = false;
    for (auto [it, end] = boost::edges(bg); it != end; ++it)
        (bg[*it].hasTypedRelation() ? typed : cooccurrence) = true;
    if (present.empty()) return;

    struct Row {
        std::string text;
        std::optional<EntityType> type;
        bool dashed = false;
    };
    std::vector<Row> rows;
    for (EntityType t : present) rows.push_back({std::string(entityTypeLabel(t)), t, false});
    if (typed) rows.push_back({"relation", std::nullopt, false});
    if (cooccurrence) rows.push_back({"same sentence", std::nullopt, true});

    const std::string font = kNodeFont;
    const std::string title = "Entity types";
    double textWidth = gv::measureText(title, font, kLegendFontSize + 1).width;
    for (const Row& r : rows)
        textWidth = std::max(
            textWidth, kSwatchWidth + 8 + gv::measureText(r.text, font, kLegendFontSize).width);
    const double width = textWidth + 2 * kPadding;
    const double height = kRowHeight * static_cast<double>(rows.size() + 1) + 2 * kPadding;
    const double left = (a.size() ? a.maxX : 0) + kGap;
    const double top = a.size() ? a.maxY : 0;

    auto pinned = [&](const std::string& name, double x, double y) {
        Agnode_t* n = g.addNode(name);
        gv::GvGraph::set(n, "pos", gv::formatPoint(x, y) + "!");
        gv::GvGraph::set(n, "fontname", font);
        gv::GvGraph::set(n, "fontsize", pt(kLegendFontSize));
        return n;
    };
    // The frame first: nodes are drawn in creation order.
    Agnode_t* frame = pinned("legend", left + width / 2, top - height / 2);
    gv::GvGraph::set(frame, "shape", "box");
    // Not filled: with outputorder=edgesfirst a filled frame would hide the edge-style rows.
    gv::GvGraph::set(frame, "style", "rounded");
    gv::GvGraph::set(frame, "color", "#909090");
    gv::GvGraph::set(frame, "label", "");
    gv::GvGraph::set(frame, "fixedsize", "true");
    gv::GvGraph::set(frame, "width", pt(width / 72.0));
    gv::GvGraph::set(frame, "height", pt(height / 72.0));

    double y = top - kPadding - kRowHeight / 2;
    const double titleWidth = gv::measureText(title, font, kLegendFontSize + 1).width;
    Agnode_t* heading = pinned("legend_title", left + kPadding + titleWidth / 2 + 2, y);
    gv::GvGraph::set(heading, "shape", "plaintext");
    gv::GvGraph::set(heading, "label", title);
    gv::GvGraph::set(heading, "fontsize", pt(kLegendFontSize + 1));
    gv::GvGraph::set(heading, "margin", "0");
    for (size_t k = 0; k < rows.size(); ++k) {
        const Row& row = rows[k];
        y -= kRowHeight;
        const double swatchX = left + kPadding + kSwatchWidth / 2;
        const std::string id = "legend_" + std::to_string(k);
        if (row.type) {
            Agnode_t* swatch = pinned(id + "_swatch", swatchX, y);
            gv::GvGraph::set(swatch, "shape", std::string(entityShape(*row.type)));
            gv::GvGraph::set(swatch, "style", "filled");
            gv::GvGraph::set(swatch, "fillcolor", toHex(entityColor(*row.type)));
            gv::GvGraph::set(swatch, "color", "#404040");
            gv::GvGraph::set(swatch, "label", "");
            gv::GvGraph::set(swatch, "fixedsize", "true");
            gv::GvGraph::set(swatch, "width", pt(kSwatchWidth / 72.0));
            gv::GvGraph::set(swatch, "height", pt(kSwatchHeight / 72.0));
        } else {
            // A short line between two invisible points, styled like the edges.
            Agnode_t* from = pinned(id + "_a", swatchX - kSwatchWidth / 2, y);
            Agnode_t* to = pinned(id + "_b", swatchX + kSwatchWidth / 2, y);
            for (Agnode_t* p : {from, to}) {
                gv::GvGraph::set(p, "shape", "point");
                gv::GvGraph::set(p, "style", "invis");
                gv::GvGraph::set(p, "width", "0.01");
                gv::GvGraph::set(p, "label", "");
            }
            Agedge_t* e = g.addEdge(from, to);
            gv::GvGraph::set(e, "color", row.dashed ? "#a8a8a8" : "#505050");
            gv::GvGraph::set(e, "penwidth", "2");
            if (row.dashed) gv::GvGraph::set(e, "style", "dashed");
        }
        const double w = gv::measureText(row.text, font, kLegendFontSize).width;
        Agnode_t* text = pinned(id + "_label", left + kPadding + kSwatchWidth + 8 + w / 2 + 2, y);
        gv::GvGraph::set(text, "shape", "plaintext");
        gv::GvGraph::set(text, "margin", "0");
        gv::GvGraph::set(text, "label", gv::escapeLabel(row.text));
    }
}

// The graph at its positions, every node pinned, edges routed by Graphviz.
gv::GvEntityGraph pinnedGraph(const EntityGraph& graph, const GraphAttributes& attributes) {
    gv::GvStyleOptions style;
    style.pinAll = true;
    style.edgeStyle = true;
    gv::GvEntityGraph g = gv::toGraphviz(graph, attributes, style);
    // Straight edges: obstacle-avoiding splines took 14 s on the 101-node demo (pathplan
    // per edge) and Graphviz drops them anyway once any nodes overlap (the legend frame).
    g.graph.set("splines", "line");
    g.graph.set("notranslate", "true");  // keep our coordinates in the output
    g.graph.set("outputorder", "edgesfirst");
    g.graph.set("fontname", kNodeFont);
    return g;
}

}  // namespace

std::string diagram(const EntityGraph& graph, const GraphAttributes& attributes,
                    ExportFormat format, const ExportOptions& options) {
    auto lock = gv::graphvizLock();
    gv::GvEntityGraph g = pinnedGraph(graph, attributes);
    g.graph.set("bgcolor", "white");
    g.graph.set("pad", "0.3");
    if (options.legend) addLegend(g.graph, graph, attributes);
    std::string renderer;
    switch (format) {
        case ExportFormat::Svg:
            renderer = "svg";
            break;
        case ExportFormat::Png:
            renderer = "png:cairo";
            g.graph.set("size", kPngMaxSize);
            g.graph.set("dpi", "96");
            break;
        case ExportFormat::Pdf:
            renderer = "pdf:cairo";
            g.graph.set("size", kPdfMaxSize);
            break;
        default:
            throw Error("internal: not a diagram format");
    }
    if (graph.nodeCount() == 0) {
        // Graphviz draws nothing for an empty graph: say so rather than write a blank file.
        Agnode_t* n = g.graph.addNode("empty");
        gv::GvGraph::set(n, "shape", "plaintext");
        gv::GvGraph::set(n, "label", "(no entities)");
        gv::GvGraph::set(n, "pos", "0,0!");
    }
    g.graph.layout("nop2");
    return g.graph.render(renderer);
}

std::string dot(const EntityGraph& graph, const GraphAttributes& attributes) {
    auto lock = gv::graphvizLock();
    gv::GvEntityGraph g = pinnedGraph(graph, attributes);
    const BoostGraph& bg = graph.graph();
    for (size_t i = 0; i < graph.nodeCount(); ++i) {
        const EntityProps& p = bg[static_cast<Vertex>(i)];
        Agnode_t* n = g.nodes[i];
        gv::GvGraph::set(n, "entity_name", gv::escapeLabel(gv::validUtf8(p.name)));
        gv::GvGraph::set(n, "entity_type", std::string(entityTypeName(p.type)));
        gv::GvGraph::set(n, "mentions", std::to_string(p.mentionCount()));
        gv::GvGraph::set(n, "articles", std::to_string(p.articles.size()));
        std::vector<std::string> aliases;
        for (const std::string& alias : p.aliases) aliases.push_back(gv::validUtf8(alias));
        gv::GvGraph::set(n, "aliases", gv::escapeLabel(joined(aliases, "; ")));
    }
    size_t k = 0;
    for (auto [it, end] = boost::edges(bg); it != end; ++it, ++k) {
        const RelationProps& r = bg[*it];
        Agedge_t* e = g.edges[k];
        gv::GvGraph::set(e, "weight", numberText(std::max(1.0, std::round(r.weight))));
        gv::GvGraph::set(e, "relation_type", std::string(relationTypeName(r.strongestType())));
        gv::GvGraph::set(e, "evidence",
                         std::to_string(r.relations.size() + r.cooccurrences.size()));
    }
    g.graph.layout("nop2");
    return g.graph.render("dot");
}

}  // namespace entgraph::exporters
