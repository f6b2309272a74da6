// Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre 2008) and
// modularity; declared in graph/Metrics.h.
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

#include "graph/Metrics.h"

namespace entgraph {

namespace {

// A weighted undirected graph on 0..n-1: each edge appears in both adjacency lists;
// self-loop weight kept apart (an aggregated community's internal weight).
struct WeightedGraph {
    std::vector<std::vector<std::pair<uint32_t, double>>> adj;
    std::vector<double> self;
    size_t size() const { return adj.size(); }
};

WeightedGraph fromEntityGraph(const EntityGraph& graph) {
    const auto& g = graph.graph();
    WeightedGraph w;
    w.adj.resize(graph.nodeCount());
    w.self.assign(graph.nodeCount(), 0.0);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto a = static_cast<uint32_t>(boost::source(*it, g));
        const auto b = static_cast<uint32_t>(boost::target(*it, g));
        const double weight = g[*it].weight;
        if (a == b || !(weight > 0.0)) continue;  // weight-0 edges (negated only) carry no tie
        w.adj[a].emplace_back(b, weight);
        w.adj[b].emplace_back(a, weight);
    }
    for (auto& list : w.adj) std::sort(list.begin(), list.end());
    return w;
}

// Renumbers labels in order of first appearance; returns the number of labels.
uint32_t renumber(std::vector<uint32_t>& labels) {
    std::vector<uint32_t> map(labels.size() + 1, std::numeric_limits<uint32_t>::max());
    uint32_t next = 0;
    for (auto& l : labels) {
        if (map[l] == std::numeric_limits<uint32_t>::max()) map[l] = next++;
        l = map[l];
    }
    return next;
}

// One Louvain level: local moves until no vertex improves.  Returns whether any moved.
bool moveVertices(const WeightedGraph& g, std::vector<uint32_t>& comm) {
    const size_t n = g.size();
    std::vector<double> k(n, 0.0);
    double m2 = 0.0;
    for (size_t i = 0; i < n; ++i) {
        k[i] = 2.0 * g.self[i];
        for (auto [j, w] : g.adj[i]) k[i] += w;
        m2 += k[i];
    }
    comm.resize(n);
    std::iota(comm.begin(), comm.end(), 0u);
    if (m2 <= 0.0) return false;
    std::vector<double> tot = k;
    std::vector<double> linkTo(n, 0.0);
    std::vector<uint32_t> touched;
    bool anyMove = false;
    constexpr double kEpsilon = 1e-12;
    for (int pass = 0; pass < 1000; ++pass) {
        bool moved = false;
        for (size_t i = 0; i < n; ++i) {
            touched.clear();
            for (auto [j, w] : g.adj[i]) {
                const uint32_t c = comm[j];
                if (linkTo[c] == 0.0) touched.push_back(c);
                linkTo[c] += w;
            }
            const uint32_t own = comm[i];
            tot[own] -= k[i];
            uint32_t best = own;
            double bestGain = linkTo[own] - tot[own] * k[i] / m2;
            for (uint32_t c : touched) {
                const double gain = linkTo[c] - tot[c] * k[i] / m2;
                if (gain > bestGain + kEpsilon) {
                    best = c;
                    bestGain = gain;
                }
            }
            tot[best] += k[i];
            comm[i] = best;
            if (best != own) moved = anyMove = true;
            for (uint32_t c : touched) linkTo[c] = 0.0;
        }
        if (!moved) break;
    }
    return anyMove;
}

WeightedGraph aggregate(const WeightedGraph& g, const std::vector<uint32_t>& comm, uint32_t count) {
    std::vector<std::map<uint32_t, double>> links(count);
    WeightedGraph out;
    out.self.assign(count, 0.0);
    for (size_t i = 0; i < g.size(); ++i) {
        out.self[comm[i]] += g.self[i];
        for (auto [j, w] : g.adj[i]) {
            if (j < i) continue;  // each undirected edge once
            if (comm[i] == comm[j]) {
                out.self[comm[i]] += w;
            } else {
                links[comm[i]][comm[j]] += w;
                links[comm[j]][comm[i]] += w;
            }
        }
    }
    out.adj.resize(count);
    for (uint32_t c = 0; c < count; ++c) out.adj[c].assign(links[c].begin(), links[c].end());
    return out;
}

}  // namespace

std::vector<uint32_t> louvainCommunities(const EntityGraph& graph, size_t* count,
                                         double* modularityOut) {
    const size_t n = graph.nodeCount();
    std::vector<uint32_t> membership(n);
    std::iota(membership.begin(), membership.end(), 0u);
    WeightedGraph level = fromEntityGraph(graph);
    while (true) {
        std::vector<uint32_t> comm;
        if (!moveVertices(level, comm)) break;
        const uint32_t levels = renumber(comm);
        for (auto& m : membership) m = comm[m];
        level = aggregate(level, comm, levels);
    }
    const uint32_t communities = renumber(membership);  // by lowest vertex
    if (count) *count = communities;
    if (modularityOut) *modularityOut = modularity(graph, membership);
    return membership;
}

double modularity(const EntityGraph& graph, const std::vector<uint32_t>& community) {
    const auto& g = graph.graph();
    const size_t n = graph.nodeCount();
    if (community.size() != n || n == 0) return 0.0;
    const uint32_t groups = *std::max_element(community.begin(), community.end()) + 1;
    std::vector<double> inside(groups, 0.0), total(groups, 0.0);
    double m2 = 0.0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Vertex a = boost::source(*it, g), b = boost::target(*it, g);
        const double w = g[*it].weight;
        if (a == b || !(w > 0.0)) continue;
        m2 += 2.0 * w;
        total[community[a]] += w;
        total[community[b]] += w;
        if (community[a] == community[b]) inside[community[a]] += 2.0 * w;
    }
    if (m2 <= 0.0) return 0.0;
    double q = 0.0;
    for (uint32_t c = 0; c < groups; ++c) q += inside[c] / m2 - (total[c] / m2) * (total[c] / m2);
    return q;
}

}  // namespace entgraph
