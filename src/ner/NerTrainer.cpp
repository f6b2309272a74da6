#include "ner/NerTrainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/Error.h"
#include "core/Types.h"
#include "ner/ConllScorer.h"
#include "ner/NerFeatures.h"
#include "ner/NerTagger.h"
#include "ner/SplitMix64.h"

namespace entgraph::ner {

namespace {

// Open-addressing map from feature key to a count, then to a dense index.
class KeyTable {
public:
    KeyTable() : m_keys(1 << 20, 0), m_values(1 << 20, 0) {}
    uint32_t& at(uint64_t key) {
        if (key == 0) key = 1;
        if ((m_size + 1) * 2 > m_keys.size()) grow();
        size_t mask = m_keys.size() - 1, p = key & mask;
        while (m_keys[p] && m_keys[p] != key) p = (p + 1) & mask;
        if (!m_keys[p]) {
            m_keys[p] = key;
            ++m_size;
        }
        return m_values[p];
    }
    const uint32_t* find(uint64_t key) const {
        if (key == 0) key = 1;
        size_t mask = m_keys.size() - 1;
        for (size_t p = key & mask;; p = (p + 1) & mask) {
            if (m_keys[p] == key) return &m_values[p];
            if (!m_keys[p]) return nullptr;
        }
    }
    template <typename F>
    void forEach(F&& f) {
        for (size_t i = 0; i < m_keys.size(); ++i)
            if (m_keys[i]) f(m_keys[i], m_values[i]);
    }

private:
    void grow() {
        std::vector<uint64_t> keys(m_keys.size() * 2, 0);
        std::vector<uint32_t> values(keys.size(), 0);
        size_t mask = keys.size() - 1;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_keys[i]) continue;
            size_t p = m_keys[i] & mask;
            while (keys[p]) p = (p + 1) & mask;
            keys[p] = m_keys[i];
            values[p] = m_values[i];
        }
        m_keys.swap(keys);
        m_values.swap(values);
    }
    std::vector<uint64_t> m_keys;
    std::vector<uint32_t> m_values;
    size_t m_size = 0;
};

enum class Casing : uint8_t { AsIs, Upper, Title };

bool isSmallWord(std::string_view w) {
    static const char* const kSmall[] = {"a",  "an",   "the", "of",   "in", "on",
                                         "at", "to",   "for", "and",  "or", "but",
                                         "by", "with", "as",  "from", "is"};
    for (const char* s : kSmall)
        if (w == s) return true;
    return false;
}

// Re-cases tokens into `storage` (ASCII letters only) and points `views` at them.
void recase(const std::vector<std::string_view>& tokens, Casing casing,
            std::vector<std::string>& storage, std::vector<std::string_view>& views) {
    storage.assign(tokens.begin(), tokens.end());
    for (size_t i = 0; i < storage.size(); ++i) {
        std::string& w = storage[i];
        if (casing == Casing::Upper) {
            for (char& c : w)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        } else if (casing == Casing::Title && (i == 0 || !isSmallWord(w))) {
            if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
        }
    }
    views.assign(storage.begin(), storage.end());
}

struct Instance {
    const TaggedSentence* sentence;
    Casing casing;
    double weight;
    size_t tokenBegin;  // into Prepared::tokenFeatureStart / masks
};

struct Prepared {
    std::vector<Instance> instances;
    std::vector<uint64_t>
        tokenFeatureStart;           // per token (+1 sentinel per instance handled by next)
    std::vector<uint32_t> features;  // dense feature indices
    std::vector<uint16_t> masks;     // per token allowed labels
    std::vector<uint64_t> keys;      // dense index -> feature key
};

template <typename F>
void forEachInstanceFeatures(const std::vector<Instance>& instances, const NerGazetteer& gaz,
                             const WordClusters& clusters, F&& f) {
    FeatureExtractor extractor(gaz, &clusters);
    std::vector<std::string> storage;
    std::vector<std::string_view> views;
    for (size_t k = 0; k < instances.size(); ++k) {
        const Instance& inst = instances[k];
        if (inst.casing == Casing::AsIs) {
            extractor.extract(inst.sentence->tokens);
        } else {
            recase(inst.sentence->tokens, inst.casing, storage, views);
            extractor.extract(views);
        }
        f(k, extractor);
    }
}

