#include "cli/GraphInput.h"

#include <cstdio>

#include "core/Error.h"
#include "extract/BatchExtract.h"
#include "ingest/Ingest.h"
#include "store/Workspace.h"

namespace entgraph::cli {

std::optional<std::vector<Article>> loadArticles(const std::vector<std::string>& paths,
                                                 int& exitCode) {
    IngestReport report;
    std::vector<Article> articles = readArticles(paths, report);
    for (const auto& w : report.warnings)
        std::fprintf(stderr, "entgraph: warning: %s\n", w.c_str());
    for (const auto& e : report.errors) std::fprintf(stderr, "entgraph: %s\n", e.c_str());
    if (articles.empty()) {
        std::fprintf(stderr, "entgraph: no article could be read\n");
        exitCode = 1;
        return std::nullopt;
    }
    return articles;
}

namespace {

// The graph of a workspace, opened read-only (entities are already resolved there).
std::optional<EntityGraph> loadWorkspaceGraph(const GraphInputOptions& input, int& exitCode) {
    if (!input.paths.empty())
        std::fprintf(stderr,
                     "entgraph: warning: reading workspace '%s'; ignoring %zu path(s) "
                     "(use `entgraph import -w` to add articles)\n",
                     input.workspace.c_str(), input.paths.size());
    try {
        Workspace ws = Workspace::open(input.workspace, true);
        WorkspaceGraph g = ws.loadGraph();
        if (g.graph.articles().empty()) {
            std::fprintf(stderr,
                         "entgraph: workspace '%s' holds no articles (add some with "
                         "`entgraph import -w %s PATH...`)\n",
                         input.workspace.c_str(), input.workspace.c_str());
            exitCode = 1;
            return std::nullopt;
        }
        return std::move(g.graph);
    } catch (const Error& e) {
        std::fprintf(stderr, "entgraph: %s\n", e.what());
        exitCode = 1;
        return std::nullopt;
    }
}

}  // namespace

std::optional<EntityGraph> loadGraph(const GraphInputOptions& input, int& exitCode) {
    if (!input.workspace.empty()) return loadWorkspaceGraph(input, exitCode);
    auto articles = loadArticles(input.paths, exitCode);
    if (!articles) return std::nullopt;
    const Extractor extractor;
    auto extractions = extractAll(extractor, *articles);
    return EntityGraph::build(std::move(*articles), extractions);
}

}  // namespace entgraph::cli
