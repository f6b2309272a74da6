// The tagger's split of the features (word and neighbour parts cached per distinct word,
// pair part per pair of words, context part per sentence) must give exactly what the whole-feature
// path gives, and its per-thread cache must never serve another model's or an older gazetteer's
// numbers.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ner/NerFeatures.h"
#include "ner/NerModel.h"
#include "ner/NerTagger.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {

const NerTagger* embeddedModelTagger() {
    return dynamic_cast<const NerTagger*>(embeddedNerTagger().get());
}

std::vector<std::vector<std::string_view>> sentences() {
    return {
        {"Officials", "in", "New", "York", "said", "on", "Tuesday", "."},
        {"GERMAN", "CHANCELLOR", "OLAF", "SCHOLZ", "VISITS", "KYIV"},
        {"Russia", "'s", "Kursk", "region", "borders", "Ukraine", "and", "Ukraine", "."},
        {"The", "Supercalifragilisticexpialidocious-Holdings", "deal", "(", "$", "2.5", "billion",
         ")", "closed", "."},
        {"x"},
        {"ROME", "1996-12-06"},
        {"Breaking", "News", "From", "The", "Capital", "Tonight"},
        {"no", "capitals", "in", "this", "line"},
        {"président", "Macron", "a", "rencontré", "Xi", "Jinping", "à", "Pékin"},
    };
}

// Labels as the whole-feature path computes them: every token's features scored at once.
std::vector<int> referenceLabels(const NerModel& model, const NerGazetteer& gaz,
                                 std::span<const std::string_view> tokens) {
    FeatureExtractor ex(gaz, &model.clusters());
    ex.extract(tokens);
    std::vector<float> emissions(tokens.size() * kLabelCount, 0.0f);
    for (size_t i = 0; i < tokens.size(); ++i)
        model.score(ex.features(i), &emissions[i * kLabelCount]);
    std::vector<int> labels(tokens.size());
    viterbi(emissions.data(), tokens.size(), model.transitions(), nullptr, labels.data());
    return labels;
}

}  // namespace

TEST(NerWordCache, SplitFeaturesAreTheWholeFeatures) {
    const NerTagger* tagger = embeddedModelTagger();
    const WordClusters empty;
    const WordClusters* clusters = tagger ? &tagger->model().clusters() : &empty;
    for (const WordClusters* c : {clusters, &empty}) {
        FeatureExtractor whole(NerGazetteer::embedded(), c), split(NerGazetteer::embedded(), c);
        for (const auto& tokens : sentences()) {
            whole.extract(tokens);
            std::vector<WordFacts> facts(tokens.size());
            std::vector<std::vector<uint64_t>> own(tokens.size());
            for (size_t i = 0; i < tokens.size(); ++i) {
                uint64_t buf[FeatureExtractor::kMaxWordFeatures];
                const size_t n = split.describeWord(tokens[i], facts[i], buf);
                own[i].assign(buf, buf + n);
            }
            EXPECT_EQ(classifySentenceCase(std::span<const WordFacts>(facts)),
                      classifySentenceCase(tokens));
            split.extractContext(facts, classifySentenceCase(tokens));
            ASSERT_EQ(split.ends().size(), tokens.size());
            for (size_t i = 0; i < tokens.size(); ++i) {
                const auto w = whole.features(i);
                std::vector<uint64_t> expected(w.begin(), w.end());
                std::vector<uint64_t> got = own[i];
                for (int offset : {-2, -1, 1, 2}) {
                    const ptrdiff_t j = static_cast<ptrdiff_t>(i) + offset;
                    const bool inside = j >= 0 && j < static_cast<ptrdiff_t>(tokens.size());
                    uint64_t buf[FeatureExtractor::kNeighbourFeatures];
                    const size_t n = FeatureExtractor::neighbourFeatures(
                        inside ? &facts[static_cast<size_t>(j)] : nullptr, offset, buf);
                    got.insert(got.end(), buf, buf + n);
                }
                // the pairs (i - 1, i) and (i, i + 1), edges standing in at either end
                const WordFacts& before =
                    i > 0 ? facts[i - 1] : FeatureExtractor::sentenceEdge(true);
                const WordFacts& after =
                    i + 1 < tokens.size() ? facts[i + 1] : FeatureExtractor::sentenceEdge(false);
                uint64_t left[FeatureExtractor::kPairFeatures],
                    right[FeatureExtractor::kPairFeatures];
                FeatureExtractor::pairFeatures(before, facts[i], left, right);
                got.insert(got.end(), std::begin(right), std::end(right));
                FeatureExtractor::pairFeatures(facts[i], after, left, right);
                got.insert(got.end(), std::begin(left), std::end(left));
                const size_t from = i ? split.ends()[i - 1] : 0;
                got.insert(got.end(), split.allFeatures().begin() + from,
                           split.allFeatures().begin() + split.ends()[i]);
                std::sort(expected.begin(), expected.end());
                std::sort(got.begin(), got.end());
                EXPECT_EQ(got, expected) << "token " << i << " '" << tokens[i] << "'";
            }
        }
    }
}

TEST(NerWordCache, TaggerMatchesWholeFeatureScoringWarmOrCold) {
    const NerTagger* tagger = embeddedModelTagger();
    if (!tagger) GTEST_SKIP() << "this build embeds no NER model";
    for (int pass = 0; pass < 2; ++pass)  // the second pass hits the cache
        for (const auto& tokens : sentences()) {
            std::vector<int> labels;
            tagger->tagLabels(tokens, labels);
            EXPECT_EQ(labels, referenceLabels(tagger->model(), NerGazetteer::embedded(), tokens));
        }
}

