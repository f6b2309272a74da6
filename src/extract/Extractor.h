#pragma once
// The extraction pipeline: tokenizer -> sentence splitter -> tagger -> entity rules ->
// relation extractor -> entity resolver, for one article at a time.
//
// Stages (each testable alone; see tests/extract):
//  1. text/Tokenizer + text/SentenceSplitter: tokens with byte spans, sentences.
//  2. EntityTagger (PERSON, ORGANIZATION, LOCATION, EVENT): the trained model of src/ner
//     when the build embeds one (embeddedNerTagger()), else RuleTagger (RuleTagger.h).
//  3. Entity rules on top of either tagger (EntityRules.h): MONEY, QUANTITY, DATE,
//     NATIONALITY, MILITARY_UNIT, WEAPON, and country/capital LOCATIONs the tagger missed.
//  4. Relations (RelationExtractor.h): a shallow parser -- word classes from a lexicon
//     derived from UD English (assets/lexicons/word-classes.tsv), verb/title/noun lexicons,
//     entity mentions as chunks -- with these patterns, each only when every token between
//     the two mentions fits it (precision first):
//       apposition roles  "X, Ukraine's ambassador to South Korea" -> X "ambassador of"
//                         Ukraine, X "ambassador to" South Korea (ROLE);
//                         "X, a defense analyst at the RAND Corporation" -> "analyst at"
//       title before name "German Chancellor Olaf Scholz" -> Scholz "chancellor of" Germany
//       subject-verb-object "X is considering deploying 100,000 soldiers to support Y" ->
//                         X "deploys soldiers to support" Y; the label is the first content
//                         verb (gerunds as "deploys"), a cargo noun (troops, weapons, aid),
//                         a purpose verb ("to support") and the preposition before the
//                         object; the type comes from assets/lexicons/relation-verbs.tsv;
//                         coordinated subjects/objects each get the relation; negation
//                         ("did not send") sets negated; passive "Y was attacked by X" ->
//                         X "attacked" Y; weapons as objects: X "provided" artillery shells
//       possessive        "Russia's Kursk region" -> Kursk region "located in" Russia;
//                         "X's military support for Y" -> "military support for" (MILITARY)
//       between           "a partnership between X and Y" -> X "partnership with" Y
//                         (relation nouns in assets/lexicons/relation-nouns.tsv)
//       reported speech   "..., according to X" and "X notes that ..." -> X "statement
//                         about" each named entity of the claim (STATEMENT, at most 3);
//                         "X told Y" -> X "told" Y
//       places            EVENT "in" LOCATION -> "held in"; "City, Country" -> "located in"
//       nationality       every NATIONALITY mention -> "nationality of" its country
//                         (MEMBERSHIP), in the sentence where it occurs
//     Co-occurrence is not emitted here (the graph builder derives it from mentions).
//  5. Entity resolution inside the article (ArticleResolver.h):
//       - one entity per real-world entity; the canonical name is the fullest form (most
//         words), for countries the countries lexicon's canonical name ("DPRK" -> "North
//         Korea"); every other surface form seen is an alias;
//       - later surname-only / first-name-only mentions join the one full name that
//         contains them ("Bennett" -> "Bruce W. Bennett"); when two full names share the
//         token, the short form stays its own entity;
//       - acronyms defined in brackets ("the Democratic People's Republic of Korea (DPRK)")
//         join their expansion;
//       - "North Korean" is a NATIONALITY entity of its own (not an alias of North Korea),
//         linked by the relation above; a demonym directly before a title ("German
//         Chancellor") is instead a mention of the country, so the role attaches to it;
//       - the capital rule: a capital city (assets/lexicons/capitals.tsv) resolves to its
//         country's entity when it is the subject of a verb with a political relation type
//         (MILITARY, DIPLOMATIC, ECONOMIC, CONFLICT, ALLIANCE, STATEMENT, MEMBERSHIP,
//         ROLE) or one side of "<relation noun> between X and Y"; everywhere else it
//         stays a LOCATION of its own ("in Moscow").
//
// Thread safety: an Extractor is immutable after construction; extract() may be called
// from many threads at once.  Construction loads lexicons and the model (embedded in
// the binary), so build one and share it.  Any bytes are accepted: invalid UTF-8
// separates tokens, offsets always index Article::text.
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
