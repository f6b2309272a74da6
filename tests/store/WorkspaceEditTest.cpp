// Edits and their undo/redo: invariants (nothing lost), exact restoration (full dumps
// compared) and persistence of the edit log across reopening.
#include <gtest/gtest.h>

#include "StoreTestUtil.h"
#include "core/Error.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {

int64_t idOf(Workspace& ws, const std::string& name) {
    const auto found = ws.findEntities(name);
    if (found.size() != 1) throw Error("expected one entity named " + name);
    return found[0].id;
}

struct Counts {
    size_t mentions, evidence, aliasesAndNames;
};

Counts counts(Workspace& ws) {
    return {
        ws.mentionCount(), ws.evidenceCount(),
        static_cast<size_t>(*ws.db().queryInt("SELECT count(*) FROM aliases")) + ws.entityCount()};
}

// A workspace where "Putin" and "Vladimir Putin" are separate entities (two extractors
// that do not know they are one person), with relations to Biden on both.
class WorkspaceEdit : public ::testing::Test {
protected:
    void SetUp() override {
        ws.emplace(Workspace::create(dir.file("ws.entgraph")));
        DictionaryExtractor full({{{"Vladimir Putin"}, EntityType::Person},
                                  {{"Joe Biden", "Biden"}, EntityType::Person},
                                  {{"Kyiv"}, EntityType::Location}});
        DictionaryExtractor shortNames({{{"Putin"}, EntityType::Person},
                                        {{"Biden"}, EntityType::Person},
                                        {{"Moscow"}, EntityType::Location}});
        ws->importArticles(
            {makeArticle("1.txt", "Vladimir Putin met Joe Biden in Kyiv. Biden left.")}, full);
        ws->importArticles(
            {makeArticle("2.txt", "Putin met Biden in Moscow. Putin met Biden twice."),
             makeArticle("3.txt", "Biden met Putin. Putin stayed in Moscow.")},
            shortNames);
    }
    TempDir dir;
    std::optional<Workspace> ws;
};

}  // namespace

TEST_F(WorkspaceEdit, MergeKeepsEverythingAndCombinesParallelRelations) {
    const int64_t full = idOf(*ws, "Vladimir Putin"), shortId = idOf(*ws, "Putin");
    ASSERT_NE(full, shortId);
    const Counts before = counts(*ws);
    const size_t relationsBefore = ws->relationCount();
    ASSERT_EQ(relationsBefore, 3u);  // VP->Biden, Putin->Biden, Biden->Putin

    ws->merge(full, {shortId});
    const Counts after = counts(*ws);
    EXPECT_EQ(after.mentions, before.mentions);
    EXPECT_EQ(after.evidence, before.evidence);
    EXPECT_EQ(after.aliasesAndNames, before.aliasesAndNames);  // "Putin" became an alias
    EXPECT_EQ(ws->relationCount(), 2u);                        // Putin->Biden folded into VP->Biden
    EXPECT_FALSE(ws->entity(shortId).has_value());
    const auto merged = ws->entity(full);
    EXPECT_EQ(merged->mentions, 1u + 4u);
    EXPECT_EQ(merged->aliases, std::vector<std::string>{"Putin"});
    EXPECT_EQ(ws->findEntities("putin").at(0).id, full);

    const WorkspaceGraph g = ws->loadGraph();
    const auto vp = vertexNamed(g.graph, "Vladimir Putin"), biden = vertexNamed(g.graph, "Biden");
    ASSERT_TRUE(vp && biden);
    const auto [e, ok] = boost::edge(*vp, *biden, g.graph.graph());
    ASSERT_TRUE(ok);
    EXPECT_EQ(g.graph.graph()[e].relations.size(), 4u);  // every "met" sentence
    EXPECT_EQ(ws->integrityCheck(), "ok");
}

TEST_F(WorkspaceEdit, UndoRestoresTheExactStateAndRedoReappliesIt) {
    const std::string original = ws->dump();
    ws->merge(idOf(*ws, "Vladimir Putin"), {idOf(*ws, "Putin")});
    const std::string merged = ws->dump();
    ASSERT_NE(merged, original);
    const auto undone = ws->undo();
    ASSERT_TRUE(undone.has_value());
    EXPECT_EQ(undone->kind, "merge");
    EXPECT_EQ(ws->dump(), original);
    ASSERT_TRUE(ws->redo().has_value());
    EXPECT_EQ(ws->dump(), merged);
    EXPECT_FALSE(ws->redo().has_value());
    EXPECT_EQ(ws->integrityCheck(), "ok");
}

