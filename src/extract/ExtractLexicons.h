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
};

enum class WeaponRole : uint8_t { Head, Mod, Both, Name };
enum class OrgWordPosition : uint8_t { Suffix, Head, Both };

struct ExtractLexicons {
    std::unordered_map<std::string, WordInfo, TransparentStringHash, std::equal_to<>>
        words;  // common English words (no proper nouns)
    std::unordered_map<std::string, bool>
        titles;  // role/title noun -> true when it is a role (not "Mr.")
    size_t titleMaxWords = 1;
    std::unordered_map<std::string, OrgWordPosition> orgWords;
    std::unordered_set<std::string> militaryUnitHeads;
    std::unordered_map<std::string, WeaponRole> weaponWords;
    std::unordered_set<std::string> eventWords;
    std::unordered_set<std::string> locationHeads;
    std::unordered_set<std::string> stopCaps;
    std::unordered_set<std::string> cargoNouns;
    std::unordered_map<std::string, std::string> verbTypes;  // lemma -> "MILITARY" / "LIGHT" ...
    std::unordered_map<std::string, RelationType> relationNouns;
    Gazetteer mediaOrgs;
    Gazetteer countryAliases;  // "U.S." -> "United States"
    // normalized first word -> the most words of any phrase starting with it, over the
    // gazetteers the rule tagger uses: one lookup rules out most capitalised tokens.
    std::unordered_map<std::string, uint8_t, TransparentStringHash, std::equal_to<>> phraseStarts;
    size_t maxPhraseWords(std::string_view firstWordNormalized) const {
        auto it = phraseStarts.find(firstWordNormalized);
        return it == phraseStarts.end() ? 0 : it->second;
    }

    const WordInfo* word(std::string_view lower) const;
    bool isCommonWord(std::string_view lower) const { return word(lower) != nullptr; }
    // The verb lemma of a word form ("deploying" -> "deploy"); falls back to suffix rules.
    std::string verbLemma(std::string_view lower) const;

    static const ExtractLexicons& get();
};

// ASCII lower case (other bytes unchanged).
std::string asciiLower(std::string_view s);

}  // namespace entgraph
