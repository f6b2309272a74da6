// svg, png, pdf and dot: rendered by Graphviz at the given positions, with a legend, and
// every label inside its node's shape (checked geometrically on the SVG).
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/Error.h"
#include "core/Palette.h"
#include "export/ExportTestSupport.h"
#include "export/Exporter.h"
#include "layout/Graphviz.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {
const std::map<std::string, std::string> kSvgNs = {{"s", "http://www.w3.org/2000/svg"}};

struct Pt {
    double x, y;
};

std::vector<Pt> parsePoints(const std::string& s) {
    std::vector<Pt> out;
    std::istringstream in(s);
    std::string pair;
    while (in >> pair) {
        const size_t comma = pair.find(',');
        out.push_back({std::stod(pair.substr(0, comma)), std::stod(pair.substr(comma + 1))});
    }
    return out;
}

bool insidePolygon(const std::vector<Pt>& poly, Pt p) {
    bool inside = false;
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        if ((poly[i].y > p.y) != (poly[j].y > p.y) &&
            p.x < (poly[j].x - poly[i].x) * (p.y - poly[i].y) / (poly[j].y - poly[i].y) + poly[i].x)
            inside = !inside;
    }
    return inside;
}

// Every text line of every entity node lies inside the node's (first, filled) shape: the
// four corners of the line's box, its width measured with the SVG's font and size.
void expectLabelsInsideShapes(const XmlDoc& svg, size_t nodeCount) {
    size_t checked = 0;
    for (xmlNodePtr g : svg.select("//s:g[@class='node']", kSvgNs)) {
        const auto titles =
            svg.select("//s:g[@id='" + XmlDoc::attr(g, "id") + "']/s:title", kSvgNs);
        ASSERT_EQ(titles.size(), 1u);
        const std::string title = XmlDoc::text(titles[0]);
        if (title.empty() || title[0] != 'n' || title.find('_') != std::string::npos) continue;
        const std::string base = "//s:g[@id='" + XmlDoc::attr(g, "id") + "']/";
        const auto ellipses = svg.select(base + "s:ellipse", kSvgNs);
        const auto polygons = svg.select(base + "s:polygon", kSvgNs);
        const auto texts = svg.select(base + "s:text", kSvgNs);
        ASSERT_FALSE(texts.empty()) << title;
        ++checked;
        for (xmlNodePtr t : texts) {
            const double fs = std::stod(XmlDoc::attr(t, "font-size"));
            const double w =
                gv::measureText(XmlDoc::text(t), XmlDoc::attr(t, "font-family"), fs).width;
            const double x = std::stod(XmlDoc::attr(t, "x")), y = std::stod(XmlDoc::attr(t, "y"));
            EXPECT_EQ(XmlDoc::attr(t, "text-anchor"), "middle");
            // Ink box of a line of DejaVu Sans around the baseline (SVG y grows down).
            const std::vector<Pt> corners = {{x - w / 2, y - 0.72 * fs},
                                             {x + w / 2, y - 0.72 * fs},
                                             {x - w / 2, y + 0.22 * fs},
                                             {x + w / 2, y + 0.22 * fs}};
            for (const Pt& c : corners) {
                if (!ellipses.empty()) {
                    const double cx = std::stod(XmlDoc::attr(ellipses[0], "cx"));
                    const double cy = std::stod(XmlDoc::attr(ellipses[0], "cy"));
                    const double rx = std::stod(XmlDoc::attr(ellipses[0], "rx"));
                    const double ry = std::stod(XmlDoc::attr(ellipses[0], "ry"));
                    const double d = std::pow((c.x - cx) / rx, 2) + std::pow((c.y - cy) / ry, 2);
                    EXPECT_LE(d, 1.0) << "label \"" << XmlDoc::text(t) << "\" leaves its ellipse";
                } else {
                    ASSERT_FALSE(polygons.empty()) << title;
                    EXPECT_TRUE(insidePolygon(parsePoints(XmlDoc::attr(polygons[0], "points")), c))
                        << "label \"" << XmlDoc::text(t) << "\" leaves its shape (" << title << ")";
                }
            }
        }
    }
    EXPECT_EQ(checked, nodeCount);
}
}  // namespace

TEST(SvgExport, WellFormedLabelledWithLegendAndLabelsFit) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Svg, dir.file("g.svg"));
    const XmlDoc svg(readFile(dir.file("g.svg")));
    ASSERT_TRUE(svg.ok());
    std::set<std::string> texts;
    for (xmlNodePtr t : svg.select("//s:text", kSvgNs)) texts.insert(XmlDoc::text(t));
    EXPECT_TRUE(texts.count("AT&T <Corp>"));
    EXPECT_TRUE(texts.count("C:\\News\\N")) << "backslashes are text, not Graphviz escapes";
    // The legend names every entity type present, and nothing else.
    EXPECT_TRUE(texts.count("Entity types"));
    std::set<EntityType> present;
    for (size_t i = 0; i < g.nodeCount(); ++i) present.insert(g.graph()[i].type);
    for (EntityType t : kAllEntityTypes)
        EXPECT_EQ(texts.count(std::string(entityTypeLabel(t))), present.count(t))
            << entityTypeLabel(t);
    EXPECT_EQ(svg.select("//s:g[@class='edge']", kSvgNs).size(), g.edgeCount() + 2)
        << "graph edges plus the two edge-style rows of the legend";
    expectLabelsInsideShapes(svg, g.nodeCount());
}

