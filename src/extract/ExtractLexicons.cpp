#include "extract/ExtractLexicons.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>

#include "core/Resources.h"
#include "extract/EntityWords.h"
#include "extract/RuleTagger.h"

namespace entgraph {

std::string asciiLower(std::string_view s) {
    std::string out;
    asciiLowerInto(s, out);
    return out;
}

void asciiLowerInto(std::string_view s, std::string& out) {
    // Every token of every article comes here: eight bytes at a time, without branches (a
    // byte loop costs several instructions a byte, and the compiler's vector version of it
    // is made for long strings).  0x20 goes into each byte in 'A'..'Z'; bytes >= 0x80 and
    // all others stay as they are.
    out.resize(s.size());
    char* to = out.data();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const uint64_t low7 = x & 0x7F7F7F7F7F7F7F7FULL;         // no carry between bytes below
        const uint64_t atLeastA = low7 + 0x3F3F3F3F3F3F3F3FULL;  // bit 7: byte >= 'A'
        const uint64_t pastZ = low7 + 0x2525252525252525ULL;     // bit 7: byte > 'Z'
        const uint64_t upper = atLeastA & ~pastZ & ~x & 0x8080808080808080ULL;
        x |= upper >> 2;
        std::memcpy(to + i, &x, 8);
    }
    for (; i < s.size(); ++i) {
        const char c = s[i];
        to[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
}

TokenInfo tokenInfo(std::string_view token, std::string_view lower) {
    return tokenInfo(token, lower, shortStringHash(lower));
}

TokenInfo tokenInfo(std::string_view token, std::string_view lower, uint64_t lowerHash) {
    const ExtractLexicons& x = ExtractLexicons::get();
    TokenInfo t;
    t.cap = startsUpper(token);
    for (unsigned char c : token)
        if (static_cast<unsigned char>((c | 0x20) - 'a') < 26 || c >= 0x80) {  // ASCII isalpha
            t.letter = true;
            break;
        }
    t.entry = x.entries.find(lower, lowerHash);
    if (t.entry) {
        t.word = t.entry->word;
        t.titleWords = t.entry->titleWords;
        t.firstName = t.entry->firstName;
        t.stopCap = t.entry->stopCap;
    }
    // Phrase keys are normalizePhrase()d: differs from the lower case only for curly quotes
    // (tokens hold no whitespace, but normalize whenever a byte could matter).
    bool plain = true;
    for (unsigned char c : lower)
        if (c == 0xE2 || (c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))) {
            plain = false;
            break;
        }
    t.plain = plain && !lower.empty();
    const WordEntry* p = plain ? t.entry : x.entry(normalizePhrase(lower));
    if (p) {
        t.phraseWords = p->phraseWords;
        t.demonymWords = p->demonymWords;
    }
    using namespace entitywords;
    const std::pair<bool (*)(std::string_view), EntityWordBit> lists[] = {
        {isMonth, kMonthWord},
        {isCountWord, kCountWord},
        {isVagueCountNoun, kVagueCountNounWord},
        {isRelativeDateStart, kRelativeDateStartWord},
        {isBareMonthAbbreviation, kBareMonthAbbreviation},
        {isWeekday, kWeekdayWord},
        {isScale, kScaleWord},
        {isCurrencyWord, kCurrencyWord}};
    for (const auto& [inList, bit] : lists)
        if (inList(lower)) t.entityWords |= bit;
    return t;
}

namespace {

// Calls fn(columns) for each non-comment line of an embedded TSV file.
template <class Fn>
void forEachLine(std::string_view name, Fn fn) {
    const std::string_view text = resource(std::string("assets/lexicons/") + std::string(name));
    size_t pos = 0;
    while (pos < text.size()) {
        size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        std::string_view cols[4];
        size_t n = 0, start = 0;
        while (n < 4) {
            const size_t tab = line.find('\t', start);
            cols[n++] = line.substr(
                start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        fn(cols, n);
    }
}

WordClass classOfTag(std::string_view tag) {
    if (tag == "NN") return WordClass::Noun;
    if (tag == "NNS") return WordClass::PluralNoun;
    if (tag == "VB" || tag == "VBP") return WordClass::Verb;
    if (tag == "VBZ") return WordClass::Verb3sg;
    if (tag == "VBD") return WordClass::VerbPast;
    if (tag == "VBN") return WordClass::Participle;
    if (tag == "VBG") return WordClass::Gerund;
    if (tag == "MD") return WordClass::Modal;
    if (tag.starts_with("JJ")) return WordClass::Adjective;
    if (tag.starts_with("RB") || tag == "WRB") return WordClass::Adverb;
    if (tag == "DT" || tag == "PDT" || tag == "WDT" || tag == "PRP$" || tag == "WP$")
        return WordClass::Determiner;
    if (tag == "IN") return WordClass::Preposition;
    if (tag == "CC") return WordClass::Conjunction;
    if (tag == "PRP" || tag == "WP" || tag == "EX") return WordClass::Pronoun;
    if (tag == "TO") return WordClass::To;
    if (tag == "CD") return WordClass::Number;
    return WordClass::Other;
}

}  // namespace

const WordInfo* ExtractLexicons::word(std::string_view lower) const {
    auto it = words.find(lower);
    return it == words.end() ? nullptr : &it->second;
}

std::string ExtractLexicons::verbLemma(std::string_view lower) const {
    if (const WordInfo* w = word(lower)) {
        if (verbTypes.count(w->lemma)) return w->lemma;
    }
    std::string s(lower);
    if (verbTypes.count(s)) return s;
    auto tryStem = [&](size_t cut, std::string_view add) -> std::string {
        if (s.size() <= cut + 2) return {};
        std::string stem = s.substr(0, s.size() - cut) + std::string(add);
        return verbTypes.count(stem) ? stem : std::string{};
    };
    for (auto [suffix, cut, add] :
         {std::tuple<std::string_view, size_t, std::string_view>{"ing", 3, ""},
          {"ing", 3, "e"},
          {"ied", 3, "y"},
          {"ies", 3, "y"},
          {"ed", 2, ""},
          {"ed", 1, ""},
          {"es", 2, ""},
          {"s", 1, ""}}) {
        if (!s.ends_with(suffix)) continue;
        std::string stem = tryStem(cut, add);
        if (!stem.empty()) return stem;
        // doubled consonant: "planned" -> "plan"
        if ((suffix == "ed" || suffix == "ing") && s.size() > cut + 3 &&
            s[s.size() - cut - 1] == s[s.size() - cut - 2]) {
            std::string st = s.substr(0, s.size() - cut - 1);
            if (verbTypes.count(st)) return st;
        }
    }
    if (const WordInfo* w = word(lower)) return w->lemma;
    return s;
}

const ExtractLexicons& ExtractLexicons::get() {
    static const ExtractLexicons lex = [] {
        ExtractLexicons l;
        l.words.reserve(17000);
        forEachLine("word-classes.tsv", [&](std::string_view* c, size_t n) {
            if (n < 3) return;
            l.words.emplace(std::string(c[0]), WordInfo{classOfTag(c[1]), std::string(c[2])});
        });
        // past tenses the treebanks never show ("lent"), as the treebanks' own are listed; a
        // past the treebanks show mostly as a noun ("shot") keeps its class and gets the verb's
        // lemma, so that it reads as the relation verb where a verb may stand ("shot down")
        forEachLine("irregular-verbs.tsv", [&](std::string_view* c, size_t n) {
            if (n < 2) return;
            auto [it, added] = l.words.try_emplace(
                std::string(c[0]), WordInfo{WordClass::VerbPast, std::string(c[1])});
            if (!added) it->second.lemma = std::string(c[1]);
        });
        forEachLine("abstract-plurals.txt", [&](std::string_view* c, size_t) {
            if (auto it = l.words.find(c[0]); it != l.words.end()) it->second.abstractPlural = true;
        });
        forEachLine("titles.tsv", [&](std::string_view* c, size_t n) {
            std::string key = normalizePhrase(c[0]);
            l.titleMaxWords =
                std::max<size_t>(l.titleMaxWords, 1 + std::count(key.begin(), key.end(), ' '));
            l.titles[key] = n > 1 && c[1] == "role";
        });
        forEachLine("org-words.tsv", [&](std::string_view* c, size_t n) {
            OrgWordPosition p = OrgWordPosition::Suffix;
            if (n > 1 && c[1] == "head") p = OrgWordPosition::Head;
            if (n > 1 && c[1] == "both") p = OrgWordPosition::Both;
            l.orgWords[normalizePhrase(c[0])] = p;
        });
        auto set = [](const char* file, std::unordered_set<std::string>& out) {
            forEachLine(file,
                        [&](std::string_view* c, size_t) { out.insert(normalizePhrase(c[0])); });
        };
        set("military-units.txt", l.militaryUnitHeads);
        set("currencies.txt", l.currencyWords);
        set("event-words.txt", l.eventWords);
        set("location-heads.txt", l.locationHeads);
        set("stop-caps.txt", l.stopCaps);
        set("cargo-nouns.txt", l.cargoNouns);
        set("org-descriptors.txt", l.orgDescriptors);
        forEachLine("infrastructure-words.tsv", [&](std::string_view* c, size_t n) {
            l.infrastructureWords[normalizePhrase(c[0])] = n < 2 || c[1] != "mod";
        });
        forEachLine("weapons.tsv", [&](std::string_view* c, size_t n) {
            WeaponRole r = WeaponRole::Head;
            if (n > 1 && c[1] == "mod") r = WeaponRole::Mod;
            if (n > 1 && c[1] == "both") r = WeaponRole::Both;
            if (n > 1 && c[1] == "name") r = WeaponRole::Name;
            if (n > 1 && c[1] == "namemod") r = WeaponRole::NameMod;
            l.weaponWords[normalizePhrase(c[0])] = r;
        });
        forEachLine("relation-verbs.tsv", [&](std::string_view* c, size_t n) {
            if (n > 1) l.verbTypes.emplace(std::string(c[0]), std::string(c[1]));
        });
        forEachLine("relation-nouns.tsv", [&](std::string_view* c, size_t n) {
            if (n < 2) return;
            if (auto t = parseRelationType(c[1])) l.relationNouns.emplace(std::string(c[0]), *t);
        });
        l.mediaOrgs = Gazetteer::fromTsv(resource("assets/lexicons/media-orgs.txt"), 0);
        l.countryAliases = Gazetteer::fromTsv(resource("assets/lexicons/country-aliases.tsv"), 1);
        const Lexicons& base = Lexicons::get();
        auto index = [&](const Gazetteer& g) {
            g.forEachPhrase([&](std::string_view phrase) {
                const size_t space = phrase.find(' ');
                const std::string_view first = phrase.substr(0, space);
                const size_t words = 1 + std::count(phrase.begin(), phrase.end(), ' ');
                uint8_t& slot = l.entries[first].phraseWords;
                slot = static_cast<uint8_t>(std::max<size_t>(slot, std::min<size_t>(words, 255)));
            });
        };
        for (const Gazetteer* g : std::initializer_list<const Gazetteer*>{
                 &base.knownPeople, &base.knownOrgs, &base.countries, &base.capitals,
                 &base.subdivisions, &base.cities, &l.mediaOrgs, &l.countryAliases})
            index(*g);
        const std::pair<const Gazetteer*, PhraseGazetteer> bits[] = {
            {&base.knownPeople, kKnownPeople},    {&l.mediaOrgs, kMediaOrgs},
            {&base.knownOrgs, kKnownOrgs},        {&base.countries, kCountries},
            {&l.countryAliases, kCountryAliases}, {&base.capitals, kCapitals},
            {&base.subdivisions, kSubdivisions},  {&base.cities, kCities}};
        size_t phrases = 0;
        for (const auto& [g, bit] : bits) phrases += g->size();
        l.phraseBits.reserve(phrases);
        for (const auto& [g, bit] : bits)
            g->forEachPhrase([&, bit = bit](std::string_view phrase) {
                l.phraseBits.add(shortStringHash(phrase), bit);
            });

        // The per-word-form table (WordEntry).
        auto firstWords = [](std::string_view phrase) {
            return std::pair{
                phrase.substr(0, phrase.find(' ')),
                std::min<size_t>(1 + std::count(phrase.begin(), phrase.end(), ' '), 255)};
        };
        for (const auto& [w, info] : l.words) l.entries[w].word = &info;
        for (const auto& [t, role] : l.titles) {
            const auto [first, n] = firstWords(t);
            uint8_t& slot = l.entries[std::string(first)].titleWords;
            slot = static_cast<uint8_t>(std::max<size_t>(slot, n));
        }
        base.demonyms.forEachPhrase([&](std::string_view phrase) {
            const auto [first, n] = firstWords(phrase);
            uint8_t& slot = l.entries[std::string(first)].demonymWords;
            slot = static_cast<uint8_t>(std::max<size_t>(slot, n));
        });
        base.firstNames.forEachPhrase(
            [&](std::string_view name) { l.entries[std::string(name)].firstName = true; });
        for (const std::string& w : l.stopCaps) l.entries[w].stopCap = true;
        for (const auto& [w, role] : l.weaponWords) {
            WordEntry& e = l.entries[w];
            e.weapon = true;
            e.weaponRole = role;
        }
        for (const auto& [w, position] : l.orgWords) {
            WordEntry& e = l.entries[w];
            e.orgWord = true;
            e.orgPosition = position;
        }
        for (const std::string& w : l.eventWords) l.entries[w].eventWord = true;
        for (const std::string& w : l.locationHeads) l.entries[w].locationHead = true;
        for (const std::string& w : l.militaryUnitHeads) l.entries[w].militaryUnitHead = true;
        l.entries.shrinkToFit();
        return l;
    }();
    return lex;
}

namespace entitywords {

bool isCurrencyWord(std::string_view lower) {
    const auto& words = ExtractLexicons::get().currencyWords;
    return words.find(std::string(lower)) != words.end();
}

}  // namespace entitywords

}  // namespace entgraph
