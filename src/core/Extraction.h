#pragma once
// What extraction produces for one article: the data behind `entgraph extract --json`
// (see README "The extract contract").  Indices refer into the vectors of the same
// ArticleExtraction; offsets are UTF-8 byte offsets into Article::text.
#include <string>
#include <vector>

#include "core/ByteSpan.h"
#include "core/Types.h"

namespace entgraph {

struct ExtractedEntity {
    std::string name;  // canonical (longest/fullest) name
    EntityType type = EntityType::Person;
    // other surface forms seen in the article, no duplicates of name
    std::vector<std::string> aliases;
};

struct ExtractedMention {
    size_t entity = 0;  // index into ArticleExtraction::entities
    ByteSpan span;
    std::string text;   // the mention's bytes as they appear in the text
    ByteSpan sentence;  // the sentence holding it (for evidence and co-occurrence)
};

struct ExtractedRelation {
    size_t source = 0;  // index into entities
    size_t target = 0;
    std::string label;  // short human label: "ambassador of", "sends soldiers to"
    RelationType type = RelationType::Action;
    ByteSpan evidence;  // the supporting sentence (sentences, when the target is named earlier)
    ByteSpan sourceMention;
    ByteSpan targetMention;
    bool negated = false;  // "did not send": kept for evidence, never drawn as a fact
};

struct ArticleExtraction {
    std::string doc;  // the Article's id
    std::vector<ExtractedEntity> entities;
    std::vector<ExtractedMention> mentions;
    std::vector<ExtractedRelation> relations;
};

}  // namespace entgraph
