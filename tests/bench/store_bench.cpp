// Workspace costs: importing pre-extracted articles (SQLite writes, entity resolution, edit
// log), loading the graph back, undoing an import, full-text search, merge suggestions.
// Extraction is excluded (a synthetic extraction per article) so these measure the store.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "store/Workspace.h"

namespace {

using namespace entgraph;
namespace fs = std::filesystem;

// `count` articles of ~12 sentences naming entities from a pool of `pool`; each sentence
// names two entities and half the sentences state a relation between them.
struct Corpus {
    std::vector<Article> articles;
    std::vector<ArticleExtraction> extractions;
};

Corpus makeCorpus(size_t count, size_t pool, unsigned seed = 7) {
    std::mt19937 rng(seed);
    Corpus c;
    for (size_t i = 0; i < count; ++i) {
        Article a;
        a.id = "bench-" + std::to_string(i) + ".txt";
        a.source = a.id;
        ArticleExtraction x;
        x.doc = a.id;
        std::vector<size_t> local(pool, SIZE_MAX);
        auto entityFor = [&](size_t e) {
            if (local[e] == SIZE_MAX) {
                local[e] = x.entities.size();
                x.entities.push_back(
                    {"Entity Number " + std::to_string(e), kAllEntityTypes[e % 3], {}});
            }
            return local[e];
        };
        for (int s = 0; s < 12; ++s) {
            const size_t e1 = rng() % pool, e2 = (e1 + 1 + rng() % (pool - 1)) % pool;
            const size_t start = a.text.size();
            const std::string n1 = "Entity Number " + std::to_string(e1);
            const std::string n2 = "Entity Number " + std::to_string(e2);
            a.text +=
                n1 + " spoke with " + n2 + " about item " + std::to_string(rng() % 100000) + ". ";
            const ByteSpan sentence{start, a.text.size() - 1};
            const ByteSpan m1{start, start + n1.size()};
            const ByteSpan m2{start + n1.size() + 12, start + n1.size() + 12 + n2.size()};
            const size_t l1 = entityFor(e1), l2 = entityFor(e2);
            x.mentions.push_back({l1, m1, n1, sentence});
            x.mentions.push_back({l2, m2, n2, sentence});
            if (s % 2 == 0)
                x.relations.push_back(
                    {l1, l2, "spoke with", RelationType::Diplomatic, sentence, m1, m2, false});
        }
        c.articles.push_back(std::move(a));
        c.extractions.push_back(std::move(x));
    }
    return c;
}

BatchExtractFn lookup(const Corpus& c) {
    return [&c](const std::vector<Article>& batch) {
        std::vector<ArticleExtraction> out;
        for (const auto& a : batch) {
            const size_t i = std::stoul(a.id.substr(6));
            out.push_back(c.extractions[i]);
        }
        return out;
    };
}

std::string scratch(const char* name) {
    const fs::path p =
        fs::temp_directory_path() / (std::string("entgraph-bench-") + name + ".entgraph");
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
    return p.string();
}

void BM_Import(benchmark::State& state) {
    const Corpus c = makeCorpus(static_cast<size_t>(state.range(0)), 500);
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = scratch("import");
        state.ResumeTiming();
        Workspace ws = Workspace::create(path);
        ws.importArticles(c.articles, lookup(c), {32, nullptr, {}});
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Import)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_LoadGraph(benchmark::State& state) {
    const Corpus c = makeCorpus(static_cast<size_t>(state.range(0)), 500);
    const std::string path = scratch("load");
    { Workspace::create(path).importArticles(c.articles, lookup(c)); }
    Workspace ws = Workspace::open(path, true);
    for (auto _ : state) benchmark::DoNotOptimize(ws.loadGraph().graph.edgeCount());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LoadGraph)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_UndoRedoImport(benchmark::State& state) {
    const Corpus c = makeCorpus(static_cast<size_t>(state.range(0)), 500);
    const std::string path = scratch("undo");
    Workspace ws = Workspace::create(path);
    ws.importArticles(c.articles, lookup(c));
    for (auto _ : state) {
        ws.undo();
        ws.redo();
    }
}
BENCHMARK(BM_UndoRedoImport)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_SearchAndSuggest(benchmark::State& state) {
    const Corpus c = makeCorpus(1000, 500);
    const std::string path = scratch("search");
    Workspace ws = Workspace::create(path);
    ws.importArticles(c.articles, lookup(c));
    for (auto _ : state) {
        if (state.range(0) == 0)
            benchmark::DoNotOptimize(ws.search("entity number 42").size());
        else
            benchmark::DoNotOptimize(ws.suggestMerges(50).size());
    }
}
BENCHMARK(BM_SearchAndSuggest)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
