#include "extract/Extractor.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>

#include "core/ShortBytes.h"
#include "extract/Annotation.h"
#include "extract/ArticleResolver.h"
#include "extract/EntityRules.h"
#include "extract/ExtractLexicons.h"
#include "extract/RelationExtractor.h"
#include "extract/RelationPatterns.h"
#include "extract/RuleTagger.h"
#include "ner/NerTagger.h"
#include "text/Lexicons.h"

namespace entgraph {

struct Extractor::Impl {
    std::shared_ptr<const EntityTagger> tagger;
    std::shared_ptr<const RuleTagger>
        rules;  // beside a trained tagger; null when tagger is the rule tagger
    const RuleTagger* ruleTagger = nullptr;  // tagger itself when it is the rule tagger
};

Extractor::Extractor() : Extractor(nullptr) {}

Extractor::Extractor(std::shared_ptr<const EntityTagger> tagger)
    : m_impl(std::make_unique<Impl>()) {
    if (!tagger) tagger = embeddedNerTagger();
    if (!tagger) tagger = std::make_shared<RuleTagger>();
    m_impl->ruleTagger = dynamic_cast<const RuleTagger*>(tagger.get());
    if (!m_impl->ruleTagger) m_impl->rules = std::make_shared<RuleTagger>();
    m_impl->tagger = std::move(tagger);
    // Load the lexicons now, not inside the first (possibly concurrent) extract().
    (void)Lexicons::get();
    (void)ExtractLexicons::get();
}

Extractor::~Extractor() = default;

namespace {

// A per-thread memo of each word form's lower case and tokenInfo(): news text repeats a
// few thousand word forms, and a hit costs one hash of the bytes and one comparison instead
// of lower-casing, hashing the lower case and the lexicon look-ups (a cache miss into a
// table of several MB that the other stages evict).  Exact: both depend on the token's
// bytes alone, and a hit compares all of them.  Two-way set-associative, the least recently
// used way refilled; longer tokens are not kept.
class TokenMemo {
public:
    static constexpr size_t kMaxBytes = 47;  // with TokenInfo, two cache lines an entry
    struct alignas(64) Entry {
        TokenInfo info;
        uint8_t size = kEmpty;
        char token[kMaxBytes];
        char lower[kMaxBytes];
    };
    static_assert(sizeof(Entry) == 128, "two cache lines a way");

    TokenMemo() : m_entries(kSets * kWays), m_older(kSets, 0) {}

