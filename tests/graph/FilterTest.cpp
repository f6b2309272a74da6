#include <gtest/gtest.h>

#include "GraphFixtures.h"
#include "graph/EntityGraph.h"

using namespace entgraph;
using entgraph::testing::ArticleBuilder;
using entgraph::testing::buildGraph;
using entgraph::testing::makeGraph;

namespace {
// Russia(LOC) -attacked- Ukraine(LOC) twice; Russia ~ "March 3" (DATE) co-occurrence;
// Ukraine -met- Macron(PER) once, negated "funded" once; Oslo(LOC) mentioned alone.
EntityGraph newsGraph() {
    ArticleBuilder a("a1");
    const size_t ru = a.entity("Russia", EntityType::Location);
    const size_t ua = a.entity("Ukraine", EntityType::Location);
    const size_t date = a.entity("March 3", EntityType::Date);
    const size_t mac = a.entity("Emmanuel Macron", EntityType::Person);
    const size_t oslo = a.entity("Oslo", EntityType::Location);
    auto s = a.sentence("On March 3 Russia attacked Ukraine.",
                        {{date, "March 3"}, {ru, "Russia"}, {ua, "Ukraine"}});
    a.relation(ru, ua, "attacked", RelationType::Conflict, s);
    s = a.sentence("Russia attacked Ukraine again.", {{ru, "Russia"}, {ua, "Ukraine"}});
    a.relation(ru, ua, "attacked", RelationType::Conflict, s);
    s = a.sentence("Emmanuel Macron met Ukraine.", {{mac, "Emmanuel Macron"}, {ua, "Ukraine"}});
    a.relation(mac, ua, "met", RelationType::Diplomatic, s);
    s = a.sentence("Emmanuel Macron did not fund Ukraine.",
                   {{mac, "Emmanuel Macron"}, {ua, "Ukraine"}});
    a.relation(mac, ua, "funded", RelationType::Economic, s, true);
    a.sentence("Oslo was quiet.", {{oslo, "Oslo"}});
    return buildGraph({a});
}

std::vector<std::string> names(const EntityGraph& g) {
    std::vector<std::string> out;
    for (Vertex v = 0; v < g.nodeCount(); ++v) out.push_back(g.graph()[v].name);
    return out;
}
}  // namespace

TEST(GraphFilter, EmptyFilterKeepsEverything) {
    const EntityGraph g = newsGraph();
    const EntityGraph f = g.filtered({});
    EXPECT_EQ(names(f), names(g));
    EXPECT_EQ(f.edgeCount(), g.edgeCount());
    EXPECT_EQ(f.articles().size(), 1u);
}

TEST(GraphFilter, EntityTypesDropDatesAndTheirEdges) {
    const EntityGraph g = newsGraph();
    GraphFilter filter;
    filter.types = {EntityType::Location, EntityType::Person};
    const EntityGraph f = g.filtered(filter);
    EXPECT_EQ(names(f), (std::vector<std::string>{"Russia", "Ukraine", "Emmanuel Macron", "Oslo"}));
    EXPECT_EQ(f.edgeCount(), 2u);
    // Relation directions survive re-indexing: Macron (now 2) -> Ukraine (now 1).
    const Edge e = *f.findEdge(1, 2);
    const auto& rel = f.graph()[e].relations.front();
    EXPECT_EQ(f.graph()[f.relationSource(e, rel)].name, "Emmanuel Macron");
    EXPECT_EQ(f.text(rel.article, rel.sentence), "Emmanuel Macron met Ukraine.");
}

TEST(GraphFilter, NamedEntityTypesDropValues) {
    GraphFilter filter;
    filter.types = namedEntityTypes();
    EXPECT_EQ(filter.types.size(), kEntityTypeCount - 3);
    const EntityGraph f = newsGraph().filtered(filter);
    EXPECT_FALSE(f.findEntity("March 3"));
    EXPECT_TRUE(f.findEntity("Oslo"));
}

