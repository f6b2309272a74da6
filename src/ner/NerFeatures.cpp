#include "ner/NerFeatures.h"

#include <algorithm>

#include "ner/LexiconLines.h"
#include "ner/SentenceCase.h"
#include "ner/WordClusters.h"

namespace entgraph::ner {

uint64_t hashBytes(std::string_view s, uint64_t seed) {
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return mix64(h);
}

namespace {
uint64_t hashLower(std::string_view s);
}
uint64_t hashLowerAscii(std::string_view s) {
    return hashLower(s);
}

namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

inline char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

uint64_t hashLower(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : s) h = (h ^ static_cast<unsigned char>(asciiLower(c))) * 0x100000001b3ULL;
    return mix64(h);
}

// Feature template ids (mixed into every feature hash; changing them invalidates models).
enum Template : uint64_t {
    kBias = 1,
    kWord,
    kLower,
    kShape,
    kShortShape,
    kPrefix,
    kSuffix = kPrefix + 4,
    kLowerM1 = kSuffix + 5,
    kLowerP1,
    kLowerM2,
    kLowerP2,
    kShapeM1,
    kShapeP1,
    kShapeM2,
    kShapeP2,
    kBigramM1,
    kBigramP1,
    kShapeTri,
    kFirst,
    kModeLower,
    kModeShape,
    kMode,
    kGaz,
    kGazMode,
    kGazCap,
    kGazPrev,
    kGazNext,
    kLowerM1Shape,
    kShapeLowerP1,
    kLast,
    kCluster,  // + level
    kClusterNone = kCluster + 4,
    kClusterCap,
    kClusterM1,
    kClusterP1,
    kClusterM1P1,     // unused: reserved (were slower for no measured gain)
    kClusterLowerM1,  // unused
    kClusterLowerP1,  // unused
    kWordClass,       // unused (kWordClassCap subsumes it)
    kWordClassCap,
    kWordClassM1,  // unused
    kWordClassP1,  // unused
    kGazClassM1,   // a gazetteer hit with the previous word's class ("in [Paris]")
    kGazClassP1,   // ... with the next word's class ("[China] will", "[Beijing] said")
};

// The common-word lexicon (assets/lexicons/word-classes.tsv: lower-case word -> its most
// frequent Penn tag), as lower-cased word hash -> the tag's index in `tags`, and each tag as
// a hash.  A capitalised word that is normally a common noun or verb is rarely a name; one
// missing from the lexicon often is.
struct WordClassTable {
    WordClusters indexOf;        // lower-cased word hash -> index into tags
    std::vector<uint32_t> tags;  // hashes of the distinct tags
};
const WordClassTable& wordClasses() {
    static const WordClassTable table = [] {
        WordClassTable t;
        forEachLexiconLine("assets/lexicons/word-classes.tsv", [&t](std::string_view line) {
            const size_t tab = line.find('\t');
            if (tab == std::string_view::npos) return;
            std::string_view tag = line.substr(tab + 1);
            tag = tag.substr(0, tag.find('\t'));
            const auto value = static_cast<uint32_t>(hashBytes(tag, 29) & 0x7fffffff);
            auto at = std::find(t.tags.begin(), t.tags.end(), value);
            if (at == t.tags.end()) at = t.tags.insert(at, value);
            t.indexOf.insert(hashLower(line.substr(0, tab)),
                             static_cast<uint32_t>(at - t.tags.begin()));
        });
        return t;
    }();
    return table;
}

constexpr uint64_t kBosHash = 0x1b873593aa1d7c3bULL;
constexpr uint64_t kEosHash = 0x85ebca6bcc9e2d51ULL;

