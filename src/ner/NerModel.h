#pragma once
// The NER model: per-feature label weights (keyed by 64-bit feature hashes) plus label
// transition weights, decoded by Viterbi under BIO constraints (I-X only after B-X or I-X).
//
// File format (little-endian), numbers only, no corpus text:
//   "EGNERM01"  magic (8 bytes)
//   u32 labelCount (9), u32 featureCount, f32 scale
//   f32 transitions[(labelCount + 1) * labelCount]   (row 0: sentence start)
//   u64 keys[featureCount], i16 weights[featureCount * labelCount]  (weight = i16 * scale)
// "EGNERM02" adds the word clusters after that (see WordClusters::appendBytes):
//   u32 wordCount, u64 wordHashes[wordCount], u32 packedClusterIds[wordCount]
// (a model without clusters is still written as EGNERM01).
//
// Thread safety: a loaded NerModel is immutable; all const members may be called from
// several threads at once.
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/Types.h"
#include "extract/EntityTagger.h"
#include "ner/WordClusters.h"

namespace entgraph::ner {

// Labels: 0 = O, 2k+1 = B-type k, 2k+2 = I-type k for the learned types below.
inline constexpr std::array<EntityType, 4> kNerTypes = {
    EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Event};
inline constexpr size_t kNerTypeCount = kNerTypes.size();
inline constexpr size_t kLabelCount = 1 + 2 * kNerTypeCount;
inline constexpr int kLabelO = 0;
inline constexpr int beginLabel(size_t type) {
    return static_cast<int>(2 * type + 1);
}
inline constexpr int insideLabel(size_t type) {
    return static_cast<int>(2 * type + 2);
}
inline constexpr int labelType(int label) {
    return label <= 0 ? -1 : (label - 1) / 2;
}
inline constexpr bool isInside(int label) {
    return label > 0 && label % 2 == 0;
}
// from == -1 is the sentence start.
inline constexpr bool transitionAllowed(int from, int to) {
    return !isInside(to) || (from > 0 && labelType(from) == labelType(to));
}
// The index of a learned type in kNerTypes, or -1.
int nerTypeIndex(EntityType type);
std::string labelName(int label);  // "O", "B-PERSON", ...

// Token labels -> spans (CoNLL chunk semantics: an I- that does not continue a chunk of the
// same type starts one).
std::vector<TaggedSpan> labelsToSpans(std::span<const int> labels);

// Best label sequence.  emissions: n x kLabelCount scores; transitions as in the file
// format; allowed (optional): per-token bit masks of permitted labels (at least one bit
// that can form a valid sequence must be set).  Writes n labels to out.
void viterbi(const float* emissions, size_t n, const float* transitions, const uint16_t* allowed,
             int* out);

// An allocator for the weight table: arrays of 1 MiB or more are aligned to 2 MiB and
// marked for transparent huge pages (Linux madvise), so that random look-ups across the
// table do not also miss the TLB on every 4 KiB page.  Smaller arrays: 64-byte aligned.
void* allocateTable(size_t bytes);
void freeTable(void* p) noexcept;
template <class T>
struct TableAllocator {
    using value_type = T;
    TableAllocator() = default;
    template <class U>
    TableAllocator(const TableAllocator<U>&) {}
    T* allocate(size_t n) { return static_cast<T*>(allocateTable(n * sizeof(T))); }
    void deallocate(T* p, size_t) noexcept { freeTable(p); }
    template <class U>
    bool operator==(const TableAllocator<U>&) const {
        return true;
    }
};

class NerModel {
public:
    NerModel();
    // keys[i] owns weights[i * kLabelCount .. +kLabelCount]; keys must be distinct.  The
    // weights are quantised to int16 (relative precision ~1/32767 of the largest weight).
    NerModel(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
             std::array<float, (kLabelCount + 1) * kLabelCount> transitions,
             WordClusters clusters = {});

    // Parses a model file's bytes; throws entgraph::Error on a corrupt or foreign file.
    static NerModel fromBytes(std::string_view bytes);
    static NerModel loadFile(const std::string& path);
    std::string toBytes() const;  // features in key order: byte-identical for equal models
    void saveFile(const std::string& path) const;