Prepared prepare(const std::vector<TrainingSet>& data, const NerTrainOptions& opt,
                 const NerGazetteer& gaz, const WordClusters& clusters) {
    Prepared p;
    SplitMix64 rng{opt.seed ^ 0xa0761d6478bd642fULL};
    // A type that no file annotates is never learned (masking alone would let it drift).
    unsigned anyAnnotated = 0;
    for (const TrainingSet& set : data) anyAnnotated |= annotatedTypesOf(set.file);
    uint16_t universe = 1u << kLabelO;
    for (size_t k = 0; k < kNerTypeCount; ++k)
        if (anyAnnotated >> k & 1) universe |= (1u << beginLabel(k)) | (1u << insideLabel(k));
    for (const TrainingSet& set : data) {
        const unsigned annotated = annotatedTypesOf(set.file);
        for (const TaggedSentence& s : set.file.sentences) {
            std::vector<uint16_t> masks =
                allowedLabelMasks(withoutLeadingTitles(s.tokens, s.tags, gaz), annotated);
            for (uint16_t& m : masks) m &= universe;
            // A weight above 1 trains whole extra copies (and a fractional one) per epoch.
            auto push = [&](Casing c) {
                for (double left = set.weight; left > 1e-9; left -= 1.0) {
                    p.instances.push_back({&s, c, std::min(left, 1.0), p.masks.size()});
                    p.masks.insert(p.masks.end(), masks.begin(), masks.end());
                }
            };
            push(Casing::AsIs);
            const double r = rng.uniform();
            if (r < opt.upperCaseFraction)
                push(Casing::Upper);
            else if (r < opt.upperCaseFraction + opt.titleCaseFraction)
                push(Casing::Title);
        }
    }
    // Pass 1: count features.  Pass 2: keep the frequent ones as dense indices.
    KeyTable table;
    forEachInstanceFeatures(p.instances, gaz, clusters, [&](size_t, const FeatureExtractor& ex) {
        for (size_t i = 0; i < ex.tokenCount(); ++i)
            for (uint64_t f : ex.features(i)) ++table.at(f);
    });
    // Dense indices in key order so that the model does not depend on hash-table layout.
    std::vector<uint64_t> kept;
    table.forEach([&](uint64_t key, uint32_t& count) {
        if (count >= opt.minFeatureCount) kept.push_back(key);
    });
    std::sort(kept.begin(), kept.end());
    table.forEach([](uint64_t, uint32_t& v) { v = UINT32_MAX; });
    for (size_t i = 0; i < kept.size(); ++i) table.at(kept[i]) = static_cast<uint32_t>(i);
    p.keys = std::move(kept);
    p.tokenFeatureStart.reserve(p.masks.size() + 1);
    forEachInstanceFeatures(p.instances, gaz, clusters, [&](size_t, const FeatureExtractor& ex) {
        for (size_t i = 0; i < ex.tokenCount(); ++i) {
            p.tokenFeatureStart.push_back(p.features.size());
            for (uint64_t f : ex.features(i)) {
                const uint32_t* idx = table.find(f);
                if (idx && *idx != UINT32_MAX) p.features.push_back(*idx);
            }
        }
    });
    p.tokenFeatureStart.push_back(p.features.size());
    return p;
}

constexpr size_t L = kLabelCount;
constexpr size_t kTransSize = (kLabelCount + 1) * kLabelCount;

