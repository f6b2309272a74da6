// Directories: recursive, by extension, in a fixed order; unknown extensions ignored.
#include <gtest/gtest.h>

#include <filesystem>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(Directory, ReadsKnownExtensionsRecursivelyInSortedOrder) {
    const std::string dir = dataPath("corpus");
    const IngestRun run = ingest({dir});
    ASSERT_EQ(run.articles.size(), 3u);
    EXPECT_EQ(run.articles[0].id, dir + "/a.md");
    EXPECT_EQ(run.articles[1].id, dir + "/b.txt");
    EXPECT_EQ(run.articles[2].id, dir + "/nested/c.txt");
    EXPECT_EQ(run.articles[0].text, "Corpus markdown\n\nBeta text.");
    // notes.dat (unknown extension) and .hidden.txt are ignored without a word.
    EXPECT_TRUE(run.report.warnings.empty());
    EXPECT_TRUE(run.report.errors.empty());
}

TEST(Directory, OrderDoesNotDependOnCreationOrder) {
    TempDir a, b;
    for (const char* name : {"z.txt", "m/k.txt", "a.txt", "m.txt"}) a.write(name, name);
    for (const char* name : {"m.txt", "a.txt", "m/k.txt", "z.txt"}) b.write(name, name);
    const IngestRun ra = ingest({a.root().string()});
    const IngestRun rb = ingest({b.root().string()});
    ASSERT_EQ(ra.articles.size(), 4u);
    ASSERT_EQ(rb.articles.size(), 4u);
    for (size_t i = 0; i < 4; ++i) EXPECT_EQ(ra.articles[i].text, rb.articles[i].text);
    EXPECT_EQ(ra.articles[0].text, "a.txt");
    EXPECT_EQ(ra.articles[3].text, "z.txt");
}

TEST(Directory, WithoutArticleFilesIsAWarning) {
    TempDir dir;
    dir.write("image.png", "not an article");
    dir.write("sub/readme", "no extension");
    const IngestRun run = ingest({dir.root().string()});
    EXPECT_TRUE(run.articles.empty());
    EXPECT_TRUE(run.report.errors.empty());
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_EQ(
        run.report.warnings[0],
        "skipping '" + dir.root().string() +
            "': no article files (.txt .md .html .htm .xml .rss .atom .jsonl) in the directory");
}

TEST(Directory, BadFilesInsideAreReportedAndTheRestRead) {
    TempDir dir;
    dir.write("good.txt", "Good article.\n");
    dir.write("empty.md", "");
    dir.write("bin.txt", std::string("a\0b", 3));
    std::filesystem::create_symlink(dir.path("missing-target.txt"), dir.path("dangling.txt"));
    const IngestRun run = ingest({dir.root().string()});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, "Good article.\n");
    ASSERT_EQ(run.report.warnings.size(), 2u);
    EXPECT_EQ(run.report.warnings[0], "skipping '" + dir.path("bin.txt") + "': binary file");
    EXPECT_EQ(run.report.warnings[1], "skipping '" + dir.path("empty.md") + "': empty file");
}

TEST(Directory, AllFormatsTogether) {
    const IngestRun run =
        ingest({dataPath("article.txt"), dataPath("article.md"), dataPath("page.html"),
                dataPath("rss.xml"), dataPath("feed.atom"), dataPath("articles.jsonl")});
    EXPECT_EQ(run.articles.size(), 1u + 1 + 1 + 2 + 3 + 3);
    EXPECT_EQ(run.report.articles, run.articles.size());
    EXPECT_TRUE(run.report.errors.empty());
    EXPECT_TRUE(run.report.warnings.empty());
}

TEST(Directory, ReadArticlesAppendsToTheReport) {
    IngestReport report;
    report.warnings.push_back("earlier");
    const auto articles = readArticles({dataPath("article.txt"), dataPath("empty.txt")}, report);
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(report.articles, 1u);
    ASSERT_EQ(report.warnings.size(), 2u);
    EXPECT_EQ(report.warnings[0], "earlier");
}
