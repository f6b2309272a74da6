#pragma once
// The team lexicons the rule-based extraction stages use (assets/lexicons/*.txt|tsv written
// for entgraph, next to the derived ones of text/Lexicons.h), loaded once.  Keys are
// lower-case ASCII (normalizePhrase).
//
// Thread safety: ExtractLexicons::get() is a thread-safe static, read-only afterwards.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/Types.h"
#include "text/FlatStringMap.h"
#include "text/Lexicons.h"

namespace entgraph {

// A coarse part of speech from the Penn tag of assets/lexicons/word-classes.tsv.
enum class WordClass : uint8_t {
    Unknown,
    Noun,         // NN
    PluralNoun,   // NNS
    Verb,         // VB, VBP
    Verb3sg,      // VBZ
    VerbPast,     // VBD
    Participle,   // VBN
    Gerund,       // VBG
    Modal,        // MD
    Adjective,    // JJ*
    Adverb,       // RB*
    Determiner,   // DT, PDT, WDT, PRP$
    Preposition,  // IN
    Conjunction,  // CC
    Pronoun,      // PRP, WP, EX
    To,           // TO
    Number,       // CD
    Other,
};

struct WordInfo {
    WordClass cls = WordClass::Unknown;
    std::string lemma;
    // abstract-plurals.txt: a plural whose count is no quantity ("three recommendations")
    bool abstractPlural = false;
};

// NameMod: a modifier only inside a named weapon ("Simsek light fighter jets"; "light fighter
// jets" alone is no weapon).
enum class WeaponRole : uint8_t { Head, Mod, Both, Name, NameMod };
enum class OrgWordPosition : uint8_t { Suffix, Head, Both };

// Everything the rule stages ask of one word form, gathered so that a token costs one hash
// look-up per article (see TokenInfo in Annotation.h) instead of one per stage and rule.
struct WordEntry {
    const WordInfo* word = nullptr;  // ExtractLexicons::words entry
    uint8_t phraseWords = 0;         // ExtractLexicons::maxPhraseWords (normalized first word)
    uint8_t titleWords = 0;          // most words of a title starting with this word
    uint8_t demonymWords = 0;        // most words of a demonym starting with this word
    bool firstName = false;          // Lexicons::firstNames
    bool stopCap = false;            // ExtractLexicons::stopCaps
    bool weapon = false;             // in ExtractLexicons::weaponWords, role below
    WeaponRole weaponRole = WeaponRole::Head;
    // In the head-word sets of the same names (the rule tagger asks them of most words of
    // every capitalised run: one hashed std::string look-up each, otherwise).
    bool orgWord = false;  // ExtractLexicons::orgWords, position below
    OrgWordPosition orgPosition = OrgWordPosition::Suffix;
    bool eventWord = false;
    bool locationHead = false;
    bool militaryUnitHead = false;
};

// The gazetteers the rule tagger matches phrases against, as bits (ExtractLexicons::phraseBits).
enum PhraseGazetteer : uint8_t {
    kKnownPeople = 1,
    kMediaOrgs = 2,
    kKnownOrgs = 4,
    kCountries = 8,
    kCountryAliases = 16,
    kCapitals = 32,
    kSubdivisions = 64,
    kCities = 128,
};

struct ExtractLexicons {
    std::unordered_map<std::string, WordInfo, TransparentStringHash, std::equal_to<>>
        words;  // common English words (no proper nouns)
    std::unordered_map<std::string, bool, TransparentStringHash, std::equal_to<>>
        titles;  // role/title noun -> true when it is a role (not "Mr.")
    size_t titleMaxWords = 1;
    std::unordered_map<std::string, OrgWordPosition> orgWords;
    std::unordered_set<std::string> militaryUnitHeads;
    std::unordered_map<std::string, WeaponRole> weaponWords;
    std::unordered_set<std::string> eventWords;
    std::unordered_set<std::string> locationHeads;
    std::unordered_set<std::string> stopCaps;
    std::unordered_set<std::string> cargoNouns;
    std::unordered_set<std::string> currencyWords;   // currencies.txt
    std::unordered_set<std::string> orgDescriptors;  // "the carmaker X", "X, a power company"
    // "the Nord Stream 2 gas pipeline": word -> true for a head ("pipeline"), false for a
    // word between the name and the head ("gas")
    std::unordered_map<std::string, bool> infrastructureWords;
    std::unordered_map<std::string, std::string> verbTypes;  // lemma -> "MILITARY" / "LIGHT" ...
    std::unordered_map<std::string, RelationType> relationNouns;
    Gazetteer mediaOrgs;
    Gazetteer countryAliases;  // "U.S." -> "United States"
    // normalized first word -> the most words of any phrase starting with it, over the
    // gazetteers the rule tagger uses (WordEntry::phraseWords): rules out most capitalised
    // tokens.
    size_t maxPhraseWords(std::string_view firstWordNormalized) const {
        const WordEntry* e = entry(firstWordNormalized);
        return e ? e->phraseWords : 0;
    }

