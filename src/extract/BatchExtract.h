#pragma once
// Extracts many articles on a pool of worker threads, keeping input order.  Used by the
// CLI, the GUI's import worker and the workspace importer.
#include <vector>

#include "core/Article.h"
#include "core/Extraction.h"
#include "core/Progress.h"
#include "extract/Extractor.h"

namespace entgraph {

struct BatchOptions {
    unsigned threads = 0;                 // 0: hardware concurrency
    const CancelToken* cancel = nullptr;  // checked between articles; throws Cancelled
    ProgressCallback progress;            // called from worker threads
};

std::vector<ArticleExtraction> extractAll(const Extractor& extractor,
                                          const std::vector<Article>& articles,
                                          const BatchOptions& options = {});

}  // namespace entgraph
