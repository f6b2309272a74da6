#pragma once
// Feature extraction for the NER tagger.  Every feature is a 64-bit hash (template id
// mixed with hashes of the strings it looks at), so the model stores numbers only and the
// hot path allocates nothing per token: the extractor reuses its buffers between calls.
//
// Features of token i: word, lower-cased form, shape, prefixes/suffixes, neighbouring words
// and shapes (+-2), word bigrams, sentence position, the sentence's casing mode (normal,
// all caps, title case, lower case: headlines and social media behave differently) and
// word clusters (WordClusters, when the model has them) of the token and its neighbours,
// gazetteer membership (countries, demonyms, capitals, subdivisions, cities, first names,
// known people, known organisations, WordNet's proper names by kind, plus built-in title
// and organisation-suffix lists).
//
// Thread safety: NerGazetteer is immutable after construction; a FeatureExtractor is not
// thread-safe (use one per thread).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ner/NerGazetteer.h"
#include "ner/NerHash.h"

namespace entgraph::ner {

class WordClusters;

// The key of the always-on bias feature (every token has it): shifting its weights shifts
// the model's preference between O and the entity labels.
uint64_t biasFeatureKey();

// Casing of a whole sentence: a feature, because headlines and all-caps lines capitalise
// words that are not names.
enum class SentenceCase : uint8_t { Normal, AllCaps, Title, Lower };
SentenceCase classifySentenceCase(std::span<const std::string_view> tokens);

// What a token's features take from its word alone (spelling hashes aside): everything a
// neighbour's features read, so the features of a sentence's context need only these.
struct WordFacts {
    uint64_t lower = 0;       // hashLowerAscii(word): also the gazetteer's and clusters' key
    uint64_t shortShape = 0;  // hash of the shape with runs collapsed ("Xx", "d,d")
    uint32_t cluster = 0;     // packed WordClusters ids or WordClusters::kNone (no clusters: 0)
    uint32_t wordClass = 0;   // common-word class hash, WordClusters::kNone if not common
    uint16_t gazMask = 0;     // NerGazetteer::lookup() of the word alone as a phrase
    uint8_t flags = 0;  // bit0: capitalised, bit1: all caps, bit2: has digit, bit3: lower-case
    uint8_t caseBits = 0, capsLetters = 0;  // what classifySentenceCase counts of the word
    // wordClass as a small number for context codes (FeatureExtractor::contextCodeKey):
    // the class's index, kNoClassIndex when not common, kUncodedClass when not known.
    uint8_t wordClassIndex = kUncodedClass;
    static constexpr uint8_t kNoClassIndex = 46, kUncodedClass = 0xFF;
};
// The same as classifySentenceCase(tokens), from the tokens' facts.
SentenceCase classifySentenceCase(std::span<const WordFacts> facts);

class FeatureExtractor {
public:
    // clusters (optional, may be empty) adds word-cluster features; it must outlive this.
    explicit FeatureExtractor(const NerGazetteer& gazetteer, const WordClusters* clusters = nullptr)
        : m_gaz(&gazetteer), m_clusters(clusters) {}

    // Extracts the features of every token.  Afterwards features(i) are token i's ids.
    void extract(std::span<const std::string_view> tokens);
    size_t tokenCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    std::span<const uint64_t> features(size_t i) const {
        return {m_features.data() + m_offsets[i], m_features.data() + m_offsets[i + 1]};
    }

