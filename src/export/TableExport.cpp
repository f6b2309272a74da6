// JSON (everything, evidence sentences included) and CSV (an edge table and a node table,
// RFC 4180), plus the small text helpers the writers share.
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/Palette.h"
#include "export/ExportWriters.h"
#include "layout/Graphviz.h"

namespace entgraph::exporters {

// ---------------------------------------------------------------- helpers

std::string xmlEscape(std::string_view text) {
    const std::string valid = gv::validUtf8(text);
    std::string out;
    out.reserve(valid.size());
    for (char c : valid) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\n':
                out += "&#10;";
                break;  // survives attribute normalisation
            case '\t':
                out += "&#9;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string csvField(std::string_view text) {
    const std::string valid = gv::validUtf8(text);
    if (valid.find_first_of(",\"\r\n") == std::string::npos &&
        (valid.empty() || (valid.front() != ' ' && valid.back() != ' ')))
        return valid;
    std::string out = "\"";
    for (char c : valid) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::string_view spanText(const EntityGraph& graph, uint32_t article, ByteSpan span) {
    if (article >= graph.articles().size()) return {};
    const std::string& text = graph.articles()[article].text;
    if (span.start >= span.end || span.end > text.size()) return {};
    return std::string_view(text).substr(span.start, span.end - span.start);
}

std::string numberText(double v) {
    if (!std::isfinite(v)) return "0";
    char buf[64];
    const double rounded = std::round(v);
    std::to_chars_result r;
    if (std::abs(v - rounded) < 1e-9 && std::abs(v) < 1e15)
        r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(rounded));
    else
        r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
    if (r.ec != std::errc()) return "0";
    std::string s(buf, r.ptr);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

std::string nodesCsvPath(const std::string& edgesPath) {
    const size_t slash = edgesPath.find_last_of('/');
    const size_t dot = edgesPath.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1) &&
        (edgesPath.compare(dot, std::string::npos, ".csv") == 0 ||
         edgesPath.compare(dot, std::string::npos, ".CSV") == 0))
        return edgesPath.substr(0, dot) + ".nodes.csv";
    return edgesPath + ".nodes.csv";
}

// ---------------------------------------------------------------- JSON

namespace {
// Points to a thousandth: exact enough for any viewer, and runs of the same layout give
// byte-identical files (Graphviz's last bits vary between processes).
double rounded(double v) {
    return std::isfinite(v) ? std::round(v * 1000.0) / 1000.0 : 0.0;
}
}  // namespace

std::string json(const EntityGraph& graph, const GraphAttributes& a) {
    using nlohmann::json;
    const BoostGraph& bg = graph.graph();
    json nodes = json::array();
    for (size_t i = 0; i < graph.nodeCount(); ++i) {
        const EntityProps& p = bg[static_cast<Vertex>(i)];
        json aliases = json::array();
        for (const std::string& alias : p.aliases) aliases.push_back(gv::validUtf8(alias));
        nodes.push_back({{"id", i},
                         {"name", gv::validUtf8(p.name)},
                         {"type", entityTypeName(p.type)},
                         {"aliases", aliases},
                         {"mentions", p.mentionCount()},
                         {"articles", p.articles},
                         {"x", rounded(a.position[i].x)},
                         {"y", rounded(a.position[i].y)},
                         {"width", rounded(a.width[i])},
                         {"height", rounded(a.height[i])},
                         {"color", toHex(i < a.fill.size() ? a.fill[i] : entityColor(p.type))}});
    }
    json edges = json::array();
    size_t id = 0;
    for (auto [it, end] = boost::edges(bg); it != end; ++it, ++id) {
        const RelationProps& r = bg[*it];
        const size_t s = boost::source(*it, bg), t = boost::target(*it, bg);
        json relations = json::array();
        for (const RelationEvidence& ev : r.relations) {
            relations.push_back(
                {{"label", gv::validUtf8(ev.label)},
                 {"type", relationTypeName(ev.type)},
                 {"source", ev.forward ? s : t},
                 {"target", ev.forward ? t : s},
                 {"negated", ev.negated},
                 {"article", ev.article},
                 {"sentence", gv::validUtf8(spanText(graph, ev.article, ev.sentence))},
                 {"evidence", {{"start", ev.sentence.start}, {"end", ev.sentence.end}}}});
        }
        edges.push_back({{"id", id},
                         {"source", s},
                         {"target", t},
                         {"weight", r.weight},
                         {"label", edgeLabel(r)},
                         {"type", relationTypeName(r.strongestType())},
                         {"cooccurrences", r.cooccurrences.size()},
                         {"relations", relations}});
    }
    json articles = json::array();
    for (size_t i = 0; i < graph.articles().size(); ++i) {
        const Article& art = graph.articles()[i];
        articles.push_back({{"index", i},
                            {"id", gv::validUtf8(art.id)},
                            {"title", gv::validUtf8(art.title)},
                            {"source", gv::validUtf8(art.source)},
                            {"url", gv::validUtf8(art.url)},
                            {"published", gv::validUtf8(art.published)}});
    }
    json doc = {{"format", "entgraph"},
                {"version", 1},
                {"nodes", nodes},
                {"edges", edges},
                {"articles", articles}};
    // Strings were made valid UTF-8 above; "replace" is the belt to those braces.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------- CSV

std::string csvEdges(const EntityGraph& graph) {
    const BoostGraph& bg = graph.graph();
    std::string out =
        "source,target,source_name,target_name,weight,label,type,relations,evidence_count,"
        "cooccurrences\r\n";
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
        const RelationProps& r = bg[*it];
        const size_t s = boost::source(*it, bg), t = boost::target(*it, bg);
        std::vector<std::string> labels;
        for (const RelationEvidence& ev : r.relations)
            labels.push_back((ev.negated ? "not " : "") + ev.label);
        const std::vector<std::string> row = {std::to_string(s),
                                              std::to_string(t),
                                              csvField(bg[s].name),
                                              csvField(bg[t].name),
                                              numberText(r.weight),
                                              csvField(edgeLabel(r)),
                                              std::string(relationTypeName(r.strongestType())),
                                              csvField(joined(labels, "; ")),
                                              std::to_string(r.relations.size()),
                                              std::to_string(r.cooccurrences.size())};
        out += joined(row, ",") + "\r\n";
    }
    return out;
}

std::string csvNodes(const EntityGraph& graph, const GraphAttributes& a) {
    const BoostGraph& bg = graph.graph();
    std::string out = "id,name,type,aliases,mentions,articles,x,y,color\r\n";
    for (size_t i = 0; i < graph.nodeCount(); ++i) {
        const EntityProps& p = bg[static_cast<Vertex>(i)];
        const std::vector<std::string> row = {
            std::to_string(i),
            csvField(p.name),
            std::string(entityTypeName(p.type)),
            csvField(joined(p.aliases, "; ")),
            std::to_string(p.mentionCount()),
            std::to_string(p.articles.size()),
            numberText(a.position[i].x),
            numberText(a.position[i].y),
            toHex(i < a.fill.size() ? a.fill[i] : entityColor(p.type))};
        out += joined(row, ",") + "\r\n";
    }
    return out;
}

}  // namespace entgraph::exporters
