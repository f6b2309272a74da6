// Extraction throughput on news text, single thread: the shared sample article (when
// present) and our test articles, repeated as separate articles to about 2 MB.
// Reported as bytes_per_second (MB/s per core); the target is >= 5 MB/s.  peak_rss_MB is the
// process's peak resident memory after the run (target: model and lexicons <= 100 MB); run
// BM_ExtractDefault alone (--benchmark_filter) for a figure without the rule-only extractor.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/Extractor.h"
#include "extract/RuleTagger.h"
#include "ner/NerTagger.h"
#include "text/SentenceSplitter.h"
#include "text/Tokenizer.h"

using namespace entgraph;

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::vector<Article>& corpus() {
    static const std::vector<Article> articles = [] {
        std::vector<std::string> texts;
        const std::filesystem::path sample =
            std::filesystem::path(ENTGRAPH_SHARED_DIR) / "samples/north-korea-troops.txt";
        if (std::filesystem::exists(sample)) texts.push_back(readFile(sample));
        const std::filesystem::path data =
            std::filesystem::path(ENTGRAPH_SOURCE_DIR) / "tests/data/extract";
        if (std::filesystem::exists(data))
            for (const auto& entry : std::filesystem::directory_iterator(data))
                if (entry.path().extension() == ".txt") texts.push_back(readFile(entry.path()));
        std::vector<Article> out;
        size_t bytes = 0;
        for (size_t i = 0; bytes < 2'000'000 && !texts.empty(); ++i) {
            Article a;
            a.id = "a" + std::to_string(i);
            a.text = texts[i % texts.size()];
            bytes += a.text.size();
            out.push_back(std::move(a));
        }
        return out;
    }();
    return articles;
}

size_t corpusBytes() {
    size_t n = 0;
    for (const Article& a : corpus()) n += a.text.size();
    return n;
}

// Peak resident memory of the process so far (lexicons, model, working data), in MB.
double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void run(benchmark::State& state, const Extractor& extractor) {
    const auto& articles = corpus();
    if (articles.empty()) {
        state.SkipWithError("no test articles found");
        return;
    }
    for (auto _ : state)
        for (const Article& a : articles) benchmark::DoNotOptimize(extractor.extract(a));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpusBytes()));
    state.counters["peak_rss_MB"] = peakRssMb();
}

// The product's default pipeline (trained tagger + rules when the build embeds a model).
void BM_ExtractDefault(benchmark::State& state) {
    static const Extractor extractor;
    run(state, extractor);
}

// The rule tagger alone.
void BM_ExtractRules(benchmark::State& state) {
    static const Extractor extractor(std::make_shared<RuleTagger>());
    run(state, extractor);
}

// The trained tagger alone (no rules, no relations) over pre-split sentences: the floor
// for BM_ExtractDefault.  Skipped when the build embeds no model.
void BM_TagModelOnly(benchmark::State& state) {
    const auto tagger = embeddedNerTagger();
    if (!tagger) {
        state.SkipWithError("no embedded model");
        return;
    }
    std::vector<std::vector<std::string_view>> sentences;
    for (const Article& a : corpus()) {
        const auto tokens = tokenize(a.text);
        for (const Sentence& s : splitSentences(a.text, tokens)) {
            std::vector<std::string_view>& out = sentences.emplace_back();
            for (size_t i = s.firstToken; i < s.endToken; ++i)
                out.push_back(tokens[i].text(a.text));
        }
    }
    for (auto _ : state)
        for (const auto& s : sentences) benchmark::DoNotOptimize(tagger->tagSentence(s));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpusBytes()));
}

void BM_TokenizeAndSplit(benchmark::State& state) {
    const auto& articles = corpus();
    for (auto _ : state)
        for (const Article& a : articles) {
            const auto tokens = tokenize(a.text);
            benchmark::DoNotOptimize(splitSentences(a.text, tokens));
        }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpusBytes()));
}

}  // namespace

BENCHMARK(BM_ExtractDefault)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ExtractRules)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagModelOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
