#include "graph/Metrics.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <random>
#include <thread>

namespace entgraph {

namespace {

// Compressed adjacency (both directions, neighbours ascending) built once per measure:
// far faster to walk than the adjacency_list for the O(VE) betweenness.
struct Csr {
    std::vector<size_t> offset;  // size n+1
    std::vector<uint32_t> neighbour;
    std::vector<double> weight;
    size_t n = 0;

    explicit Csr(const EntityGraph& graph) : n(graph.nodeCount()) {
        const auto& g = graph.graph();
        std::vector<std::vector<std::pair<uint32_t, double>>> adj(n);
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const auto a = static_cast<uint32_t>(boost::source(*it, g));
            const auto b = static_cast<uint32_t>(boost::target(*it, g));
            if (a == b) continue;
            const double w = std::max(0.0, g[*it].weight);
            adj[a].emplace_back(b, w);
            adj[b].emplace_back(a, w);
        }
        offset.assign(n + 1, 0);
        for (size_t v = 0; v < n; ++v) {
            std::sort(adj[v].begin(), adj[v].end());
            offset[v + 1] = offset[v] + adj[v].size();
        }
        neighbour.reserve(offset[n]);
        weight.reserve(offset[n]);
        for (auto& list : adj)
            for (auto [u, w] : list) {
                neighbour.push_back(u);
                weight.push_back(w);
            }
    }
};

}  // namespace

// ---------------------------------------------------------------- PageRank

