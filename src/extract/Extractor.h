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
//       title before name "German Chancellor Olaf Scholz" -> Scholz "chancellor of" Germany;
//                         a portfolio between ("Australian Trade Minister X"); an organisation
//                         before the title ("Europol director X" -> "director at");
//                         "Saab's chief executive, Per Ekstrom," -> "chief executive at" Saab;
//                         no role to a place whose name goes on ("commander of U.S. Forces
//                         Korea"); "spokesman for Poland's Ministry ..." -> the ministry
//       subject-verb-object "X is considering deploying 100,000 soldiers to support Y" ->
//                         X "deploys soldiers to support" Y; the label is the first content
//                         verb (gerunds as "deploys"), a cargo noun (troops, weapons, aid),
//                         a purpose verb ("to support") and the preposition before the
//                         object; the type comes from assets/lexicons/relation-verbs.tsv;
//                         coordinated subjects/objects each get the relation; negation
//                         ("did not send") sets negated; passive "Y was attacked by X" ->
//                         X "attacked" Y; weapons as objects: X "provided" artillery shells
//                         (always MILITARY, as is "sell weapons to", "asked X for <weapon>");
//                         a subject may follow a dateline dash or a demonym and common nouns
//                         ("Russian energy giant Gazprom stopped gas deliveries to Austria");
//                         a demonym or place modifying a noun is no object ("buy Danish wind
//                         developer", "fined U.S. technology group Lumiq" -> Lumiq); the
//                         second conjunct of an object is no subject ("called on Germany and
//                         the United States to send": a request, STATEMENT "called on");
//                         coordinated subjects of a joint act (sign, agree, hold, begin ...:
//                         "India and Australia signed a trade agreement") -> each pair, typed
//                         by the relation noun; "Y was attacked by X with <weapons>" -> X
//                         "attacked with" each weapon (MILITARY); a subject may follow a
//                         possessive noun phrase ("North Korea's state news agency KCNA")
//       possessive        "Russia's Kursk region" -> Kursk region "located in" Russia;
//                         a country's body -> "part of" (MEMBERSHIP: "Russia's GRU",
//                         "North Korea's state news agency KCNA"), a company -> "based in";
//                         "Serbia's Security Information Agency" tagged as one name is split
//                         into the country and the organisation first (Extractor.cpp);
//                         "X's military support for Y" -> "military support for" (MILITARY)
//       between           "a partnership between X and Y" -> X "partnership with" Y
//                         (relation nouns in assets/lexicons/relation-nouns.tsv)
//       reported speech   "..., according to X", "<claim>, X said (on Tuesday).",
//                         "\"<claim>,\" said X", "X said (that) <claim>", "X told Y that
//                         <claim>", "X notes that ..." -> X "statement about" each person,
//                         organisation, place or unit named in the claim (STATEMENT, at most
//                         6; not a demonym before a title, not the dateline); the speaker is
//                         the mention right before the verb, with its title and owner
//                         ("Ukraine's Energy Ministry said"); "he said" goes to the one
//                         subject or speaker of the nearest sentence naming one, if any; "X told Y"
//                         -> X "told" Y; coordinated speakers ("Commerce Minister A and Australian
//                         Trade Minister B said"), "the Authority (AFAD) said", "the Higher Court
//                         in Belgrade said", "... and said <claim>", "X called it \"...\"" likewise
//       places            EVENT "in" LOCATION -> "held in"; "City, Country" / "City, State"
//                         and datelines ("TALLINN, Estonia (Reuters) -") -> "located in" (a
//                         capital only before its own country); organisation, unit or place
//                         "in (eastern) Y", ", which is based/stationed in/near Y",
//                         "Org of Country", "Org, (one of) Country's largest ..." -> "located
//                         in" / "based in" (a government body: "part of", MEMBERSHIP)
//       nationality       every NATIONALITY mention -> "nationality of" its country
//                         (MEMBERSHIP), in the sentence where it occurs, only when the article
//                         names the country; demonyms map to the sovereign country (Dutch ->
//                         Netherlands); "Swiss francs" is a currency, no nationality
//       recall families  far objects after counts and money, relative clauses, inserted
//                         clauses after the subject, pronoun and definite-description
//                         speakers ("she said", "the company said"), counterparts and
//                         ownerless titles, civilian cargo, negated "until": the list with
//                         examples is in RelationParser.h, tests in RelationsRecallTest.cpp
//     Co-occurrence is not emitted here (the graph builder derives it from mentions).
//  5. Entity resolution inside the article (ArticleResolver.h):
//       - one entity per real-world entity; the canonical name is the fullest form (most
//         words), for countries the countries lexicon's canonical name ("DPRK" -> "North
//         Korea"); every other surface form seen is an alias;
//       - later surname-only / first-name-only mentions join the one full name that
//         contains them ("Bennett" -> "Bruce W. Bennett"; organisations too: "RAND" ->
//         "RAND Corporation"); when two full names share the token, the short form stays
//         its own entity; places never join ("Kharkiv" is not "the Kharkiv region");
//         a lone word the tagger took for a person that begins exactly one organisation's
//         name, and no person's, is that organisation ("Vantor" -> "Vantor Systems");
//       - acronyms defined in brackets ("the Democratic People's Republic of Korea (DPRK)")
//         join their expansion;
//       - "North Korean" is a NATIONALITY entity of its own (not an alias of North Korea),
//         linked by the relation above; a demonym directly before a title ("German
//         Chancellor") is instead a mention of the country, so the role attaches to it;
//       - the capital rule: a capital city (assets/lexicons/capitals.tsv) resolves to its
//         country's entity when it is the subject of a verb with a political relation type
//         (MILITARY, DIPLOMATIC, ECONOMIC, CONFLICT, ALLIANCE, STATEMENT, MEMBERSHIP,
//         ROLE), one side of "<relation noun> between X and Y", or the subject of a verb
//         of speech or stance ("Moscow denied", "Beijing condemned"), or the owner of a
//         state's policy, forces or programmes ("Beijing's ambitions", "Pyongyang's
//         military modernisation"); everywhere else it stays a LOCATION of its own ("in
//         Moscow", "Tehran's streets").
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
