#include "extract/EntityRules.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/EntityWords.h"
#include "extract/ExtractLexicons.h"
#include "extract/RuleTagger.h"
#include "extract/WordList.h"
#include "text/Lexicons.h"

namespace entgraph {

using namespace entitywords;

namespace {

// In ExtractLexicons::militaryUnitHeads ("Corps", "Brigade"), by the token's lexicon entry.
bool isMilitaryUnitHead(const TokenInfo& t) {
    return t.entry && t.entry->militaryUnitHead;
}

// The Gazetteer key (normalizePhrase of joinTokens) of the article's tokens [b, e), valid
// until the next call.
std::string_view articlePhraseKey(const ArticleTokens& art, size_t b, size_t e) {
    thread_local std::string buffer;
    return phraseKey(art.views, art.lower, art.info, b, e, buffer);
}

// g's value for the normalized key when the gazetteer may hold it (ExtractLexicons::phraseBits).
const std::string* findPhrase(uint8_t bits, PhraseGazetteer bit, const Gazetteer& g,
                              std::string_view key) {
    return (bits & bit) ? g.findNormalized(key) : nullptr;
}

}  // namespace

std::vector<TaggedSpan> combineTaggers(std::span<const std::string_view> tokens,
                                       std::vector<TaggedSpan> model,
                                       const std::vector<TaggedSpan>& rules) {
    std::vector<std::string> lower;
    std::vector<TokenInfo> info;
    annotateTokens(tokens, lower, info);
    return combineTaggers(tokens, lower, info, isTitleCase(info), std::move(model), rules);
}

std::vector<TaggedSpan> combineTaggers(std::span<const std::string_view> tokens,
                                       std::span<const std::string> lowerCase,
                                       std::span<const TokenInfo> info, bool titleCase,
                                       std::vector<TaggedSpan> model,
                                       const std::vector<TaggedSpan>& rules) {
    std::vector<TaggedSpan> out;
    auto overlaps = [&](const TaggedSpan& a) {
        for (const TaggedSpan& b : out)
            if (a.begin < b.end && b.begin < a.end) return true;
        return false;
    };
    // Model spans lose a leading article or lower-case word first, and a person's name its
    // titles ("Maj. Gen. Tomasz Wierzbicki" is Tomasz Wierzbicki).
    const ExtractLexicons& x = ExtractLexicons::get();
    // In a title-case headline a verb after "to" is capitalised too: "Patrols to Guard
    // Baltic Seabed" -- a word no listed name starts with, before one that starts a listed
    // name, is the verb ("Ships to North Korea" keeps its place).
    auto headlineVerb = [&](const TaggedSpan& m) {
        return titleCase && m.begin > 0 && m.end - m.begin >= 2 && lowerCase[m.begin - 1] == "to" &&
               info[m.begin].phraseWords == 0 && info[m.begin + 1].phraseWords > 0;
    };
    // "Pinecrest Lithium of Australia": a company named with its country ("X of Denmark"),
    // not "Bank of England" or "University of Chicago" (an organisation or place head word
    // before "of") nor a country's own name ("Republic of Korea"); a word that only ends
    // company names takes its city too ("Pelagos Maritime of Piraeus")
    const Lexicons& lex = Lexicons::get();
    auto countryAfterOf = [&](const TaggedSpan& m) -> size_t {
        if (m.type != EntityType::Organization || m.end - m.begin < 4) return m.end;
        for (size_t k = m.begin + 2; k + 1 < m.end; ++k) {
            if (lowerCase[k] != "of") continue;
            const WordEntry* head = info[k - 1].entry;
            const bool suffixOnly =
                head && head->orgWord && head->orgPosition == OrgWordPosition::Suffix;
            if (head && (head->orgWord || head->locationHead) && !suffixOnly) return m.end;
            std::string place(tokens[k + 1]);
            for (size_t p = k + 2; p < m.end; ++p) (place += ' ') += tokens[p];
            return lex.countries.contains(place) || (suffixOnly && lex.cities.contains(place))
                       ? k
                       : m.end;
        }
        return m.end;
    };
    for (TaggedSpan& m : model) {
        m.end = countryAfterOf(m);
        while (m.begin < m.end) {
            const std::string& lower = lowerCase[m.begin];
            if (lower == "the" || lower == "a" || lower == "an" || lower == "'s" ||
                !info[m.begin].cap ||
                (m.type == EntityType::Person && m.end - m.begin >= 2 &&
                 info[m.begin].titleWords > 0 && x.titles.count(lower)) ||
                headlineVerb(m) ||
                // "Two Philippine Coast Guard boats": a count before a listed name or demonym
                (m.end - m.begin >= 2 && isCountWord(lower) &&
                 (info[m.begin + 1].demonymWords > 0 || info[m.begin + 1].phraseWords > 0)))
                ++m.begin;
            else
                break;
        }
    }
    // A place, nationality or shorter name is part of a longer name the model found ("Gulf
    // of Finland", "European Court of Justice", "Baltic Centre for Defence Studies"): the
    // long name wins, else its other words become junk entities of their own ("Gulf").
    auto insideLongerName = [&](const TaggedSpan& r) {
        if (r.type != EntityType::Location && r.type != EntityType::Nationality &&
            r.type != EntityType::Organization)
            return false;
        for (const TaggedSpan& m : model) {
            if (m.type != EntityType::Organization && m.type != EntityType::Location &&
                m.type != EntityType::Event)
                continue;
            if (m.begin > r.begin || r.end > m.end || m.end - m.begin <= r.end - r.begin) continue;
            bool nameWords = true, capitalisedOutside = false;
            for (size_t k = m.begin; k < m.end; ++k) {
                if (k >= r.begin && k < r.end) continue;
                const std::string& w = lowerCase[k];
                if (info[k].cap)
                    capitalisedOutside = true;
                else if (w != "of" && w != "and" && w != "for" && w != "de" && w != "&")
                    nameWords = false;
            }
            if (nameWords && capitalisedOutside) return true;
        }
        return false;
    };
    for (const TaggedSpan& r : rules)
        if (r.confidence >= kHeadRule && !overlaps(r) && !insideLongerName(r)) out.push_back(r);
    for (const TaggedSpan& m : model) {
        if (m.begin >= m.end) continue;
        // A one-word place cut from a longer name: "the Baltic Link 3 cable"
        if (m.type == EntityType::Location && m.end - m.begin == 1 && !titleCase &&
            m.end < tokens.size() && info[m.end].cap && info[m.end].word && !info[m.end].stopCap &&
            !x.locationHeads.count(lowerCase[m.end]))
            continue;
        bool allCommon = true, namesOnlyANationality = true;
        for (size_t k = m.begin; k < m.end; ++k) {
            allCommon = allCommon && (info[k].word || info[k].stopCap);
            if (info[k].cap && info[k].demonymWords == 0) namesOnlyANationality = false;
        }
        // "41 Ukrainian drones" is no event: an event has a name of its own ("Russian
        // Revolution")
        if (m.type == EntityType::Event && namesOnlyANationality) continue;
        const bool atStart =
            m.begin == 0 ||
            (m.begin == 1 && !std::isalnum(static_cast<unsigned char>(tokens[0][0])));
        if (allCommon && (titleCase || atStart || m.end - m.begin == 1)) continue;
        if (!overlaps(m)) out.push_back(m);
    }
    for (const TaggedSpan& r : rules)
        if (r.confidence < kHeadRule && !overlaps(r)) out.push_back(r);
    std::sort(out.begin(), out.end(),
              [](const TaggedSpan& a, const TaggedSpan& b) { return a.begin < b.begin; });
    return out;
}

namespace {

class RuleLayeredTagger : public EntityTagger {
public:
    explicit RuleLayeredTagger(std::shared_ptr<const EntityTagger> model)
        : m_model(std::move(model)) {}
    std::vector<TaggedSpan> tagSentence(std::span<const std::string_view> tokens) const override {
        std::vector<std::string> lower;
        std::vector<TokenInfo> info;
        annotateTokens(tokens, lower, info);
        const bool titleCase = isTitleCase(info);
        return combineTaggers(tokens, lower, info, titleCase, m_model->tagSentence(tokens),
                              m_rules.tagAnnotated(tokens, lower, info, titleCase));
    }

private:
    std::shared_ptr<const EntityTagger> m_model;
    RuleTagger m_rules;
};

}  // namespace

std::shared_ptr<const EntityTagger> withRuleLayer(std::shared_ptr<const EntityTagger> model) {
    return std::make_shared<RuleLayeredTagger>(std::move(model));
}

std::vector<Mention> sentenceMentions(const ArticleTokens& art, size_t si,
                                      const std::vector<TaggedSpan>& tagged) {
    const ExtractLexicons& x = ExtractLexicons::get();
    const Lexicons& lex = Lexicons::get();
    const Sentence& sent = art.sentences[si];
    const size_t b0 = sent.firstToken, e0 = sent.endToken;
    const LowerViews L{art.lower};
    const auto& V = art.views;
    // token k's lower case is in an EntityWords.h list (TokenInfo::entityWords)
    auto inList = [&](size_t k, EntityWordBit list) {
        return (art.info[k].entityWords & list) != 0;
    };

    int titleCaseMemo = -1;  // isTitleCase of the sentence, computed when first needed
    auto sentenceTitleCase = [&] {
        if (titleCaseMemo < 0)
            titleCaseMemo = isTitleCase(std::span(art.info).subspan(b0, e0 - b0)) ? 1 : 0;
        return titleCaseMemo == 1;
    };
    std::vector<Mention> rules;
    auto add = [&](size_t b, size_t e, EntityType t) -> Mention& {
        Mention m;
        m.sentence = si;
        m.begin = b;
        m.end = e;
        m.type = t;
        rules.push_back(std::move(m));
        return rules.back();
    };

    for (size_t i = b0; i < e0; ++i) {
        const std::string_view t = V[i];
        if (isDecade(t)) {  // "the 1980s"
            add(i, i + 1, EntityType::Date);
            continue;
        }
        // MONEY: "$ 2,000", "$ 40 billion", "40 billion dollars"
        if (isCurrencySymbol(t) && i + 1 < e0 && isNumberTok(V[i + 1])) {
            size_t e = i + 2;
            if (e < e0 && inList(e, kScaleWord)) ++e;
            // "C$500 million", "US$2 billion", "A$100 million": the country's letters before
            // the symbol belong to the amount
            size_t b = i;
            if (i > b0 && !art.tokens[i].spaceBefore &&
                (V[i - 1] == "C" || V[i - 1] == "A" || V[i - 1] == "US" || V[i - 1] == "NZ" ||
                 V[i - 1] == "HK" || V[i - 1] == "S" || V[i - 1] == "NT" || V[i - 1] == "R")) {
                b = i - 1;
                while (!rules.empty() && rules.back().end > b) rules.pop_back();
            }
            add(b, e, EntityType::Money);
            i = e - 1;
            continue;
        }
        // MILITARY_UNIT: "Operation Irini", "Operation Inherent Resolve" (a named operation
        // is the force that runs it)
        if (t == "Operation" && i + 1 < e0 && art.info[i + 1].cap && !art.info[i + 1].stopCap &&
            art.info[i + 1].demonymWords == 0) {
            size_t e = i + 1;
            while (e < e0 && e < i + 4 && art.info[e].cap && !art.info[e].stopCap &&
                   std::isalpha(static_cast<unsigned char>(V[e][0])))
                ++e;
            add(i, e, EntityType::MilitaryUnit);
            i = e - 1;
            continue;
        }
        // MILITARY_UNIT: "Unit 29155" (a numbered unit)
        if (isNumberTok(t) && i > b0 && L[i - 1] == "unit" && art.info[i - 1].cap &&
            std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); })) {
            add(i - 1, i + 1, EntityType::MilitaryUnit);
            continue;
        }
        const bool countWord = !isNumberTok(t) && inList(i, kCountWord);
        if (isNumberTok(t) || countWord) {
            size_t e = i + 1;
            if (e < e0 && inList(e, kScaleWord)) ++e;
            // "41 Canadian dollars", "2 billion Hong Kong dollars": the currency's country
            size_t c = e;
            // ("96 billion CFA francs": a currency's own letters)
            const bool currencyLetters = c + 1 < e0 && art.tokens[c].allUpper && V[c].size() <= 3 &&
                                         inList(c + 1, kCurrencyWord);
            if (currencyLetters) {
                c += 1;
            } else if (c + 1 < e0 && art.info[c].cap && art.info[c].demonymWords > 0 &&
                       (inList(c + 1, kCurrencyWord) ||
                        (c + 2 < e0 && art.info[c + 1].cap && inList(c + 2, kCurrencyWord))))
                c += inList(c + 1, kCurrencyWord) ? 1 : 2;
            if (c < e0 && inList(c, kCurrencyWord)) {
                add(i, c + 1, EntityType::Money);
                i = c;
                continue;
            }
            if (e < e0 && (L[e] == "%" || L[e] == "percent" || L[e] == "per")) {
                if (L[e] == "per" && !(e + 1 < e0 && L[e + 1] == "cent")) {
                    // "per month" etc: not a percentage
                } else {
                    add(i, e + (L[e] == "per" ? 2 : 1), EntityType::Quantity);
                    i = e;
                    continue;
                }
            }
            // DATE: "5 November 2024", "2024-11-05"
            if (isDayNumber(t) && e == i + 1 && e < e0 && inList(e, kMonthWord)) {
                size_t d = e + 1;
                if (d < e0 && isYear(V[d])) ++d;
                add(i, d, EntityType::Date);
                i = d - 1;
                continue;
            }
            if (t.size() == 10 && isYear(t.substr(0, 4)) && t[4] == '-' && t[7] == '-') {
                add(i, i + 1, EntityType::Date);
                continue;
            }
            // QUANTITY: number (+scale) + optional nationality/adjectives + plural noun
            size_t k = e;
            size_t steps = 0;
            while (k < e0 && steps < 3) {
                const WordInfo* w = art.info[k].word;
                if (w && w->cls == WordClass::PluralNoun) break;
                // demonymWords: the most words of a demonym starting with the word (no
                // look-up where there is none)
                const bool demonym =
                    art.info[k].cap && art.info[k].demonymWords >= 1 && lex.demonyms.contains(V[k]);
                const bool twoWordDemonym =
                    k + 1 < e0 && art.info[k].cap && art.info[k].demonymWords >= 2 &&
                    lex.demonyms.contains(std::string(V[k]) + " " + std::string(V[k + 1]));
                if (twoWordDemonym) {
                    k += 2, ++steps;
                    continue;
                }
                if (demonym || (w && w->cls == WordClass::Adjective)) {
                    ++k, ++steps;
                    continue;
                }
                // a noun compound: "three shipping companies", "two navy ships"
                const WordInfo* next = k + 1 < e0 ? art.info[k + 1].word : nullptr;
                if (w && !art.info[k].cap && (w->cls == WordClass::Noun || L[k].ends_with("ing")) &&
                    next && next->cls == WordClass::PluralNoun) {
                    ++k, ++steps;
                    continue;
                }
                break;
            }
            if (k < e0) {
                const WordInfo* w = art.info[k].word;
                const bool plural = (w && w->cls == WordClass::PluralNoun && !w->abstractPlural) ||
                                    (!w && isPluralOfCommonNoun(L[k]));
                if (plural && !isYear(t) && !art.info[k].cap &&
                    !(countWord && inList(k, kVagueCountNounWord))) {
                    add(i, k + 1, EntityType::Quantity);
                    i = e - 1;  // let nationalities inside be found
                    continue;
                }
            }
            // "in 2022", "from 1998 to 2000", "before 2030", "the 2018 peace agreement"
            if (isYear(t) && i > b0 &&
                (L[i - 1] == "in" || L[i - 1] == "since" || L[i - 1] == "until" ||
                 L[i - 1] == "by" || L[i - 1] == "early" || L[i - 1] == "late" ||
                 L[i - 1] == "from" || L[i - 1] == "before" || L[i - 1] == "after" ||
                 L[i - 1] == "during" || L[i - 1] == "through" ||
                 (L[i - 1] == "to" && i >= b0 + 3 && isYear(V[i - 2]) && L[i - 3] == "from") ||
                 (L[i - 1] == "the" && i + 1 < e0 && !art.info[i + 1].cap &&
                  art.info[i + 1].letter))) {
                add(i, i + 1, EntityType::Date);
                continue;
            }
            // MILITARY_UNIT: "1st Armored Division"
            if (isOrdinal(t)) {
                size_t u = i + 1;
                while (u < e0 && art.info[u].cap && u - i <= 4) {
                    if (isMilitaryUnitHead(art.info[u])) {
                        add(i, u + 1, EntityType::MilitaryUnit);
                        i = u;
                        break;
                    }
                    ++u;
                }
            }
            continue;
        }
        // DATE: "last month", "next spring", "the first quarter" (not "the last year of the war")
        if (inList(i, kRelativeDateStartWord) && i + 1 < e0 &&
            isDatePeriod(L[i + 1],
                         L[i] != "last" && L[i] != "next" && L[i] != "this" && L[i] != "past") &&
            !(L[i] == "last" && i > b0 && L[i - 1] == "the") && !(i + 2 < e0 && L[i + 2] == "of")) {
            add(i, i + 2, EntityType::Date);
            ++i;
            continue;
        }
        // DATE: "November 5, 2024", "November 2024", "Monday"
        // "May" and "March" are also words: a date only before a number or after "in", "since"...
        if (art.info[i].cap && inList(i, kBareMonthAbbreviation) && i + 1 < e0 &&
            isDayNumber(V[i + 1])) {
            add(i, i + 2, EntityType::Date);
            ++i;
            continue;
        }
        if (art.info[i].cap && inList(i, kMonthWord) &&
            (L[i] != "may" && L[i] != "march" ? true
                                              : (i + 1 < e0 && isNumberTok(V[i + 1])) ||
                                                    (i > b0 && isMonthPreposition(L[i - 1])))) {
            size_t e = i + 1;
            if (e < e0 && isDayNumber(V[e])) {
                ++e;
                if (e + 1 < e0 && V[e] == "," && isYear(V[e + 1])) e += 2;
            } else if (e < e0 && isYear(V[e])) {
                ++e;
            }
            add(i, e, EntityType::Date);
            i = e - 1;
            continue;
        }
        if (art.info[i].cap && inList(i, kWeekdayWord)) {
            add(i, i + 1, EntityType::Date);
            continue;
        }
        // NATIONALITY: demonyms (two-word first)
        if (art.info[i].cap && art.info[i].demonymWords > 0) {  // a demonym starts here
            size_t e = 0;
            const std::string* country = nullptr;
            if (i + 1 < e0 && art.info[i + 1].cap && art.info[i].demonymWords >= 2) {
                country = lex.demonyms.find(std::string(t) + " " + std::string(V[i + 1]));
                if (country) e = i + 2;
            }
            if (!country && (country = lex.demonyms.find(t))) e = i + 1;
            // "the Central African Republic": the demonym opens the country's own name
            if (country && e < e0 && art.info[e].cap) {
                std::string name(V[i]);
                for (size_t k = i + 1; k <= e; ++k) (name += ' ') += V[k];
                if (lex.countries.contains(name)) country = nullptr;
            }
            // "Swiss francs", "Canadian dollars": a currency, no nationality
            if (country && e < e0 && isCurrencyWord(L[e]) && L[e] != "won") {
                i = e - 1;
                continue;
            }
            if (country) {
                // a demonym before a title: the country ("German Chancellor")
                bool beforeTitle = false;
                // the title may follow a capitalised portfolio: "Italian Industry Minister"
                // or a government portfolio in lower case: "Serbian intelligence chief",
                // "Russian foreign minister" (not "a Swedish company spokesman")
                auto portfolio = [&](size_t k) {
                    static constexpr WordList kPortfolios(std::to_array<std::string_view>(
                        {"defence", "defense", "foreign", "interior", "finance", "economy", "trade",
                         "energy", "justice", "intelligence", "security", "military", "army",
                         "navy", "health", "industry", "transport", "agriculture"}));
                    return kPortfolios.contains(L[k]);
                };
                bool lowerPortfolio = false;
                for (size_t skip = 0; skip <= 2 && !beforeTitle && e + skip < e0; ++skip) {
                    if (skip > 0 && !art.info[e + skip - 1].cap) {
                        if (!portfolio(e + skip - 1)) break;
                        lowerPortfolio = true;
                    }
                    const size_t s0 = e + skip;
                    for (size_t n = std::min(x.titleMaxWords, e0 - s0); n >= 1; --n) {
                        std::string key(L[s0]);
                        for (size_t k = 1; k < n; ++k) (key += ' ') += L[s0 + k];
                        auto it = x.titles.find(key);
                        if (it != x.titles.end() && it->second) {
                            beforeTitle = skip == 0 || art.info[s0].cap || lowerPortfolio;
                            break;
                        }
                    }
                }
                // "the Chinese Foreign Ministry", "the Italian Ministry of Defence": the
                // country's ministry, as with its minister
                if (!beforeTitle && e < e0 && art.info[e].cap)
                    for (size_t k = e; k < e0 && k < e + 3 && art.info[k].cap; ++k)
                        if (L[k] == "ministry") {
                            beforeTitle = true;
                            break;
                        }
                Mention& m =
                    add(i, e, beforeTitle ? EntityType::Location : EntityType::Nationality);
                m.country = *country;
                if (beforeTitle) {
                    m.canonical = *country;
                    m.fromTitle = true;
                }
                i = e - 1;
                continue;
            }
        }
        // WEAPON: mods + head, or a name
        {
            // Outside headlines a capitalised weapon word ends a company's name, not a
            // weapon's: "Brandt-Keller Systems", "Kongsberg Defence Missiles".
            auto role = [&](size_t k) -> const WeaponRole* {
                if (!art.info[k].weapon()) return nullptr;
                const WeaponRole* wr = &art.info[k].entry->weaponRole;
                if (*wr != WeaponRole::Name && art.info[k].cap && k > b0 && !sentenceTitleCase())
                    return nullptr;
                return wr;
            };
            const WeaponRole* r = role(i);
            if (r && *r == WeaponRole::Name) {
                add(i, i + 1, EntityType::Weapon);
                continue;
            }
            // The phrase [i, lastHead): modifiers then a head ("air defense systems").
            size_t lastHead = 0;
            auto modifier = [](WeaponRole w) {
                return w == WeaponRole::Mod || w == WeaponRole::NameMod;
            };
            // a modifier that makes the phrase a weapon on its own ("ballistic missiles",
            // not "light fighter jets")
            bool typedAlone = r && *r != WeaponRole::NameMod;
            if (r && (modifier(*r) || *r == WeaponRole::Both)) {
                for (size_t k = i + 1; k < e0; ++k) {
                    const WeaponRole* rk = role(k);
                    if (!rk || *rk == WeaponRole::Name) break;
                    if (!modifier(*rk)) lastHead = k + 1;
                    if (*rk == WeaponRole::Head) break;
                    if (*rk == WeaponRole::Mod) typedAlone = true;
                }
            }
            // A name right before a weapon word names the weapon: "K2 tanks", "IRIS-T SLM air
            // defence systems", "Leopard 2 tanks" (not "German tanks", "Ukraine's drones").
            size_t begin = i;
            if (r && (lastHead > i || !modifier(*r))) {
                while (begin > b0 && i - begin < 3) {
                    const size_t k = begin - 1;
                    // a nationality found before stays one: "South Korean tanks"
                    const bool nationality = !rules.empty() && rules.back().end > k &&
                                             rules.back().type == EntityType::Nationality;
                    const bool nameToken = !nationality && art.info[k].cap && art.info[k].letter &&
                                           art.info[k].demonymWords == 0 &&
                                           !lex.countries.contains(V[k]) &&
                                           !(k == b0 && art.info[k].word);
                    const bool modelNumber =
                        begin == i && isNumberTok(V[k]) && k > b0 && art.info[k - 1].cap;
                    if (!nameToken && !modelNumber) break;
                    begin = k;
                }
                if (begin < i && lastHead == 0) lastHead = i + 1;
            }
            if ((lastHead > i + 1 && typedAlone) || (begin < i && lastHead > i)) {
                while (!rules.empty() && rules.back().end > begin) rules.pop_back();
                add(begin, lastHead, EntityType::Weapon);
                i = lastHead - 1;
                continue;
            }
        }
    }

    // Tagger spans -> mentions, re-typed where a rule knows better.
    std::vector<Mention> out;
    out.reserve(tagged.size() + rules.size());  // a Mention moved on regrowth costs its strings
    size_t extendedTo = 0;  // the end of a span extended below over the next ones
    for (const TaggedSpan& ts : tagged) {
        Mention m;
        m.sentence = si;
        m.begin = b0 + ts.begin;
        m.end = b0 + ts.end;
        m.type = ts.type;
        if (m.end > e0 || m.begin >= m.end || m.begin < extendedTo) continue;
        // "Justice Minister X", "Italian Industry Minister", "Interior Ministry": the words
        // before a minister name a portfolio, not a place or an organisation of their own
        // ("Apple chief" keeps Apple); "French Armed Forces Minister": after a demonym
        const size_t portfolioWords = art.info[m.begin].demonymWords > 0 ? 3 : 2;
        // ("NATO Secretary General", "UN Secretary": an acronym is the body, no portfolio)
        if (m.end - m.begin <= portfolioWords && m.end < e0 &&
            (L[m.end] == "minister" || L[m.end] == "ministry" || L[m.end] == "secretary") &&
            !lex.countries.contains(V[m.end - 1]) &&
            !(m.end - m.begin == 1 && art.tokens[m.begin].allUpper && V[m.begin].size() >= 2))
            continue;
        // A dateline ("BRENNESUND — ..."): a long all-caps word opening the sentence before
        // a dash or comma is the place the story was filed from, whatever the tagger said
        // (short ones may be acronyms: "NATO, which ...").
        if (m.begin == b0 && m.end == b0 + 1 && m.end < e0 && V[m.begin].size() >= 6 &&
            art.tokens[m.begin].allUpper &&
            (V[m.end] == "," || V[m.end] == "-" || V[m.end] == "--" || V[m.end] == "\xE2\x80\x94" ||
             V[m.end] == "\xE2\x80\x93"))
            m.type = EntityType::Location;
        // "the Ulchi Freedom Shield exercise", "Zapad drills": the name of an exercise
        // ("Carpathian Sky, a two-week air exercise": named by its apposition)
        auto exerciseApposition = [&](size_t e) {
            if (e + 2 >= e0 || V[e] != "," || (L[e + 1] != "a" && L[e + 1] != "an")) return false;
            for (size_t k = e + 2; k < e0 && k < e + 7; ++k) {
                if (isExerciseNoun(L[k])) return true;
                if (art.info[k].cap || V[k] == ",") return false;
            }
            return false;
        };
        if ((m.type == EntityType::Organization || m.type == EntityType::Person) &&
            m.end - m.begin >= 2 && m.end < e0 &&
            (isExerciseNoun(L[m.end]) || exerciseApposition(m.end)))
            m.type = EntityType::Event;
        reshapeNamedSpan(art, b0, e0, m, out, extendedTo);
        // a lower-case finite verb inside the span makes it a clause, no name: a headline
        // the tagger took whole ("Civic Renewal wins Bulgarian election")
        bool clause = false;
        for (size_t k = m.begin + 1; k + 1 < m.end && !clause; ++k) {
            const WordInfo* info = art.info[k].word;
            clause = !art.info[k].cap && info &&
                     (info->cls == WordClass::Verb3sg || info->cls == WordClass::VerbPast);
        }
        if (clause) continue;
        // a coast guard is a maritime agency, not a unit ("China Coast Guard"); an air force
        // is a service like a navy ("Italian Air Force"), a "Joint Expeditionary Force" a
        // coalition, so "force" counts only after "air"
        // ("Ethiopian National Defense Force", "Israel Defense Forces": a state's forces)
        const bool airForce =
            m.end - m.begin >= 2 && (L[m.end - 1] == "force" || L[m.end - 1] == "forces") &&
            (L[m.end - 2] == "air" || L[m.end - 2] == "defense" || L[m.end - 2] == "defence");
        if (m.type == EntityType::Organization &&
            (isMilitaryUnitHead(art.info[m.end - 1]) || airForce) &&
            !(m.end - m.begin >= 2 && L[m.end - 2] == "coast")) {
            if (m.end - m.begin == 1) continue;  // a bare "Guard" or "Army" names no unit
            m.type = EntityType::MilitaryUnit;
        }
        // "the Trans-Afghan Gas Pipeline": a named line is a facility, a place
        if (m.type != EntityType::Location && m.end - m.begin >= 2) {
            const auto& words = ExtractLexicons::get().infrastructureWords;
            const auto it = words.find(std::string(L[m.end - 1]));
            if (it != words.end() && it->second) m.type = EntityType::Location;
        }
        bool clash = false;
        for (const Mention& r : rules) {
            if (r.begin < m.end && m.begin < r.end) {
                // a tagger span that merely covers a demonym ("North Korean") or a weapon yields
                // ... but a weapon named inside a longer weapon phrase is the weapon's name
                const bool taggerWins =
                    (m.type == EntityType::Person || m.type == EntityType::Organization ||
                     m.type == EntityType::Event || m.type == EntityType::MilitaryUnit) &&
                    !(r.begin == m.begin && r.end == m.end) && r.type != EntityType::Money &&
                    r.type != EntityType::Date && r.type != EntityType::Quantity &&
                    !(r.type == EntityType::Weapon && r.begin <= m.begin && m.end <= r.end);
                if (r.type == EntityType::Quantity && r.begin <= m.begin && m.end <= r.end)
                    continue;  // nested
                if (r.type == EntityType::MilitaryUnit && r.begin <= m.begin && m.end <= r.end) {
                    clash = true;  // "1st Armored Division" over "Armored Division"
                    continue;
                }
                if (!taggerWins) clash = true;
            }
        }
        if (!clash) out.push_back(std::move(m));
    }
    for (Mention& r : rules) {
        bool clash = false;
        for (const Mention& m : out)
            if (r.begin < m.end && m.begin < r.end && !(r.type == EntityType::Quantity) &&
                !(m.type == EntityType::Quantity))
                clash = true;
        if (!clash) out.push_back(std::move(r));
    }
    // Country/capital canonical names and gazetteer places the tagger missed.
    for (Mention& m : out) {
        if (m.type != EntityType::Location || !m.canonical.empty()) continue;
        const std::string_view phrase = articlePhraseKey(art, m.begin, m.end);
        const uint8_t bits = x.phraseCandidates(phrase);
        if (bits == 0) continue;
        if (const std::string* c = findPhrase(bits, kCountries, lex.countries, phrase))
            m.canonical = *c, m.country = *c;
        else if (const std::string* a = findPhrase(bits, kCountryAliases, x.countryAliases, phrase))
            m.canonical = *a, m.country = *a;
        else if (const std::string* cap = findPhrase(bits, kCapitals, lex.capitals, phrase))
            m.capital = true, m.country = *cap;
    }
    // a byte per token, this thread's (no allocation per sentence, no bit masks)
    thread_local std::vector<uint8_t> covered;
    covered.assign(e0 - b0, 0);
    for (const Mention& m : out)
        if (m.type != EntityType::Quantity)
            for (size_t k = m.begin; k < m.end; ++k) covered[k - b0] = 1;
    for (size_t i = b0; i < e0; ++i) {
        if (covered[i - b0] || !art.info[i].cap) continue;
        for (size_t len = std::min<size_t>({size_t{6}, e0 - i, art.info[i].phraseWords}); len >= 1;
             --len) {
            bool free = true;
            for (size_t k = i; k < i + len; ++k) free = free && !covered[k - b0];
            if (!free || !art.info[i + len - 1].cap) continue;
            const std::string_view phrase = articlePhraseKey(art, i, i + len);
            const uint8_t bits = x.phraseCandidates(phrase);
            if (!(bits & (kCountries | kCountryAliases | kCapitals))) continue;
            const std::string* c = findPhrase(bits, kCountries, lex.countries, phrase);
            if (!c) c = findPhrase(bits, kCountryAliases, x.countryAliases, phrase);
            const std::string* cap =
                c ? nullptr : findPhrase(bits, kCapitals, lex.capitals, phrase);
            if (!c && !cap) continue;
            if (len == 1 && art.info[i].word) continue;
            Mention m;
            m.sentence = si;
            m.begin = i;
            m.end = i + len;
            m.type = EntityType::Location;
            if (c)
                m.canonical = *c, m.country = *c;
            else
                m.capital = true, m.country = *cap;
            out.push_back(std::move(m));
            for (size_t k = i; k < i + len; ++k) covered[k - b0] = 1;
            break;
        }
    }
    sortInTextOrder(out);
    return out;
}

}  // namespace entgraph
