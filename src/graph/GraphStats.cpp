#include "graph/GraphStats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace entgraph {

namespace {

std::vector<RankedEntity> ranked(const EntityGraph& graph, const std::vector<double>& values,
                                 size_t top) {
    std::vector<RankedEntity> out;
    for (Vertex v : topVertices(values, top)) {
        const auto& p = graph.graph()[v];
        out.push_back({v, p.name, p.type, values[v]});
    }
    return out;
}

template <class T>
std::vector<double> asDouble(const std::vector<T>& values) {
    return std::vector<double>(values.begin(), values.end());
}

// Display width of UTF-8 text (code points), for aligning columns.
size_t displayWidth(const std::string& s) {
    return static_cast<size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padRight(const std::string& s, size_t width) {
    const size_t w = displayWidth(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string formatValue(double v) {
    char buf[64];
    if (v == std::floor(v) && std::abs(v) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else if (std::abs(v) < 1.0) {
        std::snprintf(buf, sizeof buf, "%.4f", v);  // PageRank: shares of 1
    } else {
        std::snprintf(buf, sizeof buf, "%.2f", v);
    }
    return buf;
}

}  // namespace

std::vector<MeasureRanking> rankEntities(const EntityGraph& graph, const GraphMetrics& metrics,
                                         size_t top) {
    std::vector<double> mentions(graph.nodeCount());
    for (Vertex v = 0; v < graph.nodeCount(); ++v)
        mentions[v] = static_cast<double>(graph.graph()[v].mentionCount());
    return {
        {"degree", "degree", ranked(graph, asDouble(metrics.degree), top)},
        {"weighted_degree", "weighted degree", ranked(graph, metrics.weightedDegree, top)},
        {"betweenness",
         metrics.betweennessApproximate ? "betweenness (approximate)" : "betweenness",
         ranked(graph, metrics.betweenness, top)},
        {"pagerank", "PageRank", ranked(graph, metrics.pageRank, top)},
        {"mentions", "mentions", ranked(graph, mentions, top)},
    };
}

nlohmann::json statsJson(const EntityGraph& graph, const GraphMetrics& metrics, size_t top) {
    nlohmann::json j;
    j["articles"] = graph.articles().size();
    j["entities"] = graph.nodeCount();
    j["mentions"] = graph.mentionCount();
    j["relations"] = graph.relationCount();
    j["edges"] = graph.edgeCount();
    j["components"] = metrics.componentCount;
    j["communities"] = metrics.communityCount;
    j["modularity"] = metrics.modularity;
    j["betweenness_approximate"] = metrics.betweennessApproximate;
    j["betweenness_sources"] = metrics.betweennessSources;
    nlohmann::json topJson = nlohmann::json::object();
    for (const auto& r : rankEntities(graph, metrics, top)) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : r.entities)
            list.push_back({{"name", e.name},
                            {"type", std::string(entityTypeName(e.type))},
                            {"value", e.value}});
        topJson[r.key] = std::move(list);
    }
    j["top"] = std::move(topJson);
    return j;
}

std::string statsText(const EntityGraph& graph, const GraphMetrics& metrics, size_t top) {
    std::string out;
    const std::vector<std::pair<std::string, std::string>> counts = {
        {"articles", std::to_string(graph.articles().size())},
        {"entities", std::to_string(graph.nodeCount())},
        {"mentions", std::to_string(graph.mentionCount())},
        {"relations", std::to_string(graph.relationCount())},
        {"edges", std::to_string(graph.edgeCount())},
        {"components", std::to_string(metrics.componentCount)},
        {"communities", std::to_string(metrics.communityCount)},
    };
    size_t valueWidth = 0;
    for (const auto& [k, v] : counts) valueWidth = std::max(valueWidth, v.size());
    for (const auto& [k, v] : counts)
        out += padRight(k, 13) + std::string(valueWidth - v.size(), ' ') + v + "\n";
    if (top == 0 || graph.nodeCount() == 0) return out;

    for (const auto& r : rankEntities(graph, metrics, top)) {
        out += "\nTop " + std::to_string(r.entities.size()) + " by " + r.title + "\n";
        size_t nameWidth = 4, typeWidth = 4, numWidth = 1;
        std::vector<std::string> values;
        for (const auto& e : r.entities) {
            nameWidth = std::max(nameWidth, std::min<size_t>(displayWidth(e.name), 48));
            typeWidth = std::max(typeWidth, entityTypeName(e.type).size());
            values.push_back(formatValue(e.value));
            numWidth = std::max(numWidth, values.back().size());
        }
        const size_t rankWidth = std::to_string(r.entities.size()).size();
        for (size_t i = 0; i < r.entities.size(); ++i) {
            const auto& e = r.entities[i];
            const std::string rank = std::to_string(i + 1);
            out += "  " + std::string(rankWidth - rank.size(), ' ') + rank + ". " +
                   padRight(e.name, nameWidth) + "  " +
                   padRight(std::string(entityTypeName(e.type)), typeWidth) + "  " +
                   std::string(numWidth - values[i].size(), ' ') + values[i] + "\n";
        }
    }
    return out;
}

}  // namespace entgraph
