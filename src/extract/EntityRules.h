#pragma once
// Internal to src/extract: the rule-based entity types added on top of any tagger.
//
//  MONEY        "$2,000", "$40 billion", "500 million euros", "€3m"
//  QUANTITY     a number (with "million"/"thousand"...) before a plural noun: "100,000
//               soldiers", "11,000 North Korean soldiers" (the nationality stays its own
//               mention inside); percentages "5%", "5 percent"; not counts of
//               abstract things ("three recommendations": abstract-plurals.txt)
//  DATE         month names with day/year, weekdays, ISO dates, "in 2024"-style years
//  NATIONALITY  demonyms ("North Korean", "Ukrainians"); a demonym right before a title
//               ("German Chancellor Olaf Scholz") is instead a LOCATION mention of the
//               country (Germany), so roles attach to the country
//  MILITARY_UNIT tagger spans ending in a unit head ("Storm Corps"), ordinal units
//               ("1st Armored Division")
//  WEAPON       modifier(s) + weapon head ("artillery shells", "intercontinental ballistic
//               missile systems"), or a weapon name ("ICBM", "HIMARS")
//  LOCATION     countries/capitals the tagger missed; country aliases get the canonical
//               name ("DPRK" -> "North Korea"); capitals are flagged for the capital rule
// Rule spans never overlap each other; a tagger span overlapping a rule span loses unless
// it is a PERSON/ORGANIZATION/EVENT span the rule cannot improve on.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/Annotation.h"
#include "extract/EntityTagger.h"

namespace entgraph {

// An article's lower case as string views: `==` with a literal then compares the lengths
// inline rather than calling std::string::compare (a dozen such tests a token).
struct LowerViews {
    const std::vector<std::string>& lower;
    std::string_view operator[](size_t k) const { return lower[k]; }
};

// Merges a trained tagger's spans with the rule tagger's (both sentence-relative): rule
// spans backed by a gazetteer phrase or a head word (confidence >= kHeadRule) win over
// overlapping model spans; model spans come next; weaker rule spans fill the gaps.  Model
// spans lose a leading article ("The European Union") and are dropped when every token is
// a common English word and capitals carry no signal there (sentence start, title-case
// headline: "Breaking News", "Support War").
std::vector<TaggedSpan> combineTaggers(std::span<const std::string_view> tokens,
                                       std::vector<TaggedSpan> model,
                                       const std::vector<TaggedSpan>& rules);
// The same over annotated tokens (see RuleTagger::tagAnnotated).
std::vector<TaggedSpan> combineTaggers(std::span<const std::string_view> tokens,
                                       std::span<const std::string> lower,
                                       std::span<const TokenInfo> info, bool titleCase,
                                       std::vector<TaggedSpan> model,
                                       const std::vector<TaggedSpan>& rules);

// Reshapes tagger span m of the sentence [b0, e0) where the name's own shape says more than
// the tagger did ("Hanul Defence" is a company, "the U.S. Navy's Fifth Fleet" two units, "UN
// Mission in South Sudan" one force): its type and bounds; an owner split off is appended to
// `out`; extendedTo is set past later tagger spans m now covers (NameShapes.cpp).
void reshapeNamedSpan(const ArticleTokens& art, size_t b0, size_t e0, Mention& m,
                      std::vector<Mention>& out, size_t& extendedTo);

// Mentions of one sentence, sorted by begin, from the tagger's spans (sentence-relative)
// and the rules.
std::vector<Mention> sentenceMentions(const ArticleTokens& art, size_t sentence,
                                      const std::vector<TaggedSpan>& tagged);

}  // namespace entgraph
