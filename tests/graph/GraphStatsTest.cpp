#include <gtest/gtest.h>

#include <sstream>

#include "GraphFixtures.h"
#include "graph/GraphStats.h"

using namespace entgraph;
using entgraph::testing::ArticleBuilder;
using entgraph::testing::buildGraph;

namespace {
// Two articles: Hub Org relates to three people; Loner stands alone.
EntityGraph statsGraph() {
    ArticleBuilder a("a1"), b("a2");
    const size_t hub = a.entity("Hub Org", EntityType::Organization);
    const size_t ann = a.entity("Ann Lee", EntityType::Person);
    const size_t bob = a.entity("Bob Ray", EntityType::Person);
    auto s = a.sentence("Hub Org hired Ann Lee.", {{hub, "Hub Org"}, {ann, "Ann Lee"}});
    a.relation(hub, ann, "hired", RelationType::Role, s);
    a.sentence("Hub Org and Bob Ray talked.", {{hub, "Hub Org"}, {bob, "Bob Ray"}});
    const size_t hub2 = b.entity("Hub Org", EntityType::Organization);
    const size_t cy = b.entity("Cy Tan", EntityType::Person);
    const size_t lone = b.entity("Loner", EntityType::Location);
    b.sentence("Hub Org sued Cy Tan.", {{hub2, "Hub Org"}, {cy, "Cy Tan"}});
    b.sentence("Hub Org left Loner. Loner wept.", {{hub2, "Hub Org"}, {lone, "Loner"}});
    b.extraction().mentions.back().sentence = {};  // mentioned without a sentence: no link
    return buildGraph({a, b});
}
}  // namespace

TEST(GraphStats, JsonHasCountsAndRankings) {
    const EntityGraph g = statsGraph();
    const GraphMetrics m = GraphMetrics::compute(g);
    const nlohmann::json j = statsJson(g, m, 2);
    EXPECT_EQ(j["articles"], 2);
    EXPECT_EQ(j["entities"], 5);
    EXPECT_EQ(j["mentions"], 8);
    EXPECT_EQ(j["relations"], 1);
    EXPECT_EQ(j["edges"], 3);
    EXPECT_EQ(j["components"], 2);
    EXPECT_EQ(j["communities"], m.communityCount);
    EXPECT_EQ(j["betweenness_approximate"], false);
    for (const char* key : {"degree", "weighted_degree", "betweenness", "pagerank", "mentions"}) {
        ASSERT_TRUE(j["top"].contains(key)) << key;
        ASSERT_EQ(j["top"][key].size(), 2u) << key;
        EXPECT_EQ(j["top"][key][0]["name"], "Hub Org") << key;
        EXPECT_EQ(j["top"][key][0]["type"], "ORGANIZATION") << key;
    }
    EXPECT_EQ(j["top"]["degree"][0]["value"], 3.0);
    EXPECT_EQ(j["top"]["weighted_degree"][0]["value"], 4.0);  // 2 + 1 + 1
    EXPECT_EQ(j["top"]["weighted_degree"][1]["name"], "Ann Lee");
    EXPECT_EQ(j["top"]["betweenness"][0]["value"], 3.0);
    EXPECT_EQ(j["top"]["mentions"][0]["value"], 4.0);
}

TEST(GraphStats, TextIsAligned) {
    const EntityGraph g = statsGraph();
    const std::string text = statsText(g, GraphMetrics::compute(g), 3);
    std::istringstream in(text);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(in, line)) lines.push_back(line);
    ASSERT_GE(lines.size(), 7u);
    EXPECT_EQ(lines[0].rfind("articles", 0), 0u);
    EXPECT_EQ(lines[1].rfind("entities", 0), 0u);
    for (size_t i = 1; i < 7; ++i) EXPECT_EQ(lines[i].size(), lines[0].size()) << lines[i];
    EXPECT_NE(text.find("Top 3 by PageRank"), std::string::npos);
    EXPECT_NE(text.find("  1. Hub Org  ORGANIZATION"), std::string::npos);
    // Rows of one ranking end in the same column.
    const size_t at = text.find("Top 3 by degree\n");
    ASSERT_NE(at, std::string::npos);
    std::istringstream block(text.substr(at));
    std::getline(block, line);
    std::vector<size_t> widths;
    while (std::getline(block, line) && !line.empty()) widths.push_back(line.size());
    ASSERT_EQ(widths.size(), 3u);
    EXPECT_EQ(widths[0], widths[1]);
    EXPECT_EQ(widths[1], widths[2]);
}

TEST(GraphStats, EmptyGraph) {
    const EntityGraph g;
    const nlohmann::json j = statsJson(g, GraphMetrics::compute(g), 5);
    EXPECT_EQ(j["entities"], 0);
    EXPECT_TRUE(j["top"]["degree"].empty());
    EXPECT_NE(statsText(g, GraphMetrics::compute(g), 5).find("entities"), std::string::npos);
}
