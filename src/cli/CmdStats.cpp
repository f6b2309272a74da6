// `entgraph stats PATH... | -w WS [--json] [--top N]`: counts and the most central
// entities of the graph built from the inputs.  The summary itself is graph/GraphStats.h.
#include <cstdio>
#include <memory>

#include "cli/Commands.h"
#include "cli/GraphInput.h"
#include "graph/GraphStats.h"
#include "graph/Metrics.h"

namespace entgraph::cli {

namespace {
struct StatsOptions {
    GraphInputOptions input;
    bool json = false;
    size_t top = 10;
};
}  // namespace

void addStatsCommand(CLI::App& app, int& exitCode) {
    auto opts = std::make_shared<StatsOptions>();
    auto* cmd = app.add_subcommand(
        "stats",
        "Print counts (articles, entities, mentions, relations, edges, components, "
        "communities) and the top entities by degree, weighted degree, betweenness, "
        "PageRank and mentions");
    cmd->add_option("paths", opts->input.paths, "Article files or folders (- for stdin)");
    cmd->add_option("-w,--workspace", opts->input.workspace, "Read the graph of a workspace");
    cmd->add_flag("--json", opts->json, "Print one JSON object instead of text");
    cmd->add_option("--top", opts->top, "How many entities to list per measure (default 10)")
        ->check(CLI::Range(0, 100000));
    cmd->final_callback([opts, &exitCode] {
        if (opts->input.paths.empty() && opts->input.workspace.empty()) {
            std::fprintf(stderr, "entgraph stats: give article paths or -w WORKSPACE\n");
            exitCode = 2;
            return;
        }
        if (!opts->input.paths.empty() && !opts->input.workspace.empty()) {
            std::fprintf(stderr, "entgraph stats: give article paths or -w WORKSPACE, not both\n");
            exitCode = 2;
            return;
        }
        auto graph = loadGraph(opts->input, exitCode);
        if (!graph) return;
        const GraphMetrics metrics = GraphMetrics::compute(*graph);
        if (opts->json) {
            const std::string out = statsJson(*graph, metrics, opts->top).dump(2);
            std::printf("%s\n", out.c_str());
        } else {
            std::fputs(statsText(*graph, metrics, opts->top).c_str(), stdout);
        }
    });
}

}  // namespace entgraph::cli
