// NER tagger throughput (tokens/s and MB/s of token text) and model load time.
// Input: the UNER English-PUD sentences from ../shared when present, else a built-in
// news-like paragraph repeated.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/Resources.h"
#include "ner/NerCorpus.h"
#include "ner/NerFeatures.h"
#include "ner/NerTagger.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {
struct Sentences {
    std::vector<std::vector<std::string_view>> list;
    size_t tokens = 0, bytes = 0;
    TaggedFile file;  // owns the text
};

const Sentences& sentences() {
    static const Sentences s = [] {
        Sentences out;
        const std::string pud = std::string(ENTGRAPH_SHARED_DIR) + "/corpora/ner/uner_pud/test.tsv";
        std::string text;
        if (std::filesystem::exists(pud)) {
            out.file = readTaggedFile(pud, TaggedFormat::Tsv);
        } else {
            const char* para =
                "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on "
                "Tuesday .\tO\n"
                "The talks , held at the Great Hall of the People , focused on trade and security "
                ".\tO\n";
            for (int i = 0; i < 500; ++i) text += para;
            std::string tsv;
            size_t pos = 0;
            while (pos < text.size()) {  // one token a line, sentences split at " .\tO\n"
                size_t sp = text.find_first_of(" \t", pos);
                std::string tok = text.substr(pos, sp - pos);
                tsv += tok + "\tO\n";
                if (text[sp] == '\t') {
                    tsv += "\n";
                    pos = text.find('\n', sp) + 1;
                } else {
                    pos = sp + 1;
                }
            }
            out.file = parseTagged(tsv, TaggedFormat::Tsv, "builtin");
        }
        for (const auto& sent : out.file.sentences) {
            out.list.push_back(sent.tokens);
            out.tokens += sent.tokens.size();
            for (auto t : sent.tokens) out.bytes += t.size() + 1;
        }
        return out;
    }();
    return s;
}

void BM_TagSentences(benchmark::State& state) {
    auto tagger = embeddedNerTagger();
    if (!tagger) {
        state.SkipWithError("this build embeds no NER model");
        return;
    }
    const Sentences& s = sentences();
    size_t spans = 0;
    for (auto _ : state)
        for (const auto& sent : s.list) spans += tagger->tagSentence(sent).size();
    benchmark::DoNotOptimize(spans);
    state.counters["tokens/s"] =
        benchmark::Counter(double(s.tokens) * state.iterations(), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(int64_t(s.bytes) * state.iterations());
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

void BM_FeatureExtraction(benchmark::State& state) {
    const Sentences& s = sentences();
    FeatureExtractor ex(NerGazetteer::embedded());
    size_t n = 0;
    for (auto _ : state)
        for (const auto& sent : s.list) {
            ex.extract(sent);
            n += ex.tokenCount();
        }
    benchmark::DoNotOptimize(n);
    state.SetBytesProcessed(int64_t(s.bytes) * state.iterations());
}
BENCHMARK(BM_FeatureExtraction)->Unit(benchmark::kMillisecond);

// The model's share of tagging: weight look-ups (NerModel::scoreTokens) over features
// extracted beforehand, a sentence at a time.
void BM_ModelScoring(benchmark::State& state) {
    auto bytes = findResource("assets/models/ner.bin");
    if (!bytes || bytes->empty()) {
        state.SkipWithError("this build embeds no NER model");
        return;
    }
    const NerModel model = NerModel::fromBytes(*bytes);
    const Sentences& s = sentences();
    FeatureExtractor ex(NerGazetteer::embedded(), &model.clusters());
    struct Features {
        std::vector<uint64_t> keys;
        std::vector<uint32_t> ends;  // per token
    };
    std::vector<Features> all;
    for (const auto& sent : s.list) {
        if (sent.empty()) continue;
        ex.extract(sent);
        Features& f = all.emplace_back();
        for (size_t i = 0; i < sent.size(); ++i) {
            const auto t = ex.features(i);
            f.keys.insert(f.keys.end(), t.begin(), t.end());
            f.ends.push_back(static_cast<uint32_t>(f.keys.size()));
        }
    }
    std::vector<float> emissions;
    for (auto _ : state)
        for (const Features& f : all) {
            emissions.assign(f.ends.size() * kLabelCount, 0.0f);
            model.scoreTokens(f.keys, f.ends, emissions.data());
            benchmark::DoNotOptimize(emissions.data());
        }
    state.counters["tokens/s"] =
        benchmark::Counter(double(s.tokens) * state.iterations(), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(int64_t(s.bytes) * state.iterations());
}
BENCHMARK(BM_ModelScoring)->Unit(benchmark::kMillisecond);

// BIO-constrained Viterbi over random emissions, 25-token sentences.
void BM_Viterbi(benchmark::State& state) {
    constexpr size_t kTokens = 25, kSentences = 1000;
    std::vector<float> emissions(kTokens * kSentences * kLabelCount);
    std::vector<float> transitions((kLabelCount + 1) * kLabelCount);
    uint32_t x = 12345;
    auto next = [&] {
        x = x * 1664525u + 1013904223u;
        return static_cast<float>(x >> 8) / float(1 << 24) * 60.0f - 30.0f;
    };
    for (float& e : emissions) e = next();
    for (float& t : transitions) t = next();
    std::vector<int> labels(kTokens);
    for (auto _ : state)
        for (size_t i = 0; i < kSentences; ++i) {
            viterbi(&emissions[i * kTokens * kLabelCount], kTokens, transitions.data(), nullptr,
                    labels.data());
            benchmark::DoNotOptimize(labels.data());
        }
    state.counters["tokens/s"] = benchmark::Counter(
        double(kTokens * kSentences) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Viterbi)->Unit(benchmark::kMillisecond);

void BM_ModelLoad(benchmark::State& state) {
    auto bytes = findResource("assets/models/ner.bin");
    if (!bytes || bytes->empty()) {
        state.SkipWithError("this build embeds no NER model");
        return;
    }
    for (auto _ : state) {
        NerModel model = NerModel::fromBytes(*bytes);
        benchmark::DoNotOptimize(model.featureCount());
    }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerLoad(benchmark::State& state) {
    // The embedded gazetteer is built once per process; this measures that one-time cost.
    for (auto _ : state) {
        NerGazetteer g;
        auto text = findResource("assets/lexicons/cities.tsv");
        if (!text) break;
        size_t pos = 0;
        while (pos < text->size()) {
            size_t eol = text->find('\n', pos);
            if (eol == std::string_view::npos) eol = text->size();
            std::string_view line = text->substr(pos, eol - pos);
            pos = eol + 1;
            if (!line.empty() && line[0] != '#') g.add(line.substr(0, line.find('\t')), kGazCity);
        }
        benchmark::DoNotOptimize(g.size());
    }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);
}  // namespace

BENCHMARK_MAIN();
