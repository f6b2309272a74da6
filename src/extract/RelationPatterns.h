#pragma once
// Internal to src/extract: the word families and cross-sentence look-ups behind the recall
// rules of RelationExtractor.cpp (issue #4, held-out report): objects far from their verb
// ("send a battery of Hawk missiles to", "invest $2 billion in a plant in"), the type a
// cargo gives a transfer ("sent civilian monitors" is no military act), and who "he",
// "she", "its" or "the company" means.  Word tests take ASCII lower-case tokens.
// Thread safety: pure functions over their arguments.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/Types.h"
#include "extract/Annotation.h"
#include "extract/ExtractLexicons.h"

namespace entgraph {

// "a battery of", "two squadrons of", "a shipment of": a count noun for weapons, so the
// weapon after "of" is the object.
bool isWeaponUnitNoun(std::string_view w);
// "in a new battery plant in Hungary": the facility is a waypoint, the place the object.
bool isFacilityNoun(std::string_view w);
// "signed a contract with", "won an order from": an object noun that makes the act economic.
bool isEconomicObjectNoun(std::string_view w);
// "ask the IMF for a loan": a request for money.
bool isFundingNoun(std::string_view w);

// What a transfer carries ("sent <cargo> to"): arms and armed people are military; civilians
// (monitors, diplomats, doctors) make a diplomatic mission; goods and money are economic.
enum class CargoKind : unsigned char { None, Military, Civilian, Goods };
CargoKind cargoKind(std::string_view w);
// Verbs that move or hand over something: their type follows the cargo.
bool isTransferLemma(std::string_view lemma);
// "the delivery of", "the purchase of", "a transfer of": a noun naming a transfer, so the
// weapon after "of" is what changes hands.
bool isTransferNoun(std::string_view w);
// Whether a verb of this relation-verbs.tsv type does a transfer named by its object ("completed
// the delivery of"), rather than react to someone else's ("condemned the sale of").
bool actsOnTransfer(std::string_view verbType);
// "the export of", "the sale of": a transfer noun that is trade whatever the goods.
bool isTradeNoun(std::string_view w);
// "tariffs on", "a ban on": a levy or restriction on goods.
bool isLevyNoun(std::string_view w);
// "pledged to deploy", "promised to send": a commitment typed by the act committed to.
bool isCommitmentLemma(std::string_view lemma);
// "station drones at", "deploy missiles in": verbs placing arms somewhere.
bool isBasingLemma(std::string_view lemma);
// Verbs of where a line runs ("the pipeline will start at", "crosses Uzbekistan").
bool isRouteLemma(std::string_view lemma);
// "buy", "order", "purchase": acquiring; arms bought from a state are a military matter.
bool isBuyLemma(std::string_view lemma);
// "build", "open", "construct": making a plant or facility somewhere.
bool isBuildLemma(std::string_view lemma);
// "fired missiles at", "launched drones against": verbs aiming arms at a target.
bool isFiringLemma(std::string_view lemma);
// "an air base in", "a naval base near": the base is a waypoint to the place.
bool isBaseNoun(std::string_view w);
// "hosts a NATO battle group", "stations US troops": a foreign force on one's soil.
bool isHostLemma(std::string_view lemma);
bool isForceNoun(std::string_view w);

// What the words of an object phrase say about the act ("signed a 900 million euro contract
// with", "sent 120 civilian monitors to", "filed a diplomatic protest with"), gathered while
// the object is parsed and read when the relation is typed.
struct ObjectFacts {
    bool money = false;                                      // a MONEY mention in the object
    bool economicNoun = false;                               // isEconomicObjectNoun
    bool military = false, civilian = false, goods = false;  // cargoKind of some word
    RelationType adjective = RelationType::Action;  // "diplomatic" / "military" / "economic"
    bool protest = false;                           // "a (formal) protest"
    bool facility = false;   // "build an ammunition plant in": isFacilityNoun
    bool attack = false;     // "launched airstrikes on": isAttackNoun
    bool exercise = false;   // "held military drills near": isExerciseNoun
    bool stake = false;      // "holds a 19 percent stake in": a share of a company
    bool displaced = false;  // "send refugees back to": people moved, no force
    void note(std::string_view w);
    // The type these facts give an act of type `verbType` (relation-verbs.tsv name, "" when
    // the verb is unknown) by verb `lemma`; `verbType` itself when they say nothing.
    std::string retype(const std::string& verbType, std::string_view lemma) const;
    // Then what the act's object says: arms bought from a state (`prep` "from",
    // `countryTarget`) are military, a company's an economic matter ("orders four frigates
    // from Italy"); arms fired at a target are a conflict ("launched missiles at"); a plant
    // built somewhere is an investment; an untyped verb of a transfer noun ("banned the export
    // of ... to") takes the cargo's type, or economic for a trade noun.
    std::string objectActType(const std::string& type, std::string_view lemma,
                              std::string_view transferNoun, std::string_view prep,
                              bool countryTarget) const;
};

// The verb group of a predicate (SentenceParser::verbGroup): "did not send", "were hit",
// "began" (a light verb as the main verb when no other follows).
struct VerbGroup {
    bool negated = false;
    bool passive = false;
    bool lightMain = false;  // the main verb is a light one ("has 900 troops in", "held")
    bool jointly = false;    // "are jointly funding": the subjects act together
    std::string form;        // the verb as the label shows it ("sent", "carried out")
    std::string lemma;
    WordClass cls = WordClass::Unknown;
    size_t end = 0;     // the first token after the group
    bool each = false;  // "are each providing a frigate, A and B": one object per subject
};

// The object phrase after a verb group (SentenceParser::objectPhrase).
struct ObjectPhrase {
    std::string prep;               // the preposition before the party ("to", "with")
    std::string jointNoun;          // a relation noun two subjects share ("signed an agreement")
    std::string purposeLemma;       // the act intended ("agreed to sell": "sell")
    std::string cargo;              // what moves ("troops", "aid")
    std::string_view transferNoun;  // "banned the export of ... to": the act's noun
    ObjectFacts facts;              // what the object words say about the act's type
    size_t target = kNone;          // the party's mention
    bool byState = false;           // target is a nationality for its state ("on Chinese cars")
    std::vector<size_t> weapons;    // weapons as the object
    size_t end = 0;                 // the first token after the phrase
};

// Nouns of an armed attack ("airstrikes", "a raid", "an offensive"): made on a target, a
// conflict whatever the verb ("launched", "carried out").
bool isAttackNoun(std::string_view w);

// What types the act a predicate states (SentenceParser::actType): the main verb's type
// (relation-verbs.tsv name, "" when unknown) and lemma, the act it promises or intends
// ("pledged to deploy"), the cargo kept in the label, the preposition before the party,
// the transfer noun ("the export of"), the words of the object and the party.
struct PredicateAct {
    std::string_view verbType, mainLemma, purposeLemma, cargo, prep, transferNoun;
    WordClass mainClass;
    const ObjectFacts& facts;
    size_t target;
};

// The one entity a definite description names ("the mission", "the institute", "the court"):
// among the organisations, units and events named in the article before t, those whose name
// holds `noun` (ASCII lower case, "mission" in "Haiti
// Support Mission"); that one when all such mentions name the same thing, else kNone.
size_t describedEntity(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t,
                       std::string_view noun);

// "The Swedish company said": a description standing for the organisation just named.
// org-descriptors.txt and a few company nouns that also name jobs ("miner", "producer").
bool isCompanyDescriptionNoun(std::string_view w);
// Whether mention mi names a court ("the Tartu District Court found that ...").
bool isCourtMention(const ArticleTokens& art, const Mention& m);

// The organisation "its" or "the company" before token t means: the one that opens (is the
// subject of) the nearest of this and the two sentences before that opens with a name; when
// that sentence opens with a name of another type (a mistyped organisation, a person), none,
// so the role never falls to another organisation; when no sentence there opens with a name,
// the latest organisation named there.  kNone when there is none.
size_t storyOrganization(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t);

// The person "he"/"she" at token t stands for: the one person named as subject or speaker
// in the nearest sentence that names one (this sentence before t, then the two before; names
// sharing their last word are one person); kNone when that sentence names more than one or
// none does, so an ambiguous pronoun gives nothing.
size_t pronounAntecedent(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t);

}  // namespace entgraph