// Builds the (pruned) model from averaged weights.
NerModel buildModel(const Prepared& p, const std::vector<float>& w, const std::vector<double>& u,
                    const std::vector<float>& tw, const std::vector<double>& tu, double c,
                    size_t maxFeatures, const WordClusters& clusters) {
    const size_t nf = p.keys.size();
    std::vector<float> avg(nf * L);
    std::vector<float> strength(nf, 0.0f);
    for (size_t f = 0; f < nf; ++f)
        for (size_t l = 0; l < L; ++l) {
            const float a = static_cast<float>(w[f * L + l] - u[f * L + l] / c);
            avg[f * L + l] = a;
            strength[f] = std::max(strength[f], std::fabs(a));
        }
    float threshold = 1e-3f;
    size_t nonzero =
        std::count_if(strength.begin(), strength.end(), [&](float s) { return s > threshold; });
    if (nonzero > maxFeatures) {
        std::vector<float> sorted(strength);
        std::nth_element(sorted.begin(), sorted.begin() + (sorted.size() - maxFeatures),
                         sorted.end());
        threshold = std::max(threshold, sorted[sorted.size() - maxFeatures]);
    }
    std::vector<uint64_t> keys;
    std::vector<float> weights;
    for (size_t f = 0; f < nf; ++f) {
        if (strength[f] <= threshold) continue;
        keys.push_back(p.keys[f]);
        weights.insert(weights.end(), avg.begin() + f * L, avg.begin() + (f + 1) * L);
    }
    std::array<float, kTransSize> trans{};
    for (size_t i = 0; i < kTransSize; ++i) trans[i] = static_cast<float>(tw[i] - tu[i] / c);
    return NerModel(std::move(keys), std::move(weights), trans, clusters);
}

}  // namespace

unsigned annotatedTypesOf(const TaggedFile& file) {
    unsigned mask = 0;
    for (const TaggedSentence& s : file.sentences)
        for (std::string_view tag : s.tags) {
            if (tag.size() < 3) continue;
            if (auto t = parseEntityType(tag.substr(2))) {
                const int k = nerTypeIndex(*t);
                if (k >= 0) mask |= 1u << k;
            }
        }
    return mask;
}

std::vector<std::string_view> withoutLeadingTitles(const std::vector<std::string_view>& tokens,
                                                   const std::vector<std::string_view>& tags,
                                                   const NerGazetteer& gaz) {
    std::vector<std::string_view> out = tags;
    for (const Chunk& c : chunksFromTags(tags)) {
        if (c.type != "PERSON") continue;
        size_t b = c.begin;
        while (b + 1 < c.end &&
               (gaz.lookup(NerGazetteer::phraseHashStep(NerGazetteer::kPhraseSeed, tokens[b])) &
                (1u << kGazTitle)))
            out[b++] = "O";
        if (b != c.begin) out[b] = tags[c.begin];  // the chunk's own B- tag, as spelled
    }
    return out;
}

std::vector<uint16_t> allowedLabelMasks(const std::vector<std::string_view>& tags,
                                        unsigned annotatedTypes) {
    uint16_t unannotated = 1u << kLabelO;
    for (size_t k = 0; k < kNerTypeCount; ++k)
        if (!(annotatedTypes >> k & 1))
            unannotated |= (1u << beginLabel(k)) | (1u << insideLabel(k));
    std::vector<uint16_t> masks(tags.size(), unannotated);
    for (const Chunk& c : chunksFromTags(tags)) {
        auto t = parseEntityType(c.type);
        const int k = t ? nerTypeIndex(*t) : -1;
        if (k < 0 || !(annotatedTypes >> k & 1)) continue;
        for (size_t i = c.begin; i < c.end; ++i)
            masks[i] = static_cast<uint16_t>(1u << (i == c.begin ? beginLabel(k) : insideLabel(k)));
    }
    return masks;
}

TrainingSet loadTrainingSet(const std::string& spec) {
    namespace fs = std::filesystem;
    std::string path = spec;
    double weight = 1.0;
    const size_t at = spec.rfind('@');
    if (at != std::string::npos && !fs::exists(spec)) {
        path = spec.substr(0, at);
        try {
            size_t used = 0;
            weight = std::stod(spec.substr(at + 1), &used);
            if (used != spec.size() - at - 1) throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw Error("bad corpus weight in '" + spec +
                        "' (expected PATH@WEIGHT, 0 < WEIGHT <= 8)");
        }
        if (!(weight > 0 && weight <= 8))
            throw Error("corpus weight must be in (0, 8]: '" + spec + "'");
    }
    if (fs::is_directory(path)) {
        const fs::path train = fs::path(path) / "train.tsv";
        if (!fs::exists(train))
            throw Error("no train.tsv in " + path +
                        " (test-only corpora such as uner_pud are for evaluation only)");
        path = train.string();
    } else if (!fs::exists(path)) {
        throw Error("corpus not found: " + path);
    }
    return {readTaggedFile(path, TaggedFormat::Tsv), weight};
}

