#pragma once
// Internal to src/extract: relations inside one sentence from a shallow parse (word classes
// from assets/lexicons/word-classes.tsv + verb/title/noun lexicons, entity mentions as
// chunks).  The patterns are listed in Extractor.h.  Precision first: a pattern fires only
// when every token between the two mentions fits it.
#include <string>
#include <vector>

#include "core/Types.h"
#include "extract/Annotation.h"

namespace entgraph {

struct RelationCandidate {
    size_t source = 0;  // mention indices
    size_t target = 0;
    std::string label;
    RelationType type = RelationType::Action;
    bool negated = false;
    // A nationality here stands for its state ("the Russian-led bloc"): linkNationalities
    // moves the relation to the country's mention when the article names it.
    bool byState = false;
};

// May set Mention::asCountry (the capital rule) and append synthetic mentions (the country
// of a NATIONALITY mention when the article never names it); `mentions` must be sorted by
// begin and stays so.
std::vector<RelationCandidate> extractRelations(const ArticleTokens& art,
                                                std::vector<Mention>& mentions);

}  // namespace entgraph
