// GraphML (yEd, Gephi, Cytoscape) and GEXF 1.3 (Gephi): every entity and relation
// attribute as typed keys, positions and colours included.
#include <sstream>

#include "core/Palette.h"
#include "export/ExportWriters.h"
#include "layout/Graphviz.h"

namespace entgraph::exporters {

namespace {

struct Key {
    const char* id;
    const char* forWhat;  // "node" / "edge"
    const char* name;
    const char* type;  // GraphML: string int double; GEXF: string integer double
};

constexpr Key kNodeKeys[] = {
    {"name", "node", "name", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},
    {"mentions", "node", "mentions", "int"},
    {"articles", "node", "articles", "int"},
    {"article_ids", "node", "article_ids", "string"},
    {"x", "node", "x", "double"},
    {"y", "node", "y", "double"},
    {"width", "node", "width", "double"},
    {"height", "node", "height", "double"},
    {"colour", "node", "colour", "string"},
};
constexpr Key kEdgeKeys[] = {
    {"label", "edge", "label", "string"},    {"relation_type", "edge", "type", "string"},
    {"weight", "edge", "weight", "double"},  {"relations", "edge", "relations", "string"},
    {"evidence", "edge", "evidence", "int"}, {"cooccurrences", "edge", "cooccurrences", "int"},
};

struct NodeValues {
    std::string name, type, aliases, mentions, articles, articleIds, x, y, width, height, colour;
    std::vector<std::string> all() const {
        return {name, type, aliases, mentions, articles, articleIds, x, y, width, height, colour};
    }
};

NodeValues nodeValues(const EntityGraph& graph, const GraphAttributes& a, size_t i) {
    const EntityProps& p = graph.graph()[static_cast<Vertex>(i)];
    std::vector<std::string> aliases, ids;
    for (const std::string& alias : p.aliases) aliases.push_back(alias);
    for (uint32_t article : p.articles)
        if (article < graph.articles().size()) ids.push_back(graph.articles()[article].id);
    return {p.name,
            std::string(entityTypeName(p.type)),
            joined(aliases, "; "),
            std::to_string(p.mentionCount()),
            std::to_string(p.articles.size()),
            joined(ids, "; "),
            numberText(a.position[i].x),
            numberText(a.position[i].y),
            numberText(a.width[i]),
            numberText(a.height[i]),
            toHex(i < a.fill.size() ? a.fill[i] : entityColor(p.type))};
}

// "met with (Kyiv -> NATO); criticised (NATO -> Kyiv)": every typed relation, in order.
std::string relationList(const EntityGraph& graph, const Edge& e) {
    const BoostGraph& bg = graph.graph();
    const std::string& s = bg[boost::source(e, bg)].name;
    const std::string& t = bg[boost::target(e, bg)].name;
    std::vector<std::string> parts;
    for (const RelationEvidence& r : bg[e].relations)
        parts.push_back((r.negated ? "not " : "") + r.label + " (" + (r.forward ? s : t) + " -> " +
                        (r.forward ? t : s) + ")");
    return joined(parts, "; ");
}

std::vector<std::string> edgeValues(const EntityGraph& graph, const Edge& e) {
    const RelationProps& r = graph.graph()[e];
    return {edgeLabel(r),
            std::string(relationTypeName(r.strongestType())),
            numberText(r.weight),
            relationList(graph, e),
            std::to_string(r.relations.size() + r.cooccurrences.size()),
            std::to_string(r.cooccurrences.size())};
}

}  // namespace

std::string graphml(const EntityGraph& graph, const GraphAttributes& attributes) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kNodeKeys)
        out << "  <key id=\"v_" << k.id << "\" for=\"node\" attr.name=\"" << k.name
            << "\" attr.type=\"" << k.type << "\"/>\n";
    for (const Key& k : kEdgeKeys)
        out << "  <key id=\"e_" << k.id << "\" for=\"edge\" attr.name=\"" << k.name
            << "\" attr.type=\"" << k.type << "\"/>\n";
    out << "  <graph id=\"entgraph\" edgedefault=\"undirected\">\n";
    for (size_t i = 0; i < graph.nodeCount(); ++i) {
        out << "    <node id=\"n" << i << "\">\n";
        const std::vector<std::string> values = nodeValues(graph, attributes, i).all();
        for (size_t k = 0; k < values.size(); ++k)
            out << "      <data key=\"v_" << kNodeKeys[k].id << "\">" << xmlEscape(values[k])
                << "</data>\n";
        out << "    </node>\n";
    }
    const BoostGraph& bg = graph.graph();
    size_t id = 0;
    for (auto [it, end] = boost::edges(bg); it != end; ++it, ++id) {
        out << "    <edge id=\"e" << id << "\" source=\"n" << boost::source(*it, bg)
            << "\" target=\"n" << boost::target(*it, bg) << "\">\n";
        const std::vector<std::string> values = edgeValues(graph, *it);
        for (size_t k = 0; k < values.size(); ++k)
            out << "      <data key=\"e_" << kEdgeKeys[k].id << "\">" << xmlEscape(values[k])
                << "</data>\n";
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return out.str();
}

