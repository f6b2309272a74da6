// The UTF-8 helpers behind every extracted format.
#include <gtest/gtest.h>

#include "ingest/MarkdownText.h"
#include "ingest/Utf8.h"

using namespace entgraph::ingest;

TEST(Utf8, ValidityFollowsRfc3629) {
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));  // é € 😀
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));                             // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));                         // surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));                     // above U+10FFFF
    EXPECT_FALSE(isValidUtf8("\x80"));                                 // stray continuation
    EXPECT_FALSE(isValidUtf8("\xE2\x82"));                             // cut short
}

TEST(Utf8, SanitizeReplacesEachBadByte) {
    EXPECT_EQ(sanitizeUtf8("a\xFF"
                           "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(sanitizeUtf8("\xE2\x82"
                           "x"),
              "\xEF\xBF\xBD\xEF\xBF\xBDx");
    EXPECT_EQ(sanitizeUtf8("ok \xC3\xA9"), "ok \xC3\xA9");
}

TEST(Utf8, StreamingKeepsSequencesSplitAcrossChunks) {
    Utf8Sanitizer s;
    std::string out;
    s.feed("caf\xC3", out);
    s.feed("\xA9 \xE2\x82", out);
    s.feed("\xAC", out);
    s.finish(out);
    EXPECT_EQ(out, "caf\xC3\xA9 \xE2\x82\xAC");
    Utf8Sanitizer t;
    std::string cut;
    t.feed("end\xF0\x9F", cut);
    t.finish(cut);
    EXPECT_EQ(cut, "end\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, WhitespaceHelpers) {
    EXPECT_TRUE(isBlank(" \t\r\n"));
    EXPECT_TRUE(isBlank("\xEF\xBB\xBF "));
    EXPECT_FALSE(isBlank(" x "));
    EXPECT_EQ(collapseWhitespace("  a \n\t b  "), "a b");
}

TEST(MarkdownInline, LinksEmphasisAndCode) {
    EXPECT_EQ(markdownInlineText("[Reuters](https://r.example \"t\") said"), "Reuters said");
    EXPECT_EQ(markdownInlineText("see [the report][1] and ![alt text](a.png)"),
              "see the report and alt text");
    EXPECT_EQ(markdownInlineText("**bold** _em_ ***both*** snake_case_name"),
              "bold em both snake_case_name");
    EXPECT_EQ(markdownInlineText("`a*b` and ``x ` y``"), "a*b and x ` y");
    EXPECT_EQ(markdownInlineText("[brackets] stay, 2 * 3"), "[brackets] stay, 2 * 3");
    EXPECT_EQ(markdownInlineText("AT&amp;T <b>bold</b> <https://x.example>"),
              "AT&T bold https://x.example");
}
