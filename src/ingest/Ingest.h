#pragma once
// Turning paths into Articles.  Accepts files (.txt .md .html .htm .xml/.rss/.atom feeds
// .jsonl), directories (recursive, by extension) and "-" for stdin.
//
// Bad input never throws out of here: unreadable paths are reported as errors, binary and
// empty files as warnings, and the caller decides the exit code (see IngestReport).
#include <functional>
#include <string>
#include <vector>

#include "core/Article.h"

namespace entgraph {

struct IngestReport {
    std::vector<std::string> errors;    // "cannot read 'PATH': <reason>"
    std::vector<std::string> warnings;  // "skipping 'PATH': binary file" ...
    size_t articles = 0;                // articles delivered
};

// Calls `onArticle` for each article as soon as it is read, so a huge input is never
// held in memory whole.  Returns what happened.
IngestReport forEachArticle(const std::vector<std::string>& paths,
                            const std::function<void(Article&&)>& onArticle);

// Convenience: collects everything.
std::vector<Article> readArticles(const std::vector<std::string>& paths, IngestReport& report);

}  // namespace entgraph
