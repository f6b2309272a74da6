#include <gtest/gtest.h>

#include <boost/graph/betweenness_centrality.hpp>
#include <numeric>
#include <random>

#include "GraphFixtures.h"
#include "graph/Metrics.h"

using namespace entgraph;
using entgraph::testing::clique;
using entgraph::testing::makeGraph;

namespace {
EntityGraph pathGraph(size_t n) {
    std::vector<std::tuple<size_t, size_t, double>> edges;
    for (size_t i = 0; i + 1 < n; ++i) edges.emplace_back(i, i + 1, 1.0);
    return makeGraph(n, edges);
}
EntityGraph randomGraph(size_t n, size_t m, unsigned seed) {
    std::mt19937 rng(seed);
    std::set<std::pair<size_t, size_t>> seen;
    std::vector<std::tuple<size_t, size_t, double>> edges;
    while (edges.size() < m) {
        size_t a = rng() % n, b = rng() % n;
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        if (!seen.emplace(a, b).second) continue;
        edges.emplace_back(a, b, 1.0 + rng() % 5);
    }
    return makeGraph(n, edges);
}
}  // namespace

TEST(Metrics, DegreeAndWeightedDegree) {
    const EntityGraph g = makeGraph(4, {{0, 1, 2.0}, {0, 2, 3.0}, {0, 3, 0.5}, {1, 2, 1.0}});
    const GraphMetrics m = GraphMetrics::compute(g);
    EXPECT_EQ(m.degree, (std::vector<size_t>{3, 2, 2, 1}));
    EXPECT_EQ(m.weightedDegree, (std::vector<double>{5.5, 3.0, 4.0, 0.5}));
}

TEST(Metrics, PathGraphBetweenness) {
    const GraphMetrics m = GraphMetrics::compute(pathGraph(5));
    // Vertex 2 lies on the paths 0-3, 0-4, 1-3, 1-4; vertex 1 on 0-2, 0-3, 0-4.
    EXPECT_EQ(m.betweenness, (std::vector<double>{0, 3, 4, 3, 0}));
    EXPECT_FALSE(m.betweennessApproximate);
    EXPECT_EQ(m.betweennessSources, 5u);
}

TEST(Metrics, BetweennessSplitsOverEqualPaths) {
    // A 4-cycle: each vertex is on half of the two shortest paths between its neighbours.
    const EntityGraph g = makeGraph(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 3, 1}});
    for (double b : betweenness(g)) EXPECT_DOUBLE_EQ(b, 0.5);
}

TEST(Metrics, BetweennessMatchesBoostOnRandomGraph) {
    // 300 x 1800 arcs: large enough to run on several threads.
    const EntityGraph g = randomGraph(300, 900, 7);
    const std::vector<double> ours = betweenness(g);
    std::vector<double> theirs(g.nodeCount(), 0.0);
    boost::brandes_betweenness_centrality(
        g.graph(), boost::centrality_map(boost::make_iterator_property_map(
                       theirs.begin(), boost::get(boost::vertex_index, g.graph()))));
    // Boost also counts each unordered pair once on undirected graphs.
    for (size_t v = 0; v < g.nodeCount(); ++v) EXPECT_NEAR(ours[v], theirs[v], 1e-9) << v;
}

TEST(Metrics, SampledBetweennessIsDeterministicAndApproximate) {
    const EntityGraph g = randomGraph(400, 1200, 3);
    MetricsOptions opt;
    opt.exactBetweennessLimit = 100;
    opt.betweennessSamples = 100;
    bool approx = false;
    size_t sources = 0;
    const auto a = betweenness(g, opt, &approx, &sources);
    const auto b = betweenness(g, opt);
    EXPECT_TRUE(approx);
    EXPECT_EQ(sources, 100u);
    EXPECT_EQ(a, b);
    const auto exact = betweenness(g);
    // The estimate is unbiased; on this graph the totals agree within 15%.
    const double sa = std::accumulate(a.begin(), a.end(), 0.0);
    const double se = std::accumulate(exact.begin(), exact.end(), 0.0);
    EXPECT_NEAR(sa / se, 1.0, 0.15);
    opt.seed = 99;
    EXPECT_NE(betweenness(g, opt), a);
}

