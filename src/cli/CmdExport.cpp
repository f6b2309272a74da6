// `entgraph export PATH... | -w WS -o FILE [--format F] [--layout ENGINE] [--types T,...]
//  [--min-weight N] [--top N] [--no-cooccurrence] [--seed N] [--no-legend]`
//
// Builds the graph, filters it, lays it out and writes one file (two for csv).  The format
// comes from --format or else the file's extension.  Default layout: neato (stress
// majorization, overlap removal, deterministic) up to kNeatoDefaultMax entities, sfdp
// (multilevel, seconds on 10k nodes) above that.  Every format carries the positions.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "cli/Commands.h"
#include "cli/GraphInput.h"
#include "core/Error.h"
#include "export/Exporter.h"
#include "layout/LayoutEngine.h"

namespace entgraph::cli {

namespace {

// neato gives the clearest pictures of small graphs; past a few hundred nodes it slows
// quadratically while sfdp stays near-linear (see tests/bench/layout_bench.cpp).
constexpr size_t kNeatoDefaultMax = 300;

struct ExportCliOptions {
    GraphInputOptions input;
    std::string output;
    std::string format;
    std::string layout;
    std::vector<std::string> types;
    double minWeight = 0.0;
    size_t top = 0;
    bool noCooccurrence = false;
    bool noLegend = false;
    unsigned seed = 1;
};

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

int usage(const std::string& message) {
    std::fprintf(stderr, "entgraph export: %s\n", message.c_str());
    return 2;
}

// Returns the exit code.
int runExport(const ExportCliOptions& o) {
    if (o.input.paths.empty() && o.input.workspace.empty())
        return usage("give article paths or -w WORKSPACE");
    if (!o.input.paths.empty() && !o.input.workspace.empty())
        return usage("give article paths or -w WORKSPACE, not both");
    if (o.output.empty()) return usage("give the output file with -o FILE");

    const std::vector<std::string> formats = {"svg",     "png",  "pdf",  "dot",
                                              "graphml", "gexf", "json", "csv"};
    std::optional<ExportFormat> format =
        o.format.empty() ? exportFormatFromPath(o.output) : parseExportFormat(o.format);
    if (!format) {
        return usage(o.format.empty() ? "cannot tell the format from \"" + o.output +
                                            "\"; use --format (" + joinNames(formats) + ")"
                                      : "unknown format \"" + o.format +
                                            "\" (known: " + joinNames(formats) + ")");
    }
    const std::vector<std::string> engines = layoutEngineNames();
    if (!o.layout.empty() && std::find(engines.begin(), engines.end(), o.layout) == engines.end())
        return usage("unknown layout engine \"" + o.layout + "\" (known: " + joinNames(engines) +
                     ")");
    GraphFilter filter;
    for (const std::string& t : o.types) {
        const auto type = parseEntityType(t);
        if (!type) {
            std::vector<std::string> known;
            for (EntityType k : kAllEntityTypes) known.emplace_back(entityTypeName(k));
            return usage("unknown entity type \"" + t + "\" (known: " + joinNames(known) + ")");
        }
        filter.types.insert(*type);
    }
    if (o.minWeight < 0) return usage("--min-weight must not be negative");
    filter.minWeight = o.minWeight;
    filter.topN = o.top;
    filter.includeCooccurrence = !o.noCooccurrence;

    int exitCode = 0;
    auto full = loadGraph(o.input, exitCode);
    if (!full) return exitCode ? exitCode : 1;
    const EntityGraph graph = full->filtered(filter);

    const std::string engineName =
        !o.layout.empty() ? o.layout : (graph.nodeCount() <= kNeatoDefaultMax ? "neato" : "sfdp");
    GraphAttributes attributes = GraphAttributes::styled(graph);
    LayoutOptions layoutOptions;
    layoutOptions.seed = o.seed;
    makeLayoutEngine(engineName)->run(graph, attributes, layoutOptions);

    ExportOptions exportOptions;
    exportOptions.legend = !o.noLegend;
    exportGraph(graph, attributes, *format, o.output, exportOptions);
    std::fprintf(stderr, "entgraph: wrote %s (%zu entities, %zu edges, %s layout, %s)\n",
                 o.output.c_str(), graph.nodeCount(), graph.edgeCount(), engineName.c_str(),
                 std::string(exportFormatName(*format)).c_str());
    return 0;
}

}  // namespace

void addExportCommand(CLI::App& app, int& exitCode) {
    auto opts = std::make_shared<ExportCliOptions>();
    auto* cmd = app.add_subcommand(
        "export",
        "Lay out the graph and write it as svg, png, pdf (diagram with a legend), dot, graphml, "
        "gexf, json or csv (edge table + FILE.nodes.csv)");
    cmd->add_option("paths", opts->input.paths, "Article files or folders (- for stdin)");
    cmd->add_option("-w,--workspace", opts->input.workspace, "Read the graph of a workspace");
    cmd->add_option("-o,--output", opts->output, "The file to write")->required();
    cmd->add_option("--format", opts->format,
                    "svg png pdf dot graphml gexf json csv (default: from the extension)");
    cmd->add_option("--layout", opts->layout,
                    "dot neato fdp sfdp circo twopi force (default: neato up to 300 "
                    "entities, sfdp above)");
    cmd->add_option("--types", opts->types, "Keep only these entity types (PERSON,LOCATION,...)")
        ->delimiter(',');
    cmd->add_option("--min-weight", opts->minWeight, "Drop edges lighter than N");
    cmd->add_option("--top", opts->top, "Keep the N most important entities (PageRank)");
    cmd->add_flag("--no-cooccurrence", opts->noCooccurrence,
                  "Drop edges that are only same-sentence co-occurrence");
    cmd->add_option("--seed", opts->seed, "Layout seed (same seed, same picture; default 1)");
    cmd->add_flag("--no-legend", opts->noLegend, "Diagrams without the entity-type legend");
    cmd->final_callback([opts, &exitCode] {
        try {
            exitCode = runExport(*opts);
        } catch (const Error& e) {
            std::fprintf(stderr, "entgraph: %s\n", e.what());
            exitCode = 1;
        }
    });
}

}  // namespace entgraph::cli
