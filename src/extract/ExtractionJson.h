#pragma once
// The `entgraph extract --json` line format (README "The extract contract"):
// {"doc", "entities":[{"id","name","type","aliases"}], "mentions":[{"entity","start","end",
// "text"}], "relations":[{"source","target","label","type","evidence":{start,end},
// "source_mention":{...}, "target_mention":{...}[, "negated":true]}]} with ids "e1", "e2"...
#include <nlohmann/json.hpp>

#include "core/Article.h"
#include "core/Extraction.h"

namespace entgraph {

// With `article`, adds "title" and "text" (--with-text).
nlohmann::json extractionToJson(const ArticleExtraction& extraction,
                                const Article* article = nullptr);

}  // namespace entgraph
