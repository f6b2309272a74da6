// "-" reads stdin and sniffs its format.  The test points stdin at a file for the run.
#include <gtest/gtest.h>

#include <cstdio>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {
IngestRun ingestStdin(const std::string& bytes) {
    TempDir dir;
    const std::string path = dir.write("stdin", bytes);
    EXPECT_TRUE(std::freopen(path.c_str(), "rb", stdin));
    return ingest({"-"});
}
}  // namespace

TEST(Stdin, PlainTextKeepsItsBytes) {
    const IngestRun run = ingestStdin("Headline\nBody text.\n");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].id, "-");
    EXPECT_EQ(run.articles[0].source, "-");
    EXPECT_EQ(run.articles[0].title, "Headline");
    EXPECT_EQ(run.articles[0].text, "Headline\nBody text.\n");
}

TEST(Stdin, JsonlIsSniffedAndStreamed) {
    const IngestRun run = ingestStdin("{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].id, "-#1");
    EXPECT_EQ(run.articles[1].text, "two");
}

TEST(Stdin, FeedAndHtmlAreSniffed) {
    const IngestRun feed = ingestStdin(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A"
        "</title><summary>Text.</summary></entry></feed>");
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].id, "-#1");
    const IngestRun html = ingestStdin("<!DOCTYPE html><title>T</title><h1>H</h1><p>P.</p>");
    ASSERT_EQ(html.articles.size(), 1u);
    EXPECT_EQ(html.articles[0].text, "H\n\nP.");
}

TEST(Stdin, EmptyAndBinaryAreSkipped) {
    EXPECT_EQ(ingestStdin("").report.warnings,
              std::vector<std::string>{"skipping '-': empty file"});
    EXPECT_EQ(ingestStdin(std::string("\0\1\2", 3)).report.warnings,
              std::vector<std::string>{"skipping '-': binary file"});
}