    // The set of `token`, asked of the memory system at once (a whole article's sets are
    // asked for before the first is read, so that the misses overlap).
    size_t slot(std::string_view token) const {
        const size_t set = shortStringHash(token) >> (64 - kSetBits);
        const char* p = reinterpret_cast<const char*>(&m_entries[set * kWays]);
        for (size_t line = 0; line < kWays * sizeof(Entry); line += 64)
            __builtin_prefetch(p + line);
        return set;
    }
    // The entry of `token` (at most kMaxBytes long, its slot() given), filled on a miss.
    // Valid until the next call.
    const Entry& find(std::string_view token, size_t set) {
        Entry* ways = &m_entries[set * kWays];
        for (uint8_t w = 0; w < kWays; ++w) {
            const Entry& e = ways[w];
            if (e.size == token.size() && sameShortBytes(e.token, token.data(), token.size())) {
                m_older[set] = static_cast<uint8_t>(w ^ 1);
                return e;
            }
        }
        const uint8_t victim = m_older[set];
        m_older[set] = static_cast<uint8_t>(victim ^ 1);
        Entry& e = ways[victim];
        thread_local std::string lower;
        asciiLowerInto(token, lower);
        e.info = tokenInfo(token, lower);
        e.size = static_cast<uint8_t>(token.size());
        std::memcpy(e.token, token.data(), token.size());
        std::memcpy(e.lower, lower.data(), lower.size());
        return e;
    }

private:
    static constexpr size_t kSetBits = 12;
    static constexpr size_t kSets = size_t{1} << kSetBits;
    static constexpr uint8_t kWays = 2;      // the LRU bookkeeping assumes two
    static constexpr uint8_t kEmpty = 0xFF;  // no token kept has this size
    std::vector<Entry> m_entries;            // set s: ways [s * kWays, +kWays)
    std::vector<uint8_t> m_older;            // per set: its least recently used way
};

// NATIONALITY -> "nationality of" its country, only when the article names the country
// (a demonym alone invents no country); a synthetic country mention in the demonym's
// sentence carries the relation when the country is named elsewhere.  A conflict between
// peoples' forces ("Kyrgyz and Tajik border troops exchanged fire") is one between their
// states, as is a relation marked byState ("the Russian-led bloc"): such relations move to
// the country mentions.
void linkNationalities(std::vector<Mention>& mentions, std::vector<RelationCandidate>& relations) {
    const size_t n = mentions.size();
    const size_t ownRelations = relations.size();
    std::vector<size_t> countryOf(n, kNone);
    // An article has a few demonyms: each scans the places for its country (ASCII case
    // folded, compared in place), where sorted copies of every place's lower-cased name cost
    // a string each.
    auto sameFolded = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (size_t k = 0; k < a.size(); ++k) {
            const char x = a[k] >= 'A' && a[k] <= 'Z' ? static_cast<char>(a[k] + 32) : a[k];
            const char y = b[k] >= 'A' && b[k] <= 'Z' ? static_cast<char>(b[k] + 32) : b[k];
            if (x != y) return false;
        }
        return true;
    };
    for (size_t i = 0; i < n; ++i) {
        if (mentions[i].type != EntityType::Nationality || mentions[i].country.empty()) continue;
        // The country must be named by the article itself (not only through a title or a
        // capital); the relation's evidence is the sentence's first real mention of it.
        bool named = false;
        size_t target = kNone;
        for (size_t j = 0; j < n; ++j) {
            const Mention& c = mentions[j];
            if (c.type != EntityType::Location || c.synthetic) continue;
            if (!named && !c.fromTitle && !c.asCountry && !c.capital &&
                sameFolded(c.canonical, mentions[i].country))
                named = true;
            if (target == kNone && c.sentence == mentions[i].sentence &&
                sameFolded(c.asCountry ? c.country : c.canonical, mentions[i].country))
                target = j;
        }
        if (!named) continue;
        if (target == kNone) {
            Mention c = mentions[i];
            c.type = EntityType::Location;
            c.canonical = mentions[i].country;
            c.synthetic = true;
            mentions.push_back(c);
            target = mentions.size() - 1;
        }
        relations.push_back({i, target, "nationality of", RelationType::Membership, false});
        countryOf[i] = target;
    }
    for (size_t r = 0; r < ownRelations; ++r) {
        RelationCandidate& rel = relations[r];
        if (rel.type != RelationType::Conflict && !rel.byState) continue;
        const size_t source =
            rel.source < n && countryOf[rel.source] != kNone ? countryOf[rel.source] : rel.source;
        const size_t target =
            rel.target < n && countryOf[rel.target] != kNone ? countryOf[rel.target] : rel.target;
        if (source == target) continue;  // a civil war's sides are one people
        rel.source = source;
        rel.target = target;
    }
}

// "Italian shipbuilder Marenco Navale", "Swedish defence group Saab": a company described by
// a demonym is based in that country, linked like the demonym (relations from index `from`
// on are linkNationalities' own, so only articles naming the country get one).
void linkCompanyCountries(const ArticleTokens& art, const std::vector<Mention>& mentions,
                          std::vector<RelationCandidate>& relations, size_t from) {
    const size_t end = relations.size();
    for (size_t r = from; r < end; ++r) {
        const Mention& n = mentions[relations[r].source];
        const size_t sentenceEnd = art.sentences[n.sentence].endToken;
        // two to four lower-case words, the last a company noun, then the organisation
        size_t k = n.end;
        while (k < sentenceEnd && k < n.end + 4 && !art.info[k].cap &&
               std::isalpha(static_cast<unsigned char>(art.lower[k][0])))
            ++k;
        if (k == n.end || k >= sentenceEnd || !isCompanyDescriptionNoun(art.lower[k - 1])) continue;
        for (size_t o = 0; o < mentions.size(); ++o)
            if (mentions[o].begin == k && mentions[o].type == EntityType::Organization &&
                !mentions[o].synthetic) {
                relations.push_back(
                    {o, relations[r].target, "based in", RelationType::Location, false});
                break;
            }
    }
}

// "Serbia's Security Information Agency" tagged as one organisation: the country and the
// organisation it owns are two mentions (the possessive rule then links them).
void splitPossessiveNames(const ArticleTokens& art, std::vector<Mention>& mentions) {
    const Lexicons& lex = Lexicons::get();
    const ExtractLexicons& x = ExtractLexicons::get();
    for (size_t i = 0; i < mentions.size(); ++i) {
        const Mention m = mentions[i];
        if (m.synthetic ||
            (m.type != EntityType::Organization && m.type != EntityType::MilitaryUnit))
            continue;
        for (size_t j = m.begin + 1; j + 1 < m.end && j < m.begin + 4; ++j) {
            if (art.views[j] != "'s" && art.views[j] != "\xE2\x80\x99s") continue;
            std::string key;
            for (size_t k = m.begin; k < j; ++k) key += (key.empty() ? "" : " ") + art.lower[k];
            key = normalizePhrase(key);
            const std::string* country = lex.countries.findNormalized(key);
            if (!country) country = x.countryAliases.findNormalized(key);
            if (!country) break;
            Mention place = m;
            place.end = j;
            place.type = EntityType::Location;
            place.canonical = *country;
            place.country = *country;
            Mention owned = m;
            owned.begin = j + 1;
            mentions[i] = place;
            mentions.insert(mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1, owned);
            ++i;
            break;
        }
    }
}

}  // namespace