namespace {
NerModel trainOne(const Prepared& p, const NerTrainOptions& opt, const NerGazetteer& gaz,
                  const WordClusters& clusters, uint64_t seed,
                  const std::function<void(const std::string&)>& log);
}  // namespace

NerModel trainNerModel(const std::vector<TrainingSet>& data, const NerTrainOptions& opt) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto log = [&](const std::string& line) {
        if (!opt.log) return;
        const double s = std::chrono::duration<double>(Clock::now() - start).count();
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "[%6.1fs] ", s);
        opt.log(stamp + line);
    };
    if (data.empty()) throw Error("no training data");
    if (opt.epochs < 1) throw Error("epochs must be at least 1");
    const NerGazetteer& gaz = NerGazetteer::embedded();
    WordClusters clusters;
    if (!opt.clusterText.empty() && opt.clusterVectors.size())
        throw Error("word clusters come from text or from vectors, not both");
    if (opt.clusterVectors.size()) {
        clusters = WordClusters::fromVectors(opt.clusterVectors, opt.clusterOptions);
        log("word clusters: " + std::to_string(clusters.size()) + " words from " +
            std::to_string(opt.clusterVectors.dimensions) + "-dimensional vectors");
    } else if (!opt.clusterText.empty()) {
        std::vector<std::vector<std::string_view>> sentences;
        for (const TaggedFile& f : opt.clusterText)
            for (const TaggedSentence& s : f.sentences) sentences.push_back(s.tokens);
        clusters = WordClusters::induce(sentences, opt.clusterOptions);
        log("word clusters: " + std::to_string(clusters.size()) + " words from " +
            std::to_string(sentences.size()) + " sentences");
    }
    const Prepared p = prepare(data, opt, gaz, clusters);
    log("prepared " + std::to_string(p.instances.size()) + " sentences (with casing copies), " +
        std::to_string(p.masks.size()) + " tokens, " + std::to_string(p.keys.size()) + " features");
    if (opt.ensemble < 1) throw Error("ensemble size must be at least 1");
    std::vector<NerModel> members;
    for (int member = 0; member < opt.ensemble; ++member)
        members.push_back(trainOne(p, opt, gaz, clusters, opt.seed + member, log));
    if (members.size() == 1) return std::move(members[0]);
    NerModel averaged = NerModel::average(members, opt.maxFeatures);
    if (!opt.devFiles.empty()) {
        NerTagger tagger(averaged, gaz);
        TypeCounts total;
        for (const TaggedFile& dev : opt.devFiles)
            total += evaluateTagger(tagger, dev, nerPredictedTypes()).micro;
        char buf[128];
        std::snprintf(buf, sizeof buf, "average of %zu models: dev micro F1 %.4f, %zu features",
                      members.size(), total.f1(), averaged.featureCount());
        log(buf);
    }
    return averaged;
}

