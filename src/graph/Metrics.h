#pragma once
// Graph measures computed once per graph into GraphMetrics, which the GUI panels, the
// exports and `entgraph stats` read (indexed by vertex index).
//
// Definitions (all deterministic: same graph, same options -> same numbers):
//  - degree: number of distinct neighbours (edges are merged per pair, no self-loops).
//  - weighted degree: sum of incident edge weights (RelationProps::weight).
//  - betweenness: Brandes on hop counts (unweighted), undirected, each unordered pair
//    counted once, not normalised (the middle of a 3-vertex path scores 1).  Exact up to
//    MetricsOptions::exactBetweennessLimit vertices; above it, approximate: Brandes from
//    `betweennessSamples` source vertices drawn with a fixed seed, scaled by n/k
//    (Brandes & Pich 2007).  GraphMetrics::betweennessApproximate says which.
//  - PageRank: undirected random walk following edges in proportion to their weight,
//    damping 0.85, vertices without positive-weight edges teleport uniformly; power
//    iteration in vertex order until the L1 change < tolerance; sums to 1.
//  - components: connected components, numbered by their lowest vertex.
//  - communities: Louvain modularity optimisation (Blondel et al. 2008) on edge weights,
//    vertices visited in index order, a move only on a strict gain; numbered by their
//    lowest vertex.  Isolated vertices are their own community.
// Cost: degree/PageRank/components/Louvain are near-linear; exact betweenness is O(VE).
// Thread safety: pure functions of a const graph.  betweenness() runs its sources on up
// to hardware_concurrency threads (results do not depend on the thread count).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/EntityGraph.h"

namespace entgraph {

struct MetricsOptions {
    size_t exactBetweennessLimit = 4000;  // vertices; above it betweenness is sampled
    size_t betweennessSamples = 256;
    uint64_t seed = 0x5eed;
    double damping = 0.85;
    size_t pageRankMaxIterations = 200;
    double pageRankTolerance = 1e-10;
};

struct GraphMetrics {
    std::vector<size_t> degree;
    std::vector<double> weightedDegree;
    std::vector<double> betweenness;
    bool betweennessApproximate = false;
    size_t betweennessSources = 0;  // sources used (n when exact)
    std::vector<double> pageRank;
    std::vector<uint32_t> component;
    size_t componentCount = 0;
    std::vector<uint32_t> community;
    size_t communityCount = 0;
    double modularity = 0.0;  // of `community` on the weighted graph

    static GraphMetrics compute(const EntityGraph& graph, const MetricsOptions& options = {});
};

// The single measures, for callers that need only one (filtered() uses pageRank).
std::vector<double> pageRank(const EntityGraph& graph, const MetricsOptions& options = {});
std::vector<double> betweenness(const EntityGraph& graph, const MetricsOptions& options = {},
                                bool* approximate = nullptr, size_t* sources = nullptr);
std::vector<uint32_t> connectedComponents(const EntityGraph& graph, size_t* count = nullptr);
std::vector<uint32_t> louvainCommunities(const EntityGraph& graph, size_t* count = nullptr,
                                         double* modularity = nullptr);
// Newman modularity of a partition on the weighted graph (0 for a graph without weight).
double modularity(const EntityGraph& graph, const std::vector<uint32_t>& community);

// The vertex indices with the highest values, best first (ties: lower index first).
std::vector<Vertex> topVertices(const std::vector<double>& values, size_t n);

enum class PathWeighting {
    Hops,           // fewest edges (every edge counts, negated-only ones included)
    InverseWeight,  // least sum of 1/weight: strong links are short; weight-0 edges unused
};

// A path from the first to the last vertex; edges[i] joins vertices[i] and vertices[i+1],
// so the GUI can list each hop's evidence (graph()[edges[i]]).
struct GraphPath {
    std::vector<Vertex> vertices;
    std::vector<Edge> edges;
    double length = 0.0;  // hops, or sum of 1/weight
};

// nullopt when `to` cannot be reached or a vertex is out of range; from == to gives a
// one-vertex path.  Ties are broken deterministically (lower vertex index first).
std::optional<GraphPath> shortestPath(const EntityGraph& graph, Vertex from, Vertex to,
                                      PathWeighting weighting = PathWeighting::Hops);

}  // namespace entgraph
