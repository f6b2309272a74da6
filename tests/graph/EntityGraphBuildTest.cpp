#include <gtest/gtest.h>

#include <algorithm>

#include "GraphFixtures.h"
#include "core/Error.h"
#include "graph/EntityGraph.h"
#include "graph/EntityResolution.h"

using namespace entgraph;
using entgraph::testing::ArticleBuilder;
using entgraph::testing::buildGraph;

namespace {
bool hasAlias(const EntityProps& p, const std::string& alias) {
    return std::find(p.aliases.begin(), p.aliases.end(), alias) != p.aliases.end();
}
}  // namespace

TEST(EntityResolution, NormalizesCasePunctuationAndHyphens) {
    EXPECT_EQ(normalizeEntityName("Kim Jong-Un"), "kim jong un");
    EXPECT_EQ(normalizeEntityName("  The  U.S. "), "us");
    EXPECT_EQ(normalizeEntityName("ÉMILE Zola"), "émile zola");
    EXPECT_EQ(normalizeEntityName("Reuters\xE2\x80\x99"), "reuters");
    EXPECT_EQ(nameTokens("kim jong un"), (std::vector<std::string>{"kim", "jong", "un"}));
}

TEST(EntityGraphBuild, SameCanonicalNameAcrossArticlesIsOneVertex) {
    ArticleBuilder a("a1"), b("a2");
    const size_t putinA = a.entity("Vladimir Putin", EntityType::Person);
    a.sentence("Vladimir Putin spoke.", {{putinA, "Vladimir Putin"}});
    const size_t putinB = b.entity("vladimir putin", EntityType::Person);
    b.sentence("Yesterday vladimir putin left.", {{putinB, "vladimir putin"}});
    b.sentence("Then vladimir putin returned.", {{putinB, "vladimir putin"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 1u);
    const auto& p = g.graph()[0];
    EXPECT_EQ(p.name, "Vladimir Putin");  // first seen among equally long names
    EXPECT_EQ(p.mentionCount(), 3u);
    EXPECT_EQ(p.articles, (std::vector<uint32_t>{0, 1}));
    EXPECT_TRUE(hasAlias(p, "vladimir putin"));
    EXPECT_EQ(g.text(p.mentions[2].article, p.mentions[2].span), "vladimir putin");
}

TEST(EntityGraphBuild, SpellingVariantsMerge) {
    ArticleBuilder a("a1"), b("a2");
    const size_t ka = a.entity("Kim Jong-un", EntityType::Person);
    a.sentence("Kim Jong-un tested a missile.", {{ka, "Kim Jong-un"}});
    const size_t kb = b.entity("Kim Jong Un", EntityType::Person);
    b.sentence("Kim Jong Un tested another.", {{kb, "Kim Jong Un"}});
    const EntityGraph g = buildGraph({a, b});
    EXPECT_EQ(g.nodeCount(), 1u);
}

TEST(EntityGraphBuild, MultiTokenAliasMergesWithCanonicalName) {
    ArticleBuilder a("a1"), b("a2");
    const size_t pa = a.entity("Vladimir Putin", EntityType::Person, {"President Vladimir Putin"});
    a.sentence("President Vladimir Putin met aides.", {{pa, "President Vladimir Putin"}});
    const size_t pb = b.entity("President Vladimir Putin", EntityType::Person);
    b.sentence("President Vladimir Putin spoke.", {{pb, "President Vladimir Putin"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 1u);
    // The longest canonical name wins; the other becomes an alias.
    EXPECT_EQ(g.graph()[0].name, "President Vladimir Putin");
    EXPECT_TRUE(hasAlias(g.graph()[0], "Vladimir Putin"));
}

TEST(EntityGraphBuild, SingleTokenAliasThatMatchesOneEntityMerges) {
    ArticleBuilder a("a1"), b("a2");
    const size_t na =
        a.entity("North Atlantic Treaty Organization", EntityType::Organization, {"NATO"});
    a.sentence("The North Atlantic Treaty Organization, or NATO, met.",
               {{na, "North Atlantic Treaty Organization"}, {na, "NATO"}});
    const size_t nb = b.entity("NATO", EntityType::Organization);
    b.sentence("NATO said nothing.", {{nb, "NATO"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 1u);
    EXPECT_EQ(g.graph()[0].name, "North Atlantic Treaty Organization");
    EXPECT_EQ(g.graph()[0].mentionCount(), 3u);
    EXPECT_EQ(g.findEntity("nato"), Vertex{0});
}

TEST(EntityGraphBuild, FamilyNameMatchingOneFullNameMerges) {
    ArticleBuilder a("a1"), b("a2");
    const size_t pa = a.entity("Vladimir Putin", EntityType::Person);
    a.sentence("Vladimir Putin spoke.", {{pa, "Vladimir Putin"}});
    const size_t pb = b.entity("Putin", EntityType::Person);
    b.sentence("Putin spoke again.", {{pb, "Putin"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 1u);
    EXPECT_EQ(g.graph()[0].name, "Vladimir Putin");
    EXPECT_EQ(g.graph()[0].articles.size(), 2u);
}

TEST(EntityGraphBuild, AmbiguousShortNameIsNotMerged) {
    ArticleBuilder a("a1"), b("a2"), c("a3");
    const size_t jong = a.entity("Kim Jong-un", EntityType::Person, {"Kim"});
    a.sentence("Kim Jong-un spoke. Kim left.", {{jong, "Kim Jong-un"}, {jong, "Kim"}});
    const size_t yo = b.entity("Kim Yo-jong", EntityType::Person, {"Kim"});
    b.sentence("Kim Yo-jong spoke. Kim left.", {{yo, "Kim Yo-jong"}, {yo, "Kim"}});
    const size_t kim = c.entity("Kim", EntityType::Person);
    c.sentence("Kim was seen.", {{kim, "Kim"}});
    const EntityGraph g = buildGraph({a, b, c});
    // The shared single-token alias joins neither the two siblings nor the bare "Kim".
    ASSERT_EQ(g.nodeCount(), 3u);
    EXPECT_EQ(g.graph()[0].name, "Kim Jong-un");
    EXPECT_EQ(g.graph()[1].name, "Kim Yo-jong");
    EXPECT_EQ(g.graph()[2].name, "Kim");
    EXPECT_EQ(g.graph()[2].mentionCount(), 1u);
}

TEST(EntityGraphBuild, ShortNameOfAnotherTypeIsNotMerged) {
    ArticleBuilder a("a1"), b("a2");
    const size_t mj = a.entity("Michael Jordan", EntityType::Person);
    a.sentence("Michael Jordan played.", {{mj, "Michael Jordan"}});
    const size_t jo = b.entity("Jordan", EntityType::Location);
    b.sentence("Jordan closed a border.", {{jo, "Jordan"}});
    EXPECT_EQ(buildGraph({a, b}).nodeCount(), 2u);
}

TEST(EntityGraphBuild, PlaceNameTokenIsNotAShortName) {
    ArticleBuilder a("a1"), b("a2"), c("a3");
    const size_t nk = a.entity("North Korea", EntityType::Location);
    a.sentence("North Korea fired.", {{nk, "North Korea"}});
    const size_t k = b.entity("Korea", EntityType::Location);
    b.sentence("Korea was divided.", {{k, "Korea"}});
    // An alias the extractor saw does link a short place name.
    const size_t dprk = c.entity("DPRK", EntityType::Location);
    c.sentence("DPRK answered.", {{dprk, "DPRK"}});
    a.extraction().entities[nk].aliases.push_back("DPRK");
    const EntityGraph g = buildGraph({a, b, c});
    ASSERT_EQ(g.nodeCount(), 2u);
    EXPECT_EQ(g.graph()[0].name, "North Korea");
    EXPECT_EQ(g.graph()[0].articles, (std::vector<uint32_t>{0, 2}));
    EXPECT_EQ(g.graph()[1].name, "Korea");
}

TEST(EntityGraphBuild, AcronymJoinsTheOneNameItAbbreviates) {
    ArticleBuilder a("a1"), b("a2"), c("a3"), d("a4");
    const size_t eu = a.entity("European Union", EntityType::Organization);
    a.sentence("The European Union agreed.", {{eu, "European Union"}});
    const size_t us = a.entity("United States", EntityType::Location);
    a.sentence("The United States agreed.", {{us, "United States"}});
    const size_t eu2 = b.entity("EU", EntityType::Organization);
    b.sentence("The EU agreed.", {{eu2, "EU"}});
    const size_t us2 = c.entity("U.S.", EntityType::Location);
    c.sentence("The U.S. agreed.", {{us2, "U.S."}});
    // A word that is not written in capitals is no acronym.
    const size_t un = a.entity("United Nations", EntityType::Organization);
    a.sentence("The United Nations agreed.", {{un, "United Nations"}});
    const size_t un2 = d.entity("Un", EntityType::Organization);
    d.sentence("Un is a firm.", {{un2, "Un"}});
    const EntityGraph g = buildGraph({a, b, c, d});
    ASSERT_EQ(g.nodeCount(), 4u);
    EXPECT_EQ(g.graph()[0].articles, (std::vector<uint32_t>{0, 1}));
    EXPECT_EQ(g.graph()[1].articles, (std::vector<uint32_t>{0, 2}));
    EXPECT_EQ(g.graph()[2].articles, (std::vector<uint32_t>{0}));
    EXPECT_EQ(g.graph()[3].name, "Un");

    ArticleBuilder e("a5");
    const size_t ec = e.entity("Energy Union", EntityType::Organization);
    e.sentence("The Energy Union met.", {{ec, "Energy Union"}});
    const EntityGraph ambiguous = buildGraph({a, b, e});
    EXPECT_EQ(ambiguous.nodeCount(), 5u);  // EU could be either: not merged
}

TEST(EntityGraphBuild, TypeConflictResolvedByMajorityMinorityKept) {
    std::vector<ArticleBuilder> articles;
    const EntityType votes[] = {EntityType::Organization, EntityType::Person,
                                EntityType::Organization};
    for (int i = 0; i < 3; ++i) {
        ArticleBuilder b(std::string("a").append(
            std::to_string(i)));  // (GCC 12 -Wrestrict false positive on "a" + s)
        const size_t h = b.entity("Hezbollah", votes[i]);
        b.sentence("Hezbollah fired.", {{h, "Hezbollah"}});
        articles.push_back(std::move(b));
    }
    const EntityGraph g = buildGraph(articles);
    ASSERT_EQ(g.nodeCount(), 1u);
    EXPECT_EQ(g.graph()[0].type, EntityType::Organization);
    EXPECT_EQ(g.graph()[0].minorityTypes, std::vector<EntityType>{EntityType::Person});
}

TEST(EntityGraphBuild, DateDoesNotMergeWithPersonOfSameName) {
    ArticleBuilder a("a1"), b("a2");
    const size_t may = a.entity("May", EntityType::Date);
    a.sentence("It happened in May.", {{may, "May"}});
    const size_t pm = b.entity("May", EntityType::Person);
    b.sentence("May resigned.", {{pm, "May"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 2u);
    EXPECT_EQ(g.graph()[0].type, EntityType::Date);
    EXPECT_EQ(g.graph()[1].type, EntityType::Person);
    EXPECT_TRUE(g.graph()[1].minorityTypes.empty());
}

TEST(EntityGraphBuild, CooccurrenceCountsSentencesOncePerPair) {
    ArticleBuilder a("a1"), b("a2");
    const size_t x = a.entity("Alpha Corp", EntityType::Organization);
    const size_t y = a.entity("Beta Land", EntityType::Location);
    const size_t z = a.entity("Gamma Smith", EntityType::Person);
    a.sentence("Alpha Corp opened in Beta Land with Gamma Smith.",
               {{x, "Alpha Corp"}, {y, "Beta Land"}, {z, "Gamma Smith"}});
    // Alpha Corp twice in one sentence still counts one sentence.
    a.sentence("Alpha Corp left Beta Land, Alpha Corp said.",
               {{x, "Alpha Corp"}, {y, "Beta Land"}, {x, "Alpha Corp"}});
    a.sentence("Gamma Smith stayed.", {{z, "Gamma Smith"}});
    const size_t x2 = b.entity("Alpha Corp", EntityType::Organization);
    const size_t y2 = b.entity("Beta Land", EntityType::Location);
    b.sentence("Beta Land fined Alpha Corp.", {{y2, "Beta Land"}, {x2, "Alpha Corp"}});
    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 3u);
    EXPECT_EQ(g.edgeCount(), 3u);
    const auto xy = g.findEdge(0, 1), xz = g.findEdge(0, 2), yz = g.findEdge(1, 2);
    ASSERT_TRUE(xy && xz && yz);
    EXPECT_EQ(g.graph()[*xy].cooccurrences.size(), 3u);
    EXPECT_EQ(g.graph()[*xy].weight, 3.0);
    EXPECT_EQ(g.graph()[*xz].cooccurrences.size(), 1u);
    EXPECT_EQ(g.graph()[*yz].weight, 1.0);
    EXPECT_EQ(g.graph()[*xy].strongestType(), RelationType::CoOccurrence);
    EXPECT_EQ(g.graph()[*xy].strongestLabel(), "");
    const MentionRef& last = g.graph()[*xy].cooccurrences.back();
    EXPECT_EQ(last.article, 1u);
    EXPECT_EQ(g.text(last.article, last.sentence), "Beta Land fined Alpha Corp.");
}

TEST(EntityGraphBuild, ParallelRelationsShareOneEdgeWithAllEvidence) {
    ArticleBuilder a("a1"), b("a2");
    const size_t ra = a.entity("Russia", EntityType::Location);
    const size_t ua = a.entity("Ukraine", EntityType::Location);
    const ByteSpan s1 = a.sentence("Russia attacked Ukraine.", {{ra, "Russia"}, {ua, "Ukraine"}});
    a.relation(ra, ua, "attacked", RelationType::Conflict, s1);
    const ByteSpan s2 = a.sentence("Russia met Ukraine.", {{ra, "Russia"}, {ua, "Ukraine"}});
    a.relation(ra, ua, "met", RelationType::Diplomatic, s2);
    const size_t ub = b.entity("Ukraine", EntityType::Location);
    const size_t rb = b.entity("Russia", EntityType::Location);
    const ByteSpan s3 = b.sentence("Ukraine attacked Russia.", {{ub, "Ukraine"}, {rb, "Russia"}});
    b.relation(ub, rb, "attacked", RelationType::Conflict, s3);
    const ByteSpan s4 =
        b.sentence("Ukraine did not meet Russia.", {{ub, "Ukraine"}, {rb, "Russia"}});
    b.relation(ub, rb, "met", RelationType::Diplomatic, s4, /*negated=*/true);
    const ByteSpan s5 =
        b.sentence("Ukraine did not meet Russia again.", {{ub, "Ukraine"}, {rb, "Russia"}});
    b.relation(ub, rb, "met", RelationType::Diplomatic, s5, /*negated=*/true);

    const EntityGraph g = buildGraph({a, b});
    ASSERT_EQ(g.nodeCount(), 2u);
    ASSERT_EQ(g.edgeCount(), 1u);
    const Edge e = *g.findEdge(0, 1);
    const RelationProps& r = g.graph()[e];
    ASSERT_EQ(r.relations.size(), 5u);
    EXPECT_EQ(r.cooccurrences.size(), 5u);
    // 5 sentences + 3 stated relations; the negated ones add nothing.
    EXPECT_EQ(r.weight, 8.0);
    // "met" appears 3 times but twice negated: "attacked" (2) is the strongest.
    EXPECT_EQ(r.strongestLabel(), "attacked");
    EXPECT_EQ(r.strongestType(), RelationType::Conflict);
    EXPECT_EQ(g.graph()[g.relationSource(e, r.relations[0])].name, "Russia");
    EXPECT_EQ(g.graph()[g.relationTarget(e, r.relations[0])].name, "Ukraine");
    EXPECT_EQ(g.graph()[g.relationSource(e, r.relations[2])].name, "Ukraine");
    EXPECT_FALSE(r.relations[2].forward);
    EXPECT_EQ(r.relations[2].article, 1u);
    EXPECT_EQ(g.text(1, r.relations[2].sentence), "Ukraine attacked Russia.");
    EXPECT_EQ(g.text(1, r.relations[2].sourceMention), "Ukraine");
    EXPECT_TRUE(r.relations[3].negated);
    EXPECT_EQ(g.relationCount(), 5u);
    EXPECT_EQ(g.mentionCount(), 10u);
}

TEST(EntityGraphBuild, RelationBetweenMergedNamesIsDropped) {
    ArticleBuilder a("a1");
    const size_t p1 = a.entity("Vladimir Putin", EntityType::Person);
    const size_t p2 = a.entity("Vladimir Putin", EntityType::Person);  // a resolver slip
    const ByteSpan s = a.sentence("Vladimir Putin praised Vladimir Putin.",
                                  {{p1, "Vladimir Putin"}, {p2, "Vladimir Putin"}});
    a.relation(p1, p2, "praised", RelationType::Statement, s);
    const EntityGraph g = buildGraph({a});
    EXPECT_EQ(g.nodeCount(), 1u);
    EXPECT_EQ(g.edgeCount(), 0u);
}

TEST(EntityGraphBuild, InconsistentInputThrowsError) {
    ArticleBuilder a("a1");
    a.entity("Alpha Corp", EntityType::Organization);
    std::vector<Article> articles{a.article()};
    EXPECT_THROW(EntityGraph::build(articles, {}), Error);
    ArticleExtraction bad = a.extraction();
    bad.mentions.push_back({5, {0, 1}, "x", {0, 1}});
    EXPECT_THROW(EntityGraph::build(articles, {bad}), Error);
    bad = a.extraction();
    bad.relations.push_back({0, 9, "x", RelationType::Action, {}, {}, {}, false});
    EXPECT_THROW(EntityGraph::build(articles, {bad}), Error);
    EXPECT_EQ(EntityGraph::build({}, {}).nodeCount(), 0u);
}

TEST(EntityGraphBuild, MentionsWithoutSentenceDoNotCooccur) {
    ArticleBuilder a("a1");
    const size_t x = a.entity("Alpha Corp", EntityType::Organization);
    const size_t y = a.entity("Beta Land", EntityType::Location);
    a.sentence("Alpha Corp and Beta Land.", {{x, "Alpha Corp"}, {y, "Beta Land"}});
    for (auto& m : a.extraction().mentions) m.sentence = {};
    const EntityGraph g = buildGraph({a});
    EXPECT_EQ(g.nodeCount(), 2u);
    EXPECT_EQ(g.edgeCount(), 0u);
}

TEST(EntityGraphQueries, FindEntityByNameOrAliasCaseInsensitive) {
    ArticleBuilder a("a1");
    const size_t x = a.entity("United Nations", EntityType::Organization, {"UN", "U.N."});
    const size_t y = a.entity("Antonio Guterres", EntityType::Person);
    a.sentence("The UN chief Antonio Guterres spoke.", {{x, "UN"}, {y, "Antonio Guterres"}});
    const EntityGraph g = buildGraph({a});
    EXPECT_EQ(g.findEntity("united nations"), Vertex{0});
    EXPECT_EQ(g.findEntity("UN"), Vertex{0});
    EXPECT_EQ(g.findEntity("ANTONIO GUTERRES"), Vertex{1});
    EXPECT_FALSE(g.findEntity("Guterres Antonio"));
    EXPECT_FALSE(g.findEntity(""));
    EXPECT_FALSE(g.findEdge(0, 7));
}

TEST(EntityGraphQueries, TextIsClampedAndSafe) {
    ArticleBuilder a("a1");
    const size_t x = a.entity("Alpha Corp", EntityType::Organization);
    a.sentence("Alpha Corp grew.", {{x, "Alpha Corp"}});
    const EntityGraph g = buildGraph({a});
    EXPECT_EQ(g.text(0, {0, 5}), "Alpha");
    EXPECT_EQ(g.text(0, {11, 500}), "grew.");
    EXPECT_EQ(g.text(0, {500, 600}), "");
    EXPECT_EQ(g.text(3, {0, 5}), "");
}
