// One article per file: plain text, Markdown and HTML.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {
std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

// ---------------------------------------------------------------- .txt

TEST(PlainText, TextIsTheFileUnchangedAndTitleIsTheFirstLine) {
    const std::string path = dataPath("article.txt");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 1u);
    const Article& a = run.articles[0];
    EXPECT_EQ(a.text, fileBytes(path));  // byte offsets index the file itself
    EXPECT_EQ(a.title, "Port Authority Reopens Northern Terminal");
    EXPECT_EQ(a.id, path);
    EXPECT_EQ(a.source, path);
    EXPECT_EQ(run.report.articles, 1u);
    EXPECT_TRUE(run.report.errors.empty());
    EXPECT_TRUE(run.report.warnings.empty());
}

TEST(PlainText, LongFirstLineIsNoTitleAndCrLfIsKept) {
    TempDir dir;
    const std::string longLine(250, 'x');
    const auto p1 = dir.write("long.txt", longLine + "\nSecond line.\n");
    const auto p2 = dir.write("crlf.txt", "\r\n  Headline here \r\nBody.\r\n");
    const IngestRun run = ingest({p1, p2});
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].title, "");
    EXPECT_EQ(run.articles[0].text, longLine + "\nSecond line.\n");
    EXPECT_EQ(run.articles[1].title, "Headline here");
    EXPECT_EQ(run.articles[1].text, "\r\n  Headline here \r\nBody.\r\n");
}

TEST(PlainText, InvalidUtf8IsKeptInTextButNotInTitle) {
    const std::string path = dataPath("invalid-utf8.txt");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, fileBytes(path));
    EXPECT_NE(run.articles[0].text.find('\xff'), std::string::npos);
    EXPECT_EQ(run.articles[0].title, "Caf\xEF\xBF\xBD owners in Lyon protest");
    EXPECT_TRUE(run.report.warnings.empty());
}

// ---------------------------------------------------------------- .md

TEST(Markdown, MarkupIsStrippedAndTitleComesFromTheFirstHeading) {
    const IngestRun run = ingest({dataPath("article.md")});
    ASSERT_EQ(run.articles.size(), 1u);
    const Article& a = run.articles[0];
    EXPECT_EQ(a.title, "Ministers Meet in Vienna");
    EXPECT_EQ(a.text.rfind("Ministers Meet in Vienna\n\nForeign ministers from Austria and "
                           "Hungary met on Tuesday, according to the ministry. The talks "
                           "covered energy and trade transit routes, and the "
                           "file_name_with_underscores stayed intact.",
                           0),
              0u)
        << a.text;
    EXPECT_TRUE(contains(a.text, "\n\nBackground\n\nThe pipeline agreement expires in 2027."));
    EXPECT_TRUE(contains(a.text, "\n\nFirst point: gas storage\n\nSecond point: grid links"));
    EXPECT_TRUE(contains(a.text, "\n\nNumbered item\n\n"));
    EXPECT_TRUE(contains(a.text, "A photo of the venue"));
    EXPECT_TRUE(contains(a.text, "print(\"code stays\")"));
    EXPECT_TRUE(contains(a.text, "Austria 4"));
    for (const char* markup :
         {"#", "**", "__", "~~", "`", "](", "[", "> ", "---", "|", "author:", "https://"})
        EXPECT_FALSE(contains(a.text, markup)) << "left over: " << markup << "\n" << a.text;
}

TEST(Markdown, FrontMatterTitleAndSetextHeadings) {
    const IngestRun run = ingestMemory(
        "story.md",
        "---\ntitle: \"Storm Warning for Iceland\"\n---\n\nStorm warning\n=============\n\n"
        "Winds of *120 km/h* are expected, 5 * 3 = 15, see <https://met.example.is>.\n"
        "Reykjavik <span>harbour</span> closed\\*.\n");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].title, "Storm Warning for Iceland");
    EXPECT_EQ(run.articles[0].text,
              "Storm warning\n\nWinds of 120 km/h are expected, 5 * 3 = 15, see "
              "https://met.example.is. Reykjavik harbour closed*.");
}

TEST(Markdown, TitleWithoutAnyHeadingOpensTheText) {
    const IngestRun run =
        ingestMemory("note.md", "---\ntitle: Quiet Day in Malta\n---\nNothing happened.\n");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].title, "Quiet Day in Malta");
    EXPECT_EQ(run.articles[0].text, "Quiet Day in Malta\n\nNothing happened.");
}