    size_t featureCount() const { return m_count; }
    // The mean of several models over the union of their features (a missing feature counts
    // as 0), keeping at most maxFeatures of the strongest; clusters are taken from the
    // first model (all must share them: same cluster text and options).
    static NerModel average(const std::vector<NerModel>& models, size_t maxFeatures);
    // Adds delta to feature `key`'s weight for `label` (clamped to the int16 range); false
    // when the model lacks the feature.
    bool addToWeight(uint64_t key, int label, float delta);
    // The word clusters the features were extracted with (empty for older models).
    const WordClusters& clusters() const { return m_clusters; }
    const float* transitions() const { return m_transitions.data(); }
    // Adds the weights of `features` to scores[0..kLabelCount).
    void score(std::span<const uint64_t> features, float* scores) const {
        const uint32_t end = static_cast<uint32_t>(features.size());
        scoreTokens(features, std::span<const uint32_t>(&end, 1), scores);
    }
    // The scores of consecutive tokens whose features lie back to back: token t owns
    // features[ends[t-1] .. ends[t]) (ends[-1] = 0) and gets scores[t * kLabelCount ..
    // +kLabelCount) added.  Exactly score() per token (weights are summed as integers), but
    // a whole sentence at once lets the cache misses overlap: the home slot of the feature
    // kPrefetchDistance ahead is prefetched while the current one is probed, across token
    // boundaries.
    //
    // Layout: open addressing (linear probing, load <= 1/2) whose slots hold the key and its
    // int16 weights together (32 bytes, one cache line): most features of news text are in
    // the model (~85%), so a hit costs one line and a miss usually one too.
    //
    // base (optional): per token kLabelCount integer weight sums (addWeights) to start from,
    // exactly as if their features were in the token's list.
    void scoreTokens(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                     float* scores, const int32_t* base = nullptr) const {
        constexpr size_t kPrefetchDistance = 16;
        const uint64_t* keys = features.data();
        const size_t total = features.size();
        const Slot* slots = m_slots.data();
        for (size_t f = 0; f < std::min(total, kPrefetchDistance); ++f)
            __builtin_prefetch(&slots[(keys[f] ? keys[f] : 1) & m_mask]);
        size_t f = 0;
        for (size_t t = 0; t < ends.size(); ++t) {
            Accumulator acc;
            if (base) acc.load(base + t * kLabelCount);
            for (const size_t end = ends[t]; f < end; ++f) {
                if (f + kPrefetchDistance < total) {
                    const uint64_t ahead = keys[f + kPrefetchDistance];
                    __builtin_prefetch(&slots[(ahead ? ahead : 1) & m_mask]);
                }
                const uint64_t key = keys[f] ? keys[f] : 1;
                for (size_t p = key & m_mask;; p = (p + 1) & m_mask) {
                    const Slot& s = slots[p];
                    if (s.key == key) {
                        acc.add(s.weights);
                        break;
                    }
                    if (s.key == 0) break;
                }
            }
            acc.addTo(scores + t * kLabelCount, m_scale);
        }
    }
    // Adds the integer weights of `features` to sums[0..kLabelCount): scoreTokens' base.
    void addWeights(std::span<const uint64_t> features, int32_t* sums) const {
        // A handful of features: ask for all their slots first, so that the misses overlap.
        for (uint64_t key : features) __builtin_prefetch(&m_slots[(key ? key : 1) & m_mask]);
        Accumulator acc;
        acc.load(sums);
        for (uint64_t key : features) {
            if (key == 0) key = 1;
            for (size_t p = key & m_mask;; p = (p + 1) & m_mask) {
                const Slot& s = m_slots[p];
                if (s.key == key) {
                    acc.add(s.weights);
                    break;
                }
                if (s.key == 0) break;
            }
        }
        acc.store(sums);
    }

private:
    struct alignas(32) Slot {
        uint64_t key = 0;  // 0 = empty
        int16_t weights[kLabelCount] = {};
    };
    static_assert(kLabelCount == 9 && sizeof(Slot) == 32,
                  "Accumulator reads labels 0-7 as one 16-byte vector, label 8 alone");
    // Integer sums of slot weights (exact: the order of additions does not matter).  SSE2
    // widens 8 int16 to int32 per instruction pair instead of 8 scalar loads and adds.
    struct Accumulator {
#if defined(__SSE2__)
        __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
        int32_t last = 0;
        void load(const int32_t* sums) {
            lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sums));
            hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sums + 4));
            last = sums[8];
        }
        void store(int32_t* sums) const {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(sums), lo);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(sums + 4), hi);
            sums[8] = last;
        }
        void add(const int16_t* w) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w));
            lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16));
            hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16));
            last += w[8];
        }
        void addTo(float* scores, float scale) const {
            // lane by lane the scalar int -> float, * scale, + of the fallback below
            const __m128 s = _mm_set1_ps(scale);
            _mm_storeu_ps(scores,
                          _mm_add_ps(_mm_loadu_ps(scores), _mm_mul_ps(_mm_cvtepi32_ps(lo), s)));
            _mm_storeu_ps(scores + 4,
                          _mm_add_ps(_mm_loadu_ps(scores + 4), _mm_mul_ps(_mm_cvtepi32_ps(hi), s)));
            scores[8] += static_cast<float>(last) * scale;
        }
#else
        int32_t acc[kLabelCount] = {};
        void load(const int32_t* sums) {
            std::copy(sums, sums + kLabelCount, acc);
        }
        void store(int32_t* sums) const {
            std::copy(acc, acc + kLabelCount, sums);
        }
        void add(const int16_t* w) {
            for (size_t l = 0; l < kLabelCount; ++l) acc[l] += w[l];
        }
        void addTo(float* scores, float scale) const {
            for (size_t l = 0; l < kLabelCount; ++l)
                scores[l] += static_cast<float>(acc[l]) * scale;
        }
#endif
    };
    void insert(uint64_t key, const int16_t* weights);
    void reserve(size_t count);
    std::vector<Slot, TableAllocator<Slot>> m_slots;
    WordClusters m_clusters;
    std::array<float, (kLabelCount + 1) * kLabelCount> m_transitions{};
    float m_scale = 1.0f;
    size_t m_mask = 0;
    size_t m_count = 0;
};

}  // namespace entgraph::ner