ArticleExtraction Extractor::extract(const Article& article) const {
    ArticleExtraction result;
    result.doc = article.id;
    // The per-token arrays are this thread's, reused from one article to the next: their
    // memory, the lower-case strings' included, is allocated once rather than per article.
    // Everything in them is rewritten below; nothing refers to them after extract returns.
    thread_local ArticleTokens art;
    thread_local TokenMemo memo;
    thread_local std::vector<size_t> memoSlots;
    art.text = article.text;
    tokenizeInto(art.text, art.tokens);
    art.sentences = splitSentences(art.text, art.tokens);
    const size_t n = art.tokens.size();
    art.views.clear();
    art.info.clear();
    memoSlots.clear();
    art.lower.resize(n);
    // Two passes: the first asks the memory system for every token's memo slot, so that
    // the look-ups of the second overlap their misses instead of waiting one by one.
    for (size_t i = 0; i < n; ++i) {
        art.views.push_back(art.tokens[i].text(art.text));
        memoSlots.push_back(memo.slot(art.views[i]));
    }
    for (size_t i = 0; i < n; ++i) {
        const std::string_view token = art.views[i];
        if (token.size() > TokenMemo::kMaxBytes) {
            asciiLowerInto(token, art.lower[i]);
            art.info.push_back(tokenInfo(token, art.lower[i]));
            continue;
        }
        const TokenMemo::Entry& e = memo.find(token, memoSlots[i]);
        art.lower[i].assign(e.lower, token.size());
        art.info.push_back(e.info);
    }

    // The trained tagger runs over every sentence first, the rule stages after: each phase
    // keeps its own tables (model weights and features; rule lexicons) hot in the cache for
    // the whole article instead of evicting the other's sentence by sentence.
    thread_local std::vector<std::vector<TaggedSpan>> modelSpans;  // each moved out below
    if (!m_impl->ruleTagger) {
        modelSpans.resize(art.sentences.size());
        for (size_t si = 0; si < art.sentences.size(); ++si) {
            const Sentence& s = art.sentences[si];
            modelSpans[si] = m_impl->tagger->tagSentence(std::span<const std::string_view>(
                art.views.data() + s.firstToken, s.endToken - s.firstToken));
        }
    }

    thread_local std::vector<Mention> mentions;  // its capacity reused, as art's
    mentions.clear();
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const Sentence& s = art.sentences[si];
        const size_t count = s.endToken - s.firstToken;
        const std::span<const std::string_view> tokens(art.views.data() + s.firstToken, count);
        const std::span<const std::string> lower(art.lower.data() + s.firstToken, count);
        const std::span<const TokenInfo> info(art.info.data() + s.firstToken, count);
        const bool titleCase = isTitleCase(info);
        std::vector<TaggedSpan> tagged;
        if (m_impl->ruleTagger) {
            tagged = m_impl->ruleTagger->tagAnnotated(tokens, lower, info, titleCase);
        } else {
            tagged = std::move(modelSpans[si]);
            if (m_impl->rules)
                tagged =
                    combineTaggers(tokens, lower, info, titleCase, std::move(tagged),
                                   m_impl->rules->tagAnnotated(tokens, lower, info, titleCase));
        }
        std::vector<Mention> sm = sentenceMentions(art, si, tagged);
        mentions.insert(mentions.end(), std::make_move_iterator(sm.begin()),
                        std::make_move_iterator(sm.end()));
    }
    joinNamesBeforeAcronyms(art, mentions);
    addRepeatedNameMentions(art, mentions);
    typeShipNames(art, mentions);
    retypeDescribedOrganizations(art, mentions);
    retypeOrganisationShortForms(art, mentions);
    retypeNamedPlaces(art, mentions);
    capitalsThatSpeak(art, mentions);
    splitPossessiveNames(art, mentions);
    std::vector<RelationCandidate> candidates = extractRelations(art, mentions);
    const size_t ownRelations = candidates.size();
    linkNationalities(mentions, candidates);
    linkCompanyCountries(art, mentions, candidates, ownRelations);
    result.entities = resolveMentions(art, mentions);

    result.mentions.reserve(mentions.size());
    for (const Mention& m : mentions) {
        ExtractedMention em;
        em.entity = m.entity;
        em.span = {art.tokens[m.begin].span.start, art.tokens[m.end - 1].span.end};
        em.text = std::string(art.text.substr(em.span.start, em.span.size()));
        em.sentence = art.sentences[m.sentence].span;
        result.mentions.push_back(std::move(em));
    }
    std::sort(result.mentions.begin(), result.mentions.end(),
              [](const ExtractedMention& a, const ExtractedMention& b) {
                  return std::tie(a.span.start, a.span.end, a.entity) <
                         std::tie(b.span.start, b.span.end, b.entity);
              });
    result.mentions.erase(std::unique(result.mentions.begin(), result.mentions.end(),
                                      [](const ExtractedMention& a, const ExtractedMention& b) {
                                          return a.span == b.span && a.entity == b.entity;
                                      }),
                          result.mentions.end());

    // One relation per (source entity, target entity, label, sentence), the first candidate
    // kept: candidates sorted by that key and their order, each run's first marked (no tree
    // of nodes).
    thread_local std::vector<size_t> byKey;
    thread_local std::vector<uint8_t> kept;
    auto key = [&](size_t k) {
        const RelationCandidate& c = candidates[k];
        return std::tie(mentions[c.source].entity, mentions[c.target].entity, c.label,
                        mentions[c.source].sentence);
    };
    byKey.clear();
    for (size_t k = 0; k < candidates.size(); ++k)
        if (mentions[candidates[k].source].entity != mentions[candidates[k].target].entity)
            byKey.push_back(k);
    std::sort(byKey.begin(), byKey.end(), [&](size_t x, size_t y) {
        const auto kx = key(x), ky = key(y);
        return kx < ky || (kx == ky && x < y);
    });
    kept.assign(candidates.size(), 0);
    for (size_t k = 0; k < byKey.size(); ++k)
        if (k == 0 || key(byKey[k - 1]) != key(byKey[k])) kept[byKey[k]] = 1;
    result.relations.reserve(byKey.size());
    for (size_t k = 0; k < candidates.size(); ++k) {
        if (!kept[k]) continue;
        RelationCandidate& c = candidates[k];
        const Mention& a = mentions[c.source];
        const Mention& b = mentions[c.target];
        ExtractedRelation r;
        r.source = a.entity;
        r.target = b.entity;
        r.label = std::move(c.label);  // the candidates are not read after this loop
        r.type = c.type;
        r.negated = c.negated;
        // the sentence, or the sentences from the one naming the target ("Lumiq said ...
        // Its chief executive, Daniel Park, ...")
        const size_t first = std::min(a.sentence, b.sentence),
                     last = std::max(a.sentence, b.sentence);
        r.evidence = {art.sentences[first].span.start, art.sentences[last].span.end};
        r.sourceMention = {art.tokens[a.begin].span.start, art.tokens[a.end - 1].span.end};
        r.targetMention = {art.tokens[b.begin].span.start, art.tokens[b.end - 1].span.end};
        result.relations.push_back(std::move(r));
    }
    return result;
}

}  // namespace entgraph