// Context codes (FeatureExtractor::extractContextCodes): consecutive blocks, one per
// template, each numbering the template's possible values.
constexpr uint32_t kGazValues = 128;  // gazetteer category * 8 + position (1-4)
static_assert(kGazCategoryCount * 8 <= kGazValues);
constexpr uint32_t kEdgeClassIndex = WordFacts::kNoClassIndex + 1;  // before / after the sentence
constexpr uint32_t kClassValues = kEdgeClassIndex + 1;
constexpr uint32_t kNoClusterIndex = 1024, kEdgeClusterIndex = 1025;  // after level-1 ids
constexpr uint32_t kClusterValues = (kEdgeClusterIndex + 1) * 2;      // with the capital flag
constexpr uint32_t kModeCode = 0;                                     // + casing
constexpr uint32_t kGazCode = kModeCode + 4;                          // + g
constexpr uint32_t kGazModeCode = kGazCode + kGazValues;              // + casing * 128 + g
constexpr uint32_t kGazCapCode = kGazModeCode + 4 * kGazValues;       // + (flags & 3) * 128 + g
constexpr uint32_t kGazClassM1Code = kGazCapCode + 4 * kGazValues;    // + class * 128 + g
constexpr uint32_t kGazClassP1Code = kGazClassM1Code + kClassValues * kGazValues;
constexpr uint32_t kGazPrevCode = kGazClassP1Code + kClassValues * kGazValues;  // + g
constexpr uint32_t kGazNextCode = kGazPrevCode + kGazValues;                    // + g
constexpr uint32_t kClusterM1Code = kGazNextCode + kGazValues;  // + cluster * 2 + (flags & 1)
constexpr uint32_t kClusterP1Code = kClusterM1Code + kClusterValues;
static_assert(kClusterP1Code + kClusterValues == FeatureExtractor::kContextCodes);

// The value a code block's class or cluster index stands for (edge: kBosHash or kEosHash).
uint64_t classValue(uint32_t index, uint64_t edge) {
    if (index == kEdgeClassIndex) return edge;
    const std::vector<uint32_t>& tags = wordClasses().tags;
    return index < tags.size() ? tags[index] : WordClusters::kNone;
}
uint64_t clusterValue(uint32_t index, uint64_t edge) {
    return index == kEdgeClusterIndex ? edge : index == kNoClusterIndex ? 5000 : index;
}

// The word's shape: X upper, x lower, d digit, u non-ASCII letter, punctuation as is.
// `full` caps runs at 4; `brief` collapses runs.
void wordShapes(std::string_view w, std::string& scratch, uint64_t& full, uint64_t& brief) {
    scratch.clear();
    char prev = 0;
    int run = 0;
    for (size_t i = 0; i < w.size() && scratch.size() < 24; ++i) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        char s;
        if (c >= 'A' && c <= 'Z')
            s = 'X';
        else if (c >= 'a' && c <= 'z')
            s = 'x';
        else if (c >= '0' && c <= '9')
            s = 'd';
        else if (c >= 0x80) {
            if ((c & 0xC0) == 0x80) continue;  // continuation byte
            s = 'u';
        } else
            s = static_cast<char>(c);
        run = (s == prev) ? run + 1 : 1;
        prev = s;
        if (run <= 4) scratch.push_back(s);
    }
    full = hashBytes(scratch, 7);
    // Collapse runs for the brief shape in place.
    size_t out = 0;
    for (size_t i = 0; i < scratch.size(); ++i)
        if (out == 0 || scratch[out - 1] != scratch[i]) scratch[out++] = scratch[i];
    scratch.resize(out);
    brief = hashBytes(scratch, 11);
}

}  // namespace

uint64_t biasFeatureKey() {
    return combine(kBias, 0);
}

// ------------------------------------------------------------------ extraction

