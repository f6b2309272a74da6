#include "ner/NerTagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

#include "core/Resources.h"
#include "ner/NerFeatures.h"

namespace entgraph {

namespace ner {

namespace {
// Margins of the perceptron are unnormalised sums of weights; this divides them so that a
// typical correct span scores ~0.9 and a typical wrong one ~0.75 (median margins 68 and 35
// on uner_ewt/dev for the committed model; re-measure after changing the training setup).
constexpr float kConfidenceScale = 30.0f;

// A per-thread memo of what tagging takes from a word alone: its facts and the summed model
// weights of its word features (FeatureExtractor::describeWord).  News text repeats a few
// thousand words most of the time, so most tokens skip the spelling hashes, the gazetteer,
// cluster and class look-ups and about half of the weight-table probes: fewer instructions
// and, above all, fewer cache misses into tables of several MB that the rule stages of
// extraction evict between sentences.  Exact: a hit compares the word's bytes, and weights
// are summed as integers, as scoreTokens does.  Direct-mapped on a hash of the bytes.
class WordCache {
public:
    struct Entry {
        WordFacts facts;
        int32_t sums[kLabelCount];
        uint8_t size = kEmpty;
        char bytes[27];  // the word (longer words are not cached): 96-byte entries
    };
    static constexpr size_t kMaxWordBytes = sizeof(Entry::bytes);

    WordCache() : m_entries(kSlots) {}

    // The entry for `word`; on a miss it is (re)filled from the extractor and the model.  A
    // word too long to cache gets `spare`, filled the same way.  Valid until the next call.
    const Entry& find(std::string_view word, FeatureExtractor& extractor, const NerModel& model,
                      Entry& spare) {
        if (word.size() > kMaxWordBytes) {
            fill(word, spare, extractor, model);
            return spare;
        }
        uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a: its high bits mix every byte
        for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
        Entry& e = m_entries[h >> (64 - kSlotBits)];
        if (e.size != word.size() || std::memcmp(e.bytes, word.data(), word.size()) != 0) {
            fill(word, e, extractor, model);
            e.size = static_cast<uint8_t>(word.size());
            std::memcpy(e.bytes, word.data(), word.size());
        }
        return e;
    }

private:
    static constexpr size_t kSlotBits = 12;
    static constexpr size_t kSlots = size_t{1} << kSlotBits;
    static constexpr uint8_t kEmpty = 0xFF;  // no word has this size
    static void fill(std::string_view word, Entry& e, FeatureExtractor& extractor,
                     const NerModel& model) {
        uint64_t features[FeatureExtractor::kMaxWordFeatures];
        const size_t count = extractor.describeWord(word, e.facts, features);
        std::fill(std::begin(e.sums), std::end(e.sums), 0);
        model.addWeights({features, count}, e.sums);
    }
    std::vector<Entry> m_entries;
};

struct Scratch {
    Scratch(const NerGazetteer& g, const WordClusters& c) : extractor(g, &c) {}
    FeatureExtractor extractor;
    WordCache cache;
    WordCache::Entry spare;
    std::vector<WordFacts> facts;
    std::vector<int32_t> wordSums;  // per token: the word features' weights (kLabelCount)
    std::vector<float> emissions;
    std::vector<int> labels;
};

// One scratch per thread, for the tagger last used on it (almost always the embedded one).
// Keyed by everything its cache and extractor depend on: the tagger (its model), the
// gazetteer's address and contents, the clusters' address.
Scratch& scratchFor(uint64_t taggerId, const NerGazetteer& gaz, const WordClusters& clusters) {
    struct Key {
        uint64_t tagger = 0, generation = 0;
        const NerGazetteer* gaz = nullptr;
        const WordClusters* clusters = nullptr;
        bool operator==(const Key&) const = default;
    };
    thread_local Key owner;
    thread_local std::unique_ptr<Scratch> scratch;
    const Key key{taggerId, gaz.generation(), &gaz, &clusters};
    if (!(owner == key) || !scratch) {
        scratch = std::make_unique<Scratch>(gaz, clusters);
        owner = key;
    }
    return *scratch;
}

// Tags tokens: the labels are left in the returned scratch's `labels`, the emission scores
// in its `emissions`.
Scratch& decode(const NerModel& model, const NerGazetteer& gaz, uint64_t taggerId,
                std::span<const std::string_view> tokens) {
    Scratch& s = scratchFor(taggerId, gaz, model.clusters());
    const size_t n = tokens.size();
    s.facts.resize(n);
    s.wordSums.resize(n * kLabelCount);
    for (size_t i = 0; i < n; ++i) {
        const WordCache::Entry& e = s.cache.find(tokens[i], s.extractor, model, s.spare);
        s.facts[i] = e.facts;
        std::copy(std::begin(e.sums), std::end(e.sums), &s.wordSums[i * kLabelCount]);
    }
    s.extractor.extractContext(s.facts, classifySentenceCase(tokens));
    s.emissions.assign(n * kLabelCount, 0.0f);
    model.scoreTokens(s.extractor.allFeatures(), s.extractor.ends(), s.emissions.data(),
                      s.wordSums.data());
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
