#include <gtest/gtest.h>

#include <cmath>

#include "core/Palette.h"
#include "layout/GraphAttributes.h"
#include "layout/Graphviz.h"
#include "layout/TestGraphs.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {
std::vector<std::string> lines(const std::string& label) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t nl; (nl = label.find('\n', start)) != std::string::npos; start = nl + 1)
        out.push_back(label.substr(start, nl - start));
    out.push_back(label.substr(start));
    return out;
}

void setMentions(EntityGraph& g, size_t v, size_t count) {
    g.graph()[v].mentions.assign(count, MentionRef{});
}
}  // namespace

TEST(TextMetrics, MeasuresWithTheRealFont) {
    const double wide = gv::measureText("WWWWWWWW", kNodeFont, 14).width;
    const double narrow = gv::measureText("iiiiiiii", kNodeFont, 14).width;
    EXPECT_GT(wide, 2.5 * narrow) << "proportional font metrics, not a fixed estimate";
    const gv::TextSize hello = gv::measureText("Hello", kNodeFont, 14);
    EXPECT_GT(hello.width, 25);
    EXPECT_LT(hello.width, 60);
    EXPECT_GT(hello.height, 12);
    EXPECT_NEAR(gv::measureText("Hello", kNodeFont, 28).width, 2 * hello.width, 0.15 * hello.width);
}

TEST(Styled, ColoursAndLabelsFollowTheEntity) {
    const EntityGraph g = randomGraph(20, 5, 4);
    const GraphAttributes a = GraphAttributes::styled(g);
    ASSERT_EQ(a.size(), 20u);
    for (size_t i = 0; i < a.size(); ++i) {
        const EntityProps& p = g.graph()[i];
        EXPECT_EQ(toHex(a.fill[i]), toHex(entityColor(p.type)));
        EXPECT_EQ(a.label[i], wrapLabel(p.name));
        EXPECT_FALSE(a.pinned[i]);
    }
}

TEST(Styled, MoreMentionsMeanABiggerNode) {
    EntityGraph g = makeGraph(3, {{0, 1}});
    for (size_t v : {0u, 1u, 2u}) g.graph()[v].name = "Ana";
    g.graph()[0].type = g.graph()[1].type = g.graph()[2].type = EntityType::Organization;
    setMentions(g, 0, 1);
    setMentions(g, 1, 10);
    setMentions(g, 2, 100);
    const GraphAttributes a = GraphAttributes::styled(g);
    EXPECT_LT(a.width[0], a.width[1]);
    EXPECT_LT(a.width[1], a.width[2]);
    EXPECT_LE(a.height[0], a.height[2]);
}

TEST(Styled, EveryLabelFitsItsNode) {
    EntityGraph g = randomGraph(40, 0, 8);
    g.graph()[3].name = "Wolodymyr Wolodymyrowytsch WWWWWWWWWWW";  // wide glyphs, two lines
    g.graph()[3].type = EntityType::Location;                      // hexagon
    g.graph()[4].name = "MMMMMMMMMMMMMMMMMMMMMMMM";                // no space to wrap at
    g.graph()[4].type = EntityType::MilitaryUnit;                  // diamond
    const GraphAttributes a = GraphAttributes::styled(g);
    for (size_t i = 0; i < a.size(); ++i) {
        double textWidth = 0, textHeight = 0;
        for (const std::string& line : lines(a.label[i])) {
            const gv::TextSize s = gv::measureText(line, kNodeFont, kNodeFontSize);
            textWidth = std::max(textWidth, s.width);
            textHeight += s.height;
        }
        EXPECT_GE(a.width[i], textWidth) << a.label[i];
        EXPECT_GE(a.height[i], textHeight) << a.label[i];
    }
}

TEST(WrapLabel, LongNamesGoOnTwoBalancedLines) {
    EXPECT_EQ(wrapLabel("NATO"), "NATO");
    EXPECT_EQ(wrapLabel("European Commission"), "European\nCommission");
    const std::string wrapped = wrapLabel("International Atomic Energy Agency");
    ASSERT_EQ(lines(wrapped).size(), 2u);
    EXPECT_EQ(wrapped, "International Atomic\nEnergy Agency");
    EXPECT_EQ(wrapLabel("Supercalifragilisticexpialidocious"),
              "Supercalifragilisticexpialidocious");
    // Invalid UTF-8 never reaches a label.
    EXPECT_EQ(wrapLabel("Kyiv\xff"), "Kyiv\xEF\xBF\xBD");
}

TEST(EdgeStyle, WidthGrowsWithWeightAndLabelIsTheStrongestRelation) {
    EXPECT_DOUBLE_EQ(edgePenWidth(1), 1.0);
    EXPECT_LT(edgePenWidth(2), edgePenWidth(8));
    EXPECT_LE(edgePenWidth(1e9), 8.0);
    RelationProps r;
    EXPECT_EQ(edgeLabel(r), "");
    RelationEvidence met;
    met.label = "met with";
    RelationEvidence said;
    said.label = "criticised";
    r.relations = {met, said, met};
    EXPECT_EQ(edgeLabel(r), "met with");
}

TEST(Bounds, CoverEveryNodeBox) {
    GraphAttributes a;
    EXPECT_NO_THROW(a.updateBounds());
    EXPECT_EQ(a.maxX, 0);
    a.position = {{0, 0}, {100, 50}};
    a.width = {20, 40};
    a.height = {10, 30};
    a.updateBounds();
    EXPECT_EQ(a.minX, -10);
    EXPECT_EQ(a.maxX, 120);
    EXPECT_EQ(a.minY, -5);
    EXPECT_EQ(a.maxY, 65);
}
