#pragma once
// The extraction pipeline: tokenizer -> sentence splitter -> tagger -> entity resolver
// -> relation extractor, for one article at a time.
//
// Thread safety: an Extractor is immutable after construction; extract() may be called
// from many threads at once.  Construction loads lexicons and the model (embedded in
// the binary), so build one and share it.
#include <memory>

#include "core/Article.h"
#include "core/Extraction.h"
#include "extract/EntityTagger.h"

namespace entgraph {

class Extractor {
public:
    // Uses the best tagger this build has (the trained model when embedded).
    Extractor();
    // Uses the given tagger (tests, evaluation of alternatives).
    explicit Extractor(std::shared_ptr<const EntityTagger> tagger);
    ~Extractor();

    ArticleExtraction extract(const Article& article) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace entgraph
