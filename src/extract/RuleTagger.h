#pragma once
// The rule + gazetteer named-entity tagger: PERSON, ORGANIZATION, LOCATION and EVENT from
// capitalised token runs, used when the build embeds no trained model (src/ner).
//
// How a sentence is tagged:
//  1. Runs of capitalised tokens are collected; "of"/"de"/"von"... join them when a
//     capitalised token follows, "'s" when a gazetteer phrase spans it ("People's Republic").
//     A sentence-initial capitalised common word ("Despite", "Analysts") is not part of a
//     run unless a gazetteer phrase starts with it.  In title-case lines (headlines) only
//     gazetteer phrases and head-word rules count: capitals there carry no signal.
//  2. Each run is classified by its head word first: org suffix/head ("RAND Corporation",
//     "Ministry of Defence"), military-unit head ("Storm Corps", tagged ORGANIZATION; the
//     extractor re-types it), event word ("Munich Security Conference"), place word
//     ("Korean Peninsula"); then split by the longest gazetteer phrases (known people,
//     news and other organisations, countries, capitals, subdivisions, cities).
//  3. What is left is a PERSON when it has a title before it, starts with a first name,
//     or is 2-4 name-like tokens (not common English words); a single all-capital token
//     that is no common word is an ORGANIZATION ("KCNA"); anything else is dropped.
//  4. A following lower-case event word or place word extends the span
//     ("G20 summit" EVENT, "Kursk region" LOCATION).
//
// Thread safety: immutable after construction, tagSentence is const.
#include <memory>
#include <string>
#include <vector>

#include "extract/EntityTagger.h"
#include "extract/ExtractLexicons.h"

namespace entgraph {

// TaggedSpan::confidence of RuleTagger spans: a whole gazetteer phrase, a head-word rule;
// name guesses get less (0.6-0.8).
inline constexpr float kGazetteer = 0.95f;
inline constexpr float kHeadRule = 0.9f;
// A name only the city or subdivision lists know: many are also surnames ("Clinton",
// "Campbell") or words, so it yields to the trained tagger and only fills its gaps.
inline constexpr float kTownGazetteer = 0.7f;

class RuleTagger : public EntityTagger {
public:
    std::vector<TaggedSpan> tagSentence(std::span<const std::string_view> tokens) const override;
    // The same for tokens whose lower case and lexical facts the caller computed already
    // (the Extractor does it once per article): lower[i] == asciiLower(tokens[i]),
    // info[i] == tokenInfo(tokens[i], lower[i]), titleCase == isTitleCase(info).
    std::vector<TaggedSpan> tagAnnotated(std::span<const std::string_view> tokens,
                                         std::span<const std::string> lower,
                                         std::span<const TokenInfo> info, bool titleCase) const;
};

// The per-sentence tagger extraction uses: `model`'s spans reconciled with the rule
// tagger's (see combineTaggers in EntityRules.h), before the typed rules (DATE, MONEY,
// NATIONALITY ...) that extraction applies to them.  `entgraph eval-ner --with-rules`.
std::shared_ptr<const EntityTagger> withRuleLayer(std::shared_ptr<const EntityTagger> model);

// The word and phrase tests below are defined in NameCues.cpp.

// True when the token's first letter is upper case (Unicode-aware).
bool startsUpper(std::string_view token);

// The possessive clitic as the tokenizer splits it: "'s", "’s" ("RAND's").
bool isPossessive(std::string_view token);

// A lower-case verb of speech in the past or present ("said", "denied", "warned").
bool isSpeechVerb(std::string_view lower);

// "the chipmaker Velmora", "a hacker group known as Silver Lynx", "agreed to acquire Brask
// Wind", "the takeover of X", "a stake in X": the words before the name at token i of a
// sentence say it is an organisation (assets/lexicons/org-descriptors.txt).
// Not before a first name ("rival Anna Berg" stays a person).
bool describedAsOrganisation(std::span<const std::string> lower, std::span<const TokenInfo> info,
                             size_t i);
// "the Kremlin said", "the Pentagon announced", "The Bundestag voted": the one word at i,
// after "the" and before a finite verb, names an institution (a person's name takes no
// article).  Shared by the rule tagger and the resolver, which retypes the model's persons.
bool institutionWithArticle(std::span<const std::string> lower, std::span<const TokenInfo> info,
                            size_t i);
// The lower case and lexical facts of a sentence's tokens, as tagAnnotated wants them.
void annotateTokens(std::span<const std::string_view> tokens, std::vector<std::string>& lower,
                    std::vector<TokenInfo>& info);
// A title-case line (headline): the common content words after the first token are all
// capitalised, so capitals say nothing about names there.
bool isTitleCase(std::span<const std::string_view> tokens);
bool isTitleCase(std::span<const TokenInfo> tokens);  // the same from tokenInfo()s
// Joins tokens with single spaces, without a space before "'s"/"n't" tokens.
std::string joinTokens(std::span<const std::string_view> tokens);
// The same, written to out (cleared first): no allocation once out has grown.
void joinTokensInto(std::span<const std::string_view> tokens, std::string& out);
// The gazetteer key normalizePhrase(joinTokens(tokens[b, e))) of annotated tokens (lower,
// info as for RuleTagger::tagAnnotated).  When every token is TokenInfo::plain the key is
// their lower case joined the same way, built without normalising again (a single token's
// is lower[b] itself); else it is built in `buffer`.  Valid while lower and buffer are.
std::string_view phraseKey(std::span<const std::string_view> tokens,
                           std::span<const std::string> lower, std::span<const TokenInfo> info,
                           size_t b, size_t e, std::string& buffer);

}  // namespace entgraph