std::string gexf(const EntityGraph& graph, const GraphAttributes& attributes) {
    auto gexfType = [](const char* t) { return std::string(t) == "int" ? "integer" : t; };
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
           "    version=\"1.3\">\n"
           "  <meta>\n    <creator>entgraph</creator>\n"
           "    <description>Entity-relationship graph of news articles</description>\n"
           "  </meta>\n"
           "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
           "    <attributes class=\"node\">\n";
    for (const Key& k : kNodeKeys)
        out << "      <attribute id=\"" << k.id << "\" title=\"" << k.name << "\" type=\""
            << gexfType(k.type) << "\"/>\n";
    out << "    </attributes>\n    <attributes class=\"edge\">\n";
    for (const Key& k : kEdgeKeys)
        out << "      <attribute id=\"" << k.id << "\" title=\"" << k.name << "\" type=\""
            << gexfType(k.type) << "\"/>\n";
    out << "    </attributes>\n    <nodes>\n";
    const BoostGraph& bg = graph.graph();
    for (size_t i = 0; i < graph.nodeCount(); ++i) {
        const EntityProps& p = bg[static_cast<Vertex>(i)];
        out << "      <node id=\"" << i << "\" label=\"" << xmlEscape(p.name) << "\">\n"
            << "        <attvalues>\n";
        const std::vector<std::string> values = nodeValues(graph, attributes, i).all();
        for (size_t k = 0; k < values.size(); ++k)
            out << "          <attvalue for=\"" << kNodeKeys[k].id << "\" value=\""
                << xmlEscape(values[k]) << "\"/>\n";
        const Rgb c = i < attributes.fill.size() ? attributes.fill[i] : entityColor(p.type);
        out << "        </attvalues>\n"
            << "        <viz:color r=\"" << int(c.r) << "\" g=\"" << int(c.g) << "\" b=\""
            << int(c.b) << "\"/>\n"
            << "        <viz:position x=\"" << numberText(attributes.position[i].x) << "\" y=\""
            << numberText(attributes.position[i].y) << "\" z=\"0\"/>\n"
            << "        <viz:size value=\"" << numberText(attributes.width[i] / 2) << "\"/>\n"
            << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    size_t id = 0;
    for (auto [it, end] = boost::edges(bg); it != end; ++it, ++id) {
        const RelationProps& r = bg[*it];
        const std::vector<std::string> values = edgeValues(graph, *it);
        out << "      <edge id=\"" << id << "\" source=\"" << boost::source(*it, bg)
            << "\" target=\"" << boost::target(*it, bg) << "\" weight=\""
            << numberText(r.weight > 0 ? r.weight : 1.0) << "\"";
        if (!values[0].empty()) out << " label=\"" << xmlEscape(values[0]) << "\"";
        out << ">\n        <attvalues>\n";
        for (size_t k = 0; k < values.size(); ++k)
            out << "          <attvalue for=\"" << kEdgeKeys[k].id << "\" value=\""
                << xmlEscape(values[k]) << "\"/>\n";
        out << "        </attvalues>\n"
            << "        <viz:thickness value=\"" << numberText(edgePenWidth(r.weight)) << "\"/>\n"
            << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    return out.str();
}

}  // namespace entgraph::exporters