TEST(SvgExport, LabelsFitEveryShapeOnALargerGraph) {
    EntityGraph g = randomGraph(60, 30, 21);  // every entity type, long wrapped names
    g.graph()[7].name = "WWWWWWWWWWWWWWWWWWWW";
    const GraphAttributes a = laidOut(g, "sfdp");
    TempDir dir;
    exportGraph(g, a, ExportFormat::Svg, dir.file("g.svg"));
    const XmlDoc svg(readFile(dir.file("g.svg")));
    ASSERT_TRUE(svg.ok());
    expectLabelsInsideShapes(svg, g.nodeCount());
}

TEST(SvgExport, NodesAreDrawnAtTheGivenPositions) {
    const EntityGraph g = treeGraph(7);
    GraphAttributes a = GraphAttributes::styled(g);
    for (size_t i = 0; i < a.size(); ++i) a.position[i] = {200.0 * i, 100.0 * (i % 2)};
    ExportOptions noLegend;
    noLegend.legend = false;
    TempDir dir;
    exportGraph(g, a, ExportFormat::Svg, dir.file("g.svg"), noLegend);
    const XmlDoc svg(readFile(dir.file("g.svg")));
    ASSERT_TRUE(svg.ok());
    ASSERT_EQ(svg.select("//s:g[@class='node']", kSvgNs).size(), 7u);
    // Node 0 is an ellipse (Person) and node 2 a hexagon (Location): 400 points apart in x.
    const auto e0 = svg.select("//s:g[s:title='n0']/s:ellipse", kSvgNs);
    const auto t2 = svg.select("//s:g[s:title='n2']/s:text", kSvgNs);
    ASSERT_EQ(e0.size(), 1u);
    ASSERT_FALSE(t2.empty());
    EXPECT_NEAR(std::stod(XmlDoc::attr(t2[0], "x")) - std::stod(XmlDoc::attr(e0[0], "cx")), 400.0,
                0.5);
    EXPECT_TRUE(svg.select("//s:text[.='Entity types']", kSvgNs).empty()) << "legend was off";
}

TEST(PngExport, SignatureAndARealImage) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Png, dir.file("g.png"));
    const std::string png = readFile(dir.file("g.png"));
    ASSERT_GT(png.size(), 5000u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    auto be32 = [&](size_t at) {
        return (uint32_t(uint8_t(png[at])) << 24) | (uint32_t(uint8_t(png[at + 1])) << 16) |
               (uint32_t(uint8_t(png[at + 2])) << 8) | uint32_t(uint8_t(png[at + 3]));
    };
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    EXPECT_GT(be32(16), 300u);   // width in pixels
    EXPECT_GT(be32(20), 150u);   // height
    EXPECT_LE(be32(16), 5760u);  // capped
}

TEST(PdfExport, SignatureAndTrailer) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Pdf, dir.file("g.pdf"));
    const std::string pdf = readFile(dir.file("g.pdf"));
    ASSERT_GT(pdf.size(), 2000u);
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.rfind("%%EOF"), std::string::npos);
}

TEST(DotExport, GraphvizReadsItBackWithPositionsAndData) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Dot, dir.file("g.dot"));
    auto lock = gv::graphvizLock();
    gv::GvGraph back = gv::GvGraph::fromDot(readFile(dir.file("g.dot")));
    EXPECT_EQ(static_cast<size_t>(agnnodes(back.get())), g.nodeCount());
    EXPECT_EQ(static_cast<size_t>(agnedges(back.get())), g.edgeCount());
    for (size_t i = 0; i < g.nodeCount(); ++i) {
        std::string name = "n" + std::to_string(i);
        Agnode_t* n = agnode(back.get(), name.data(), 0);
        ASSERT_NE(n, nullptr) << name;
        const std::string pos = gv::GvGraph::get(n, "pos");
        double x = 0, y = 0;
        ASSERT_EQ(std::sscanf(pos.c_str(), "%lf,%lf", &x, &y), 2) << pos;
        EXPECT_NEAR(x, a.position[i].x, 0.05) << name;
        EXPECT_NEAR(y, a.position[i].y, 0.05) << name;
        EXPECT_EQ(gv::GvGraph::get(n, "entity_type"), entityTypeName(g.graph()[i].type));
    }
    std::string first = "n0";
    EXPECT_EQ(gv::GvGraph::get(agnode(back.get(), first.data(), 0), "entity_name"), "AT&T <Corp>");
    EXPECT_THROW(gv::GvGraph::fromDot("graph { a -- "), Error);
}