TEST(Metrics, StarPageRankCenterFirstLeavesEqual) {
    const EntityGraph g = makeGraph(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}});
    const auto pr = pageRank(g);
    // Closed form for a star with k leaves: center = (1 + d k) / (n (1 + d)).
    EXPECT_NEAR(pr[0], (1 + 0.85 * 4) / (5 * 1.85), 1e-8);
    for (size_t v = 2; v < 5; ++v) EXPECT_NEAR(pr[v], pr[1], 1e-12);
    EXPECT_GT(pr[0], pr[1]);
    EXPECT_NEAR(std::accumulate(pr.begin(), pr.end(), 0.0), 1.0, 1e-9);
}

TEST(Metrics, PageRankFollowsWeights) {
    const EntityGraph g = makeGraph(4, {{0, 1, 10}, {1, 2, 1}}, EntityType::Location);
    const auto pr = pageRank(g);
    EXPECT_GT(pr[0], pr[2]);
    EXPECT_GT(pr[1], pr[0]);
    // The isolated vertex gets only teleport mass, and the total stays 1.
    EXPECT_LT(pr[3], pr[2]);
    EXPECT_NEAR(std::accumulate(pr.begin(), pr.end(), 0.0), 1.0, 1e-9);
    EXPECT_TRUE(pageRank(EntityGraph{}).empty());
}

TEST(Metrics, ConnectedComponentsNumberedByLowestVertex) {
    const EntityGraph g = makeGraph(6, {{3, 4, 1}, {0, 5, 1}, {4, 1, 1}});
    size_t count = 0;
    const auto comp = connectedComponents(g, &count);
    EXPECT_EQ(count, 3u);
    EXPECT_EQ(comp, (std::vector<uint32_t>{0, 1, 2, 1, 1, 0}));
}

TEST(Metrics, TwoCliquesJoinedByOneEdgeAreTwoCommunities) {
    auto edges = clique(0, 4);
    const auto second = clique(4, 4);
    edges.insert(edges.end(), second.begin(), second.end());
    edges.emplace_back(3, 4, 1.0);
    const EntityGraph g = makeGraph(8, edges);
    const GraphMetrics m = GraphMetrics::compute(g);
    EXPECT_EQ(m.communityCount, 2u);
    EXPECT_EQ(m.community, (std::vector<uint32_t>{0, 0, 0, 0, 1, 1, 1, 1}));
    // 13 edges; each side: 6 internal edges, degree total 13.
    EXPECT_NEAR(m.modularity, 2 * (12.0 / 26 - 0.25), 1e-12);
    EXPECT_EQ(m.componentCount, 1u);
}

TEST(Metrics, RingOfCliquesFindsEveryClique) {
    std::vector<std::tuple<size_t, size_t, double>> edges;
    const size_t k = 6, size = 5;
    for (size_t c = 0; c < k; ++c) {
        const auto q = clique(c * size, size);
        edges.insert(edges.end(), q.begin(), q.end());
        edges.emplace_back(c * size, ((c + 1) % k) * size + 1, 1.0);
    }
    edges.emplace_back(0, 0, 1.0);                   // ignored: not a pair
    EntityGraph g = makeGraph(k * size + 2, edges);  // plus two isolated vertices
    size_t count = 0;
    double q = 0;
    const auto comm = louvainCommunities(g, &count, &q);
    EXPECT_EQ(count, k + 2);
    for (size_t v = 0; v < k * size; ++v) EXPECT_EQ(comm[v], v / size) << v;
    EXPECT_EQ(comm[k * size], k);
    EXPECT_EQ(comm[k * size + 1], k + 1);
    EXPECT_GT(q, 0.6);
    EXPECT_EQ(louvainCommunities(g), comm);  // deterministic
}

