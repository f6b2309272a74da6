// graphml, gexf, json, csv: parsed back and checked against the graph they came from.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "core/Palette.h"
#include "export/ExportTestSupport.h"
#include "export/Exporter.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {
const std::map<std::string, std::string> kGraphMlNs = {
    {"g", "http://graphml.graphdrawing.org/xmlns"}};
const std::map<std::string, std::string> kGexfNs = {{"x", "http://gexf.net/1.3"},
                                                    {"viz", "http://gexf.net/1.3/viz"}};
}  // namespace

TEST(ExportFormats, NamesAndExtensions) {
    for (ExportFormat f :
         {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot,
          ExportFormat::GraphML, ExportFormat::Gexf, ExportFormat::Json, ExportFormat::Csv}) {
        const std::string name(exportFormatName(f));
        EXPECT_EQ(parseExportFormat(name), f) << name;
        EXPECT_EQ(exportFormatFromPath("out/graph." + name), f) << name;
    }
    EXPECT_EQ(exportFormatFromPath("GRAPH.SVG"), ExportFormat::Svg);
    EXPECT_EQ(exportFormatFromPath("x.gv"), ExportFormat::Dot);
    EXPECT_EQ(exportFormatFromPath("graph"), std::nullopt);
    EXPECT_EQ(exportFormatFromPath("dir.v2/graph"), std::nullopt);
    EXPECT_EQ(exportFormatFromPath(".svg"), std::nullopt);
    EXPECT_EQ(parseExportFormat("docx"), std::nullopt);
}

TEST(GraphMLExport, WellFormedWithEveryAttributeAsAKey) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::GraphML, dir.file("g.graphml"));
    const XmlDoc doc(readFile(dir.file("g.graphml")));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.select("/g:graphml/g:graph/g:node", kGraphMlNs).size(), g.nodeCount());
    EXPECT_EQ(doc.select("/g:graphml/g:graph/g:edge", kGraphMlNs).size(), g.edgeCount());
    for (const char* key : {"name", "type", "aliases", "mentions", "articles", "x", "y", "colour"})
        EXPECT_EQ(doc.select(std::string("/g:graphml/g:key[@for='node'][@attr.name='") + key + "']",
                             kGraphMlNs)
                      .size(),
                  1u)
            << key;
    for (const char* key : {"label", "type", "weight", "relations", "evidence"})
        EXPECT_EQ(doc.select(std::string("/g:graphml/g:key[@for='edge'][@attr.name='") + key + "']",
                             kGraphMlNs)
                      .size(),
                  1u)
            << key;
    // Escaping round-trips.
    const auto names = doc.select("//g:node[@id='n0']/g:data[@key='v_name']", kGraphMlNs);
    ASSERT_EQ(names.size(), 1u);
    EXPECT_EQ(XmlDoc::text(names[0]), "AT&T <Corp>");
    const auto x = doc.select("//g:node[@id='n4']/g:data[@key='v_x']", kGraphMlNs);
    ASSERT_EQ(x.size(), 1u);
    EXPECT_NEAR(std::stod(XmlDoc::text(x[0])), a.position[4].x, 0.01);
    const auto colour = doc.select("//g:node[@id='n5']/g:data[@key='v_colour']", kGraphMlNs);
    ASSERT_EQ(colour.size(), 1u);
    EXPECT_EQ(XmlDoc::text(colour[0]), toHex(a.fill[5]));
    const auto relations = doc.select("//g:edge/g:data[@key='e_relations']", kGraphMlNs);
    bool sawMet = false;
    for (xmlNodePtr r : relations) sawMet |= XmlDoc::text(r).find("met (AT&T <Corp> -> ") == 0;
    EXPECT_TRUE(sawMet);
}

TEST(GexfExport, Gephi13WithVizAndAttributes) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Gexf, dir.file("g.gexf"));
    const XmlDoc doc(readFile(dir.file("g.gexf")));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.select("/x:gexf[@version='1.3']", kGexfNs).size(), 1u);
    EXPECT_EQ(doc.select("//x:nodes/x:node", kGexfNs).size(), g.nodeCount());
    EXPECT_EQ(doc.select("//x:edges/x:edge", kGexfNs).size(), g.edgeCount());
    EXPECT_EQ(doc.select("//x:node/viz:position", kGexfNs).size(), g.nodeCount());
    EXPECT_EQ(doc.select("//x:node/viz:size", kGexfNs).size(), g.nodeCount());
    const auto color = doc.select("//x:node[@id='3']/viz:color", kGexfNs);
    ASSERT_EQ(color.size(), 1u);
    EXPECT_EQ(std::stoi(XmlDoc::attr(color[0], "r")), a.fill[3].r);
    EXPECT_EQ(std::stoi(XmlDoc::attr(color[0], "b")), a.fill[3].b);
    const auto pos = doc.select("//x:node[@id='3']/viz:position", kGexfNs);
    EXPECT_NEAR(std::stod(XmlDoc::attr(pos[0], "y")), a.position[3].y, 0.01);
    const auto type = doc.select("//x:node[@id='1']/x:attvalues/x:attvalue[@for='type']", kGexfNs);
    ASSERT_EQ(type.size(), 1u);
    EXPECT_EQ(XmlDoc::attr(type[0], "value"), entityTypeName(g.graph()[1].type));
    const auto label = doc.select("//x:node[@id='1']", kGexfNs);
    EXPECT_EQ(XmlDoc::attr(label[0], "label"), "\"O'Brien, Jr.\"");
}

