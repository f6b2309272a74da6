#include "extract/RuleTagger.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "extract/EntityWords.h"
#include "extract/ExtractLexicons.h"
#include "text/Lexicons.h"
#include "text/Tokenizer.h"

namespace entgraph {

namespace {

constexpr size_t kNoRun = static_cast<size_t>(-1);

bool isNameConnector(std::string_view lower) {
    return lower == "de" || lower == "da" || lower == "do" || lower == "dos" || lower == "del" ||
           lower == "di" || lower == "du" || lower == "la" || lower == "le" || lower == "van" ||
           lower == "von" || lower == "der" || lower == "den" || lower == "bin" || lower == "al" ||
           lower == "el" || lower == "ibn";
}

struct SentenceWords {
    std::span<const std::string_view> tok;
    std::span<const std::string> lower;
    std::span<const TokenInfo> ti;
    bool titleCase = false;
    bool cap(size_t i) const { return ti[i].cap; }
    const WordInfo* info(size_t i) const { return ti[i].word; }
    bool common(size_t i) const { return ti[i].word != nullptr; }
    bool firstName(size_t i) const { return ti[i].firstName; }
    bool stopCap(size_t i) const { return ti[i].stopCap; }
    // The head-word sets of ExtractLexicons, asked of token i's lower case through its entry.
    const OrgWordPosition* orgWord(size_t i) const {
        const WordEntry* e = ti[i].entry;
        return e && e->orgWord ? &e->orgPosition : nullptr;
    }
    bool orgHead(size_t i) const {  // an organisation word that is no mere suffix
        const OrgWordPosition* p = orgWord(i);
        return p && *p != OrgWordPosition::Suffix;
    }
    bool eventWord(size_t i) const { return ti[i].entry && ti[i].entry->eventWord; }
    bool locationHead(size_t i) const { return ti[i].entry && ti[i].entry->locationHead; }
    bool militaryUnitHead(size_t i) const { return ti[i].entry && ti[i].entry->militaryUnitHead; }
};

struct Match {
    size_t end = 0;
    EntityType type = EntityType::Location;
    bool townOnly = false;  // only a city or subdivision list has it (weak evidence)
};

// Longest gazetteer phrase in [b, limit) starting at b and ending on a capitalised token.
// "The Hague": a place whose name, as listed, begins with the article (and the rest alone
// is no place).
bool placeNamedWithArticle(const SentenceWords& s, size_t b, size_t limit) {
    const Lexicons& lex = Lexicons::get();
    if (b + 1 >= limit || !s.cap(b + 1)) return false;
    thread_local std::string buffer;
    const std::string_view name = phraseKey(s.tok, s.lower, s.ti, b + 1, b + 2, buffer);
    if (lex.cities.containsNormalized(name) || lex.countries.containsNormalized(name)) return false;
    return lex.cities.containsNormalized(phraseKey(s.tok, s.lower, s.ti, b, b + 2, buffer));
}

std::optional<Match> gazetteerMatch(const SentenceWords& s, size_t b, size_t limit) {
    const Lexicons& lex = Lexicons::get();
    const ExtractLexicons& x = ExtractLexicons::get();
    // "The European Union" -> "European Union", but "The Hague" keeps its article
    if (s.lower[b] == "the" && !placeNamedWithArticle(s, b, limit)) return std::nullopt;
    const size_t maxLen = std::min<size_t>(limit - b, s.ti[b].phraseWords);
    thread_local std::string buffer;
    for (size_t len = maxLen; len >= 1; --len) {
        const size_t e = b + len;
        if (!s.cap(e - 1)) continue;
        const std::string_view phrase = phraseKey(s.tok, s.lower, s.ti, b, e, buffer);
        const uint8_t bits = x.phraseCandidates(phrase);
        if (bits == 0) continue;  // in none of the gazetteers below
        auto in = [&](PhraseGazetteer bit, const Gazetteer& g) {
            return (bits & bit) && g.containsNormalized(phrase);
        };
        const bool single = len == 1;
        const bool common = single && (s.common(b) || s.stopCap(b));  // "Christmas" (a town)
        if (in(kKnownPeople, lex.knownPeople) && !common) return Match{e, EntityType::Person};
        if (in(kMediaOrgs, x.mediaOrgs)) return Match{e, EntityType::Organization};
        if (in(kKnownOrgs, lex.knownOrgs) && !common) return Match{e, EntityType::Organization};
        if (in(kCountries, lex.countries) || in(kCountryAliases, x.countryAliases))
            return Match{e, EntityType::Location};
        if (in(kCapitals, lex.capitals)) return Match{e, EntityType::Location};
        if (common) continue;
        if (in(kSubdivisions, lex.subdivisions) || in(kCities, lex.cities)) {
            if (single && (s.lower[b].size() < 3 || s.titleCase))
                continue;  // "Baltic" in a headline
            // "Council chair X", "Energy Minister": a body's word before it is a town's
            if (single && s.orgWord(b)) continue;
            // "The Hague": the listed article makes the name unambiguous
            return Match{e, EntityType::Location, s.lower[b] != "the"};
        }
    }
    return std::nullopt;
}

// The title (ExtractLexicons::titles) of up to `most` words at i: its entry, or nullptr.
const std::pair<const std::string, bool>* titleEntry(const SentenceWords& s, size_t i,
                                                     size_t& len) {
    const ExtractLexicons& x = ExtractLexicons::get();
    thread_local std::string key;
    for (size_t n = std::min<size_t>(s.ti[i].titleWords, s.tok.size() - i); n >= 1; --n) {
        key = s.lower[i];
        for (size_t k = 1; k < n; ++k) {
            key += ' ';
            key += s.lower[i + k];
        }
        auto it = x.titles.find(key);
        if (it != x.titles.end()) {
            len = n;
            return &*it;
        }
    }
    return nullptr;
}

bool isTitleAt(const SentenceWords& s, size_t i, size_t& len) {
    return titleEntry(s, i, len) != nullptr;
}

// "air base", "oil refinery", "nuclear power plant", "copper mine", "gas field" at e: a facility
// head after a name, part of the place's name ("the Kossei air base", "the Saratov oil refinery");
// its length in words, 0 when there is none.
size_t facilityHeadWords(const SentenceWords& s, size_t e) {
    const size_t n = s.tok.size();
    if (e + 1 >= n) return 0;
    auto any = [](std::string_view w, std::initializer_list<std::string_view> words) {
        return std::find(words.begin(), words.end(), w) != words.end();
    };
    const std::string_view w = s.lower[e], head = s.lower[e + 1];
    if (head == "base") return any(w, {"air", "naval", "military", "army", "airforce"}) ? 2 : 0;
    if (w == "nuclear" && head == "power" && e + 2 < n && s.lower[e + 2] == "plant") return 3;
    // "the Kasempa copper mine", "the Galkynysh gas field"
    if (head == "mine" || head == "mines")
        return any(w, {"copper", "gold", "coal", "iron", "lithium", "cobalt", "nickel", "diamond",
                       "uranium", "silver", "zinc", "bauxite"})
                   ? 2
                   : 0;
    if (head == "field" || head == "fields") return any(w, {"gas", "oil", "oilfield"}) ? 2 : 0;
    const bool facility = any(head, {"refinery", "terminal", "depot", "plant"});
    return facility && any(w, {"oil", "gas", "fuel", "ammunition", "arms", "power", "nuclear",
                               "chemical", "lng"})
               ? 2
               : 0;
}

// A capitalised title at i ("President", "Prime Minister", "Gen.").
bool titleAtRun(const SentenceWords& s, size_t i, size_t& len, bool& role) {
    if (!s.cap(i)) return false;
    const auto* t = titleEntry(s, i, len);
    if (t) role = t->second;
    return t != nullptr;
}

bool nameLike(const SentenceWords& s, size_t i) {
    if (!s.cap(i) || !s.ti[i].letter) return false;
    if (s.stopCap(i)) return false;
    if (s.firstName(i)) return true;
    if (s.tok[i].size() == 2 && s.tok[i][1] == '.') return true;  // initial "W."
    return !s.common(i);
}

// Named infrastructure: the name before "(power|gas|...) cable/pipeline" ("the Baltic Link 3
// power cable", "the Nord Stream 2 pipeline", "the Balticconnector gas pipeline") names a
// facility, a place (LOCATION, as UNER tags facilities); the head word stays outside the name.
// Returns the end of the name (a run [b, j) plus an optional number), or b when there is none.
// A demonym, a country or a known place before the words ("the Russian gas pipeline", "the
// Finland cable") describes the line rather than naming it.
// "pipeline", "interconnector", "cable": the head word of a named line
// (infrastructure-words.tsv).
bool isLineHead(std::string_view lower) {
    const auto& words = ExtractLexicons::get().infrastructureWords;
    const auto it = words.find(std::string(lower));
    return it != words.end() && it->second;
}

size_t infrastructureNameEnd(const SentenceWords& s, size_t b, size_t j) {
    const auto& words = ExtractLexicons::get().infrastructureWords;
    auto role = [&](size_t k) -> const bool* {  // true: head, false: modifier, null: neither
        if (s.cap(k)) return nullptr;
        auto it = words.find(s.lower[k]);
        return it == words.end() ? nullptr : &it->second;
    };
    const size_t n = s.tok.size();
    size_t e = j;
    // "Baltic Link 3", "Nord Stream 2": a short number ends the name
    if (e < n && s.tok[e].size() <= 2 &&
        std::all_of(s.tok[e].begin(), s.tok[e].end(),
                    [](unsigned char c) { return std::isdigit(c); }))
        ++e;
    size_t k = e;
    while (k < n && k - e < 2 && role(k) && !*role(k)) ++k;
    if (k >= n || !role(k) || !*role(k)) return b;
    for (size_t p = b; p < j; ++p)
        if (!s.cap(p) || s.ti[p].demonymWords > 0 || isPossessive(s.tok[p])) return b;
    if (auto g = gazetteerMatch(s, b, j); g && g->end == j) return b;
    return e;
}
}  // namespace

void annotateTokens(std::span<const std::string_view> tokens, std::vector<std::string>& lower,
                    std::vector<TokenInfo>& info) {
    lower.clear();
    info.clear();
    lower.reserve(tokens.size());
    info.reserve(tokens.size());
    for (const std::string_view t : tokens) {
        lower.push_back(asciiLower(t));
        info.push_back(tokenInfo(t, lower.back()));
    }
}

std::vector<TaggedSpan> RuleTagger::tagSentence(std::span<const std::string_view> tokens) const {
    std::vector<std::string> lower;
    std::vector<TokenInfo> info;
    annotateTokens(tokens, lower, info);
    return tagAnnotated(tokens, lower, info, isTitleCase(info));
}

std::vector<TaggedSpan> RuleTagger::tagAnnotated(std::span<const std::string_view> tokens,
                                                 std::span<const std::string> lower,
                                                 std::span<const TokenInfo> info,
                                                 bool titleCase) const {
    const Lexicons& lex = Lexicons::get();
    const SentenceWords s{tokens, lower, info, titleCase};
    const size_t n = tokens.size();

    std::vector<TaggedSpan> out;
    auto emit = [&](size_t b, size_t e, EntityType t, float confidence = 0.6f) {
        // Extend with a following lower-case event or place word.
        if (e < n && !s.cap(e)) {
            if ((t == EntityType::Organization || t == EntityType::Event ||
                 t == EntityType::Location) &&
                s.eventWord(e) && s.lower[e] != "war" && s.lower[e] != "talks" &&
                s.lower[e] != "meeting" && s.lower[e] != "elections" && s.lower[e] != "election")
                t = EntityType::Event, ++e, confidence = std::max(confidence, kHeadRule);
            else if (t == EntityType::Location && s.locationHead(e) && s.lower[e] != "border" &&
                     s.lower[e] != "city" && s.lower[e] != "coast")
                ++e, confidence = std::max(confidence, kHeadRule);
            else if (const size_t h = t == EntityType::Location ? facilityHeadWords(s, e) : 0)
                e += h, confidence = std::max(confidence, kHeadRule);  // "Kossei air base"
        }
        out.push_back({b, e, t, confidence});
    };

    size_t i = 0;
    size_t titledRunAt = kNoRun;
    while (i < n) {
        if (!s.cap(i) || !s.ti[i].letter) {
            ++i;
            continue;
        }
        if ((s.lower[i] == "the" && !placeNamedWithArticle(s, i, n)) || s.lower[i] == "a" ||
            s.lower[i] == "an") {
            ++i;  // names rarely start with an article: "The European Union"
            continue;
        }
        // A title opens the run: the name after it is a person ("President Lee Jae-myung").
        {
            size_t tl = 0;
            bool role = false;
            if (titleAtRun(s, i, tl, role) && i + tl < n && s.cap(i + tl)) {
                titledRunAt = i + tl;
                i += tl;
                continue;
            }
        }
        // Run [i, j) of capitalised tokens with connectors.
        const bool orgRun = s.orgHead(i);
        bool complement = false;  // inside "Office for the ...": its "of" and "and" join too
        size_t j = i + 1;
        while (j < n) {
            if (s.cap(j) && s.ti[j].letter) {
                size_t tl = 0;
                bool role = false;
                if (j > i && titleAtRun(s, j, tl, role) && j + tl < n && s.cap(j + tl) && role)
                    break;
                ++j;
                continue;
            }
            if (j + 2 < n && s.cap(j + 2) && isNameConnector(s.lower[j]) &&
                isNameConnector(s.lower[j + 1])) {
                j += 3;  // "von der Leyen", "de la Cruz"
                continue;
            }
            if ((orgRun || complement) && j + 1 < n && s.cap(j + 1) &&
                (s.lower[j] == "for" || s.lower[j] == "and" || s.lower[j] == "on" ||
                 s.lower[j] == "of")) {
                j += 2;  // "Center for Strategic and International Studies"
                continue;
            }
            // "Baltic Centre for Defence Studies": an organisation head word inside the
            // run takes its complement ("on" not: "the Ferry Company on Thursday")
            if (j + 1 < n && s.cap(j + 1) && s.lower[j] == "for" && s.orgHead(j - 1)) {
                j += 2;
                continue;
            }
            // "United Nations Office for the Coordination of Humanitarian Affairs"
            if (j + 2 < n && s.lower[j] == "for" && s.lower[j + 1] == "the" && s.cap(j + 2) &&
                s.orgHead(j - 1) && !s.stopCap(j + 2)) {
                j += 3;
                complement = true;
                continue;
            }
            if (j + 1 < n && s.cap(j + 1) &&
                (isNameConnector(s.lower[j]) ||
                 (s.lower[j] == "of" &&
                  (s.orgWord(j - 1) || s.locationHead(j - 1) || s.eventWord(j - 1) ||
                   s.lower[j - 1] == "kingdom" || s.lower[j - 1] == "states" ||
                   s.lower[j - 1] == "emirates" || s.lower[j - 1] == "union" ||
                   s.lower[j - 1] == "isle")) ||
                 isPossessive(tokens[j]))) {
                j += 2;
                continue;
            }
            break;
        }
        // A listed organisation may go on past the words a run joins ("Organization for
        // Security and Co-operation in Europe", "... of Red Cross and Red Crescent Societies").
        if (j < n && s.ti[i].phraseWords > j - i && !s.cap(j))  // only then can one go on
            if (auto g = gazetteerMatch(s, i, n);
                g && g->end > j && g->type == EntityType::Organization)
                j = g->end;
        // Sentence-initial common word: keep only if a gazetteer phrase starts there.
        size_t b = i;
        const bool atStart = i == 0 || (i == 1 && !s.ti[0].letter);
        if (atStart && (s.common(i) || s.stopCap(i)) && !gazetteerMatch(s, i, j)) {
            i = i + 1;
            continue;
        }
        // "Two Philippine Coast Guard boats" after a dateline: a count opens no name
        if (j - i >= 2 && entitywords::isCountWord(s.lower[i]) && !gazetteerMatch(s, i, j)) {
            i = i + 1;
            continue;
        }
        // "Manila's National Maritime Council", "NATO's Allied Air Command": a listed place
        // or organisation owning the name is its own mention ("People's Party" and
        // "Prosecutor's Office" stay whole)
        if ((j - b >= 3 && isPossessive(tokens[b + 1])) ||
            (j - b >= 4 && isPossessive(tokens[b + 2]))) {
            const size_t p = isPossessive(tokens[b + 1]) ? b + 1 : b + 2;
            const auto owner = gazetteerMatch(s, b, p);
            const bool listedOwner =
                owner && owner->end == p && !owner->townOnly &&
                (owner->type == EntityType::Location || owner->type == EntityType::Organization);
            if (listedOwner && s.cap(p + 1)) {
                emit(b, p, owner->type, kGazetteer);
                b = p + 1;
            }
        }
        if (const size_t e = infrastructureNameEnd(s, b, j); e > b) {
            emit(b, e, EntityType::Location, kHeadRule);
            i = e;
            continue;
        }
        // Whole-run head rules.
        const size_t len = j - b;
        const std::string& last = s.lower[j - 1];
        const OrgWordPosition* orgPos = s.orgWord(j - 1);
        bool headDone = false;
        bool restNameLike = true;  // in title case, the other words must not be common words
        for (size_t k = b; k + 1 < j; ++k)
            if (s.cap(k) && !nameLike(s, k) && !gazetteerMatch(s, k, k + 1)) restNameLike = false;
        // "Putin's Kremlin" is two names; "the Prosecutor's Office", "the People's Party"
        // (a common word owning an organisation suffix) is one
        const bool possessiveInside =
            len >= 2 && isPossessive(tokens[j - 2]) &&
            !(len >= 3 && orgPos && *orgPos != OrgWordPosition::Head && s.common(j - 3));
        if (len >= 2 && (!titleCase || restNameLike) && !possessiveInside) {
            // "a U.S. Marine", "a Royal Marine": a service member, not a company
            const bool serviceMember = last == "marine" && [&] {
                const auto g = gazetteerMatch(s, b, j - 1);
                return (g && g->end == j - 1) || s.lower[j - 2] == "royal";
            }();
            if (orgPos && *orgPos != OrgWordPosition::Head && !serviceMember) {
                emit(b, j, EntityType::Organization, kHeadRule), headDone = true;
            } else if (s.militaryUnitHead(j - 1)) {
                emit(b, j, EntityType::Organization, kHeadRule), headDone = true;
            } else if (s.eventWord(j - 1)) {
                emit(b, j, EntityType::Event, kHeadRule), headDone = true;
            } else if ((s.locationHead(j - 1) && last != "state" && last != "republic") ||
                       isLineHead(last)) {
                // "the Trans-Afghan Gas Pipeline", "the Baltic Interconnector": a named line
                // is a place, as in EntityRules
                emit(b, j, EntityType::Location, kHeadRule), headDone = true;
            } else if (len >= 3 && [&] {
                           // an organisation head word before of/for/on anywhere in the run
                           for (size_t k = b; k + 2 < j; ++k) {
                               // "the Government of Canada" is Canada's government, the
                               // country ("the Government of National Unity" is a name)
                               if (s.lower[k] == "government" && k == b &&
                                   lex.countries.contains(
                                       joinTokens(tokens.subspan(k + 2, j - k - 2))))
                                   return false;
                               if (s.orgHead(k) &&
                                   (s.lower[k + 1] == "of" || s.lower[k + 1] == "for" ||
                                    s.lower[k + 1] == "on"))
                                   return true;
                           }
                           return false;
                       }()) {
                emit(b, j, EntityType::Organization, kHeadRule), headDone = true;
            }
        }
        if (headDone) {
            i = out.back().end;
            continue;
        }
        // A person name over the whole run beats single-token place names inside it
        // ("Bruce W. Bennett", "Kim Jong-un": Bruce and Kim are also towns).
        if (len >= 2 && len <= 4 && (!titleCase || titledRunAt == b) &&
            (s.firstName(b) || titledRunAt == b) && s.cap(b) && [&] {
                auto g = gazetteerMatch(s, b, j);
                return !g || (g->end < j && g->type == EntityType::Location &&
                              !lex.countries.contains(joinTokens(tokens.subspan(b, g->end - b))));
            }()) {
            bool names = true;
            for (size_t k = b + 1; k < j; ++k) {
                // a surname that is also a word ("Tim Cook") counts after a first name or title
                const bool surname =
                    k + 1 == j && s.cap(k) && !s.stopCap(k) && !s.orgWord(k) &&
                    !s.locationHead(k) && !s.eventWord(k) && !s.militaryUnitHead(k) && s.info(k) &&
                    (s.info(k)->cls == WordClass::Noun || s.info(k)->cls == WordClass::Verb);
                // "Femke de Wit", "Ursula von der Leyen": lower-case connectors inside
                if (!s.cap(k) && isNameConnector(s.lower[k]) && k + 1 < j) continue;
                names =
                    names && s.cap(k) && (nameLike(s, k) || surname) && !isPossessive(tokens[k]);
            }
            if (names) {
                emit(b, j, EntityType::Person, 0.8f);
                i = j;
                continue;
            }
        }
        // Gazetteer segmentation, leftovers by name rules.
        size_t k = b;
        size_t leftover = k;
        auto flushLeftover = [&](size_t e) {
            // trim connectors / possessives at the edges
            size_t lb = leftover;
            while (lb < e && (!s.cap(lb) || isPossessive(tokens[lb]))) ++lb;
            while (e > lb && (!s.cap(e - 1) || isPossessive(tokens[e - 1]))) --e;
            if (lb >= e) return;
            // split at possessives: "Putin's Kremlin" is two names
            for (size_t p = lb; p < e; ++p)
                if (isPossessive(tokens[p])) e = p;
            // titles inside: "President Xi Jinping" -> person after the title
            bool titled = false;
            for (size_t p = lb; p < e;) {
                size_t tl = 0;
                if (isTitleAt(s, p, tl) && s.cap(p)) {
                    lb = p + tl, titled = true;
                    p += tl;
                } else {
                    ++p;
                }
            }
            if (lb > leftover && !titled) {
                // title before the run: "Chancellor" outside the run is handled by the caller
            }
            size_t tl = 0;
            if (!titled && lb >= 1 && isTitleAt(s, lb - 1, tl)) titled = true;
            if (lb == titledRunAt) titled = true;
            if (lb >= e) return;
            if (!titled && describedAsOrganisation(s.lower, s.ti, lb) && !s.stopCap(lb)) {
                emit(lb, e, EntityType::Organization, kHeadRule);
                return;
            }
            const size_t m = e - lb;
            bool allNameLike = true, anyDigit = false;
            for (size_t p = lb; p < e; ++p) {
                const bool connector = p > lb && !s.cap(p) && isNameConnector(s.lower[p]);
                allNameLike = allNameLike && (nameLike(s, p) || connector);
                for (unsigned char ch : tokens[p]) anyDigit = anyDigit || std::isdigit(ch);
            }
            const bool firstName = s.firstName(lb) && s.cap(lb);
            if (m >= 2 && m <= 4 && !anyDigit &&
                ((firstName && nameLike(s, e - 1)) || (allNameLike && !titleCase) ||
                 (titled && allNameLike))) {
                emit(lb, e, EntityType::Person);
                return;
            }
            if (m == 1 && !titleCase) {
                const std::string_view t = tokens[lb];
                const bool acronym =
                    t.size() >= 2 && t.size() <= 6 && !s.common(lb) && !s.stopCap(lb);
                bool allUpper = true;
                for (unsigned char ch : t)
                    allUpper = allUpper && (std::isupper(ch) || std::isdigit(ch));
                if (acronym && allUpper && std::isupper(static_cast<unsigned char>(t[0]))) {
                    emit(lb, e,
                         anyDigit && e < n && s.eventWord(e) ? EntityType::Event
                                                             : EntityType::Organization);
                    return;
                }
                if (titled && nameLike(s, lb)) {
                    emit(lb, e, EntityType::Person);
                    return;
                }
                // "the Kremlin said", "the Pentagon announced", "the Bundestag voted": a
                // person's name takes no article
                if (nameLike(s, lb) && !s.firstName(lb) &&
                    institutionWithArticle(s.lower, s.ti, lb)) {
                    emit(lb, e, EntityType::Organization);
                    return;
                }
                if (nameLike(s, lb) && e < n && !s.cap(e) &&
                    ((s.locationHead(e) && s.lower[e] != "border" && s.lower[e] != "city") ||
                     facilityHeadWords(s, e) > 0)) {
                    emit(lb, e, EntityType::Location);  // "Indo-Pacific region", "X air base"
                    return;
                }
            }
        };
        while (k < j) {
            if (!s.cap(k)) {
                ++k;
                continue;
            }
            if (auto m = gazetteerMatch(s, k, j)) {
                // A one-word town followed by a capitalised common word in the same run is
                // part of a longer name ("the Baltic Link 3 cable", "Baltic Allies"): no place.
                if (m->townOnly && m->end == k + 1 && m->end < j && s.common(m->end) &&
                    !s.locationHead(m->end)) {
                    k = m->end + 1;
                    leftover = k;
                    continue;
                }
                flushLeftover(k);
                emit(k, m->end, m->type, m->townOnly ? kTownGazetteer : kGazetteer);
                k = out.back().end;
                leftover = k;
                continue;
            }
            ++k;
        }
        flushLeftover(j);
        i = std::max(j, out.empty() ? j : out.back().end);
    }
    return out;
}

}  // namespace entgraph
