// Import: round trip through the file, idempotent re-import, incremental entity merging.
#include <gtest/gtest.h>

#include "StoreTestUtil.h"
#include "core/Error.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {
const std::vector<Article> kArticles = {
    makeArticle("a1.txt",
                "Vladimir Putin met Joe Biden in Kyiv. Putin later flew to Moscow with Biden.",
                "Summit"),
    makeArticle("a2.txt", "Biden met Zelensky in Washington. NATO was not there.", "Visit"),
    makeArticle("a3.txt", "Putin did not meet Biden. The European Union and NATO sat in Moscow."),
};

size_t expectedMentions(const std::vector<Article>& articles) {
    DictionaryExtractor x;
    size_t n = 0;
    for (const auto& a : articles) n += x.extract(a).mentions.size();
    return n;
}
}  // namespace

TEST(WorkspaceImport, RoundTripThroughCloseAndReopenKeepsTheGraph) {
    TempDir dir;
    const std::string path = dir.file("ws.entgraph");
    DictionaryExtractor x;
    std::string before;
    {
        Workspace ws = Workspace::create(path);
        const ImportStats st = ws.importArticles(kArticles, x);
        EXPECT_EQ(st.articlesAdded, 3u);
        EXPECT_EQ(st.articlesSkipped, 0u);
        EXPECT_EQ(st.mentions, expectedMentions(kArticles));
        before = describeGraph(ws.loadGraph().graph);
    }
    Workspace ws = Workspace::open(path, true);
    const WorkspaceGraph wg = ws.loadGraph();
    EXPECT_EQ(describeGraph(wg.graph), before);
    EXPECT_EQ(ws.integrityCheck(), "ok");

    // Entities resolved across articles by alias and type.
    const auto putin = vertexNamed(wg.graph, "Putin");
    ASSERT_TRUE(putin.has_value());
    const EntityProps& p = wg.graph.graph()[*putin];
    EXPECT_EQ(p.name, "Vladimir Putin");
    EXPECT_EQ(p.mentions.size(), 3u);  // a1 twice, a3 once
    EXPECT_EQ(p.articles, (std::vector<uint32_t>{0, 2}));
    EXPECT_EQ(wg.entityIds.size(), wg.graph.nodeCount());
    EXPECT_EQ(ws.entity(wg.entityIds[*putin])->name, "Vladimir Putin");
    EXPECT_EQ(wg.graph.articles().size(), 3u);
    EXPECT_EQ(wg.graph.articles()[0].title, "Summit");
    EXPECT_EQ(wg.graph.articles()[2].text, kArticles[2].text);

    // Putin - Biden: a positive relation (a1), a negated one (a3) and three shared sentences.
    const auto biden = vertexNamed(wg.graph, "joe biden");
    ASSERT_TRUE(biden.has_value());
    const auto [e, found] = boost::edge(*putin, *biden, wg.graph.graph());
    ASSERT_TRUE(found);
    const RelationProps& rel = wg.graph.graph()[e];
    ASSERT_EQ(rel.relations.size(), 2u);
    EXPECT_EQ(rel.cooccurrences.size(), 3u);
    EXPECT_EQ(rel.weight, 3.0 + 1.0);  // three sentences + one non-negated typed relation
    for (const auto& r : rel.relations) {
        EXPECT_EQ(r.label, "met");
        EXPECT_EQ(r.type, RelationType::Diplomatic);
        const Vertex from =
            r.forward ? boost::source(e, wg.graph.graph()) : boost::target(e, wg.graph.graph());
        EXPECT_EQ(from, *putin);
        const std::string& text = wg.graph.articles()[r.article].text;
        const std::string src = text.substr(r.sourceMention.start, r.sourceMention.size());
        EXPECT_TRUE(src == "Putin" || src == "Vladimir Putin") << src;
    }
    // Entities in the same sentence without a relation get a co-occurrence edge only.
    const auto eu = vertexNamed(wg.graph, "European Union");
    const auto nato = vertexNamed(wg.graph, "NATO");
    ASSERT_TRUE(eu && nato);
    EXPECT_EQ(wg.graph.graph()[*nato].name, "NATO");
    const auto [e2, found2] = boost::edge(*eu, *nato, wg.graph.graph());
    ASSERT_TRUE(found2);
    EXPECT_EQ(wg.graph.graph()[e2].cooccurrences.size(), 1u);
    EXPECT_FALSE(wg.graph.graph()[e2].hasTypedRelation());
}