TEST(NerWordCache, ChangedGazetteerOrOtherTaggerIsNotServedStaleNumbers) {
    const NerTagger* embedded = embeddedModelTagger();
    if (!embedded) GTEST_SKIP() << "this build embeds no NER model";
    const std::vector<std::string_view> tokens = {"Officials", "in",   "Zorblatt",
                                                  "and",       "Kyiv", "said"};
    NerGazetteer gaz;
    gaz.add("kyiv", kGazCapital);
    const NerTagger tagger(embedded->model(), gaz);
    const std::vector<TaggedSpan> before = tagger.tagSentence(tokens);
    gaz.add("zorblatt", kGazCapital);
    gaz.add("zorblatt", kGazCountry);
    gaz.add("zorblatt and kyiv", kGazKnownOrg);  // a two-word prefix: the pair cache's phrase
    const std::vector<TaggedSpan> after = tagger.tagSentence(tokens);
    const NerTagger fresh(embedded->model(), gaz);
    const std::vector<TaggedSpan> expected = fresh.tagSentence(tokens);
    ASSERT_EQ(after.size(), expected.size());
    for (size_t k = 0; k < after.size(); ++k) {
        EXPECT_EQ(after[k].begin, expected[k].begin);
        EXPECT_EQ(after[k].end, expected[k].end);
        EXPECT_EQ(after[k].type, expected[k].type);
        EXPECT_EQ(after[k].confidence, expected[k].confidence);
    }
    std::vector<int> labels;
    tagger.tagLabels(tokens, labels);
    EXPECT_EQ(labels, referenceLabels(tagger.model(), gaz, tokens));
    // The gazetteer entries do move the scores (else this test would prove nothing).
    auto confidenceAt = [](const std::vector<TaggedSpan>& spans, size_t token) {
        for (const TaggedSpan& s : spans)
            if (s.begin <= token && token < s.end) return s.confidence;
        return -1.0f;
    };
    EXPECT_NE(confidenceAt(before, 2), confidenceAt(after, 2));
}

TEST(NerWordCache, TaggersTakingTurnsOnOneThreadKeepTheirOwnNumbers) {
    const NerTagger* embedded = embeddedModelTagger();
    if (!embedded) GTEST_SKIP() << "this build embeds no NER model";
    const std::vector<std::string_view> tokens = {"Talks", "in", "Zorblatt", "ended", "."};
    NerGazetteer plain, listed;
    listed.add("zorblatt", kGazCity);
    const NerTagger a(embedded->model(), plain), b(embedded->model(), listed);
    for (int round = 0; round < 2; ++round)
        for (const NerTagger* t : {&a, &b, embedded}) {
            std::vector<int> labels;
            t->tagLabels(tokens, labels);
            const NerGazetteer& gaz = t == &a ? plain : t == &b ? listed : NerGazetteer::embedded();
            EXPECT_EQ(labels, referenceLabels(t->model(), gaz, tokens));
        }
}

// The tagger's context codes (extractContextCodes) stand for exactly extractContext's
// features: the keys it still hashes plus each code's contextCodeKey plus the shape trigram,
// token by token.
TEST(NerWordCache, ContextCodesAreTheContextFeatures) {
    const NerTagger* tagger = embeddedModelTagger();
    const WordClusters empty;
    const WordClusters* clusters = tagger ? &tagger->model().clusters() : &empty;
    size_t codesSeen = 0;
    for (const WordClusters* c : {clusters, &empty}) {
        FeatureExtractor keys(NerGazetteer::embedded(), c), codes(NerGazetteer::embedded(), c);
        for (const auto& tokens : sentences()) {
            std::vector<WordFacts> facts(tokens.size());
            for (size_t i = 0; i < tokens.size(); ++i) {
                uint64_t buf[FeatureExtractor::kMaxWordFeatures];
                keys.describeWord(tokens[i], facts[i], buf);
            }
            const SentenceCase mode = classifySentenceCase(std::span<const WordFacts>(facts));
            keys.extractContext(facts, mode);
            codes.extractContextCodes(facts, mode);
            ASSERT_EQ(codes.ends().size(), tokens.size());
            ASSERT_EQ(codes.codeEnds().size(), tokens.size());
            for (size_t i = 0; i < tokens.size(); ++i) {
                const size_t from = i ? keys.ends()[i - 1] : 0;
                std::vector<uint64_t> expected(keys.allFeatures().begin() + from,
                                               keys.allFeatures().begin() + keys.ends()[i]);
                const size_t hashedFrom = i ? codes.ends()[i - 1] : 0;
                std::vector<uint64_t> got(codes.allFeatures().begin() + hashedFrom,
                                          codes.allFeatures().begin() + codes.ends()[i]);
                got.push_back(FeatureExtractor::shapeTriFeature(
                    i > 0 ? facts[i - 1] : FeatureExtractor::sentenceEdge(true), facts[i],
                    i + 1 < tokens.size() ? facts[i + 1] : FeatureExtractor::sentenceEdge(false)));
                for (size_t k = i ? codes.codeEnds()[i - 1] : 0; k < codes.codeEnds()[i]; ++k) {
                    ASSERT_LT(codes.allCodes()[k], FeatureExtractor::kContextCodes);
                    got.push_back(codes.contextCodeKey(codes.allCodes()[k]));
                    ++codesSeen;
                }
                std::sort(expected.begin(), expected.end());
                std::sort(got.begin(), got.end());
                EXPECT_EQ(got, expected) << "token " << i << " '" << tokens[i] << "'";
            }
        }
    }
    EXPECT_GT(codesSeen, 50u);  // most context features are codes
}
