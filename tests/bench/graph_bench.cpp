// Graph metrics and building at the scale the issue asks for (100k entities, 200k edges).
// Run: build/bench_graph_bench (or scripts/run-benchmarks).
#include <benchmark/benchmark.h>

#include <random>
#include <set>

#include "graph/EntityGraph.h"
#include "graph/Metrics.h"

using namespace entgraph;

namespace {

// A random graph with a heavy-tailed degree distribution (preferential attachment), the
// shape entity graphs have: a few hubs (countries, leaders) and many leaves.
EntityGraph randomGraph(size_t n, size_t m, uint64_t seed) {
    std::mt19937_64 rng(seed);
    EntityGraph g;
    for (size_t i = 0; i < n; ++i) {
        EntityProps p;
        p.name = "entity " + std::to_string(i);
        boost::add_vertex(std::move(p), g.graph());
    }
    std::vector<size_t> ends;  // vertices repeated by degree
    std::set<std::pair<size_t, size_t>> seen;
    while (seen.size() < m) {
        size_t a = rng() % n;
        size_t b = ends.empty() || rng() % 2 ? rng() % n : ends[rng() % ends.size()];
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        if (!seen.emplace(a, b).second) continue;
        RelationProps r;
        r.weight = 1.0 + static_cast<double>(rng() % 4);
        boost::add_edge(a, b, std::move(r), g.graph());
        ends.push_back(a);
        ends.push_back(b);
    }
    return g;
}

const EntityGraph& bigGraph() {
    static const EntityGraph g = randomGraph(100000, 200000, 1);
    return g;
}

void BM_PageRank(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(pageRank(bigGraph()));
}
BENCHMARK(BM_PageRank)->Unit(benchmark::kMillisecond);

void BM_BetweennessSampled(benchmark::State& state) {
    MetricsOptions opt;  // defaults: 256 sampled sources above 4000 vertices
    for (auto _ : state) benchmark::DoNotOptimize(betweenness(bigGraph(), opt));
}
BENCHMARK(BM_BetweennessSampled)->Unit(benchmark::kMillisecond);

void BM_BetweennessExact4k(benchmark::State& state) {
    static const EntityGraph g = randomGraph(4000, 8000, 2);
    for (auto _ : state) benchmark::DoNotOptimize(betweenness(g));
}
BENCHMARK(BM_BetweennessExact4k)->Unit(benchmark::kMillisecond);

void BM_Louvain(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(louvainCommunities(bigGraph()));
}
BENCHMARK(BM_Louvain)->Unit(benchmark::kMillisecond);

void BM_Components(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(connectedComponents(bigGraph()));
}
BENCHMARK(BM_Components)->Unit(benchmark::kMillisecond);

void BM_AllMetrics(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(GraphMetrics::compute(bigGraph()));
}
BENCHMARK(BM_AllMetrics)->Unit(benchmark::kMillisecond);

void BM_FilterTop1000(benchmark::State& state) {
    GraphFilter filter;
    filter.topN = 1000;
    for (auto _ : state) benchmark::DoNotOptimize(bigGraph().filtered(filter));
}
BENCHMARK(BM_FilterTop1000)->Unit(benchmark::kMillisecond);

// Building from extractions: 20k articles, 10 entities each drawn from a 50k-name pool,
// 15 mentions in 5 sentences and 3 relations per article.
void BM_BuildFromExtractions(benchmark::State& state) {
    std::mt19937_64 rng(3);
    std::vector<Article> articles;
    std::vector<ArticleExtraction> extractions;
    for (size_t a = 0; a < 20000; ++a) {
        Article art;
        art.id = "a" + std::to_string(a);
        art.text = std::string(500, 'x');
        ArticleExtraction ex;
        for (size_t e = 0; e < 10; ++e) {
            const size_t id = rng() % 50000;
            ex.entities.push_back(
                {"Name" + std::to_string(id) + " Family" + std::to_string(id % 977),
                 EntityType::Person,
                 {"Family" + std::to_string(id % 977)}});
        }
        for (size_t m = 0; m < 15; ++m) {
            const size_t s = m % 5;
            ex.mentions.push_back(
                {rng() % 10, {s * 100 + m, s * 100 + m + 5}, "xxxxx", {s * 100, s * 100 + 99}});
        }
        for (size_t r = 0; r < 3; ++r)
            ex.relations.push_back(
                {rng() % 10, rng() % 10, "met", RelationType::Diplomatic, {0, 99}, {}, {}, false});
        articles.push_back(std::move(art));
        extractions.push_back(std::move(ex));
    }
    for (auto _ : state) {
        EntityGraph g = EntityGraph::build(articles, extractions);
        benchmark::DoNotOptimize(g.nodeCount());
    }
}
BENCHMARK(BM_BuildFromExtractions)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
