// sniffFormat decides what stdin and unknown extensions are; these pin its rules.
#include <gtest/gtest.h>

#include "ingest/Ingest.h"

using namespace entgraph;

TEST(FormatSniffer, RecognisesFeedsByRootElement) {
    EXPECT_EQ(sniffFormat("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"),
              InputFormat::Feed);
    EXPECT_EQ(sniffFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), InputFormat::Feed);
    EXPECT_EQ(sniffFormat("<?xml version=\"1.0\"?><!-- a comment --><rdf:RDF xmlns:rdf=\"x\">"),
              InputFormat::Feed);
    EXPECT_EQ(sniffFormat("\xEF\xBB\xBF  <?xml version=\"1.0\"?>\n<atom:feed>"), InputFormat::Feed);
}

TEST(FormatSniffer, OtherMarkupIsHtml) {
    EXPECT_EQ(sniffFormat("<!DOCTYPE html><html><body>x</body></html>"), InputFormat::Html);
    EXPECT_EQ(sniffFormat("  <p>A fragment</p>"), InputFormat::Html);
    EXPECT_EQ(sniffFormat("<!-- rss --><html>"), InputFormat::Html);
}

TEST(FormatSniffer, JsonObjectLinesAreJsonl) {
    EXPECT_EQ(sniffFormat("{\"id\": \"1\", \"text\": \"x\"}\n{\"id\": \"2\"}"), InputFormat::Jsonl);
    // A first line far longer than the sniffed head is still recognised by its opening.
    EXPECT_EQ(sniffFormat("{\"text\": \"" + std::string(20000, 'a')), InputFormat::Jsonl);
    EXPECT_EQ(sniffFormat("{curly braces in prose}"), InputFormat::Text);
}

TEST(FormatSniffer, MarkdownNeedsAHeadingOrFrontMatter) {
    EXPECT_EQ(sniffFormat("# Title\n\nBody"), InputFormat::Markdown);
    EXPECT_EQ(sniffFormat("\n\n## Sub\n"), InputFormat::Markdown);
    EXPECT_EQ(sniffFormat("---\ntitle: x\n---\nBody"), InputFormat::Markdown);
    EXPECT_EQ(sniffFormat("#hashtag news\n"), InputFormat::Text);
    EXPECT_EQ(sniffFormat("---\nnot front matter\n"), InputFormat::Text);
}

TEST(FormatSniffer, BinaryEmptyAndText) {
    EXPECT_EQ(sniffFormat(std::string("abc\0def", 7)), InputFormat::Binary);
    EXPECT_EQ(sniffFormat(""), InputFormat::Empty);
    EXPECT_EQ(sniffFormat(" \n\t\r\n"), InputFormat::Empty);
    EXPECT_EQ(sniffFormat("\xEF\xBB\xBF\n"), InputFormat::Empty);
    EXPECT_EQ(sniffFormat("Plain news text.\nSecond line."), InputFormat::Text);
    // Only the first 8 KiB count: a NUL far behind is not looked at.
    EXPECT_EQ(sniffFormat(std::string(9000, 'a') + std::string(1, '\0')), InputFormat::Text);
}

TEST(FormatSniffer, ExtensionsInDirectories) {
    EXPECT_EQ(formatForExtension(".txt"), InputFormat::Text);
    EXPECT_EQ(formatForExtension("MD"), InputFormat::Markdown);
    EXPECT_EQ(formatForExtension(".htm"), InputFormat::Html);
    EXPECT_EQ(formatForExtension(".HTML"), InputFormat::Html);
    EXPECT_EQ(formatForExtension(".rss"), InputFormat::Feed);
    EXPECT_EQ(formatForExtension(".atom"), InputFormat::Feed);
    EXPECT_EQ(formatForExtension(".xml"), InputFormat::Feed);
    EXPECT_EQ(formatForExtension(".jsonl"), InputFormat::Jsonl);
    EXPECT_FALSE(formatForExtension(".png"));
    EXPECT_FALSE(formatForExtension(""));
    EXPECT_EQ(formatName(InputFormat::Feed), "feed");
}
