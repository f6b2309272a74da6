#pragma once
// Shared by the commands that take articles (or, later, a workspace) and need a graph:
// reads the inputs, prints ingest errors and warnings to stderr, extracts and builds.
#include <optional>
#include <string>
#include <vector>

#include "graph/EntityGraph.h"

namespace entgraph::cli {

struct GraphInputOptions {
    std::vector<std::string> paths;
    std::string workspace;  // -w WS; empty when articles are given
};

// Returns nullopt (and sets exitCode to 1) when no article could be read.
std::optional<EntityGraph> loadGraph(const GraphInputOptions& input, int& exitCode);

// Reads articles only, reporting to stderr; nullopt + exitCode 1 when none.
std::optional<std::vector<Article>> loadArticles(const std::vector<std::string>& paths,
                                                 int& exitCode);

}  // namespace entgraph::cli
