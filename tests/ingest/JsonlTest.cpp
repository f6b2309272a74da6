// JSON Lines: one article per line, streamed; bad lines are skipped with their number.
#include <gtest/gtest.h>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(Jsonl, FieldsMapOntoArticles) {
    const std::string path = dataPath("articles.jsonl");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 3u);
    EXPECT_TRUE(run.report.warnings.empty());
    const Article& a = run.articles[0];
    EXPECT_EQ(a.id, "a1");
    EXPECT_EQ(a.title, "Grain deal extended");
    EXPECT_EQ(a.text, "Turkey and Ukraine extended the grain deal.");
    EXPECT_EQ(a.url, "https://j.example.org/1");
    EXPECT_EQ(a.published, "2026-01-10");
    EXPECT_EQ(a.source, "Example Wire");
    // No id: PATH#LINE (line 2 is blank); no source: the path.
    EXPECT_EQ(run.articles[1].id, path + "#3");
    EXPECT_EQ(run.articles[1].source, path);
    EXPECT_EQ(run.articles[2].id, "42");  // numeric ids are accepted
}

TEST(Jsonl, MalformedLinesAreSkippedWithTheirNumber) {
    const std::string path = dataPath("malformed.jsonl");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].id, "ok1");
    EXPECT_EQ(run.articles[1].id, "ok2");
    ASSERT_EQ(run.report.warnings.size(), 3u);
    EXPECT_TRUE(
        run.report.warnings[0].starts_with("skipping '" + path + "' line 2: malformed JSON"))
        << run.report.warnings[0];
    EXPECT_EQ(run.report.warnings[1], "skipping '" + path + "' line 3: not a JSON object");
    EXPECT_EQ(run.report.warnings[2], "skipping '" + path + "' line 4: no \"text\"");
    EXPECT_TRUE(run.report.errors.empty());
}

TEST(Jsonl, LineOverTheLimitIsSkippedAndReadingGoesOn) {
    TempDir dir;
    const std::string huge = "{\"text\": \"" + std::string(300 * 1024, 'z') + "\"}";
    const std::string path =
        dir.write("huge.jsonl", "{\"text\": \"before\"}\n" + huge + "\n{\"text\": \"after\"}\n");
    IngestOptions options;
    options.maxArticleBytes = 64 * 1024;
    const IngestRun run = ingest({path}, options);
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].text, "before");
    EXPECT_EQ(run.articles[1].text, "after");
    EXPECT_EQ(run.articles[1].id, path + "#3");
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_EQ(run.report.warnings[0],
              "skipping '" + path + "' line 2: line is over the 64 KiB per-article limit");
}

TEST(Jsonl, InvalidUtf8AndCrLfAreTolerated) {
    const IngestRun run = ingestMemory(
        "x.jsonl", "\xEF\xBB\xBF{\"text\": \"Caf\xe9 in Lyon\"}\r\n{\"text\": \"second\"}");
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].text, "Caf\xEF\xBF\xBD in Lyon");
    EXPECT_EQ(run.articles[1].text, "second");  // last line without a newline
}

TEST(Jsonl, NothingValidIsReported) {
    const IngestRun run = ingestMemory("bad.jsonl", "{oops\nnot json\n");
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.warnings.size(), 3u);
    EXPECT_EQ(run.report.warnings[2], "skipping 'bad.jsonl': no valid JSONL record");
}

TEST(Jsonl, ManyLinesStreamOneAtATime) {
    TempDir dir;
    std::string body;
    for (int i = 0; i < 2000; ++i)
        body += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"Article number " +
                std::to_string(i) + ".\"}\n";
    const std::string path = dir.write("many.jsonl", body);
    size_t count = 0;
    std::string last;
    const IngestReport report = forEachArticle({path}, [&](Article&& a) {
        ++count;
        last = a.id;
    });
    EXPECT_EQ(count, 2000u);
    EXPECT_EQ(report.articles, 2000u);
    EXPECT_EQ(last, "n1999");
}
