// The Filters panel's article subset on the model side (Scene, SceneFilter::articleShown):
// entities only the left-out articles mention go, links only they support go, thresholds
// count the shown articles' evidence, and showing every article again restores the screen.
#include <gtest/gtest.h>

#include "gui/Scene.h"

using namespace entgraph;
using namespace entgraph::gui;

namespace {

// Two articles.  Xi and Wu are in both, Yu only in article 0, Zed only in article 1:
//   Xi-Yu   a relation stated in article 0 (and their co-occurrence there)   weight 2
//   Xi-Zed  a co-occurrence in article 1                                     weight 1
//   Xi-Wu   a relation in article 0 and a co-occurrence in article 1         weight 2
// Wu is mentioned once in article 0 and twice in article 1.
enum : uint32_t { kXi, kYu, kZed, kWu };

std::shared_ptr<EntityGraph> twoArticleGraph() {
    auto graph = std::make_shared<EntityGraph>();
    graph->articles().resize(2);
    graph->articles()[0].id = "first.txt";
    graph->articles()[1].id = "second.txt";
    auto& g = graph->graph();
    auto entity = [&](const char* name, std::vector<uint32_t> mentionArticles) {
        EntityProps p;
        p.name = name;
        for (uint32_t a : mentionArticles) {
            p.mentions.push_back(MentionRef{a, {}, {}});
            if (p.articles.empty() || p.articles.back() != a) p.articles.push_back(a);
        }
        boost::add_vertex(p, g);
    };
    entity("Xi", {0, 1});
    entity("Yu", {0});
    entity("Zed", {1});
    entity("Wu", {0, 1, 1});
    auto relation = [](uint32_t article) {
        RelationEvidence r;
        r.article = article;
        r.label = "met";
        r.type = RelationType::Action;
        return r;
    };
    RelationProps xiYu;
    xiYu.relations.push_back(relation(0));
    xiYu.cooccurrences.push_back(MentionRef{0, {}, {}});
    xiYu.recomputeWeight();
    boost::add_edge(kXi, kYu, xiYu, g);
    RelationProps xiZed;
    xiZed.cooccurrences.push_back(MentionRef{1, {}, {}});
    xiZed.recomputeWeight();
    boost::add_edge(kXi, kZed, xiZed, g);
    RelationProps xiWu;
    xiWu.relations.push_back(relation(0));
    xiWu.cooccurrences.push_back(MentionRef{1, {}, {}});
    xiWu.recomputeWeight();
    boost::add_edge(kXi, kWu, xiWu, g);
    return graph;
}

SceneFilter showing(std::vector<uint8_t> articles) {
    SceneFilter f;
    f.articleShown = std::move(articles);
    return f;
}

size_t edge(const Scene& s, uint32_t a, uint32_t b) {
    const auto e = s.edgeBetween(a, b);
    EXPECT_TRUE(e.has_value());
    return e.value_or(0);
}

}  // namespace

TEST(SceneArticleFilter, DefaultShowsEveryArticle) {
    auto scene = Scene::build(twoArticleGraph());
    EXPECT_TRUE(scene->filter().allArticlesShown());
    EXPECT_EQ(scene->shownArticleCount(), 2u);
    EXPECT_EQ(scene->visibleNodeCount(), 4u);
    EXPECT_EQ(scene->visibleEdgeCount(), 3u);
}

