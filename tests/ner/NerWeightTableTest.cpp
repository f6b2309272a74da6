// The model's in-memory weight table (open addressing, NerModel.h), its whole-sentence
// scoring, and the vectorised Viterbi: each must give exactly what the plain definition gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>

#include "core/Error.h"
#include "ner/NerModel.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {

struct Table {
    std::vector<uint64_t> keys;
    std::vector<float> weights;  // integers in [-32767, 32767]: quantised exactly (scale 1)
};

// Random keys plus keys that share the home slot of another key (probing past it), and
// key 0 (stored as 1).
Table randomTable(size_t count, std::mt19937_64& rng) {
    Table t;
    std::uniform_int_distribution<int> w(-32767, 32767);
    for (size_t r = 0; r < count; ++r) {
        uint64_t key = rng();
        if (r % 7 == 3 && r > 0) key = t.keys[r - 1] + (uint64_t{1} << 32);  // same home slot
        if (r == 5) key = 0;
        t.keys.push_back(key);
        for (size_t l = 0; l < kLabelCount; ++l) t.weights.push_back(static_cast<float>(w(rng)));
    }
    t.weights[0] = 32767.0f;  // the largest magnitude sets the scale to exactly 1
    return t;
}

std::array<float, (kLabelCount + 1) * kLabelCount> zeroTransitions() {
    return {};
}

// The definition: the sum of the weights of the features the table holds.
std::array<float, kLabelCount> reference(const Table& t, std::span<const uint64_t> features) {
    std::array<float, kLabelCount> s{};
    for (uint64_t f : features)
        for (size_t r = 0; r < t.keys.size(); ++r)
            if (t.keys[r] == f || (f == 0 && t.keys[r] == 1) || (f == 1 && t.keys[r] == 0)) {
                for (size_t l = 0; l < kLabelCount; ++l) s[l] += t.weights[r * kLabelCount + l];
                break;
            }
    return s;
}

// The Viterbi before vectorisation: for each label, predecessors in order, skipping
// disallowed transitions, strict '>'.
void referenceViterbi(const float* em, size_t n, const float* tr, const uint16_t* allowed,
                      int* out) {
    constexpr size_t L = kLabelCount;
    const float ninf = -std::numeric_limits<float>::infinity();
    std::vector<float> score(n * L);
    std::vector<int> back(n * L, 0);
    for (size_t l = 0; l < L; ++l)
        score[l] = transitionAllowed(-1, int(l)) && (!allowed || (allowed[0] >> l & 1))
                       ? tr[l] + em[l]
                       : ninf;
    for (size_t i = 1; i < n; ++i)
        for (size_t l = 0; l < L; ++l) {
            float best = ninf;
            int arg = 0;
            if (!allowed || (allowed[i] >> l & 1))
                for (size_t p = 0; p < L; ++p) {
                    if (!transitionAllowed(int(p), int(l))) continue;
                    const float s = score[(i - 1) * L + p] + tr[(p + 1) * L + l];
                    if (s > best) best = s, arg = int(p);
                }
            score[i * L + l] = best + em[i * L + l];
            back[i * L + l] = arg;
        }
    int b = 0;
    for (size_t l = 1; l < L; ++l)
        if (score[(n - 1) * L + l] > score[(n - 1) * L + b]) b = int(l);
    for (size_t i = n; i-- > 0;) out[i] = b, b = back[i * L + b];
}

}  // namespace

TEST(NerWeightTable, ScoresEqualTheSumOfStoredWeights) {
    std::mt19937_64 rng(42);
    const Table t = randomTable(300, rng);
    const NerModel model(t.keys, t.weights, zeroTransitions());
    ASSERT_EQ(model.featureCount(), 300u);

    // Queries: stored keys, unknown keys, and unknown keys whose home slot is a stored one's.
    std::vector<uint64_t> features;
    for (size_t r = 0; r < t.keys.size(); r += 3) features.push_back(t.keys[r]);
    for (size_t r = 0; r < 50; ++r) features.push_back(rng());
    for (size_t r = 1; r < t.keys.size(); r += 11) features.push_back(t.keys[r] + (3ull << 32));
    features.push_back(0);
    std::shuffle(features.begin(), features.end(), rng);

    float scores[kLabelCount] = {};
    model.score(features, scores);
    const auto want = reference(t, features);
    for (size_t l = 0; l < kLabelCount; ++l) EXPECT_FLOAT_EQ(scores[l], want[l]) << "label " << l;

    // A stored key behind another in its home slot, with an unknown key of the same home:
    // exactly its own row.
    const uint64_t stored = t.keys[3];  // r % 7 == 3: shares its home with keys[2]
    float one[kLabelCount] = {};
    model.score(std::vector<uint64_t>{stored, stored + (5ull << 32)}, one);
    for (size_t l = 0; l < kLabelCount; ++l) EXPECT_EQ(one[l], t.weights[3 * kLabelCount + l]);
}

