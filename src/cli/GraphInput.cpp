#include "cli/GraphInput.h"

#include <cstdio>

#include "extract/BatchExtract.h"
#include "ingest/Ingest.h"

namespace entgraph::cli {

std::optional<std::vector<Article>> loadArticles(const std::vector<std::string>& paths,
                                                 int& exitCode) {
    IngestReport report;
    std::vector<Article> articles = readArticles(paths, report);
    for (const auto& w : report.warnings) std::fprintf(stderr, "entgraph: warning: %s\n", w.c_str());
    for (const auto& e : report.errors) std::fprintf(stderr, "entgraph: %s\n", e.c_str());
    if (articles.empty()) {
        std::fprintf(stderr, "entgraph: no article could be read\n");
        exitCode = 1;
        return std::nullopt;
    }
    return articles;
}

std::optional<EntityGraph> loadGraph(const GraphInputOptions& input, int& exitCode) {
    auto articles = loadArticles(input.paths, exitCode);
    if (!articles) return std::nullopt;
    const Extractor extractor;
    auto extractions = extractAll(extractor, *articles);
    return EntityGraph::build(std::move(*articles), extractions);
}

}  // namespace entgraph::cli