TEST_F(WorkspaceEdit, MergingThreeWithRelationsBetweenThemKeepsSelfRelationsUndrawn) {
    const std::string original = ws->dump();
    const Counts before = counts(*ws);
    ws->merge(idOf(*ws, "Vladimir Putin"), {idOf(*ws, "Putin"), idOf(*ws, "Biden")});
    EXPECT_EQ(counts(*ws).mentions, before.mentions);
    EXPECT_EQ(counts(*ws).evidence, before.evidence);
    EXPECT_EQ(ws->relationCount(), 1u);  // all "met" relations are now VP->VP
    const WorkspaceGraph g = ws->loadGraph();
    const auto vp = vertexNamed(g.graph, "Vladimir Putin");
    ASSERT_TRUE(vp);
    EXPECT_EQ(boost::out_degree(*vp, g.graph.graph()), 2u);  // Kyiv and Moscow, no self loop
    ws->undo();
    EXPECT_EQ(ws->dump(), original);
}

TEST_F(WorkspaceEdit, UndoHistorySurvivesReopening) {
    const std::string original = ws->dump();
    const std::string path = ws->path();
    ws->merge(idOf(*ws, "Vladimir Putin"), {idOf(*ws, "Putin")});
    ws->rename(idOf(*ws, "Kyiv"), "Kiev");
    const std::string edited = ws->dump();
    ws.reset();

    ws.emplace(Workspace::open(path));
    EXPECT_EQ(ws->dump(), edited);
    ASSERT_EQ(ws->undo()->kind, "rename");
    ws.reset();
    ws.emplace(Workspace::open(path));
    ASSERT_EQ(ws->undo()->kind, "merge");
    EXPECT_EQ(ws->dump(), original);
    ws.reset();
    ws.emplace(Workspace::open(path));
    ws->redo();
    ws->redo();
    EXPECT_EQ(ws->dump(), edited);
}

TEST_F(WorkspaceEdit, ImportsAreUndoableToo) {
    const std::string before = ws->dump();
    const auto history = ws->history();
    DictionaryExtractor x;
    ws->importArticles(generatedArticles(10), x, {3, nullptr, {}});  // several batches, one edit
    EXPECT_EQ(ws->history().size(), history.size() + 1);
    const std::string imported = ws->dump();
    EXPECT_EQ(ws->undo()->kind, "import");
    EXPECT_EQ(ws->dump(), before);
    EXPECT_EQ(ws->search("Report").size(), 0u);  // the full-text index followed
    ws->redo();
    EXPECT_EQ(ws->dump(), imported);
    EXPECT_GT(ws->search("Report").size(), 0u);
}

TEST_F(WorkspaceEdit, ANewEditDropsTheRedoHistory) {
    ws->rename(idOf(*ws, "Kyiv"), "Kiev");
    ws->undo();
    ws->setNotes(idOf(*ws, "Moscow"), "capital");
    EXPECT_FALSE(ws->redo().has_value());
    EXPECT_EQ(ws->findEntities("Kiev").size(), 0u);
}

TEST_F(WorkspaceEdit, SplitAliasMovesItsMentionsAndEvidenceAndUndoes) {
    const int64_t vp = idOf(*ws, "Vladimir Putin");
    ws->merge(vp, {idOf(*ws, "Putin")});
    const std::string merged = ws->dump();
    const Counts before = counts(*ws);

    const int64_t split = ws->splitAlias(vp, "putin");
    const auto s = ws->entity(split);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->name, "Putin");
    EXPECT_EQ(s->type, EntityType::Person);
    EXPECT_EQ(s->mentions, 4u);
    EXPECT_EQ(ws->entity(vp)->mentions, 1u);
    EXPECT_TRUE(ws->entity(vp)->aliases.empty());
    EXPECT_EQ(counts(*ws).mentions, before.mentions);
    EXPECT_EQ(counts(*ws).evidence, before.evidence);
    // The evidence naming "Putin" went with it: Putin->Biden and Biden->Putin again.
    EXPECT_EQ(ws->relationCount(), 3u);
    sqlite::Statement st(ws->db(),
                         "SELECT count(*) FROM evidence v JOIN relations r ON "
                         "r.id = v.relation WHERE r.source = ?1 OR r.target = ?1");
    st.bind(1, split);
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getInt(0), 3);
    st.reset();

    ws->undo();
    EXPECT_EQ(ws->dump(), merged);
    EXPECT_THROW(ws->splitAlias(vp, "Nobody"), Error);
    EXPECT_THROW(ws->splitAlias(vp, "Vladimir Putin"), Error);
}

