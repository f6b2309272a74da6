#pragma once
// The summary behind `entgraph stats`: counts and the top entities by each measure, as
// one JSON object or as aligned text.  Kept here (not in the CLI) so it is testable and
// the GUI's statistics panel can show the same numbers.
//
// JSON shape (keys stable, part of the CLI contract):
//   {"articles":N, "entities":N, "mentions":N, "relations":N (typed, negated included),
//    "edges":N, "components":N, "communities":N, "modularity":X,
//    "betweenness_approximate":bool, "betweenness_sources":N,
//    "top": {"degree":[{"name":S,"type":"PERSON","value":X}, ...], "weighted_degree":[...],
//            "betweenness":[...], "pagerank":[...], "mentions":[...]}}
// Each list holds at most `top` entries, best first, ties by vertex order.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/EntityGraph.h"
#include "graph/Metrics.h"

namespace entgraph {

struct RankedEntity {
    Vertex vertex = 0;
    std::string name;
    EntityType type = EntityType::Person;
    double value = 0.0;
};

struct MeasureRanking {
    std::string key;    // JSON key: "degree", "weighted_degree", "betweenness", ...
    std::string title;  // for text: "degree", "weighted degree", ...
    std::vector<RankedEntity> entities;
};

// The five rankings in the order of the JSON object.
std::vector<MeasureRanking> rankEntities(const EntityGraph& graph, const GraphMetrics& metrics,
                                         size_t top);

nlohmann::json statsJson(const EntityGraph& graph, const GraphMetrics& metrics, size_t top);
std::string statsText(const EntityGraph& graph, const GraphMetrics& metrics, size_t top);

}  // namespace entgraph
