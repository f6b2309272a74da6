#pragma once
// The named-entity tagger interface: one sentence of tokens in, typed token spans out.
// The rule+gazetteer tagger (issue "Foundation") and the trained model (src/ner) both
// implement it, so either is a drop-in for the extraction pipeline.
//
// Thread safety: tagSentence is const and must be safe to call from several threads.
#include <span>
#include <string_view>
#include <vector>

#include "core/Types.h"

namespace entgraph {

struct TaggedSpan {
    size_t begin = 0;  // first token index
    size_t end = 0;    // one past the last token
    EntityType type = EntityType::Person;
    float confidence = 1.0f;
};

class EntityTagger {
public:
    virtual ~EntityTagger() = default;
    // Tokens of one sentence, in order.  Returns non-overlapping spans sorted by begin.
    virtual std::vector<TaggedSpan> tagSentence(std::span<const std::string_view> tokens) const = 0;
};

}  // namespace entgraph