TEST(WorkspaceImport, ReimportIsIdempotent) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    ws.importArticles(kArticles, x);
    const std::string dump = ws.dump();
    size_t extractedAgain = 0;
    const ImportStats st = ws.importArticles(kArticles, [&](const std::vector<Article>& b) {
        extractedAgain += b.size();
        return x(b);
    });
    EXPECT_EQ(st.articlesAdded, 0u);
    EXPECT_EQ(st.articlesSkipped, 3u);
    EXPECT_EQ(extractedAgain, 0u);  // skipped before extraction
    EXPECT_EQ(ws.dump(), dump);
    // Same content under another name is the same article; duplicates within one input too.
    Article copy = kArticles[0];
    copy.id = "elsewhere/a1-copy.txt";
    const ImportStats st2 = ws.importArticles({copy, copy}, x);
    EXPECT_EQ(st2.articlesSkipped, 2u);
    EXPECT_EQ(ws.articleCount(), 3u);
}

TEST(WorkspaceImport, IncrementalImportMergesIntoExistingEntities) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    ws.importArticles({kArticles[0]}, x);
    const size_t entitiesBefore = ws.entityCount();
    // Only the short forms, and in a different case: still the same entities.
    const Article later =
        makeArticle("later.txt", "PUTIN met BIDEN again. Putin met Biden in Kyiv.");
    DictionaryExtractor caseless({{{"PUTIN", "Putin"}, EntityType::Person},
                                  {{"BIDEN", "Biden"}, EntityType::Person},
                                  {{"Kyiv"}, EntityType::Location}});
    const ImportStats st = ws.importArticles({later}, caseless);
    EXPECT_EQ(st.articlesAdded, 1u);
    EXPECT_EQ(st.entitiesNew, 0u);
    EXPECT_EQ(st.entitiesMerged, 3u);
    EXPECT_EQ(ws.entityCount(), entitiesBefore);
    EXPECT_EQ(ws.findEntities("putin").at(0).mentions, 2u + 2u);
    // Same name, other type: a different entity.
    DictionaryExtractor typed({{{"Kyiv"}, EntityType::Organization}});
    const ImportStats st2 =
        ws.importArticles({makeArticle("club.txt", "Kyiv won the match.")}, typed);
    EXPECT_EQ(st2.entitiesNew, 1u);
    EXPECT_EQ(ws.findEntities("Kyiv").size(), 2u);
}

TEST(WorkspaceImport, MalformedExtractionIsDroppedNotStored) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    const Article a = makeArticle("bad.txt", "Short text.");
    const auto bad = [](const std::vector<Article>& batch) {
        ArticleExtraction x;
        x.doc = batch[0].id;
        x.entities.push_back({"Short", EntityType::Person, {}});
        x.mentions.push_back({0, {0, 5}, "Short", {0, 11}});
        x.mentions.push_back({0, {5, 500}, "?", {0, 11}});    // past the end
        x.mentions.push_back({3, {0, 5}, "Short", {0, 11}});  // no such entity
        x.relations.push_back({0, 9, "x", RelationType::Action, {0, 11}, {}, {}, false});
        return std::vector<ArticleExtraction>{x};
    };
    const ImportStats st = ws.importArticles({a}, bad);
    EXPECT_EQ(st.mentions, 1u);
    EXPECT_EQ(ws.mentionCount(), 1u);
    EXPECT_EQ(ws.relationCount(), 0u);
    // An extractor that loses articles is an error, and nothing of that batch is kept.
    const auto lossy = [](const std::vector<Article>&) { return std::vector<ArticleExtraction>{}; };
    EXPECT_THROW(ws.importArticles({makeArticle("b.txt", "Other.")}, lossy), Error);
    EXPECT_EQ(ws.articleCount(), 1u);
}

