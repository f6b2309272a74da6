#pragma once
// Helpers for the export tests: a graph with awkward names, temp folders, libxml2 parsing.
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "graph/EntityGraph.h"
#include "layout/LayoutEngine.h"
#include "layout/TestGraphs.h"

namespace entgraph::testing {

inline std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               ("entgraph-export-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
    size_t entries() const {
        return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(path),
                                                 std::filesystem::directory_iterator()));
    }
};

// Names that need escaping in every format, typed relations with evidence sentences.
inline EntityGraph awkwardGraph() {
    EntityGraph g = randomGraph(12, 6, 11);
    Article& article = g.articles()[0];
    article.text = "AT&T <Corp> met \"O'Brien, Jr.\" in Kyiv, said the report.";
    article.title = "Report & <analysis>";
    g.graph()[0].name = "AT&T <Corp>";
    g.graph()[1].name = "\"O'Brien, Jr.\"";
    g.graph()[1].aliases = {"O'Brien", "Jr, O'Brien"};
    g.graph()[2].name = "Kyiv \xff broken";  // invalid UTF-8 must not break XML or JSON
    g.graph()[3].name = "C:\\News\\N";       // backslashes are not Graphviz escapes
    RelationEvidence ev;
    ev.label = "met";
    ev.type = RelationType::Diplomatic;
    ev.sentence = {0, article.text.size()};
    RelationProps r;
    r.relations = {ev};
    r.weight = 2;
    boost::add_edge(0, 1, r, g.graph());
    return g;
}

inline GraphAttributes laidOut(const EntityGraph& g, const char* engine = "neato") {
    GraphAttributes a = GraphAttributes::styled(g);
    makeLayoutEngine(engine)->run(g, a, LayoutOptions{});
    return a;
}

class XmlDoc {
public:
    explicit XmlDoc(const std::string& text)
        : m_doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                xmlFreeDoc) {}
    bool ok() const { return m_doc != nullptr; }

    // The nodes an XPath expression selects (namespaces by prefix).
    std::vector<xmlNodePtr> select(const std::string& expr,
                                   const std::map<std::string, std::string>& ns = {}) const {
        std::vector<xmlNodePtr> out;
        std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx(
            xmlXPathNewContext(m_doc.get()), xmlXPathFreeContext);
        for (const auto& [prefix, uri] : ns)
            xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>(prefix.c_str()),
                               reinterpret_cast<const xmlChar*>(uri.c_str()));
        std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> result(
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expr.c_str()), ctx.get()),
            xmlXPathFreeObject);
        if (!result || !result->nodesetval) return out;
        for (int i = 0; i < result->nodesetval->nodeNr; ++i)
            out.push_back(result->nodesetval->nodeTab[i]);
        return out;
    }

    static std::string attr(xmlNodePtr node, const char* name) {
        xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        if (!v) return {};
        std::string s(reinterpret_cast<const char*>(v));
        xmlFree(v);
        return s;
    }
    static std::string text(xmlNodePtr node) {
        xmlChar* v = xmlNodeGetContent(node);
        if (!v) return {};
        std::string s(reinterpret_cast<const char*>(v));
        xmlFree(v);
        return s;
    }

private:
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> m_doc;
};

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
inline std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
            any = true;
        }
    }
    if (any && (!field.empty() || !row.empty())) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace entgraph::testing