TEST(GraphFilter, MinMentionsAndHideIsolated) {
    const EntityGraph g = newsGraph();
    GraphFilter filter;
    filter.minMentions = 2;
    EXPECT_EQ(names(g.filtered(filter)),
              (std::vector<std::string>{"Russia", "Ukraine", "Emmanuel Macron"}));
    filter = {};
    filter.hideIsolated = true;
    EXPECT_EQ(names(g.filtered(filter)),
              (std::vector<std::string>{"Russia", "Ukraine", "March 3", "Emmanuel Macron"}));
}

TEST(GraphFilter, RelationTypesKeepOnlyMatchingRelations) {
    const EntityGraph g = newsGraph();
    GraphFilter filter;
    filter.relationTypes = {RelationType::Conflict};
    const EntityGraph f = g.filtered(filter);
    ASSERT_EQ(f.edgeCount(), 1u);
    const auto& e = f.graph()[*f.findEdge(0, 1)];
    EXPECT_EQ(e.relations.size(), 2u);
    EXPECT_EQ(e.cooccurrences.size(), 2u);  // evidence stays
    EXPECT_EQ(e.weight, 4.0);

    filter.relationTypes = {RelationType::Economic};  // only a negated one exists
    EXPECT_EQ(g.filtered(filter).edgeCount(), 0u);

    filter.relationTypes = {RelationType::Diplomatic, RelationType::CoOccurrence};
    const EntityGraph withCo = g.filtered(filter);
    EXPECT_EQ(withCo.edgeCount(), 4u);  // met + the three co-occurrence-only pairs
    const auto& mu = withCo.graph()[*withCo.findEdge(1, 3)];
    EXPECT_EQ(mu.relations.size(), 1u);
    EXPECT_EQ(mu.weight, 3.0);  // 2 sentences + 1 stated relation
}

TEST(GraphFilter, WithoutCooccurrenceOnlyStatedRelationsRemain) {
    const EntityGraph g = newsGraph();
    GraphFilter filter;
    filter.includeCooccurrence = false;
    const EntityGraph f = g.filtered(filter);
    EXPECT_EQ(f.edgeCount(), 2u);
    EXPECT_TRUE(f.findEdge(0, 1));   // Russia - Ukraine
    EXPECT_TRUE(f.findEdge(1, 3));   // Ukraine - Macron
    EXPECT_FALSE(f.findEdge(0, 2));  // Russia ~ March 3
}

TEST(GraphFilter, MinWeightDropsLightEdges) {
    const EntityGraph g = newsGraph();
    GraphFilter filter;
    filter.minWeight = 3.0;
    const EntityGraph f = g.filtered(filter);
    EXPECT_EQ(f.edgeCount(), 2u);  // Russia-Ukraine (4), Ukraine-Macron (3)
    filter.minWeight = 3.5;
    EXPECT_EQ(g.filtered(filter).edgeCount(), 1u);
}

TEST(GraphFilter, TopNKeepsHighestPageRank) {
    // A star around 0 plus a separate pair: the centre and the two pair members rank
    // above the leaves.
    const EntityGraph g = makeGraph(7, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}, {5, 6, 5}});
    GraphFilter filter;
    filter.topN = 1;
    EXPECT_EQ(names(g.filtered(filter)), std::vector<std::string>{"v0"});
    filter.topN = 3;
    const EntityGraph f = g.filtered(filter);
    EXPECT_EQ(names(f), (std::vector<std::string>{"v0", "v5", "v6"}));
    EXPECT_EQ(f.edgeCount(), 1u);
    filter.hideIsolated = true;
    EXPECT_EQ(names(g.filtered(filter)), (std::vector<std::string>{"v5", "v6"}));
    filter.topN = 100;
    EXPECT_EQ(g.filtered(filter).nodeCount(), 7u);
}