void FeatureExtractor::describe(std::string_view w, WordFacts& f, Spelling& sp) {
    sp.word = hashBytes(w, 3);
    // One pass for the flags, the lower-cased hash (as hashLower) and the prefix hashes;
    // a short backward pass for the suffixes.
    uint8_t flags = 0;
    bool anyLower = false, anyUpper = false;
    uint64_t h = kFnvOffset;
    for (size_t k = 0; k < w.size(); ++k) {
        const char c = w[k];
        if (c >= 'A' && c <= 'Z')
            anyUpper = true;
        else if (c >= 'a' && c <= 'z')
            anyLower = true;
        else if (c >= '0' && c <= '9')
            flags |= 4;
        h = (h ^ static_cast<unsigned char>(asciiLower(c))) * kFnvPrime;
        if (k < 3) sp.pre[k] = mix64(h + 13 + k);
    }
    for (size_t k = w.size(); k < 3; ++k) sp.pre[k] = mix64(h + 13 + k);
    f.lower = mix64(h);  // == hashLower(w): also the gazetteer's word hash
    uint64_t back = kFnvOffset;
    for (size_t k = 0; k < 4; ++k) {
        if (k < w.size())
            back = (back ^ static_cast<unsigned char>(asciiLower(w[w.size() - 1 - k]))) * kFnvPrime;
        sp.suf[k] = mix64(back + 17 + k);
    }
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') flags |= 1;
    if (anyUpper && !anyLower) flags |= 2;
    if (anyLower && !anyUpper) flags |= 8;
    f.flags = flags;
    wordShapes(w, m_scratch, sp.shape, f.shortShape);
    f.cluster = m_clusters && !m_clusters->empty() ? m_clusters->lookup(f.lower) : 0;
    const WordClassTable& classes = wordClasses();
    const uint32_t classIndex = classes.indexOf.lookup(f.lower);
    f.wordClass =
        classIndex == WordClusters::kNone ? WordClusters::kNone : classes.tags[classIndex];
    f.wordClassIndex = classIndex == WordClusters::kNone       ? WordFacts::kNoClassIndex
                       : classIndex < WordFacts::kNoClassIndex ? static_cast<uint8_t>(classIndex)
                                                               : WordFacts::kUncodedClass;
    summarizeCase(w, f.caseBits, f.capsLetters);
    f.gazMask =
        m_gaz->lookup(NerGazetteer::phraseHashStepHashed(NerGazetteer::kPhraseSeed, f.lower));
}

// Gazetteer matches: for each token and category, the longest phrase covering it.
void FeatureExtractor::findGazetteerPhrases(std::span<const WordFacts> facts,
                                            const uint16_t* pairMasks) {
    const size_t n = facts.size();
    m_gazCodes.assign(n * kGazCategoryCount, 0);
    m_gazAny.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (!facts[i].gazMask) continue;  // no entry starts with this word
        uint64_t h = NerGazetteer::kPhraseSeed;
        for (size_t len = 1; len <= NerGazetteer::kMaxPhraseWords && i + len <= n; ++len) {
            h = NerGazetteer::phraseHashStepHashed(h, facts[i + len - 1].lower);
            uint16_t mask = len == 1                ? facts[i].gazMask
                            : len == 2 && pairMasks ? pairMasks[i]
                                                    : m_gaz->lookup(h);
            if (!mask) break;  // no entry starts with these words
            mask &= static_cast<uint16_t>(~NerGazetteer::kPrefixBit);
            if (!mask) continue;
            for (unsigned bits = mask; bits; bits &= bits - 1) {  // the categories listed
                const size_t c = static_cast<size_t>(__builtin_ctz(bits));
                for (size_t j = i; j < i + len; ++j) {
                    uint16_t& code = m_gazCodes[j * kGazCategoryCount + c];
                    if ((code >> 3) >= len) continue;
                    uint16_t pos = len == 1 ? 4 : (j == i ? 1 : (j + 1 == i + len ? 3 : 2));
                    code = static_cast<uint16_t>((len << 3) | pos);
                    m_gazAny[j] |= static_cast<uint16_t>(1u << c);
                }
            }
        }
    }
}

