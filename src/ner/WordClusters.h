#pragma once
// Distributional word clusters for the NER tagger, induced from unlabelled text.
//
// Words that occur in similar contexts (their left and right neighbours) land in the same
// cluster, so a rare company or town name shares a feature with frequent ones even when
// the labelled data never saw it.  Induction: for each lower-cased word seen at least
// minCount times, a PPMI-weighted vector of its left/right neighbours among the most
// frequent words, randomly projected to a few dozen dimensions, then clustered by
// spherical k-means at several granularities (coarse ... fine), standing in for the bit
// path prefixes of Brown clusters.  Or, with fromVectors, the same k-means over
// pre-trained word vectors (GloVe), which bring what billions of words of news and
// encyclopaedia text know about words the labelled corpora never show.
//
// Stored as numbers only: the hash of the lower-cased word (FeatureExtractor's hashLower)
// mapped to its packed cluster ids; no corpus text.
//
// Deterministic: the same sentences and options give the same clusters.  Thread safety:
// immutable after construction; const members may be called from several threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entgraph::ner {

struct WordVectors;

class WordClusters {
public:
    static constexpr size_t kLevels = 3;
    static constexpr uint32_t kNone = 0xFFFFFFFFu;

    struct Options {
        uint32_t minCount = 3;      // rarer words get no cluster
        size_t contextWords = 600;  // most frequent words used as contexts
        int window = 1;             // neighbours on each side (1: like Brown clusters)
        size_t dimensions = 96;     // random projection size
        uint32_t clusters[kLevels] = {32, 160, 640};
        int iterations = 12;
        uint64_t seed = 7;
    };

    WordClusters() = default;
    // Clusters of pre-trained vectors (only Options::clusters, iterations and seed are
    // used); a word whose lower-cased form repeats an earlier one keeps the earlier's.
    static WordClusters fromVectors(const WordVectors& vectors, const Options& options);
    // Sentences are token sequences; tokens are lower-cased internally (ASCII).
    static WordClusters induce(const std::vector<std::vector<std::string_view>>& sentences,
                               const Options& options);

    bool empty() const { return m_count == 0; }
    size_t size() const { return m_count; }
    // Packed ids (level k in bits 10k..10k+9) for a word's lower-cased hash, or kNone.
    uint32_t lookup(uint64_t lowerHash) const {
        if (m_count == 0) return kNone;
        if (lowerHash == 0) lowerHash = 1;
        for (size_t p = lowerHash & m_mask;; p = (p + 1) & m_mask) {
            if (m_entries[p].key == lowerHash) return m_entries[p].value;
            if (!m_entries[p].key) return kNone;
        }
    }
    static uint32_t level(uint32_t packed, size_t k) { return (packed >> (10 * k)) & 1023u; }

    // Serialisation (keys sorted: byte-identical for equal maps).  fromBytes consumes its
    // part of `bytes` starting at pos and throws entgraph::Error when it is malformed.
    void appendBytes(std::string& out) const;
    static WordClusters fromBytes(std::string_view bytes, size_t& pos);

    void insert(uint64_t lowerHash, uint32_t packed);

private:
    // The words (lower-cased hashes) with their unit rows x (d columns), clustered at every
    // level and packed.
    static WordClusters clustered(const std::vector<uint64_t>& keys, const std::vector<float>& x,
                                  size_t d, const Options& options);
    void reserve(size_t count);
    // Key and value together: one cache miss per lookup.  Packed to 12 bytes and filled to
    // three quarters: GloVe's 341k words take 6 MB instead of 16 MB of the process.
    struct __attribute__((packed)) Entry {
        uint64_t key = 0;  // 0 = empty
        uint32_t value = 0;
    };
    std::vector<Entry> m_entries;
    size_t m_mask = 0;
    size_t m_count = 0;
};

}  // namespace entgraph::ner