std::vector<double> pageRank(const EntityGraph& graph, const MetricsOptions& options) {
    const Csr csr(graph);
    const size_t n = csr.n;
    if (n == 0) return {};
    std::vector<double> strength(n, 0.0);
    for (size_t v = 0; v < n; ++v)
        for (size_t i = csr.offset[v]; i < csr.offset[v + 1]; ++i) strength[v] += csr.weight[i];
    const double d = options.damping;
    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    for (size_t iter = 0; iter < options.pageRankMaxIterations; ++iter) {
        double dangling = 0.0;
        for (size_t v = 0; v < n; ++v)
            if (strength[v] <= 0.0) dangling += rank[v];
        const double base = (1.0 - d + d * dangling) / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (size_t u = 0; u < n; ++u) {
            if (strength[u] <= 0.0) continue;
            const double share = d * rank[u] / strength[u];
            for (size_t i = csr.offset[u]; i < csr.offset[u + 1]; ++i)
                next[csr.neighbour[i]] += share * csr.weight[i];
        }
        double change = 0.0;
        for (size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
        rank.swap(next);
        if (change < options.pageRankTolerance) break;
    }
    return rank;
}

// ---------------------------------------------------------------- betweenness

std::vector<double> betweenness(const EntityGraph& graph, const MetricsOptions& options,
                                bool* approximate, size_t* sourcesUsed) {
    const Csr csr(graph);
    const size_t n = csr.n;
    std::vector<double> result(n, 0.0);

    std::vector<uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    const bool sampled = n > options.exactBetweennessLimit && options.betweennessSamples < n;
    if (sampled) {
        // Partial Fisher-Yates with our own modulo so the draw does not depend on the
        // standard library's distribution implementation.
        std::mt19937_64 rng(options.seed);
        const size_t k = std::max<size_t>(1, options.betweennessSamples);
        for (size_t i = 0; i < k; ++i) std::swap(sources[i], sources[i + rng() % (n - i)]);
        sources.resize(k);
        std::sort(sources.begin(), sources.end());
    }
    if (approximate) *approximate = sampled;
    if (sourcesUsed) *sourcesUsed = sources.size();

    // Brandes (2001), unweighted.  Sources are cut into a fixed number of chunks, each
    // summed on its own and the chunks added in order: the same numbers whatever the
    // number of threads that ran them.
    auto accumulate = [&csr, n](const uint32_t* first, const uint32_t* last,
                                std::vector<double>& out) {
        out.assign(n, 0.0);
        std::vector<int64_t> dist(n, -1);
        std::vector<double> sigma(n, 0.0), delta(n, 0.0);
        std::vector<uint32_t> order;
        order.reserve(n);
        for (const uint32_t* it = first; it != last; ++it) {
            const uint32_t s = *it;
            order.clear();
            dist[s] = 0;
            sigma[s] = 1.0;
            order.push_back(s);
            for (size_t head = 0; head < order.size(); ++head) {  // `order` is the BFS queue
                const uint32_t v = order[head];
                for (size_t i = csr.offset[v]; i < csr.offset[v + 1]; ++i) {
                    const uint32_t w = csr.neighbour[i];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        order.push_back(w);
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            for (size_t idx = order.size(); idx-- > 0;) {
                const uint32_t w = order[idx];
                for (size_t i = csr.offset[w]; i < csr.offset[w + 1]; ++i) {
                    const uint32_t v = csr.neighbour[i];
                    if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if (w != s) out[w] += delta[w];
            }
            for (uint32_t v : order) {
                dist[v] = -1;
                sigma[v] = 0.0;
                delta[v] = 0.0;
            }
        }
    };
    constexpr size_t kChunks = 16;
    const size_t chunks = std::min(kChunks, sources.size());
    std::vector<std::vector<double>> partial(chunks);
    auto chunkRange = [&](size_t c) {
        const size_t begin = sources.size() * c / chunks, end = sources.size() * (c + 1) / chunks;
        return std::pair{sources.data() + begin, sources.data() + end};
    };
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, chunks);
    if (threads <= 1 ||
        static_cast<double>(sources.size()) * static_cast<double>(csr.offset[n]) < 2e5) {
        for (size_t c = 0; c < chunks; ++c) {
            auto [first, last] = chunkRange(c);
            accumulate(first, last, partial[c]);
        }
    } else {
        std::atomic<size_t> next{0};
        std::vector<std::thread> pool;
        for (size_t t = 0; t < threads; ++t)
            pool.emplace_back([&] {
                for (size_t c; (c = next.fetch_add(1)) < chunks;) {
                    auto [first, last] = chunkRange(c);
                    accumulate(first, last, partial[c]);
                }
            });
        for (auto& th : pool) th.join();
    }
    for (const auto& p : partial)
        for (size_t v = 0; v < n; ++v) result[v] += p[v];
    // Each unordered pair was seen from both ends; a sample stands for n/k of the sources.
    const double scale =
        0.5 *
        (sources.empty() ? 0.0 : static_cast<double>(n) / static_cast<double>(sources.size()));
    for (double& b : result) b *= scale;
    return result;
}

// ---------------------------------------------------------------- components

std::vector<uint32_t> connectedComponents(const EntityGraph& graph, size_t* count) {
    const Csr csr(graph);
    constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
    std::vector<uint32_t> comp(csr.n, kNone);
    std::vector<uint32_t> queue;
    uint32_t next = 0;
    for (uint32_t s = 0; s < csr.n; ++s) {
        if (comp[s] != kNone) continue;
        comp[s] = next;
        queue.assign(1, s);
        for (size_t head = 0; head < queue.size(); ++head) {
            const uint32_t v = queue[head];
            for (size_t i = csr.offset[v]; i < csr.offset[v + 1]; ++i) {
                const uint32_t w = csr.neighbour[i];
                if (comp[w] == kNone) {
                    comp[w] = next;
                    queue.push_back(w);
                }
            }
        }
        ++next;
    }
    if (count) *count = next;
    return comp;
}

// ---------------------------------------------------------------- the whole set

GraphMetrics GraphMetrics::compute(const EntityGraph& graph, const MetricsOptions& options) {
    GraphMetrics m;
    const auto& g = graph.graph();
    const size_t n = graph.nodeCount();
    m.degree.assign(n, 0);
    m.weightedDegree.assign(n, 0.0);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Vertex a = boost::source(*it, g), b = boost::target(*it, g);
        if (a == b) continue;
        ++m.degree[a];
        ++m.degree[b];
        m.weightedDegree[a] += g[*it].weight;
        m.weightedDegree[b] += g[*it].weight;
    }
    m.betweenness =
        entgraph::betweenness(graph, options, &m.betweennessApproximate, &m.betweennessSources);
    m.pageRank = entgraph::pageRank(graph, options);
    m.component = connectedComponents(graph, &m.componentCount);
    m.community = louvainCommunities(graph, &m.communityCount, &m.modularity);
    return m;
}

std::vector<Vertex> topVertices(const std::vector<double>& values, size_t n) {
    std::vector<Vertex> order(values.size());
    std::iota(order.begin(), order.end(), Vertex{0});
    n = std::min(n, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(n), order.end(),
                      [&](Vertex a, Vertex b) {
                          if (values[a] != values[b]) return values[a] > values[b];
                          return a < b;
                      });
    order.resize(n);
    return order;
}

// ---------------------------------------------------------------- shortest path

std::optional<GraphPath> shortestPath(const EntityGraph& graph, Vertex from, Vertex to,
                                      PathWeighting weighting) {
    const size_t n = graph.nodeCount();
    if (from >= n || to >= n) return std::nullopt;
    const Csr csr(graph);
    constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
    std::vector<uint32_t> parent(n, kNone);
    std::vector<double> dist(n, std::numeric_limits<double>::infinity());
    dist[from] = 0.0;
    if (weighting == PathWeighting::Hops) {
        std::vector<uint32_t> queue{static_cast<uint32_t>(from)};
        for (size_t head = 0; head < queue.size() && std::isinf(dist[to]); ++head) {
            const uint32_t v = queue[head];
            for (size_t i = csr.offset[v]; i < csr.offset[v + 1]; ++i) {
                const uint32_t w = csr.neighbour[i];
                if (!std::isinf(dist[w])) continue;
                dist[w] = dist[v] + 1.0;
                parent[w] = v;
                queue.push_back(w);
            }
        }
    } else {
        using Item = std::pair<double, uint32_t>;  // (distance, vertex): ties by lower index
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
        heap.emplace(0.0, static_cast<uint32_t>(from));
        while (!heap.empty()) {
            const auto [d, v] = heap.top();
            heap.pop();
            if (d > dist[v]) continue;
            if (v == to) break;
            for (size_t i = csr.offset[v]; i < csr.offset[v + 1]; ++i) {
                if (csr.weight[i] <= 0.0) continue;
                const uint32_t w = csr.neighbour[i];
                const double nd = d + 1.0 / csr.weight[i];
                if (nd < dist[w]) {
                    dist[w] = nd;
                    parent[w] = v;
                    heap.emplace(nd, w);
                }
            }
        }
    }
    if (std::isinf(dist[to])) return std::nullopt;
    GraphPath path;
    path.length = dist[to];
    for (Vertex v = to;; v = parent[v]) {
        path.vertices.push_back(v);
        if (v == from) break;
    }
    std::reverse(path.vertices.begin(), path.vertices.end());
    for (size_t i = 0; i + 1 < path.vertices.size(); ++i)
        path.edges.push_back(*graph.findEdge(path.vertices[i], path.vertices[i + 1]));
    return path;
}

}  // namespace entgraph