namespace {
// At most this many features per token (~35 fixed + 7 per gazetteer category), so that
// adding a feature is a plain store.
constexpr size_t kMaxPerToken = 40 + 7 * kGazCategoryCount;
}  // namespace

void FeatureExtractor::reserveForToken() {
    if (m_count + kMaxPerToken > m_features.size())
        m_features.resize(std::max(m_features.size() * 2, m_count + kMaxPerToken));
}

void FeatureExtractor::reserveForTokens(size_t n) {
    if (n * kMaxPerToken > m_features.size()) m_features.resize(n * kMaxPerToken);
    if (n * kMaxPerToken > m_codes.size()) m_codes.resize(n * kMaxPerToken);
}

template <unsigned kParts>
void FeatureExtractor::emitToken(std::span<const WordFacts> facts, const Spelling* sp, size_t i,
                                 uint64_t mode) {
    const size_t n = facts.size();
    const ptrdiff_t s = static_cast<ptrdiff_t>(i);
    const WordFacts& t = facts[i];
    uint64_t* out = m_features.data();
    size_t count = m_count;
    // word(): a feature of the word alone; neighbour(): of one neighbouring word alone;
    // pair(): of the word and its left or right neighbour; context(): any other.
    auto word = [&](uint64_t tmpl, uint64_t value) {
        if constexpr ((kParts & kWordPart) != 0) out[count++] = combine(tmpl, value);
    };
    auto neighbour = [&](uint64_t tmpl, uint64_t value) {
        if constexpr ((kParts & kNeighbourPart) != 0) out[count++] = combine(tmpl, value);
    };
    auto pair = [&](uint64_t tmpl, uint64_t value) {
        if constexpr ((kParts & kPairPart) != 0) out[count++] = combine(tmpl, value);
    };
    auto context = [&](uint64_t tmpl, uint64_t value) {
        if constexpr ((kParts & kContextPart) != 0) out[count++] = combine(tmpl, value);
    };
    // A context feature that also has a code (contextCodeKey(code) == combine(tmpl, value)):
    // the code when codes go apart and `codable`, else the key.
    auto contextCode = [&](bool codable, uint32_t code, uint64_t tmpl, uint64_t value) {
        if constexpr ((kParts & kCodesApart) != 0) {
            if (codable) {
                m_codes[m_codeCount++] = static_cast<uint16_t>(code);
                return;
            }
        }
        context(tmpl, value);
    };
    auto lowerAt = [&](ptrdiff_t j) {
        return j < 0 ? kBosHash : (j >= static_cast<ptrdiff_t>(n) ? kEosHash : facts[j].lower);
    };
    auto shapeAt = [&](ptrdiff_t j) {
        return j < 0 ? kBosHash : (j >= static_cast<ptrdiff_t>(n) ? kEosHash : facts[j].shortShape);
    };
    // Mid-level cluster of token j (its value and its index in the cluster code blocks), or a
    // boundary/unknown marker.
    auto clusterIndexAt = [&](ptrdiff_t j) -> uint32_t {
        if (j < 0 || j >= static_cast<ptrdiff_t>(n)) return kEdgeClusterIndex;
        const uint32_t c = facts[j].cluster;
        return c == WordClusters::kNone ? kNoClusterIndex : WordClusters::level(c, 1);
    };
    auto clusterAt = [&](ptrdiff_t j) -> uint64_t {
        return clusterValue(clusterIndexAt(j), j < 0 ? kBosHash : kEosHash);
    };

    word(kBias, 0);
    if constexpr ((kParts & kWordPart) != 0) {
        word(kWord, sp->word);
        word(kLower, t.lower);
        word(kShape, sp->shape);
        word(kShortShape, t.shortShape);
        for (size_t k = 0; k < 3; ++k) word(kPrefix + k, sp->pre[k]);
        for (size_t k = 0; k < 4; ++k) word(kSuffix + k, sp->suf[k]);
    }
    if constexpr ((kParts & kNeighbourPart) != 0) {  // as neighbourFeatures
        neighbour(kLowerM1, lowerAt(s - 1));
        neighbour(kLowerP1, lowerAt(s + 1));
        neighbour(kLowerM2, lowerAt(s - 2));
        neighbour(kLowerP2, lowerAt(s + 2));
        neighbour(kShapeM1, shapeAt(s - 1));
        neighbour(kShapeP1, shapeAt(s + 1));
        neighbour(kShapeM2, shapeAt(s - 2));
        neighbour(kShapeP2, shapeAt(s + 2));
    }
    if constexpr ((kParts & kPairPart) != 0) {  // as pairFeatures, in the trainer's order
        pair(kBigramM1, combine(lowerAt(s - 1), t.lower));
        pair(kBigramP1, combine(t.lower, lowerAt(s + 1)));
    }
    if constexpr ((kParts & kContextPart) != 0 && (kParts & kCodesApart) == 0) {
        context(kShapeTri, combine(combine(shapeAt(s - 1), t.shortShape), shapeAt(s + 1)));
    }
    if constexpr ((kParts & kPairPart) != 0) {
        pair(kLowerM1Shape, combine(lowerAt(s - 1), t.shortShape));
        pair(kShapeLowerP1, combine(t.shortShape, lowerAt(s + 1)));
    }
    if constexpr ((kParts & kContextPart) != 0) {
        if (i == 0) context(kFirst, t.shortShape);
        contextCode(true, kModeCode + static_cast<uint32_t>(mode), kMode, mode);
        if (mode != 0) {
            context(kModeLower, combine(mode, t.lower));
            context(kModeShape, combine(mode, t.shortShape));
        }
    }
    if (m_clusters && !m_clusters->empty()) {
        const uint32_t c = t.cluster;
        if (c == WordClusters::kNone) {
            word(kClusterNone, t.flags & 3);
        } else {
            // The finest level only with the casing (kClusterCap): one probe fewer.
            for (size_t k = 0; k + 1 < WordClusters::kLevels; ++k)
                word(kCluster + k, WordClusters::level(c, k));
            word(kClusterCap, combine(WordClusters::level(c, 2), t.flags & 3));
        }
        if constexpr ((kParts & kContextPart) != 0) {
            const uint32_t cap = t.flags & 1;
            contextCode(true, kClusterM1Code + clusterIndexAt(s - 1) * 2 + cap, kClusterM1,
                        combine(clusterAt(s - 1), cap));
            contextCode(true, kClusterP1Code + clusterIndexAt(s + 1) * 2 + cap, kClusterP1,
                        combine(clusterAt(s + 1), cap));
        }
    }
    word(kWordClassCap, combine(t.wordClass, t.flags & 3));
    if constexpr ((kParts & kContextPart) != 0) {
        // Categories in order, only those this token or a neighbour is in.
        const uint16_t* codes = &m_gazCodes[i * kGazCategoryCount];
        const uint16_t prevAny = i > 0 ? m_gazAny[i - 1] : 0;
        const uint16_t nextAny = i + 1 < n ? m_gazAny[i + 1] : 0;
        for (unsigned any = m_gazAny[i] | prevAny | nextAny; any; any &= any - 1) {
            const size_t c = static_cast<size_t>(__builtin_ctz(any));
            if (codes[c]) {
                const uint32_t g = static_cast<uint32_t>(c * 8 + (codes[c] & 7));
                const uint32_t cap = t.flags & 3, m = static_cast<uint32_t>(mode);
                contextCode(true, kGazCode + g, kGaz, g);
                contextCode(true, kGazModeCode + m * kGazValues + g, kGazMode, combine(g, mode));
                contextCode(true, kGazCapCode + cap * kGazValues + g, kGazCap, combine(g, cap));
                const uint32_t before = i > 0 ? facts[i - 1].wordClassIndex : kEdgeClassIndex;
                const uint32_t after = i + 1 < n ? facts[i + 1].wordClassIndex : kEdgeClassIndex;
                contextCode(before < kClassValues, kGazClassM1Code + before * kGazValues + g,
                            kGazClassM1, combine(g, i > 0 ? facts[i - 1].wordClass : kBosHash));
                contextCode(after < kClassValues, kGazClassP1Code + after * kGazValues + g,
                            kGazClassP1, combine(g, i + 1 < n ? facts[i + 1].wordClass : kEosHash));
            }
            if (prevAny & (1u << c)) {
                const uint32_t g = static_cast<uint32_t>(
                    c * 8 + (m_gazCodes[(i - 1) * kGazCategoryCount + c] & 7));
                contextCode(true, kGazPrevCode + g, kGazPrev, g);
            }
            if (nextAny & (1u << c)) {
                const uint32_t g = static_cast<uint32_t>(
                    c * 8 + (m_gazCodes[(i + 1) * kGazCategoryCount + c] & 7));
                contextCode(true, kGazNextCode + g, kGazNext, g);
            }
        }
    }
    m_count = count;
}

