#pragma once
// Generated graphs for the layout and export tests (and the layout benchmark): built
// directly through the Boost graph so they do not depend on extraction.
#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/EntityGraph.h"

namespace entgraph::testing {

inline std::string testName(size_t i) {
    // A mix of short names and long ones that must wrap onto two lines.
    static const char* const kNames[] = {
        "Kyiv", "European Commission", "Ana",     "Organisation for Economic Co-operation",
        "NATO", "Jean-Claude Juncker", "Donetsk", "International Atomic Energy Agency",
    };
    return std::string(kNames[i % 8]) + " " + std::to_string(i);
}

// n vertices (types cycling through every entity type, mentions 1..) and the given edges.
inline EntityGraph makeGraph(size_t n, const std::vector<std::pair<size_t, size_t>>& edges,
                             unsigned seed = 7) {
    EntityGraph g;
    std::mt19937 rng(seed);
    for (size_t i = 0; i < n; ++i) {
        EntityProps p;
        p.name = testName(i);
        p.type = kAllEntityTypes[i % kEntityTypeCount];
        p.articles = {0};
        const size_t mentions = 1 + rng() % 20;
        for (size_t m = 0; m < mentions; ++m)
            p.mentions.push_back(MentionRef{0, {m, m + 1}, {0, 1}});
        boost::add_vertex(p, g.graph());
    }
    for (size_t k = 0; k < edges.size(); ++k) {
        const auto [a, b] = edges[k];
        RelationProps r;
        if (k % 3 == 0) {
            RelationEvidence ev;
            ev.label = k % 2 ? "met with" : "criticised";
            ev.type = k % 2 ? RelationType::Diplomatic : RelationType::Statement;
            ev.sentence = {0, 5};
            r.relations.push_back(ev);
        }
        r.cooccurrences.push_back(MentionRef{0, {0, 5}, {0, 5}});
        r.weight = 1.0 + static_cast<double>(rng() % 6);
        boost::add_edge(a, b, r, g.graph());
    }
    Article article;
    article.id = "generated";
    article.text = "Kyiv said NATO met with Ana.";
    g.articles().push_back(article);
    return g;
}

// A connected random graph: a random spanning tree plus extra random edges.
inline EntityGraph randomGraph(size_t n, size_t extraEdges, unsigned seed) {
    std::mt19937 rng(seed);
    std::set<std::pair<size_t, size_t>> unique;  // one edge per pair, as EntityGraph has
    for (size_t i = 1; i < n; ++i) unique.emplace(rng() % i, i);
    for (size_t k = 0; k < extraEdges && n > 1; ++k) {
        const size_t a = rng() % n, b = rng() % n;
        if (a != b) unique.emplace(std::min(a, b), std::max(a, b));
    }
    return makeGraph(n, {unique.begin(), unique.end()}, seed);
}

// A balanced tree with the given branching factor.
inline EntityGraph treeGraph(size_t n, size_t branching = 3) {
    std::vector<std::pair<size_t, size_t>> edges;
    for (size_t i = 1; i < n; ++i) edges.emplace_back((i - 1) / branching, i);
    return makeGraph(n, edges);
}

// Several components: a triangle, a path, a star and isolated nodes.
inline EntityGraph disconnectedGraph() {
    return makeGraph(14, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 6}, {7, 8}, {7, 9}, {7, 10}});
}

}  // namespace entgraph::testing