// ---------------------------------------------------------------- .html

TEST(Html, PageFurnitureIsDroppedAndParagraphsKept) {
    const IngestRun run = ingest({dataPath("page.html")});
    ASSERT_EQ(run.articles.size(), 1u);
    const Article& a = run.articles[0];
    EXPECT_EQ(a.title, "Floods Hit Danube Towns");
    EXPECT_EQ(a.text,
              "Floods hit Danube towns\n\n"
              "Heavy rain caused the Danube to rise in Serbia and Romania on Sunday.\n\n"
              "Rescue teams evacuated 1,200 people.\nMore rain is expected & roads are closed.\n\n"
              "Novi Sad\n\nBelgrade\n\nLevel 8.2 m");
    EXPECT_FALSE(contains(a.text, "SHOULD_NOT_APPEAR"));
    EXPECT_FALSE(contains(a.text, "color: red"));
}

TEST(Html, BrokenMarkupIsRecovered) {
    const IngestRun run = ingest({dataPath("broken.html")});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_TRUE(run.report.errors.empty());
    const Article& a = run.articles[0];
    EXPECT_EQ(a.title, "Broken page");
    EXPECT_TRUE(contains(a.text, "First paragraph without closing\n\nSecond bold nested text"))
        << a.text;
    EXPECT_TRUE(contains(a.text, "Inside a div"));
    EXPECT_TRUE(contains(a.text, "2026"));
}

TEST(Html, TitleOpensTheTextWhenThePageHasNoH1) {
    const IngestRun run = ingest({dataPath("no-heading.html")});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text,
              "Election Results Announced in Lisbon\n\n"
              "The electoral commission published the final count on Friday.");
}

TEST(Html, InvalidUtf8BecomesReplacementCharacters) {
    const IngestRun run = ingest({dataPath("invalid-utf8.html")});
    ASSERT_EQ(run.articles.size(), 1u);
    // The stray Latin-1 byte costs one U+FFFD; the valid "été" after it survives intact
    // (libxml2 alone would re-read the rest of the page as Latin-1).
    EXPECT_EQ(run.articles[0].text, "Caf\xEF\xBF\xBD in Lyon \xC3\xA9t\xC3\xA9");
}

TEST(Html, DeclaredLatin1CharsetIsHonoured) {
    const IngestRun run =
        ingestMemory("latin1.html",
                     "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                     "charset=ISO-8859-1\"></head><body><p>Caf\xe9 in Z\xfcrich</p></body></html>");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, "Caf\xC3\xA9 in Z\xC3\xBCrich");
}

TEST(Html, PreformattedTextKeepsItsLines) {
    const IngestRun run =
        ingestMemory("pre.htm", "<body><pre>line one\n  line two</pre><p>after</p></body>");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, "line one\n  line two\n\nafter");
}

TEST(Html, PageWithOnlyScriptIsSkipped) {
    const IngestRun run =
        ingestMemory("script.html", "<html><body><script>var x = 1;</script></body></html>");
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_EQ(run.report.warnings[0],
              "skipping 'script.html': no text left after removing the markup");
}

// ---------------------------------------------------------------- unknown extensions

TEST(UnknownExtension, NamedFileIsSniffed) {
    const IngestRun run = ingest({dataPath("unknown-ext.dat"), dataPath("notes.log")});
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[0].title, "Sniffed page");
    EXPECT_EQ(run.articles[0].text, "Sniffed page\n\nContent sniffed as HTML.");
    EXPECT_EQ(run.articles[1].text, fileBytes(dataPath("notes.log")));  // plain text, unchanged
    EXPECT_EQ(run.articles[1].title, "Plain notes");
}

TEST(UnknownExtension, SniffsJsonlAndFeedsToo) {
    const IngestRun run =
        ingestMemory("stream.out", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_EQ(run.articles[1].id, "stream.out#2");
    const IngestRun feed =
        ingestMemory("feed.out",
                     "<rss><channel><item><title>T</title><description>D.</description></item>"
                     "</channel></rss>");
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].text, "T\n\nD.");
}

TEST(Html, NoBreakSpacesBecomePlainSpaces) {
    const IngestRun run =
        ingestMemory("nbsp.html", "<p>Liisa&nbsp;Kask met\xC2\xA0Katrin Vogel</p>");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, "Liisa Kask met Katrin Vogel");
}