void FeatureExtractor::extract(std::span<const std::string_view> tokens) {
    const size_t n = tokens.size();
    m_facts.resize(n);
    m_spelling.resize(n);
    for (size_t i = 0; i < n; ++i) describe(tokens[i], m_facts[i], m_spelling[i]);
    findGazetteerPhrases(m_facts, nullptr);
    const uint64_t mode = static_cast<uint64_t>(classifySentenceCase(tokens));
    m_count = 0;
    m_offsets.clear();
    for (size_t i = 0; i < n; ++i) {
        reserveForToken();
        m_offsets.push_back(static_cast<uint32_t>(m_count));
        emitToken<kAllParts>(m_facts, &m_spelling[i], i, mode);
    }
    m_offsets.push_back(static_cast<uint32_t>(m_count));
}

size_t FeatureExtractor::describeWord(std::string_view word, WordFacts& facts, uint64_t* out) {
    Spelling spelling;
    describe(word, facts, spelling);
    m_count = 0;
    reserveForToken();
    emitToken<kWordPart>(std::span<const WordFacts>(&facts, 1), &spelling, 0, 0);
    std::copy(m_features.begin(), m_features.begin() + static_cast<ptrdiff_t>(m_count), out);
    return m_count;
}

size_t FeatureExtractor::neighbourFeatures(const WordFacts* n, int offset, uint64_t* out) {
    const uint64_t boundary = offset < 0 ? kBosHash : kEosHash;
    const uint64_t lower = n ? n->lower : boundary, shape = n ? n->shortShape : boundary;
    const bool near = offset == -1 || offset == 1;
    const uint64_t lowerTemplate =
        offset < 0 ? (near ? kLowerM1 : kLowerM2) : (near ? kLowerP1 : kLowerP2);
    const uint64_t shapeTemplate =
        offset < 0 ? (near ? kShapeM1 : kShapeM2) : (near ? kShapeP1 : kShapeP2);
    out[0] = combine(lowerTemplate, lower);
    out[1] = combine(shapeTemplate, shape);
    return kNeighbourFeatures;
}

