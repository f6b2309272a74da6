// Bad input never crashes: it is reported as an error or skipped with a warning.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(BadInput, MissingFileIsAnErrorWithStrerrorText) {
    const std::string path = dataPath("no-such-file.txt");
    const IngestRun run = ingest({path});
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.errors.size(), 1u);
    EXPECT_EQ(run.report.errors[0], "cannot read '" + path + "': No such file or directory");
    EXPECT_EQ(run.report.articles, 0u);
}

TEST(BadInput, MissingPathDoesNotStopTheOthers) {
    const IngestRun run = ingest({"/nonexistent/dir/x.md", dataPath("article.txt"), ""});
    EXPECT_EQ(run.articles.size(), 1u);
    ASSERT_EQ(run.report.errors.size(), 2u);
    EXPECT_EQ(run.report.errors[0],
              "cannot read '/nonexistent/dir/x.md': No such file or directory");
    EXPECT_EQ(run.report.errors[1], "cannot read '': No such file or directory");
}

TEST(BadInput, UnreadableFileIsAnError) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads everything";
    TempDir dir;
    const std::string path = dir.write("secret.txt", "text");
    ::chmod(path.c_str(), 0);
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.report.errors.size(), 1u);
    EXPECT_EQ(run.report.errors[0], "cannot read '" + path + "': Permission denied");
}

TEST(BadInput, EmptyAndWhitespaceFilesAreSkipped) {
    const IngestRun run = ingest({dataPath("empty.txt"), dataPath("whitespace.txt")});
    EXPECT_TRUE(run.articles.empty());
    EXPECT_TRUE(run.report.errors.empty());
    ASSERT_EQ(run.report.warnings.size(), 2u);
    EXPECT_EQ(run.report.warnings[0], "skipping '" + dataPath("empty.txt") + "': empty file");
    EXPECT_EQ(run.report.warnings[1], "skipping '" + dataPath("whitespace.txt") + "': empty file");
}

TEST(BadInput, EmptyFilesOfEveryFormatAreSkipped) {
    TempDir dir;
    std::vector<std::string> paths;
    for (const char* name : {"e.md", "e.html", "e.xml", "e.jsonl", "e.dat"})
        paths.push_back(dir.write(name, " \n\n"));
    // Whitespace beyond the sniffed head is still whitespace.
    paths.push_back(dir.write("long-blank.txt", std::string(20000, ' ')));
    const IngestRun run = ingest(paths);
    EXPECT_TRUE(run.articles.empty());
    EXPECT_TRUE(run.report.errors.empty());
    ASSERT_EQ(run.report.warnings.size(), paths.size());
    for (size_t i = 0; i < paths.size(); ++i)
        EXPECT_EQ(run.report.warnings[i], "skipping '" + paths[i] + "': empty file");
}

TEST(BadInput, BinaryFilesAreSkippedWhateverTheExtension) {
    TempDir dir;
    const std::string png = "\x89PNG\r\n\x1a\n" + std::string(4, '\0') + "IHDR";
    const std::vector<std::string> paths = {dataPath("binary.txt"), dir.write("image.html", png),
                                            dir.write("data.jsonl", png),
                                            dir.write("blob.bin", png)};
    const IngestRun run = ingest(paths);
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.warnings.size(), paths.size());
    for (size_t i = 0; i < paths.size(); ++i)
        EXPECT_EQ(run.report.warnings[i], "skipping '" + paths[i] + "': binary file");
}

TEST(BadInput, FileOverTheArticleLimitIsAnError) {
    TempDir dir;
    IngestOptions options;
    options.maxArticleBytes = 1024;
    const std::string big(4096, 'a');
    const auto txt = dir.write("big.txt", big);
    const auto html = dir.write("big.html", "<p>" + big + "</p>");
    const auto fits = dir.write("fits.txt", std::string(1024, 'b'));
    const IngestRun run = ingest({txt, html, fits}, options);
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].id, fits);
    ASSERT_EQ(run.report.errors.size(), 2u);
    EXPECT_EQ(run.report.errors[0], "cannot read '" + txt +
                                        "': larger than the 1 KiB per-article limit; split it "
                                        "into smaller files");
    EXPECT_TRUE(run.report.errors[1].starts_with("cannot read '" + html + "': larger than"));
}

TEST(BadInput, HugeSingleLineTextFileIsReadWhole) {
    // 3 MiB on one line: no title (the line is too long), text intact.
    TempDir dir;
    const std::string line(3 << 20, 'w');
    const auto path = dir.write("oneline.txt", line);
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text.size(), line.size());
    EXPECT_EQ(run.articles[0].title, "");
}

TEST(BadInput, GarbageOfEveryKindIsHandled) {
    // Garbage of every kind through the in-memory door.
    for (const std::string& bytes :
         {std::string("<"), std::string("<<<>>>"), std::string("{"), std::string("# "),
          std::string("\xff\xfe\xfd"), std::string("<rss"), std::string("<feed><entry>"),
          std::string("---\ntitle: x\n")}) {
        for (const char* name : {"x.txt", "x.md", "x.html", "x.xml", "x.jsonl", "x.unknown"}) {
            const IngestRun run = ingestMemory(name, bytes);
            EXPECT_EQ(
                run.articles.size() + run.report.warnings.size() + run.report.errors.size() > 0,
                true)
                << name << " " << bytes;
        }
    }
}

TEST(BadInput, ReadErrorMidFileIsAnError) {
    // /proc/self/mem opens but fails to read at offset 0: a real read(2) error.
    if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
    const IngestRun run = ingest({"/proc/self/mem"});
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.errors.size(), 1u);
    EXPECT_EQ(run.report.errors[0], "cannot read '/proc/self/mem': Input/output error");
}

TEST(BadInput, LibXmlNeverWritesToStderr) {
    // Bytes that the declared charset cannot decode: libxml2 reports such encoding errors
    // outside its parser options, which ingest must keep off the user's terminal.
    testing::internal::CaptureStderr();
    const IngestRun html =
        ingestMemory("jp.html",
                     "<html><head><meta charset=\"ISO-2022-JP\"></head><body><p>ok \xC8y A "
                     "\x1b$B\xff\xfe</p></body></html>");
    const IngestRun feed =
        ingestMemory("jp.xml",
                     "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?><rss><channel><item><title>"
                     "\xC8y A\x1b$B\xff</title></item></channel></rss>");
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    EXPECT_EQ(html.articles.size() + html.report.warnings.size() + html.report.errors.size() > 0,
              true);
    EXPECT_EQ(feed.articles.size() + feed.report.warnings.size() + feed.report.errors.size() > 0,
              true);
}
