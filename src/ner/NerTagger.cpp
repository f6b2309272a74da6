#include "ner/NerTagger.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <iterator>

#include "core/Resources.h"
#include "core/ShortBytes.h"
#include "ner/NerFeatures.h"
#include "text/Lexicons.h"

namespace entgraph {

namespace ner {

namespace {
// Margins of the perceptron are unnormalised sums of weights; this divides them so that a
// typical correct span scores ~0.9 and a typical wrong one ~0.75 (median margins 68 and 35
// on uner_ewt/dev for the committed model; re-measure after changing the training setup).
constexpr float kConfidenceScale = 30.0f;

// Integer weight sums of some features, one per label (NerModel::addWeights).
struct Sums {
    int32_t v[kLabelCount] = {};
};

// sums[0..kLabelCount) += o.  Seven of these per token: labels 0-7 as two SSE2 vectors and
// label 8 alone (the compiler left the nine-label loop scalar).
void addTo(int32_t* sums, const Sums& o) {
    static_assert(kLabelCount == 9, "two 4-lane vectors and one scalar");
#if defined(__SSE2__)
    for (size_t l = 0; l < 8; l += 4) {
        __m128i* to = reinterpret_cast<__m128i*>(sums + l);
        const __m128i from = _mm_loadu_si128(reinterpret_cast<const __m128i*>(o.v + l));
        _mm_storeu_si128(to, _mm_add_epi32(_mm_loadu_si128(to), from));
    }
    sums[8] += o.v[8];
#else
    for (size_t l = 0; l < kLabelCount; ++l) sums[l] += o.v[l];
#endif
}

// Where a neighbour can stand, as FeatureExtractor::neighbourFeatures' offsets.
constexpr int kNeighbourOffsets[] = {-2, -1, 1, 2};
constexpr size_t kNeighbourRoles = std::size(kNeighbourOffsets);
constexpr size_t kNeighbourReach = 2;  // the farthest offset either way

// A per-thread memo of what tagging takes from a word alone: its facts, the summed model
// weights of its own word features (FeatureExtractor::describeWord) and of the features it
// gives a token as the neighbour two or one places before or after it (neighbourFeatures).
// News text repeats a few thousand words most of the time, so most tokens skip the
// spelling hashes, the gazetteer, cluster and class look-ups and over half of the
// weight-table probes: fewer instructions and, above all, fewer cache misses into tables of
// several MB that the rule stages of extraction evict between sentences.  Exact: a hit
// compares the word's bytes, and weights are summed as integers, as scoreTokens does.
// Two-way set-associative on a hash of the bytes, the least recently used way refilled, so
// that two frequent words sharing a set do not evict each other at every turn (each miss
// costs a full describeWord and five weight sums; when the set came from FNV's raw high
// bits, all one-letter tokens shared one slot and a quarter of the benchmark's look-ups
// missed).
class WordCache {
public:
    struct alignas(64) Entry {
        WordFacts facts;
        Sums own;
        Sums asNeighbour[kNeighbourRoles];  // by role (kNeighbourOffsets)
        uint8_t size = kEmpty;
        char bytes[43];  // the word (longer words are not cached): 256-byte entries
    };
    static constexpr size_t kMaxWordBytes = sizeof(Entry::bytes);

    WordCache() : m_entries(kSets * kWays), m_older(kSets, 0) {}