TEST(JsonExport, NodesEdgesRelationsWithEvidenceAndArticles) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Json, dir.file("g.json"));
    const nlohmann::json doc = nlohmann::json::parse(readFile(dir.file("g.json")));
    ASSERT_EQ(doc.at("nodes").size(), g.nodeCount());
    ASSERT_EQ(doc.at("edges").size(), g.edgeCount());
    ASSERT_EQ(doc.at("articles").size(), g.articles().size());
    EXPECT_EQ(doc.at("nodes")[0].at("name"), "AT&T <Corp>");
    EXPECT_EQ(doc.at("nodes")[1].at("aliases").size(), 2u);
    EXPECT_NEAR(doc.at("nodes")[6].at("x").get<double>(), a.position[6].x, 0.001);
    EXPECT_EQ(doc.at("articles")[0].at("title"), "Report & <analysis>");
    size_t relations = 0;
    bool sawSentence = false;
    for (const auto& e : doc.at("edges")) {
        EXPECT_LT(e.at("source").get<size_t>(), g.nodeCount());
        for (const auto& r : e.at("relations")) {
            ++relations;
            EXPECT_FALSE(r.at("label").get<std::string>().empty());
            sawSentence |= r.at("sentence") == g.articles()[0].text;
        }
    }
    size_t expected = 0;
    for (auto [it, end] = boost::edges(g.graph()); it != end; ++it)
        expected += g.graph()[*it].relations.size();
    EXPECT_EQ(relations, expected);
    EXPECT_TRUE(sawSentence) << "evidence sentence text is included";
}

TEST(CsvExport, EdgeTableAndNodeTableWithRfc4180Quoting) {
    const EntityGraph g = awkwardGraph();
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    exportGraph(g, a, ExportFormat::Csv, dir.file("g.csv"));
    const auto edges = parseCsv(readFile(dir.file("g.csv")));
    ASSERT_EQ(edges.size(), g.edgeCount() + 1);
    EXPECT_EQ(edges[0][0], "source");
    EXPECT_EQ(edges[0][4], "weight");
    for (const auto& row : edges) EXPECT_EQ(row.size(), edges[0].size());
    const auto nodes = parseCsv(readFile(dir.file("g.nodes.csv")));
    ASSERT_EQ(nodes.size(), g.nodeCount() + 1);
    EXPECT_EQ(nodes[0], (std::vector<std::string>{"id", "name", "type", "aliases", "mentions",
                                                  "articles", "x", "y", "color"}));
    EXPECT_EQ(nodes[1][1], "AT&T <Corp>");
    EXPECT_EQ(nodes[2][1], "\"O'Brien, Jr.\"");
    EXPECT_EQ(nodes[2][3], "O'Brien; Jr, O'Brien");
    EXPECT_EQ(nodes[4][1], "C:\\News\\N");
    EXPECT_EQ(dir.entries(), 2u) << "no temporary files left behind";
}

TEST(ExportErrors, UnwritablePathNamesThePathAndLeavesNothing) {
    const EntityGraph g = treeGraph(5);
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    const std::string missing = dir.file("no/such/folder/g.json");
    try {
        exportGraph(g, a, ExportFormat::Json, missing);
        FAIL() << "wrote into a missing folder";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
    }
    // A folder where the file should go: the rename fails, the temporary is removed.
    std::filesystem::create_directories(dir.path / "taken.svg");
    EXPECT_THROW(exportGraph(g, a, ExportFormat::Svg, dir.file("taken.svg")), Error);
    EXPECT_EQ(dir.entries(), 1u);
}

TEST(ExportErrors, AttributesForAnotherGraphAreRefused) {
    const EntityGraph g = treeGraph(5);
    const GraphAttributes other = GraphAttributes::styled(treeGraph(4));
    TempDir dir;
    EXPECT_THROW(exportGraph(g, other, ExportFormat::Json, dir.file("g.json")), Error);
}

TEST(ExportErrors, ReplacingAnExistingFileIsAtomic) {
    const EntityGraph g = treeGraph(6);
    const GraphAttributes a = laidOut(g);
    TempDir dir;
    const std::string path = dir.file("g.json");
    std::ofstream(path) << "old";
    exportGraph(g, a, ExportFormat::Json, path);
    EXPECT_EQ(nlohmann::json::parse(readFile(path)).at("nodes").size(), 6u);
    EXPECT_EQ(dir.entries(), 1u);
}

TEST(EmptyGraph, EveryFormatWritesAValidFile) {
    const EntityGraph g;
    const GraphAttributes a = GraphAttributes::styled(g);
    TempDir dir;
    for (const char* ext : {"svg", "png", "pdf", "dot", "graphml", "gexf", "json", "csv"}) {
        const std::string path = dir.file(std::string("empty.") + ext);
        ASSERT_NO_THROW(exportGraph(g, a, *exportFormatFromPath(path), path)) << ext;
        EXPECT_GT(std::filesystem::file_size(path), 10u) << ext;
    }
    EXPECT_EQ(nlohmann::json::parse(readFile(dir.file("empty.json"))).at("nodes").size(), 0u);
    EXPECT_TRUE(XmlDoc(readFile(dir.file("empty.svg"))).ok());
}