TEST(Metrics, ShortestPathByHopsAndByStrength) {
    // 0-2 is direct but weak; 0-1-2 is long but strong.
    const EntityGraph g = makeGraph(5, {{0, 2, 1}, {0, 1, 10}, {1, 2, 10}, {2, 3, 1}});
    auto hops = shortestPath(g, 0, 3);
    ASSERT_TRUE(hops);
    EXPECT_EQ(hops->vertices, (std::vector<Vertex>{0, 2, 3}));
    EXPECT_EQ(hops->length, 2.0);
    ASSERT_EQ(hops->edges.size(), 2u);
    EXPECT_EQ(g.graph()[hops->edges[0]].weight, 1.0);

    auto strong = shortestPath(g, 0, 3, PathWeighting::InverseWeight);
    ASSERT_TRUE(strong);
    EXPECT_EQ(strong->vertices, (std::vector<Vertex>{0, 1, 2, 3}));
    EXPECT_NEAR(strong->length, 0.1 + 0.1 + 1.0, 1e-12);
    for (size_t i = 0; i < strong->edges.size(); ++i) {
        const Edge e = strong->edges[i];
        const Vertex a = boost::source(e, g.graph()), b = boost::target(e, g.graph());
        EXPECT_EQ(std::min(a, b), std::min(strong->vertices[i], strong->vertices[i + 1]));
        EXPECT_EQ(std::max(a, b), std::max(strong->vertices[i], strong->vertices[i + 1]));
    }

    EXPECT_FALSE(shortestPath(g, 0, 4));  // isolated
    EXPECT_FALSE(shortestPath(g, 0, 99));
    auto self = shortestPath(g, 3, 3);
    ASSERT_TRUE(self);
    EXPECT_EQ(self->vertices, std::vector<Vertex>{3});
    EXPECT_TRUE(self->edges.empty());
}

TEST(Metrics, TopVerticesBestFirstTiesByIndex) {
    EXPECT_EQ(topVertices({1, 5, 5, 0, 7}, 3), (std::vector<Vertex>{4, 1, 2}));
    EXPECT_EQ(topVertices({1, 2}, 10), (std::vector<Vertex>{1, 0}));
}

TEST(Metrics, EmptyGraph) {
    const GraphMetrics m = GraphMetrics::compute(EntityGraph{});
    EXPECT_EQ(m.componentCount, 0u);
    EXPECT_EQ(m.communityCount, 0u);
    EXPECT_TRUE(m.pageRank.empty());
}

TEST(Metrics, LouvainRecoversPlantedPartition) {
    // 8 groups of 40: each pair inside a group linked with p=0.3, across groups p=0.005.
    std::mt19937 rng(11);
    const size_t groups = 8, size = 40, n = groups * size;
    std::vector<std::tuple<size_t, size_t, double>> edges;
    for (size_t a = 0; a < n; ++a)
        for (size_t b = a + 1; b < n; ++b) {
            const bool same = a / size == b / size;
            if (rng() % 1000 < (same ? 300u : 5u)) edges.emplace_back(a, b, 1.0);
        }
    const EntityGraph g = makeGraph(n, edges);
    size_t count = 0;
    double q = 0;
    const auto comm = louvainCommunities(g, &count, &q);
    EXPECT_EQ(count, groups);
    // Every planted group sits in a single community of its own.
    std::set<uint32_t> used;
    for (size_t grp = 0; grp < groups; ++grp) {
        for (size_t v = grp * size; v < (grp + 1) * size; ++v)
            EXPECT_EQ(comm[v], comm[grp * size]) << v;
        used.insert(comm[grp * size]);
    }
    EXPECT_EQ(used.size(), groups);
    EXPECT_NEAR(q, modularity(g, comm), 1e-12);
    EXPECT_GT(q, 0.7);
}
