#include "ner/NerTagger.h"

#include <algorithm>
#include <cmath>

#include "core/Resources.h"
#include "ner/NerFeatures.h"

namespace entgraph {

namespace ner {

namespace {
// Margins of the perceptron are unnormalised sums of weights; this divides them so that a
// typical correct span scores ~0.9 and a typical wrong one ~0.75 (median margins 68 and 35
// on uner_ewt/dev for the committed model; re-measure after changing the training setup).
constexpr float kConfidenceScale = 30.0f;

struct Scratch {
    Scratch(const NerGazetteer& g, const WordClusters& c) : extractor(g, &c) {}
    FeatureExtractor extractor;
    std::vector<float> emissions;
    std::vector<int> labels;
    std::vector<uint32_t> ends;  // per token: the end of its features (NerModel::scoreTokens)
};

// One scratch per thread, gazetteer and cluster map (almost always just the embedded ones).
Scratch& scratchFor(const NerGazetteer& gaz, const WordClusters& clusters) {
    thread_local const NerGazetteer* owner = nullptr;
    thread_local const WordClusters* ownerClusters = nullptr;
    thread_local std::unique_ptr<Scratch> scratch;
    if (owner != &gaz || ownerClusters != &clusters || !scratch) {
        scratch = std::make_unique<Scratch>(gaz, clusters);
        owner = &gaz;
        ownerClusters = &clusters;
    }
    return *scratch;
}

void decode(const NerModel& model, const NerGazetteer& gaz,
            std::span<const std::string_view> tokens, std::vector<int>& out,
            std::vector<float>* emissionsOut) {
    Scratch& s = scratchFor(gaz, model.clusters());
    const size_t n = tokens.size();
    s.extractor.extract(tokens);
    s.emissions.assign(n * kLabelCount, 0.0f);
    // The whole sentence in one call when the extractor stores the features of consecutive
    // tokens back to back (it does; checked), else token by token.
    const FeatureExtractor& ex = s.extractor;
    s.ends.resize(n);
    const uint64_t* base = n ? ex.features(0).data() : nullptr;
    bool contiguous = true;
    for (size_t i = 0; i < n && contiguous; ++i) {
        const auto f = ex.features(i);
        contiguous = f.data() == base + (i ? s.ends[i - 1] : 0);
        s.ends[i] = static_cast<uint32_t>(f.data() + f.size() - base);
    }
    if (contiguous && n > 0) {
        model.scoreTokens({base, s.ends[n - 1]}, s.ends, s.emissions.data());
    } else {
        for (size_t i = 0; i < n; ++i) model.score(ex.features(i), &s.emissions[i * kLabelCount]);
    }
    out.resize(n);
    viterbi(s.emissions.data(), n, model.transitions(), nullptr, out.data());
    if (emissionsOut) *emissionsOut = s.emissions;
}
}  // namespace

NerTagger::NerTagger(NerModel model) : NerTagger(std::move(model), NerGazetteer::embedded()) {}
NerTagger::NerTagger(NerModel model, const NerGazetteer& gazetteer)
    : m_model(std::move(model)), m_gaz(&gazetteer) {}

void NerTagger::tagLabels(std::span<const std::string_view> tokens, std::vector<int>& out) const {
    decode(m_model, *m_gaz, tokens, out, nullptr);
}

std::vector<TaggedSpan> NerTagger::tagSentence(std::span<const std::string_view> tokens) const {
    if (tokens.empty()) return {};
    Scratch& s = scratchFor(*m_gaz, m_model.clusters());
    decode(m_model, *m_gaz, tokens, s.labels, nullptr);
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