void FeatureExtractor::pairFeatures(const WordFacts& left, const WordFacts& right,
                                    uint64_t* leftOut, uint64_t* rightOut) {
    leftOut[0] = combine(kBigramP1, combine(left.lower, right.lower));
    leftOut[1] = combine(kShapeLowerP1, combine(left.shortShape, right.lower));
    rightOut[0] = combine(kBigramM1, combine(left.lower, right.lower));
    rightOut[1] = combine(kLowerM1Shape, combine(left.lower, right.shortShape));
}

WordFacts FeatureExtractor::sentenceEdge(bool start) {
    WordFacts f;
    f.lower = f.shortShape = start ? kBosHash : kEosHash;
    return f;
}

uint64_t FeatureExtractor::shapeTriFeature(const WordFacts& before, const WordFacts& word,
                                           const WordFacts& after) {
    return combine(kShapeTri,
                   combine(combine(before.shortShape, word.shortShape), after.shortShape));
}

uint16_t FeatureExtractor::phraseMask(const WordFacts& first, const WordFacts& second) const {
    using G = NerGazetteer;
    return m_gaz->lookup(G::phraseHashStepHashed(
        G::phraseHashStepHashed(G::kPhraseSeed, first.lower), second.lower));
}

void FeatureExtractor::extractContext(std::span<const WordFacts> facts, SentenceCase sentenceCase,
                                      const uint16_t* pairMasks) {
    const size_t n = facts.size();
    findGazetteerPhrases(facts, pairMasks);
    const uint64_t mode = static_cast<uint64_t>(sentenceCase);
    m_count = 0;
    m_offsets.clear();
    for (size_t i = 0; i < n; ++i) {
        reserveForToken();
        m_offsets.push_back(static_cast<uint32_t>(m_count));
        emitToken<kContextPart>(facts, nullptr, i, mode);
    }
    m_offsets.push_back(static_cast<uint32_t>(m_count));
}

