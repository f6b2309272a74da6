// Full-text search over articles and entities.
#include <gtest/gtest.h>

#include "StoreTestUtil.h"
#include "core/Error.h"

using namespace entgraph;
using namespace entgraph::testing;

TEST(WorkspaceSearch, FindsArticlesAndEntitiesWithSnippets) {
    TempDir dir;
    Workspace ws = Workspace::create(dir.file("ws.entgraph"));
    DictionaryExtractor x;
    ws.importArticles(
        {makeArticle("a.txt", "Vladimir Putin met Joe Biden in Kyiv. Tanks rolled.", "Summit"),
         makeArticle("b.txt", "Nothing about anyone here.", "Quiet")},
        x);
    auto hits = ws.search("putin");
    size_t entities = 0, articles = 0;
    for (const auto& h : hits) {
        if (h.kind == SearchHit::Kind::Entity) {
            ++entities;
            EXPECT_EQ(h.title, "Vladimir Putin");
            EXPECT_EQ(h.detail, "PERSON");
            EXPECT_NE(h.snippet.find("[Putin]"), std::string::npos) << h.snippet;
        } else {
            ++articles;
            EXPECT_EQ(h.title, "Summit");
            EXPECT_NE(h.snippet.find("[Putin]"), std::string::npos) << h.snippet;
        }
    }
    EXPECT_EQ(entities, 1u);
    EXPECT_EQ(articles, 1u);

    // Words all required; the last one a prefix.
    EXPECT_EQ(ws.search("tanks kyi").size(), 1u);
    EXPECT_EQ(ws.search("tanks moscow").size(), 0u);
    // Aliases are searchable (Joe Biden's alias "Biden" is in the name; add one by rename).
    ws.rename(ws.findEntities("Kyiv").at(0).id, "Kiev");
    bool aliasHit = false;
    for (const auto& h : ws.search("kyiv"))
        if (h.kind == SearchHit::Kind::Entity && h.title == "Kiev") aliasHit = true;
    EXPECT_TRUE(aliasHit);
    // FTS syntax in the query is plain text, never an error.
    EXPECT_NO_THROW(ws.search("\"unbalanced AND ( OR * NEAR"));
    EXPECT_NO_THROW(ws.search("U.S. -x"));
    EXPECT_THROW(ws.search("   "), Error);
}