    // The set of `word`, asked of the memory system at once: a sentence's sets are all
    // asked for before the first is read, so that their misses overlap.
    size_t slot(std::string_view word) const {
        // 8 bytes at a time, its high bits well mixed (one-letter tokens -- "a", ",", ".",
        // "$" -- in sets of their own; FNV-1a's high bits barely saw the last byte)
        const size_t set = shortStringHash(word) >> (64 - kSetBits);
        const char* p = reinterpret_cast<const char*>(&m_entries[set * kWays]);
        for (size_t line = 0; line < kWays * sizeof(Entry); line += 64)
            __builtin_prefetch(p + line);
        return set;
    }
    // The entry for `word` (whose slot() is given); on a miss the set's least recently used
    // way is (re)filled from the extractor and the model.  A word too long to cache gets
    // `spare`, filled the same way.  Valid until the next call.
    const Entry& find(std::string_view word, size_t set, FeatureExtractor& extractor,
                      const NerModel& model, Entry& spare) {
        if (word.size() > kMaxWordBytes) {
            fill(word, spare, extractor, model);
            return spare;
        }
        Entry* ways = &m_entries[set * kWays];
        for (uint8_t w = 0; w < kWays; ++w) {
            const Entry& e = ways[w];
            if (e.size == word.size() && sameShortBytes(e.bytes, word.data(), word.size())) {
                m_older[set] = static_cast<uint8_t>(w ^ 1);
                return e;
            }
        }
        const uint8_t victim = m_older[set];
        Entry& e = ways[victim];
        fill(word, e, extractor, model);
        e.size = static_cast<uint8_t>(word.size());
        std::memcpy(e.bytes, word.data(), word.size());
        m_older[set] = static_cast<uint8_t>(victim ^ 1);
        return e;
    }

private:
    static constexpr size_t kSetBits = 12;
    static constexpr size_t kSets = size_t{1} << kSetBits;
    static constexpr uint8_t kWays = 2;      // the LRU bookkeeping below assumes two
    static constexpr uint8_t kEmpty = 0xFF;  // no word has this size
    static void fill(std::string_view word, Entry& e, FeatureExtractor& extractor,
                     const NerModel& model) {
        uint64_t features[FeatureExtractor::kMaxWordFeatures];
        const size_t count = extractor.describeWord(word, e.facts, features);
        e.own = Sums();
        model.addWeights({features, count}, e.own.v);
        for (size_t r = 0; r < kNeighbourRoles; ++r) {
            const size_t n =
                FeatureExtractor::neighbourFeatures(&e.facts, kNeighbourOffsets[r], features);
            e.asNeighbour[r] = Sums();
            model.addWeights({features, n}, e.asNeighbour[r].v);
        }
    }
    // Huge pages (TableAllocator): the rule stages of extraction touch many pages between
    // one article's tagging and the next, and over 4 KiB pages most look-ups here would
    // then miss the TLB (measured: BM_ExtractDefault ~7% faster, A/B interleaved).
    std::vector<Entry, TableAllocator<Entry>> m_entries;  // set s: ways [s * kWays, +kWays)
    std::vector<uint8_t> m_older;                         // per set: its least recently used way
};

// The same for pairs of neighbouring words: the weights of the features each takes from
// the pair (FeatureExtractor::pairFeatures) and the gazetteer's answer for the two-word
// phrase.  Keyed by the numbers those are computed from (the words' lower-case and shape
// hashes), so a hit is exact.  Sentence edges are pairs with FeatureExtractor::sentenceEdge.
class PairCache {
public:
    struct alignas(64) Entry {
        uint64_t key[4] = {};  // left lower, left shape, right lower, right shape
        Sums left, right;      // what the left / right word takes from the pair
        uint16_t phraseMask = 0;
        bool phraseKnown = false;  // phraseMask was looked up
        bool filled = false;
    };

    PairCache() : m_entries(kSlots) {}

