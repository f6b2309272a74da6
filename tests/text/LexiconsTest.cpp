#include <gtest/gtest.h>

#include "text/Lexicons.h"

using namespace entgraph;

TEST(Lexicons, NormalisesCaseSpacesAndCurlyApostrophes) {
    EXPECT_EQ(normalizePhrase("  North   KOREA "), "north korea");
    EXPECT_EQ(normalizePhrase("People\xE2\x80\x99s Republic"), "people's republic");
}

TEST(Lexicons, EmbeddedCountriesDemonymsAndCapitalsResolve) {
    const Lexicons& lex = Lexicons::get();
    ASSERT_NE(lex.countries.find("DPRK"), nullptr);
    EXPECT_EQ(*lex.countries.find("dprk"), "North Korea");
    ASSERT_NE(lex.demonyms.find("Ukrainian"), nullptr);
    EXPECT_EQ(*lex.demonyms.find("Ukrainian"), "Ukraine");
    ASSERT_NE(lex.capitals.find("Moscow"), nullptr);
    EXPECT_EQ(*lex.capitals.find("Moscow"), "Russia");
    EXPECT_TRUE(lex.firstNames.contains("Bruce"));
    EXPECT_FALSE(lex.countries.contains("the"));
    EXPECT_GE(lex.cities.maxWords(), 3u);
}

TEST(Gazetteer, ParsesTsvColumnsAndSkipsComments) {
    Gazetteer g = Gazetteer::fromTsv("# header\nfoo bar\tBaz\tX\n\nsolo\n", 1);
    ASSERT_NE(g.find("FOO  bar"), nullptr);
    EXPECT_EQ(*g.find("foo bar"), "Baz");
    ASSERT_NE(g.find("solo"), nullptr);
    EXPECT_EQ(*g.find("solo"), "");
    EXPECT_EQ(g.size(), 2u);
    EXPECT_EQ(g.maxWords(), 2u);
}