TEST(SceneArticleFilter, HidingAnArticleHidesWhatOnlyItSupports) {
    auto scene = Scene::build(twoArticleGraph());
    scene->setFilter(showing({1, 0}));
    EXPECT_EQ(scene->shownArticleCount(), 1u);
    EXPECT_FALSE(scene->nodeVisible(kZed));  // only article 1 mentions it
    EXPECT_TRUE(scene->nodeVisible(kXi));
    EXPECT_TRUE(scene->nodeVisible(kYu));
    EXPECT_TRUE(scene->nodeVisible(kWu));
    EXPECT_EQ(scene->visibleNodeCount(), 3u);
    EXPECT_TRUE(scene->edgeVisible(edge(*scene, kXi, kYu)));
    EXPECT_FALSE(scene->edgeVisible(edge(*scene, kXi, kZed)));
    EXPECT_TRUE(scene->edgeVisible(edge(*scene, kXi, kWu)));  // its relation is in article 0
    EXPECT_EQ(scene->visibleEdgeCount(), 2u);
    EXPECT_FLOAT_EQ(scene->shownWeight(edge(*scene, kXi, kWu)), 1.0f);
    EXPECT_FLOAT_EQ(scene->shownWeight(edge(*scene, kXi, kYu)), 2.0f);

    scene->setFilter(showing({0, 1}));
    EXPECT_FALSE(scene->nodeVisible(kYu));
    EXPECT_TRUE(scene->nodeVisible(kZed));
    EXPECT_FALSE(scene->edgeVisible(edge(*scene, kXi, kYu)));
    EXPECT_TRUE(scene->edgeVisible(edge(*scene, kXi, kZed)));
    EXPECT_TRUE(scene->edgeVisible(edge(*scene, kXi, kWu)));  // its co-occurrence in article 1
    // Without co-occurrence links, Xi-Wu's stated relation is in the hidden article.
    SceneFilter noCooccurrence = showing({0, 1});
    noCooccurrence.showCooccurrence = false;
    scene->setFilter(noCooccurrence);
    EXPECT_EQ(scene->visibleEdgeCount(), 0u);
    noCooccurrence.articleShown.clear();
    scene->setFilter(noCooccurrence);
    EXPECT_EQ(scene->visibleEdgeCount(), 2u);  // Xi-Yu and Xi-Wu by their relations
}

TEST(SceneArticleFilter, ThresholdsCountTheShownArticles) {
    auto scene = Scene::build(twoArticleGraph());
    SceneFilter f = showing({0, 1});
    f.minMentions = 2;  // Wu has two mentions in article 1, Xi one
    scene->setFilter(f);
    EXPECT_TRUE(scene->nodeVisible(kWu));
    EXPECT_FALSE(scene->nodeVisible(kXi));
    f.minMentions = 0;
    f.minEdgeWeight = 2.0;  // Xi-Wu weighs 2 over both articles, 1 over article 1
    scene->setFilter(f);
    EXPECT_FALSE(scene->edgeVisible(edge(*scene, kXi, kWu)));
    f.articleShown.clear();
    scene->setFilter(f);
    EXPECT_TRUE(scene->edgeVisible(edge(*scene, kXi, kWu)));
    EXPECT_FLOAT_EQ(scene->shownWeight(edge(*scene, kXi, kWu)), 2.0f);
}

TEST(SceneArticleFilter, AllRestoresAndNoneEmpties) {
    auto scene = Scene::build(twoArticleGraph());
    scene->setFilter(showing({0, 0}));  // the panel's "None"
    EXPECT_EQ(scene->shownArticleCount(), 0u);
    EXPECT_EQ(scene->visibleNodeCount(), 0u);
    EXPECT_EQ(scene->visibleEdgeCount(), 0u);
    scene->setFilter(showing({}));  // the panel's "All"
    EXPECT_EQ(scene->shownArticleCount(), 2u);
    EXPECT_EQ(scene->visibleNodeCount(), 4u);
    EXPECT_EQ(scene->visibleEdgeCount(), 3u);
    // A filter sized before more articles arrived shows the newer ones.
    scene->setFilter(showing({1}));
    EXPECT_EQ(scene->shownArticleCount(), 2u);
    EXPECT_EQ(scene->visibleNodeCount(), 4u);
}

TEST(SceneArticleFilter, ExportLeavesOutTheHiddenArticlesEvidence) {
    auto scene = Scene::build(twoArticleGraph());
    scene->setFilter(showing({1, 0}));
    std::vector<uint32_t> map;
    auto [sub, attrs] = scene->visibleSubgraph(&map);
    ASSERT_EQ(map, (std::vector<uint32_t>{kXi, kYu, kWu}));
    const auto& sg = sub.graph();
    const auto wu = boost::vertex(2, sg);
    EXPECT_EQ(sg[wu].mentions.size(), 1u);  // its article-0 mention only
    EXPECT_EQ(sg[wu].articles, (std::vector<uint32_t>{0}));
    const auto xiWu = sub.findEdge(boost::vertex(0, sg), wu);
    ASSERT_TRUE(xiWu.has_value());
    EXPECT_TRUE(sg[*xiWu].cooccurrences.empty());
    EXPECT_EQ(sg[*xiWu].relations.size(), 1u);
    EXPECT_DOUBLE_EQ(sg[*xiWu].weight, 1.0);
}