void FeatureExtractor::extractContextCodes(std::span<const WordFacts> facts,
                                           SentenceCase sentenceCase, const uint16_t* pairMasks) {
    const size_t n = facts.size();
    findGazetteerPhrases(facts, pairMasks);
    const uint64_t mode = static_cast<uint64_t>(sentenceCase);
    m_count = 0;
    m_codeCount = 0;
    m_offsets.clear();
    m_codeOffsets.clear();
    reserveForTokens(n);
    for (size_t i = 0; i < n; ++i) {
        m_offsets.push_back(static_cast<uint32_t>(m_count));
        emitToken<kContextPart | kCodesApart>(facts, nullptr, i, mode);
        m_codeOffsets.push_back(static_cast<uint32_t>(m_codeCount));
    }
    m_offsets.push_back(static_cast<uint32_t>(m_count));
}

uint64_t FeatureExtractor::contextCodeKey(uint32_t code) const {
    // the block's index and the value's parts: (value % 128, value / 128) or (/ 2, % 2)
    auto split = [&](uint32_t first, uint32_t stride) {
        return std::pair<uint32_t, uint32_t>((code - first) % stride, (code - first) / stride);
    };
    if (code < kGazCode) return combine(kMode, code - kModeCode);
    if (code < kGazModeCode) return combine(kGaz, code - kGazCode);
    if (code < kGazCapCode) {
        const auto [g, mode] = split(kGazModeCode, kGazValues);
        return combine(kGazMode, combine(g, mode));
    }
    if (code < kGazClassM1Code) {
        const auto [g, cap] = split(kGazCapCode, kGazValues);
        return combine(kGazCap, combine(g, cap));
    }
    if (code < kGazClassP1Code) {
        const auto [g, cls] = split(kGazClassM1Code, kGazValues);
        return combine(kGazClassM1, combine(g, classValue(cls, kBosHash)));
    }
    if (code < kGazPrevCode) {
        const auto [g, cls] = split(kGazClassP1Code, kGazValues);
        return combine(kGazClassP1, combine(g, classValue(cls, kEosHash)));
    }
    if (code < kGazNextCode) return combine(kGazPrev, code - kGazPrevCode);
    if (code < kClusterM1Code) return combine(kGazNext, code - kGazNextCode);
    if (code < kClusterP1Code) {
        const auto [cap, cluster] = split(kClusterM1Code, 2);
        return combine(kClusterM1, combine(clusterValue(cluster, kBosHash), cap));
    }
    const auto [cap, cluster] = split(kClusterP1Code, 2);
    return combine(kClusterP1, combine(clusterValue(cluster, kEosHash), cap));
}

}  // namespace entgraph::ner