TEST(NerWeightTable, SentenceScoringEqualsScorePerToken) {
    std::mt19937_64 rng(7);
    const Table t = randomTable(1000, rng);
    const NerModel model(t.keys, t.weights, zeroTransitions());
    // Tokens of different sizes (one empty, one longer than the prefetch distance) back to back.
    const size_t sizes[] = {40, 1, 0, 600, 3};
    std::vector<uint64_t> features;
    std::vector<uint32_t> ends;
    for (size_t s : sizes) {
        for (size_t k = 0; k < s; ++k) features.push_back(k % 2 ? t.keys[rng() % 1000] : rng());
        ends.push_back(static_cast<uint32_t>(features.size()));
    }
    std::vector<float> sentence(std::size(sizes) * kLabelCount, 0.0f);
    model.scoreTokens(features, ends, sentence.data());
    size_t f = 0;
    for (size_t i = 0; i < std::size(sizes); ++i) {
        const std::span<const uint64_t> token(features.data() + f, sizes[i]);
        float direct[kLabelCount] = {};
        model.score(token, direct);
        const auto want = reference(t, token);
        for (size_t l = 0; l < kLabelCount; ++l) {
            EXPECT_EQ(sentence[i * kLabelCount + l], direct[l]) << "token " << i;
            EXPECT_FLOAT_EQ(direct[l], want[l]);
        }
        f += sizes[i];
    }
}

TEST(NerWeightTable, SurvivesSaveLoadAndWeightUpdates) {
    std::mt19937_64 rng(3);
    const Table t = randomTable(200, rng);
    NerModel model(t.keys, t.weights, zeroTransitions());
    const NerModel loaded = NerModel::fromBytes(model.toBytes());
    EXPECT_EQ(loaded.toBytes(), model.toBytes());
    std::vector<uint64_t> features(t.keys.begin(), t.keys.end());
    float a[kLabelCount] = {}, b[kLabelCount] = {};
    model.score(features, a);
    loaded.score(features, b);
    for (size_t l = 0; l < kLabelCount; ++l) EXPECT_EQ(a[l], b[l]);

    // addToWeight finds keys probed past another and refuses unknown ones.
    EXPECT_TRUE(model.addToWeight(t.keys[10], 2, 5.0f));  // 10 % 7 == 3
    EXPECT_FALSE(model.addToWeight(t.keys[10] + (9ull << 32), 2, 5.0f));
    float c[kLabelCount] = {};
    model.score(std::vector<uint64_t>{t.keys[10]}, c);
    EXPECT_EQ(c[2], t.weights[10 * kLabelCount + 2] + 5.0f);

    // A duplicate key is a corrupt model.
    Table dup = t;
    dup.keys[7] = dup.keys[8];
    EXPECT_THROW(NerModel(dup.keys, dup.weights, zeroTransitions()), Error);
}

TEST(NerWeightTable, ViterbiEqualsPlainDefinition) {
    std::mt19937_64 rng(11);
    // Small integer scores make ties common: the tie-breaking must match too.
    std::uniform_int_distribution<int> small(-3, 3);
    for (int round = 0; round < 300; ++round) {
        const size_t n = 1 + rng() % 30;
        std::vector<float> em(n * kLabelCount), tr((kLabelCount + 1) * kLabelCount);
        for (float& e : em) e = static_cast<float>(small(rng));
        for (float& x : tr) x = static_cast<float>(small(rng)) * 0.5f;
        std::vector<uint16_t> allowed(n);
        for (uint16_t& a : allowed) a = static_cast<uint16_t>(rng() | 1u);  // O always allowed
        const bool masked = round % 2 == 1;
        std::vector<int> got(n), want(n);
        viterbi(em.data(), n, tr.data(), masked ? allowed.data() : nullptr, got.data());
        referenceViterbi(em.data(), n, tr.data(), masked ? allowed.data() : nullptr, want.data());
        ASSERT_EQ(got, want) << "round " << round;
    }
}
