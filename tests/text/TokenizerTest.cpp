#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/Tokenizer.h"

using namespace entgraph;

namespace {

std::vector<std::string> texts(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.emplace_back(t.text(text));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(Tokenizer, AbbreviationsAndInitialsKeepTheirPeriod) {
    EXPECT_EQ(texts("Mr. Bruce W. Bennett of the U.S. Army."),
              (V{"Mr.", "Bruce", "W.", "Bennett", "of", "the", "U.S.", "Army", "."}));
    EXPECT_EQ(texts("e.g. Gen. Smith"), (V{"e.g.", "Gen.", "Smith"}));
    EXPECT_EQ(texts("It ended."), (V{"It", "ended", "."}));
}

TEST(Tokenizer, HyphenatedNamesAreOneTokenDashesAreNot) {
    EXPECT_EQ(texts("Kim Jong-un met anti-aircraft units"),
              (V{"Kim", "Jong-un", "met", "anti-aircraft", "units"}));
    EXPECT_EQ(texts("Seoul \xE2\x80\x94 talks - today"),
              (V{"Seoul", "\xE2\x80\x94", "talks", "-", "today"}));
}

// As the UD treebanks the tagger is trained on: "US - based", so the place can be named.
TEST(Tokenizer, ANameBeforeAParticipleIsATokenOfItsOwn) {
    EXPECT_EQ(texts("Almaty-based Steppe, the Russian-led bloc, Iran-backed militias"),
              (V{"Almaty", "-", "based", "Steppe", ",", "the", "Russian", "-", "led", "bloc", ",",
                 "Iran", "-", "backed", "militias"}));
    // lower case before, another word after, or no participle: one token
    EXPECT_EQ(texts("state-owned Moscow-basedness Jong-un"),
              (V{"state-owned", "Moscow-basedness", "Jong-un"}));
    const std::string text = "a Dubai-based firm";
    const std::vector<Token> tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_FALSE(tokens[2].spaceBefore);  // "-"
    EXPECT_FALSE(tokens[3].spaceBefore);  // "based"
}

TEST(Tokenizer, PossessivesAndContractionsSplit) {
    EXPECT_EQ(texts("Russia's army"), (V{"Russia", "'s", "army"}));
    EXPECT_EQ(texts("Russia\xE2\x80\x99s army"), (V{"Russia", "\xE2\x80\x99s", "army"}));
    EXPECT_EQ(texts("they didn't go"), (V{"they", "did", "n't", "go"}));
    EXPECT_EQ(texts("O'Brien said"), (V{"O'Brien", "said"}));
}

TEST(Tokenizer, CurlyQuotesArePunctuation) {
    const std::string text = "the \xE2\x80\x9CStorm Corps,\xE2\x80\x9D a unit";
    EXPECT_EQ(texts(text),
              (V{"the", "\xE2\x80\x9C", "Storm", "Corps", ",", "\xE2\x80\x9D", "a", "unit"}));
    const auto tokens = tokenize(text);
    EXPECT_EQ(tokens[1].kind, TokenKind::Punct);
    EXPECT_TRUE(tokens[2].upperInitial);
}

TEST(Tokenizer, NumbersAndMoney) {
    EXPECT_EQ(texts("100,000 soldiers cost $2,000 or $40 billion, 3.5% and 1st"),
              (V{"100,000", "soldiers", "cost", "$", "2,000", "or", "$", "40", "billion", ",",
                 "3.5", "%", "and", "1st"}));
    const auto tokens = tokenize("$2,000");
    EXPECT_EQ(tokens[0].kind, TokenKind::Symbol);
    EXPECT_EQ(tokens[1].kind, TokenKind::Number);
    EXPECT_EQ(texts("1, 2"), (V{"1", ",", "2"}));
}

TEST(Tokenizer, SpansIndexTheOriginalBytes) {
    const std::string text = "  K\xC3\xBC\x63hler\xE2\x80\x99s plan\n\nNext";
    for (const Token& t : tokenize(text)) {
        ASSERT_LE(t.span.end, text.size());
        EXPECT_LT(t.span.start, t.span.end);
    }
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[0].text(text), "K\xC3\xBC\x63hler");
    EXPECT_EQ(tokens[0].span.start, 2u);
    EXPECT_TRUE(tokens[3].paragraphBreakBefore);
    EXPECT_TRUE(tokens[3].lineBreakBefore);
    EXPECT_FALSE(tokens[2].lineBreakBefore);
}

TEST(Tokenizer, UnicodeCase) {
    const std::string text =
        "\xC3\x89mile \xC3\xA9t\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_TRUE(tokens[0].upperInitial);
    EXPECT_FALSE(tokens[1].upperInitial);
    EXPECT_TRUE(tokens[2].upperInitial);  // Cyrillic "Москва"
}

TEST(Tokenizer, InvalidUtf8SeparatesTokensAndNeverCrashes) {
    const std::string text = "Kyiv\xFF\xFEMoscow \xC3 end\xE2\x80";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].text(text), "Kyiv");
    EXPECT_EQ(tokens[1].text(text), "Moscow");
    EXPECT_EQ(tokens[2].text(text), "end");
    EXPECT_EQ(tokens[1].span.start, 6u);
    // every byte value, in every position: spans stay inside and never overlap
    std::string noise;
    for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 37 + i / 7) & 0xFF));
    size_t last = 0;
    for (const Token& t : tokenize(noise)) {
        ASSERT_GE(t.span.start, last);
        ASSERT_LE(t.span.end, noise.size());
        ASSERT_LT(t.span.start, t.span.end);
        last = t.span.end;
    }
    EXPECT_TRUE(tokenize("").empty());
}

TEST(Tokenizer, DecodeUtf8RejectsOverlongAndSurrogates) {
    char32_t cp = 0;
    EXPECT_EQ(decodeUtf8("\xC0\x80", 0, cp), 0u);      // overlong NUL
    EXPECT_EQ(decodeUtf8("\xED\xA0\x80", 0, cp), 0u);  // surrogate
    EXPECT_EQ(decodeUtf8("\xE2\x80\x99", 0, cp), 3u);
    EXPECT_EQ(cp, 0x2019u);
}