    size_t slot(const WordFacts& a, const WordFacts& b) const {
        // Only spreads the pairs over the slots (the entry holds the full key): products of
        // independent multiplications, cheaper than chained combine()s.
        const uint64_t h = (a.lower ^ std::rotl(a.shortShape, 21)) * 0x9e3779b97f4a7c15ULL ^
                           (b.lower ^ std::rotl(b.shortShape, 43)) * 0xc2b2ae3d27d4eb4fULL;
        const size_t slot = h >> (64 - kSlotBits);
        const char* p = reinterpret_cast<const char*>(&m_entries[slot]);
        for (size_t line = 0; line < sizeof(Entry); line += 64) __builtin_prefetch(p + line);
        return slot;
    }
    // The entry for the pair (a, b) at its slot(); filled on a miss (phraseMask only when
    // withPhrase: both are words and a may start a gazetteer phrase).  Valid until the next
    // call.
    const Entry& find(const WordFacts& a, const WordFacts& b, bool withPhrase, size_t slot,
                      const FeatureExtractor& extractor, const NerModel& model) {
        Entry& e = m_entries[slot];
        const uint64_t key[4] = {a.lower, a.shortShape, b.lower, b.shortShape};
        if (!e.filled || !std::equal(std::begin(key), std::end(key), e.key) ||
            (withPhrase && !e.phraseKnown)) {
            uint64_t left[FeatureExtractor::kPairFeatures], right[FeatureExtractor::kPairFeatures];
            FeatureExtractor::pairFeatures(a, b, left, right);
            std::copy(std::begin(key), std::end(key), e.key);
            e.left = Sums();
            e.right = Sums();
            model.addWeights(left, e.left.v);
            model.addWeights(right, e.right.v);
            e.phraseMask = withPhrase ? extractor.phraseMask(a, b) : 0;
            e.phraseKnown = withPhrase;
            e.filled = true;
        }
        return e;
    }

private:
    static constexpr size_t kSlotBits = 13;
    static constexpr size_t kSlots = size_t{1} << kSlotBits;
    std::vector<Entry, TableAllocator<Entry>> m_entries;  // 1 MiB (huge pages, as above)
};

// The weights of each context code (FeatureExtractor::extractContextCodes), looked up in
// the model once per thread: most context features of a sentence (its casing, the
// gazetteer's categories with the casing and the neighbours' word classes, the neighbours'
// clusters) take their values from a few hundred codes, so a token adds a row of this table
// instead of hashing a key and probing the model's table of several MB for each.  Exact:
// a row is the feature's integer weights, as scoreTokens would have added them.
class CodeWeights {
public:
    CodeWeights(const FeatureExtractor& extractor, const NerModel& model)
        : m_rows(FeatureExtractor::kContextCodes) {
        for (uint32_t code = 0; code < m_rows.size(); ++code) {
            const uint64_t key = extractor.contextCodeKey(code);
            model.addWeights({&key, 1}, m_rows[code].v);
        }
    }
    const Sums& row(uint16_t code) const { return m_rows[code]; }

private:
    std::vector<Sums> m_rows;
};

// The weights of a token's shape trigram (FeatureExtractor::shapeTriFeature), keyed by the
// three words' shape hashes: news text has a few thousand shape trigrams, so most tokens skip
// the three hash combinations and the model probe.  Direct-mapped; a hit compares all three.
class ShapeTriCache {
public:
    ShapeTriCache() : m_entries(kSlots) {}
    const Sums& find(const WordFacts& before, const WordFacts& word, const WordFacts& after,
                     const NerModel& model) {
        const uint64_t key[3] = {before.shortShape, word.shortShape, after.shortShape};
        const uint64_t h =
            (key[0] ^ std::rotl(key[1], 21) ^ std::rotl(key[2], 42)) * 0x9e3779b97f4a7c15ULL;
        Entry& e = m_entries[h >> (64 - kSlotBits)];
        if (!e.filled || !std::equal(std::begin(key), std::end(key), e.key)) {
            std::copy(std::begin(key), std::end(key), e.key);
            const uint64_t feature = FeatureExtractor::shapeTriFeature(before, word, after);
            e.sums = Sums();
            model.addWeights({&feature, 1}, e.sums.v);
            e.filled = true;
        }
        return e.sums;
    }

private:
    struct alignas(64) Entry {
        uint64_t key[3] = {};
        Sums sums;
        bool filled = false;
    };
    static constexpr size_t kSlotBits = 12;
    static constexpr size_t kSlots = size_t{1} << kSlotBits;
    std::vector<Entry> m_entries;
};

struct Scratch {
    Scratch(const NerModel& model, const NerGazetteer& g)
        : extractor(g, &model.clusters()), codeWeights(extractor, model) {
        uint64_t features[FeatureExtractor::kNeighbourFeatures];
        for (size_t r = 0; r < kNeighbourRoles; ++r) {
            const size_t n =
                FeatureExtractor::neighbourFeatures(nullptr, kNeighbourOffsets[r], features);
            model.addWeights({features, n}, boundary[r].v);
        }
    }
    FeatureExtractor extractor;
    WordCache cache;
    WordCache::Entry spare;
    PairCache pairs;
    CodeWeights codeWeights;
    ShapeTriCache shapeTris;
    std::vector<size_t> pairSlots;    // per pair (n + 1 with the sentence edges)
    std::vector<uint16_t> pairMasks;  // per token: phraseMask with the next token
    Sums boundary[kNeighbourRoles];   // what the sentence's edge gives, by role
    std::vector<size_t> slots;        // per token: its WordCache slot
    std::vector<WordFacts> facts;
    std::vector<int32_t> base;  // per token (kLabelCount): all but its context features' weights
    std::vector<float> emissions;
    std::vector<int> labels;
};

// One scratch per thread, for the tagger last used on it (almost always the embedded one).
// Keyed by everything its cache and extractor depend on: the tagger (its model), the
// gazetteer's address and contents, the model's address (its clusters).
Scratch& scratchFor(uint64_t taggerId, const NerModel& model, const NerGazetteer& gaz) {
    struct Key {
        uint64_t tagger = 0, generation = 0;
        const NerGazetteer* gaz = nullptr;
        const NerModel* model = nullptr;
        bool operator==(const Key&) const = default;
    };
    thread_local Key owner;
    thread_local std::unique_ptr<Scratch> scratch;
    const Key key{taggerId, gaz.generation(), &gaz, &model};
    if (!(owner == key) || !scratch) {
        scratch = std::make_unique<Scratch>(model, gaz);
        owner = key;
    }
    return *scratch;
}

// Tags tokens: the labels are left in the returned scratch's `labels`, the emission scores
// in its `emissions`.
Scratch& decode(const NerModel& model, const NerGazetteer& gaz, uint64_t taggerId,
                std::span<const std::string_view> tokens) {
    Scratch& s = scratchFor(taggerId, model, gaz);
    const size_t n = tokens.size();
    s.slots.resize(n);
    s.facts.resize(n);
    s.base.assign(n * kLabelCount, 0);
    for (size_t i = 0; i < n; ++i) s.slots[i] = s.cache.slot(tokens[i]);
    // Each word's weights go to the tokens that take them at once (a later token of the
    // sentence may take the same slot); the sentence's edges stand in for missing neighbours.
    for (size_t i = 0; i < n; ++i) {
        const WordCache::Entry& e =
            s.cache.find(tokens[i], s.slots[i], s.extractor, model, s.spare);
        s.facts[i] = e.facts;
        addTo(&s.base[i * kLabelCount], e.own);
        const bool nearEdge = i < kNeighbourReach || i + kNeighbourReach >= n;
        for (size_t r = 0; r < kNeighbourRoles; ++r) {
            // the token that has word i kNeighbourOffsets[r] places away
            const ptrdiff_t t = static_cast<ptrdiff_t>(i) - kNeighbourOffsets[r];
            if (!nearEdge || (t >= 0 && t < static_cast<ptrdiff_t>(n)))
                addTo(&s.base[static_cast<size_t>(t) * kLabelCount], e.asNeighbour[r]);
        }
    }
    for (size_t t = 0; t < n; ++t) {
        // only the first and last kNeighbourReach tokens miss a neighbour
        if (t == kNeighbourReach && t + kNeighbourReach < n) t = n - kNeighbourReach;
        for (size_t r = 0; r < kNeighbourRoles; ++r) {
            const ptrdiff_t j = static_cast<ptrdiff_t>(t) + kNeighbourOffsets[r];
            if (j < 0 || j >= static_cast<ptrdiff_t>(n))
                addTo(&s.base[t * kLabelCount], s.boundary[r]);
        }
    }
    // Pair p is (token p - 1, token p), the sentence's edges standing in at either end.
    static const WordFacts kStart = FeatureExtractor::sentenceEdge(true),
                           kEnd = FeatureExtractor::sentenceEdge(false);
    auto leftOf = [&](size_t p) -> const WordFacts& { return p == 0 ? kStart : s.facts[p - 1]; };
    auto rightOf = [&](size_t p) -> const WordFacts& { return p == n ? kEnd : s.facts[p]; };
    s.pairSlots.resize(n + 1);
    s.pairMasks.assign(n, 0);
    for (size_t p = 0; p <= n; ++p) s.pairSlots[p] = s.pairs.slot(leftOf(p), rightOf(p));
    for (size_t p = 0; p <= n; ++p) {
        const bool phrase = p > 0 && p < n && s.facts[p - 1].gazMask != 0;
        const PairCache::Entry& e =
            s.pairs.find(leftOf(p), rightOf(p), phrase, s.pairSlots[p], s.extractor, model);
        if (p > 0) addTo(&s.base[(p - 1) * kLabelCount], e.left);
        if (p < n) addTo(&s.base[p * kLabelCount], e.right);
        if (phrase) s.pairMasks[p - 1] = e.phraseMask;
    }
    s.extractor.extractContextCodes(
        s.facts, classifySentenceCase(std::span<const WordFacts>(s.facts)), s.pairMasks.data());
    const std::span<const uint16_t> codes = s.extractor.allCodes();
    const std::span<const uint32_t> codeEnds = s.extractor.codeEnds();
    for (size_t t = 0, c = 0; t < n; ++t) {
        // the token's rows and shape trigram, added in registers before its base row
        Sums sum = s.shapeTris.find(leftOf(t), s.facts[t], rightOf(t + 1), model);
        for (; c < codeEnds[t]; ++c) addTo(sum.v, s.codeWeights.row(codes[c]));
        addTo(&s.base[t * kLabelCount], sum);
    }
    s.emissions.assign(n * kLabelCount, 0.0f);
    model.scoreTokens(s.extractor.allFeatures(), s.extractor.ends(), s.emissions.data(),
                      s.base.data());
    s.labels.resize(n);
    viterbi(s.emissions.data(), n, model.transitions(), nullptr, s.labels.data());
    return s;
}

uint64_t nextTaggerId() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
}
}  // namespace

NerTagger::NerTagger(NerModel model) : NerTagger(std::move(model), NerGazetteer::embedded()) {}
NerTagger::NerTagger(NerModel model, const NerGazetteer& gazetteer)
    : m_model(std::move(model)), m_gaz(&gazetteer), m_id(nextTaggerId()) {}

void NerTagger::tagLabels(std::span<const std::string_view> tokens, std::vector<int>& out) const {
    const Scratch& s = decode(m_model, *m_gaz, m_id, tokens);
    out.assign(s.labels.begin(), s.labels.end());
}

std::vector<TaggedSpan> NerTagger::tagSentence(std::span<const std::string_view> tokens) const {
    if (tokens.empty()) return {};
    const Scratch& s = decode(m_model, *m_gaz, m_id, tokens);
    std::vector<TaggedSpan> spans = labelsToSpans(s.labels);
    // Confidence: the weakest token's margin between its label and the best other label,
    // each scored with its emission and the transitions to the chosen neighbours, scaled
    // by kConfidenceScale and squashed to (0,1).  A rough but monotone signal.
    const float* trans = m_model.transitions();
    const size_t n = tokens.size();
    for (TaggedSpan& span : spans) {
        float weakest = INFINITY;
        for (size_t i = span.begin; i < span.end; ++i) {
            const float* e = &s.emissions[i * kLabelCount];
            const int prev = i ? s.labels[i - 1] : -1;
            const int next = i + 1 < n ? s.labels[i + 1] : -1;
            auto local = [&](int l) {
                if (!transitionAllowed(prev, l) || (next >= 0 && !transitionAllowed(l, next)))
                    return -INFINITY;
                return e[l] + trans[(prev + 1) * kLabelCount + l] +
                       (next >= 0 ? trans[(l + 1) * kLabelCount + next] : 0.0f);
            };
            const int chosen = s.labels[i];
            float other = -INFINITY;
            for (size_t l = 0; l < kLabelCount; ++l)
                if (static_cast<int>(l) != chosen)
                    other = std::max(other, local(static_cast<int>(l)));
            weakest = std::min(weakest, local(chosen) - other);
        }
        span.confidence = 1.0f / (1.0f + std::exp(-weakest / kConfidenceScale));
    }
    return spans;
}

}  // namespace ner

std::shared_ptr<const EntityTagger> embeddedNerTagger() {
    static const std::shared_ptr<const EntityTagger> tagger =
        []() -> std::shared_ptr<const EntityTagger> {
        auto bytes = findResource("assets/models/ner.bin");
        if (!bytes || bytes->empty()) return nullptr;
        return std::make_shared<ner::NerTagger>(ner::NerModel::fromBytes(*bytes));
    }();
    return tagger;
}

}  // namespace entgraph
