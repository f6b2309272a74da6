// The live force layout's cost per step (Barnes-Hut), which bounds how fast the
// explorer's layout settles: one step on 1k, 10k and 100k nodes with 2 edges per node.
// (Frame times of the whole explorer: `entgraph gui --bench-frames N --bench-nodes K`.)
#include <benchmark/benchmark.h>

#include <random>

#include "layout/ForceLayout.h"

namespace {

std::vector<entgraph::ForceEdge> randomEdges(uint32_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<uint32_t> pick(0, n - 1);
    std::vector<entgraph::ForceEdge> edges;
    for (uint32_t k = 0; k < 2 * n; ++k) edges.push_back({pick(rng), pick(rng), 1.0f});
    return edges;
}

void BM_ForceStep(benchmark::State& state) {
    const auto n = static_cast<uint32_t>(state.range(0));
    entgraph::ForceSimulation sim(n, randomEdges(n, 1));
    for (int i = 0; i < 5; ++i) sim.step();  // past the first chaotic steps
    for (auto _ : state) benchmark::DoNotOptimize(sim.step());
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ForceStep)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