    // Word form (lower case, or normalized for the phrase/demonym counts) -> its entry.
    FlatStringMap<WordEntry> entries;
    const WordEntry* entry(std::string_view key) const { return entries.find(key); }
    // shortStringHash(normalized phrase) -> PhraseGazetteer bits of the gazetteers that may
    // list it: one look-up rules out a candidate phrase; a set bit is confirmed with the
    // gazetteer itself (hashes may collide).
    HashFlags phraseBits;
    uint8_t phraseCandidates(std::string_view normalized) const {
        return phraseBits.get(shortStringHash(normalized));
    }

    const WordInfo* word(std::string_view lower) const;
    bool isCommonWord(std::string_view lower) const { return word(lower) != nullptr; }
    // The verb lemma of a word form ("deploying" -> "deploy"); falls back to suffix rules.
    std::string verbLemma(std::string_view lower) const;

    static const ExtractLexicons& get();
};

// ASCII lower case (other bytes unchanged).
std::string asciiLower(std::string_view s);
// The same into out (its memory reused).
void asciiLowerInto(std::string_view s, std::string& out);

// One token's lexical facts, computed once per article (Extractor) or sentence (RuleTagger
// alone), so the stages never look a token up again.
// The entity rules' word lists (EntityWords.h) a token's lower case is in, as bits of
// TokenInfo::entityWords: the rules ask them of nearly every token, and a bit test costs less
// than a list's filter and compare.
enum EntityWordBit : uint16_t {
    kMonthWord = 1,               // isMonth
    kCountWord = 2,               // isCountWord
    kVagueCountNounWord = 4,      // isVagueCountNoun
    kRelativeDateStartWord = 8,   // isRelativeDateStart
    kBareMonthAbbreviation = 16,  // isBareMonthAbbreviation
    kWeekdayWord = 32,            // isWeekday
    kScaleWord = 64,              // isScale
    kCurrencyWord = 128,          // isCurrencyWord
};

struct TokenInfo {
    const WordEntry* entry = nullptr;  // by lower case (asciiLower)
    const WordInfo* word = nullptr;    // common-word entry (ExtractLexicons::word)
    uint8_t phraseWords = 0;           // by normalized form (ExtractLexicons::maxPhraseWords)
    uint8_t demonymWords = 0;          // by normalized form
    uint8_t titleWords = 0;
    bool cap = false;     // startsUpper
    bool letter = false;  // some letter (ASCII or any non-ASCII byte)
    bool firstName = false;
    bool stopCap = false;
    // The lower case is the token's phrase key (normalizePhrase): non-empty, no whitespace
    // and no curly quote (phraseKey() joins such tokens' lower case as it is).
    bool plain = false;
    uint16_t entityWords = 0;  // EntityWordBit: the lists the lower case is in
    bool weapon() const { return entry && entry->weapon; }
};
// lower must be asciiLower(token).
TokenInfo tokenInfo(std::string_view token, std::string_view lower);
// The same given lowerHash == shortStringHash(lower) (hashed once for a prefetch already).
TokenInfo tokenInfo(std::string_view token, std::string_view lower, uint64_t lowerHash);

// Lower-case nouns that name a kind of place ("a port city in", "the town of Engels").
inline bool isPlaceNoun(std::string_view w) {
    return w == "city" || w == "town" || w == "village" || w == "port" || w == "region" ||
           w == "province" || w == "district" || w == "county" || w == "island" || w == "capital" ||
           w == "area" || w == "municipality" || w == "enclave" || w == "territory" ||
           w == "suburb" || w == "oblast" || w == "governorate" || w == "prefecture" ||
           w == "islands" || w == "archipelago";
}

// Nouns of a ship ("the oil tanker Marisol Dawn", "the frigate Hessen").
inline bool isVesselNoun(std::string_view w) {
    return w == "tanker" || w == "ship" || w == "vessel" || w == "freighter" || w == "frigate" ||
           w == "destroyer" || w == "corvette" || w == "submarine" || w == "cruiser" ||
           w == "ferry" || w == "yacht" || w == "trawler" || w == "icebreaker" || w == "warship" ||
           w == "carrier" || w == "boat" || w == "containership" || w == "tug";
}

// "north", "southwest": a direction ("a town 30 km west of Y").
inline bool isCompassWord(std::string_view w) {
    return w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" ||
           w == "northwest" || w == "southeast" || w == "southwest";
}

// Lower-case nouns that follow the name of a military exercise ("the Zapad exercise",
// "Ulchi Freedom Shield drills"): the name is an EVENT and acting on it is MILITARY.
inline bool isExerciseNoun(std::string_view w) {
    return w == "exercise" || w == "exercises" || w == "drills" || w == "drill" ||
           w == "manoeuvres" || w == "maneuvers" || w == "wargames";
}

}  // namespace entgraph
