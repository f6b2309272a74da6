#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/SentenceSplitter.h"

using namespace entgraph;

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    const auto tokens = tokenize(text);
    for (const Sentence& s : splitSentences(text, tokens))
        out.push_back(text.substr(s.span.start, s.span.size()));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(SentenceSplitter, SplitsOnFinalPunctuation) {
    EXPECT_EQ(split("Troops moved. Talks failed! Why? Nobody knows."),
              (V{"Troops moved.", "Talks failed!", "Why?", "Nobody knows."}));
}

TEST(SentenceSplitter, AbbreviationsTitlesAndInitialsDoNotSplit) {
    EXPECT_EQ(split("Mr. Bruce W. Bennett spoke. Gen. Smith agreed."),
              (V{"Mr. Bruce W. Bennett spoke.", "Gen. Smith agreed."}));
    EXPECT_EQ(split("Aid from the U.S. Army arrived."), (V{"Aid from the U.S. Army arrived."}));
    EXPECT_EQ(split("He moved to the U.S. The talks ended."),
              (V{"He moved to the U.S.", "The talks ended."}));
}

TEST(SentenceSplitter, ClosingQuotesStayWithTheSentence) {
    EXPECT_EQ(split("He called it \xE2\x80\x9Cgrave.\xE2\x80\x9D Then he left."),
              (V{"He called it \xE2\x80\x9Cgrave.\xE2\x80\x9D", "Then he left."}));
}

TEST(SentenceSplitter, LowerCaseAfterPeriodContinues) {
    EXPECT_EQ(split("It rose 3 p.m. and fell... and then rose."),
              (V{"It rose 3 p.m. and fell... and then rose."}));
}

TEST(SentenceSplitter, HeadlinesAndParagraphsAreSentences) {
    const std::string text =
        "Breaking News\nNorth Korea Could Send Troops\nThe report said so. More\n\nnext paragraph";
    EXPECT_EQ(split(text), (V{"Breaking News", "North Korea Could Send Troops",
                              "The report said so.", "More", "next paragraph"}));
    const auto tokens = tokenize(text);
    const auto sentences = splitSentences(text, tokens);
    EXPECT_TRUE(sentences[0].headline);
    EXPECT_FALSE(sentences[2].headline);
}

TEST(SentenceSplitter, HardWrappedLinesContinue) {
    EXPECT_EQ(split("The minister said the troops\nwould stay until May.\nNew line here."),
              (V{"The minister said the troops\nwould stay until May.", "New line here."}));
}

TEST(SentenceSplitter, TokenRangesCoverEveryToken) {
    const std::string text = "A b. C d\n\nE \xFF f? G";
    const auto tokens = tokenize(text);
    const auto sentences = splitSentences(text, tokens);
    size_t next = 0;
    for (const Sentence& s : sentences) {
        EXPECT_EQ(s.firstToken, next);
        EXPECT_LT(s.firstToken, s.endToken);
        next = s.endToken;
    }
    EXPECT_EQ(next, tokens.size());
    EXPECT_TRUE(splitSentences("", {}).empty());
}