namespace {

NerModel trainOne(const Prepared& p, const NerTrainOptions& opt, const NerGazetteer& gaz,
                  const WordClusters& clusters, uint64_t seed,
                  const std::function<void(const std::string&)>& log) {
    std::vector<float> w(p.keys.size() * L, 0.0f);
    std::vector<double> u(w.size(), 0.0);
    std::vector<float> tw(kTransSize, 0.0f);
    std::vector<double> tu(kTransSize, 0.0);
    double c = 1;
    std::vector<float> emissions;
    std::vector<int> pred, gold;
    std::vector<size_t> order(p.instances.size());
    SplitMix64 rng{seed};
    NerModel best;
    double bestF1 = -1;
    int bestEpoch = 0;
    float bestShift = 0;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.next() % i]);
        size_t mistakes = 0, used = 0;
        for (size_t k : order) {
            const Instance& inst = p.instances[k];
            if (inst.weight < 1.0 && rng.uniform() >= inst.weight) continue;
            ++used;
            const size_t n = inst.sentence->tokens.size();
            emissions.assign(n * L, 0.0f);
            for (size_t i = 0; i < n; ++i) {
                const size_t t = inst.tokenBegin + i;
                float* e = &emissions[i * L];
                for (uint64_t j = p.tokenFeatureStart[t]; j < p.tokenFeatureStart[t + 1]; ++j) {
                    const float* row = &w[size_t(p.features[j]) * L];
                    for (size_t l = 0; l < L; ++l) e[l] += row[l];
                }
            }
            pred.resize(n);
            gold.resize(n);
            viterbi(emissions.data(), n, tw.data(), nullptr, pred.data());
            viterbi(emissions.data(), n, tw.data(), &p.masks[inst.tokenBegin], gold.data());
            if (pred != gold) {
                ++mistakes;
                for (size_t i = 0; i < n; ++i) {
                    const int g = gold[i], q = pred[i];
                    if (g != q) {
                        const size_t t = inst.tokenBegin + i;
                        for (uint64_t j = p.tokenFeatureStart[t]; j < p.tokenFeatureStart[t + 1];
                             ++j) {
                            const size_t f = size_t(p.features[j]) * L;
                            w[f + g] += 1.0f, u[f + g] += c;
                            w[f + q] -= 1.0f, u[f + q] -= c;
                        }
                    }
                    const int gp = i ? gold[i - 1] + 1 : 0, qp = i ? pred[i - 1] + 1 : 0;
                    if (gp != qp || g != q) {
                        tw[gp * L + g] += 1.0f, tu[gp * L + g] += c;
                        tw[qp * L + q] -= 1.0f, tu[qp * L + q] -= c;
                    }
                }
            }
            c += 1;
        }
        std::string line = "epoch " + std::to_string(epoch) + ": " + std::to_string(mistakes) +
                           "/" + std::to_string(used) + " sentences wrong";
        const bool last = epoch == opt.epochs;
        if (!opt.devFiles.empty() || last) {
            NerModel model = buildModel(p, w, u, tw, tu, c, opt.maxFeatures, clusters);
            if (!opt.devFiles.empty()) {
                std::vector<float> shifts = opt.oBiasShifts;
                if (shifts.empty() || shifts[0] != 0) shifts.insert(shifts.begin(), 0.0f);
                for (float shift : shifts) {
                    NerModel shifted = model;
                    if (shift != 0 && !shifted.addToWeight(biasFeatureKey(), kLabelO, -shift))
                        continue;
                    NerTagger tagger(shifted, gaz);
                    TypeCounts total;
                    std::string parts;
                    for (const TaggedFile& dev : opt.devFiles) {
                        FileEvaluation ev = evaluateTagger(tagger, dev, nerPredictedTypes());
                        total += ev.micro;
                        char buf[160];
                        std::snprintf(buf, sizeof buf, "; %s F1 %.4f",
                                      std::filesystem::path(dev.path)
                                          .parent_path()
                                          .filename()
                                          .string()
                                          .c_str(),
                                      ev.micro.f1());
                        parts += buf;
                    }
                    if (shift == 0) {
                        char buf[64];
                        std::snprintf(buf, sizeof buf, "; dev micro F1 %.4f", total.f1());
                        line += parts + buf;
                    } else {
                        char buf[64];
                        std::snprintf(buf, sizeof buf, "; O-%.0f %.4f", shift, total.f1());
                        line += buf;
                    }
                    if (total.f1() > bestF1) {
                        bestF1 = total.f1();
                        bestEpoch = epoch;
                        bestShift = shift;
                        best = std::move(shifted);
                    }
                }
            } else {
                best = std::move(model);
                bestEpoch = epoch;
            }
        }
        log(line);
    }
    char kept[160];
    std::snprintf(kept, sizeof kept,
                  "kept epoch %d, O bias shift %.0f: dev micro F1 %.4f, %zu features", bestEpoch,
                  bestShift, bestF1, best.featureCount());
    log(kept);
    return best;
}

}  // namespace

}  // namespace entgraph::ner
