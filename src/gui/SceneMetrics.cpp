// Node measures for the Entities and Statistics panels and for sizing, taken from the
// graph module (graph/Metrics.h), computed once per loaded graph on the loading worker;
// and the synthetic graphs the tests and the frame benchmark use.
#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <random>
#include <stack>

#include "graph/Metrics.h"
#include "gui/Scene.h"

namespace entgraph::gui {

namespace {
// Renumbers labels so the largest group gets 0, the next 1, ...; returns the count.
size_t renumberBySize(std::vector<uint32_t>& labels) {
    std::vector<size_t> size;
    for (uint32_t l : labels) {
        if (l >= size.size()) size.resize(l + 1, 0);
        ++size[l];
    }
    std::vector<uint32_t> order;
    for (uint32_t l = 0; l < size.size(); ++l)
        if (size[l]) order.push_back(l);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return size[a] > size[b]; });
    std::vector<uint32_t> rank(size.size(), 0);
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    for (auto& l : labels) l = rank[l];
    return order.size();
}
}  // namespace

NodeMetrics computeMetrics(const EntityGraph& graph, const std::vector<SceneEdge>&) {
    // The graph module's measures, so the panels agree with `entgraph stats` and exports.
    const GraphMetrics g = GraphMetrics::compute(graph);
    NodeMetrics m;
    const size_t n = graph.nodeCount();
    m.degree.resize(n);
    m.pageRank.resize(n);
    m.betweenness.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m.degree[i] = static_cast<uint32_t>(g.degree[i]);
        m.pageRank[i] = static_cast<float>(g.pageRank[i]);
        m.betweenness[i] = static_cast<float>(g.betweenness[i]);
    }
    m.betweennessSampled = g.betweennessApproximate;
    m.component = g.component;
    m.community = g.community;
    // Largest first, so community colours and "largest component" read naturally.
    m.componentCount = renumberBySize(m.component);
    m.communityCount = renumberBySize(m.community);
    return m;
}

// ------------------------------------------------------------------ synthetic graphs

std::pair<std::shared_ptr<EntityGraph>, std::vector<Point>> makeSyntheticGraph(size_t n,
                                                                               unsigned seed) {
    auto graph = std::make_shared<EntityGraph>();
    auto& g = graph->graph();
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    // Clusters of ~40 nodes on a square grid, nodes scattered around their centre.
    const size_t clusterSize = 40;
    const size_t clusters = std::max<size_t>(1, (n + clusterSize - 1) / clusterSize);
    const size_t side = static_cast<size_t>(std::ceil(std::sqrt(static_cast<double>(clusters))));
    const double spacing = 520.0;
    std::vector<Point> pos(n);
    for (size_t i = 0; i < n; ++i) {
        EntityProps p;
        p.name = "Entity " + std::to_string(i);
        p.type = kAllEntityTypes[i % kEntityTypeCount];
        // A few heavy hitters, most mentioned once or twice.
        const size_t mentions = 1 + static_cast<size_t>(std::pow(u(rng), 6.0) * 40.0);
        p.mentions.resize(mentions);
        boost::add_vertex(std::move(p), g);
        const size_t c = i / clusterSize;
        const double cx = (c % side) * spacing, cy = (c / side) * spacing;
        pos[i] = {cx + normal(rng) * 90.0, cy + normal(rng) * 90.0};
    }
    if (n < 2) return {graph, pos};
    const size_t edges = 2 * n;
    for (size_t k = 0; k < edges; ++k) {
        const size_t a = static_cast<size_t>(u(rng) * n) % n;
        size_t b;
        // Like a laid-out real graph: mostly inside the cluster, some links to a
        // neighbouring cluster, a few anywhere.
        const double kind = u(rng);
        size_t c = a / clusterSize;
        if (kind >= 0.85 && kind < 0.97) {
            const size_t cx = c % side, cy = c / side;
            const size_t nx = std::min(side - 1, (cx + (u(rng) < 0.5 ? side - 1 : 1)) % side);
            const size_t ny = std::min(side - 1, (cy + (u(rng) < 0.5 ? side - 1 : 1)) % side);
            c = std::min(clusters - 1, (u(rng) < 0.5 ? cy * side + nx : ny * side + cx));
        }
        if (kind < 0.97) {
            const size_t lo = c * clusterSize, hi = std::min(n, lo + clusterSize);
            b = lo + static_cast<size_t>(u(rng) * (hi - lo)) % (hi - lo);
        } else {
            b = static_cast<size_t>(u(rng) * n) % n;
        }
        if (a == b) continue;
        RelationProps r;
        r.weight = 1.0 + std::floor(std::pow(u(rng), 3.0) * 6.0);
        if (u(rng) < 0.5) {
            RelationEvidence ev;
            ev.label = "related to";
            ev.type = kAllRelationTypes[k % (kRelationTypeCount - 1)];
            ev.forward = u(rng) < 0.5;
            r.relations.push_back(ev);
        } else {
            r.cooccurrences.push_back(MentionRef{});
        }
        boost::add_edge(a, b, std::move(r), g);
    }
    return {graph, pos};
}

}  // namespace entgraph::gui
