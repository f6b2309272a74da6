// Layout seconds against node count per Graphviz engine, on connected random graphs with
// about two edges per node (a random spanning tree plus n extra edges), the density of
// filtered entity graphs.  The node counts stop where each engine's guard (maxNodes)
// does, so the whole run stays within a few minutes on 2 cores.
//
//   build/tests/bench/bench_layout_bench --benchmark_min_time=0.01
#include <benchmark/benchmark.h>

#include "../layout/TestGraphs.h"  // tests/layout: the contract tests' generators
#include "layout/LayoutEngine.h"

using namespace entgraph;

namespace {

void layoutBench(benchmark::State& state, const char* engineName, double edgesPerNode) {
    const size_t n = static_cast<size_t>(state.range(0));
    const EntityGraph g = testing::randomGraph(
        n, static_cast<size_t>(static_cast<double>(n) * (edgesPerNode - 1.0)), 17);
    const auto engine = makeLayoutEngine(engineName);
    const GraphAttributes styled = GraphAttributes::styled(g);
    for (auto _ : state) {
        GraphAttributes a = styled;
        engine->run(g, a, LayoutOptions{});
        benchmark::DoNotOptimize(a.position.data());
    }
    state.counters["nodes"] = static_cast<double>(g.nodeCount());
    state.counters["edges"] = static_cast<double>(g.edgeCount());
}

void styledBench(benchmark::State& state) {
    const EntityGraph g = testing::randomGraph(static_cast<size_t>(state.range(0)), 0, 5);
    for (auto _ : state) benchmark::DoNotOptimize(GraphAttributes::styled(g).width.data());
}

}  // namespace

#define ENGINE_BENCH(engine, density, ...)                                   \
    BENCHMARK_CAPTURE(layoutBench, engine##_##density, #engine, density##.0) \
        ->Unit(benchmark::kMillisecond)                                      \
        ->Iterations(1) __VA_ARGS__

ENGINE_BENCH(sfdp, 2, ->Arg(50)->Arg(200)->Arg(1000)->Arg(5000));
ENGINE_BENCH(neato, 2, ->Arg(50)->Arg(200)->Arg(1000));
ENGINE_BENCH(fdp, 2, ->Arg(50)->Arg(200)->Arg(1000));
ENGINE_BENCH(twopi, 2, ->Arg(50)->Arg(200)->Arg(1000));
ENGINE_BENCH(dot, 2, ->Arg(50)->Arg(200)->Arg(500));
ENGINE_BENCH(circo, 2, ->Arg(25)->Arg(50)->Arg(100));
ENGINE_BENCH(dot, 4, ->Arg(50)->Arg(100)->Arg(200));
ENGINE_BENCH(circo, 4, ->Arg(25)->Arg(50));
BENCHMARK(styledBench)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