TEST(WorkspaceImport, CancelStopsBetweenBatchesKeepingCommittedOnes) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    CancelToken cancel;
    ImportOptions opt;
    opt.batchSize = 4;
    opt.cancel = &cancel;
    std::vector<double> fractions;
    opt.progress = [&](double f, const std::string&) {
        fractions.push_back(f);
        if (fractions.size() == 2) cancel.cancel();
    };
    EXPECT_THROW(ws.importArticles(generatedArticles(20), x, opt), Cancelled);
    EXPECT_EQ(ws.articleCount(), 8u);
    EXPECT_EQ(fractions, (std::vector<double>{0.2, 0.4}));
    // Importing again adds the rest.
    const ImportStats st = ws.importArticles(generatedArticles(20), x);
    EXPECT_EQ(st.articlesSkipped, 8u);
    EXPECT_EQ(st.articlesAdded, 12u);
}

TEST(WorkspaceImport, ReadOnlyWorkspaceRefusesWrites) {
    TempDir dir;
    const std::string path = dir.file("ws.entgraph");
    { Workspace::create(path); }
    Workspace ws = Workspace::open(path, true);
    DictionaryExtractor x;
    EXPECT_THROW(ws.importArticles(kArticles, x), Error);
    EXPECT_THROW(ws.undo(), Error);
}

TEST(WorkspaceImport, LoadedGraphMatchesTheOneBuiltFromTheSameExtractions) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    std::vector<Article> articles = kArticles;
    for (auto& a : generatedArticles(30)) articles.push_back(a);
    ws.importArticles(articles, x, {7, nullptr, {}});
    // The importer merges by name and alias only; the graph builder also merges a lone
    // "Zelensky" into the one person whose name holds that word.  A merge in the workspace
    // makes them agree, edge evidence and co-occurrences included.
    const auto full = ws.findEntities("Volodymyr Zelensky"), lone = ws.findEntities("Zelensky");
    ASSERT_EQ(full.size(), 1u);
    ASSERT_EQ(lone.size(), 1u);
    ASSERT_NE(full[0].id, lone[0].id);
    ws.merge(full[0].id, {lone[0].id});
    const EntityGraph built = EntityGraph::build(articles, x(articles));
    const WorkspaceGraph loaded = ws.loadGraph();
    EXPECT_EQ(describeGraph(loaded.graph), describeGraph(built));
    EXPECT_EQ(loaded.graph.mentionCount(), ws.mentionCount());
    EXPECT_EQ(loaded.graph.relationCount(), ws.evidenceCount());
}

TEST(WorkspaceImport, AFullerNameReplacesAShortCanonicalNameUnlessTheUserChoseIt) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor shortOnly(
        {{{"Zelensky"}, EntityType::Person}, {{"Putin"}, EntityType::Person}});
    ws.importArticles({makeArticle("1.txt", "Zelensky spoke. Putin listened.")}, shortOnly);
    const int64_t zel = ws.findEntities("Zelensky").at(0).id;
    const int64_t put = ws.findEntities("Putin").at(0).id;
    ws.rename(put, "Putin V.");  // the user's choice: "putin v" is not inside "vladimir putin"
    const std::string before = ws.dump();

    DictionaryExtractor full;  // knows "Volodymyr Zelensky"/"Zelensky", "Vladimir Putin"/"Putin"
    const ImportStats st = ws.importArticles(
        {makeArticle("2.txt",
                     "Volodymyr Zelensky met Vladimir Putin. Zelensky left, Putin stayed.")},
        full);
    EXPECT_EQ(st.entitiesNew, 0u);
    const auto z = ws.entity(zel);
    EXPECT_EQ(z->name, "Volodymyr Zelensky");
    EXPECT_EQ(z->aliases, std::vector<std::string>{"Zelensky"});
    EXPECT_EQ(ws.entity(put)->name, "Putin V.");
    EXPECT_EQ(ws.findEntities("Vladimir Putin").at(0).id, put);
    ws.undo();
    EXPECT_EQ(ws.dump(), before);
}

TEST(WorkspaceImport, ChunkedImportIsOneEdit) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    const std::string empty = ws.dump();
    int64_t edit = 0;
    ImportOptions opt;
    opt.edit = &edit;
    ws.importArticles(generatedArticles(5), x, opt);
    EXPECT_NE(edit, 0);
    ws.importArticles(generatedArticles(5, 5), x, opt);
    ws.importArticles(generatedArticles(10), x, opt);  // all skipped
    const auto history = ws.history();
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].description, "import 10 article(s)");
    ws.undo();
    EXPECT_EQ(ws.dump(), empty);
    EXPECT_THROW(ws.importArticles(generatedArticles(1, 50), x, opt), Error);  // edit undone
}