TEST_F(WorkspaceEdit, RenameRetypeHidePinNotesRemoveAllUndo) {
    const std::string original = ws->dump();
    const int64_t kyiv = idOf(*ws, "Kyiv");
    ws->rename(kyiv, "Kiev");
    EXPECT_EQ(ws->entity(kyiv)->name, "Kiev");
    EXPECT_EQ(ws->entity(kyiv)->aliases, std::vector<std::string>{"Kyiv"});
    EXPECT_EQ(ws->findEntities("kyiv").at(0).id, kyiv);
    ws->rename(kyiv, "Kyiv");  // back: the alias returns to being the name
    EXPECT_TRUE(ws->entity(kyiv)->aliases.size() == 1 && ws->entity(kyiv)->aliases[0] == "Kiev");
    ws->setType(kyiv, EntityType::Organization);
    EXPECT_EQ(ws->entity(kyiv)->type, EntityType::Organization);
    ws->setPinned(kyiv, true);
    ws->setNotes(kyiv, "city or club?");
    const size_t visible = ws->loadGraph().graph.nodeCount();
    ws->setHidden(kyiv, true);
    EXPECT_EQ(ws->loadGraph().graph.nodeCount(), visible - 1);
    EXPECT_FALSE(vertexNamed(ws->loadGraph().graph, "Kyiv").has_value());
    ws->remove(idOf(*ws, "Moscow"));
    EXPECT_TRUE(ws->findEntities("Moscow").empty());
    EXPECT_EQ(ws->history().size(), 2u + 7u);
    for (int i = 0; i < 7; ++i) ASSERT_TRUE(ws->undo().has_value());
    EXPECT_EQ(ws->dump(), original);
    EXPECT_EQ(ws->integrityCheck(), "ok");
    EXPECT_THROW(ws->rename(kyiv, "  "), Error);
    EXPECT_THROW(ws->rename(987654, "x"), Error);
}

TEST_F(WorkspaceEdit, MergeRejectsBadArguments) {
    const int64_t vp = idOf(*ws, "Vladimir Putin");
    EXPECT_THROW(ws->merge(vp, {}), Error);
    EXPECT_THROW(ws->merge(vp, {vp}), Error);
    EXPECT_THROW(ws->merge(vp, {424242}), Error);
    const std::string dump = ws->dump();
    EXPECT_EQ(ws->dump(), dump);
}

TEST_F(WorkspaceEdit, SuggestsLikelyDuplicatesAndRemembersDismissals) {
    DictionaryExtractor org({{{"North Atlantic Treaty Organization"}, EntityType::Organization},
                             {{"NATO"}, EntityType::Organization},
                             {{"Vladimir"}, EntityType::Location}});
    ws->importArticles({makeArticle("4.txt",
                                    "The North Atlantic Treaty Organization met. NATO "
                                    "met again. Vladimir is a town.")},
                       org);
    auto has = [&](const std::vector<MergeSuggestion>& list, const std::string& a,
                   const std::string& b) {
        for (const auto& s : list)
            if ((s.nameA == a && s.nameB == b) || (s.nameA == b && s.nameB == a)) return true;
        return false;
    };
    auto list = ws->suggestMerges();
    EXPECT_TRUE(has(list, "Vladimir Putin", "Putin"));
    EXPECT_TRUE(has(list, "North Atlantic Treaty Organization", "NATO"));
    EXPECT_FALSE(has(list, "Vladimir Putin", "Vladimir"));  // other type
    EXPECT_FALSE(has(list, "Putin", "Biden"));
    for (const auto& s : list) {
        EXPECT_GT(s.score, 0.0);
        EXPECT_FALSE(s.reason.empty());
    }
    // Survivor: the entity with more mentions.
    for (const auto& s : list) {
        if (s.nameA == "Putin" || s.nameB == "Putin") {
            EXPECT_EQ(s.nameA, "Putin");
        }
    }
    const auto& first = list.front();
    ws->dismissSuggestion(first.b, first.a);
    list = ws->suggestMerges();
    EXPECT_FALSE(has(list, first.nameA, first.nameB));
}

TEST(WorkspaceEditBytes, UndoRestoresTextThatIsNotValidUtf8) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    const std::string before = ws.dump();
    // Latin-1 bytes and a control character: stored as given, and undo/redo must cope.
    ws.importArticles(
        {makeArticle("latin1.txt", std::string("Caf\xe9 talk: Putin met Biden.\x01"))}, x);
    const std::string imported = ws.dump();
    ASSERT_TRUE(ws.undo().has_value());
    EXPECT_EQ(ws.dump(), before);
    ASSERT_TRUE(ws.redo().has_value());
    EXPECT_EQ(ws.dump(), imported);
}