    // The same features in four parts, for a tagger that caches what depends on one word
    // or one pair of words alone (NerTagger): a token's features(i) after extract() are, as
    // a set, its word's describeWord features, neighbourFeatures of the words up to two
    // places either side (the sentence boundary where there is none), pairFeatures of the
    // pairs it is in and its extractContext features.
    //
    // describeWord: the word's facts and the features that depend on the word alone
    // (spelling, clusters, class, the bias), at most kMaxWordFeatures written to out.
    static constexpr size_t kMaxWordFeatures = 16;
    size_t describeWord(std::string_view word, WordFacts& facts, uint64_t* out);
    // The features a token takes from the word `offset` places away (-2, -1, 1 or 2) that
    // depend on that word alone (its lower case and shape), written to out; neighbour null:
    // the sentence boundary.  Returns kNeighbourFeatures.
    static constexpr size_t kNeighbourFeatures = 2;
    static size_t neighbourFeatures(const WordFacts* neighbour, int offset, uint64_t* out);
    // The features a token takes from the pair of it and its left neighbour (rightOut) or
    // it and its right neighbour (leftOut), kPairFeatures each, from the two words' facts
    // alone; sentenceEdge(true / false) stands for the word before the first / after the
    // last token.
    static constexpr size_t kPairFeatures = 2;
    static void pairFeatures(const WordFacts& left, const WordFacts& right, uint64_t* leftOut,
                             uint64_t* rightOut);
    static WordFacts sentenceEdge(bool start);
    // The context feature of a word's shape with its neighbours' (sentenceEdge at either end).
    static uint64_t shapeTriFeature(const WordFacts& before, const WordFacts& word,
                                    const WordFacts& after);
    // The gazetteer's lookup() of the two-word phrase "first second".
    uint16_t phraseMask(const WordFacts& first, const WordFacts& second) const;
    // The other features of every token (position, three shapes, the sentence's casing,
    // clusters of neighbours, gazetteer phrases), from the tokens' facts (in order) and
    // the casing (classifySentenceCase).  pairMasks (optional): phraseMask(facts[i],
    // facts[i + 1]) for each i whose gazMask is not 0 (others are not read).
    void extractContext(std::span<const WordFacts> facts, SentenceCase mode,
                        const uint16_t* pairMasks = nullptr);
    // The same context features for a tagger that tabulates weights: those whose values come
    // from a small fixed set (the sentence's casing, gazetteer categories and positions with
    // the casing, capitalisation and neighbouring word classes, the neighbours' clusters)
    // as codes below kContextCodes, the rest as keys in allFeatures() as after
    // extractContext, except the shapes' trigram, left to shapeTriFeature.
    // contextCodeKey(code) is a code's feature key.
    static constexpr size_t kContextCodes = 17804;
    void extractContextCodes(std::span<const WordFacts> facts, SentenceCase mode,
                             const uint16_t* pairMasks = nullptr);
    uint64_t contextCodeKey(uint32_t code) const;
    // The codes of every token back to back (after extractContextCodes): token i owns
    // allCodes()[codeEnds()[i-1] .. codeEnds()[i]) with codeEnds()[-1] = 0.
    std::span<const uint16_t> allCodes() const { return {m_codes.data(), m_codeCount}; }
    std::span<const uint32_t> codeEnds() const { return m_codeOffsets; }
    // The features of every token back to back (after extract or extractContext): token i
    // owns allFeatures()[ends()[i-1] .. ends()[i]) with ends()[-1] = 0.
    std::span<const uint64_t> allFeatures() const { return {m_features.data(), m_count}; }
    std::span<const uint32_t> ends() const {
        return m_offsets.empty() ? std::span<const uint32_t>()
                                 : std::span<const uint32_t>(m_offsets).subspan(1);
    }

private:
    // The spelling hashes only the word's own features read.
    struct Spelling {
        uint64_t word, shape, pre[3], suf[4];
    };
    enum Part : unsigned {
        kWordPart = 1,
        kNeighbourPart = 2,
        kPairPart = 4,
        kContextPart = 8,
        kAllParts = 15,
        kCodesApart = 16,  // context features with a code go to m_codes, not m_features
    };
    void describe(std::string_view word, WordFacts& facts, Spelling& spelling);
    void findGazetteerPhrases(std::span<const WordFacts> facts, const uint16_t* pairMasks);
    // Writes the features of token i (of the parts asked for) to m_features from m_count on,
    // in the order the trainer has always seen them.
    template <unsigned kParts>
    void emitToken(std::span<const WordFacts> facts, const Spelling* spelling, size_t i,
                   uint64_t mode);
    void reserveForToken();
    void reserveForTokens(size_t n);  // room for n tokens' features and codes from 0

    const NerGazetteer* m_gaz;
    const WordClusters* m_clusters;
    std::vector<WordFacts> m_facts;
    std::vector<Spelling> m_spelling;
    std::vector<uint16_t> m_gazCodes;  // tokens x categories: 0 none, else (length << 3) | pos
                                       // with pos 1 B, 2 I, 3 L, 4 U
    std::vector<uint16_t> m_gazAny;    // per token: bit c set when m_gazCodes[.., c] != 0
    std::vector<uint64_t> m_features;
    std::vector<uint32_t> m_offsets;
    size_t m_count = 0;             // features written to m_features (its size is only capacity)
    std::vector<uint16_t> m_codes;  // as m_features, for extractContextCodes
    std::vector<uint32_t> m_codeOffsets;  // per token: the end of its codes
    size_t m_codeCount = 0;
    std::string m_scratch;
};

}  // namespace entgraph::ner
