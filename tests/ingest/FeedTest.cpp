// RSS 2.0, RSS 1.0 and Atom: one article per item, content run through the HTML code.
#include <gtest/gtest.h>

#include "IngestTestSupport.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(Feed, Rss2ItemsBecomeArticles) {
    const std::string path = dataPath("rss.xml");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 2u);
    EXPECT_TRUE(run.report.warnings.empty());
    const Article& first = run.articles[0];
    EXPECT_EQ(first.id, path + "#1");
    EXPECT_EQ(first.source, path);
    EXPECT_EQ(first.title, "Talks resume in Geneva");
    EXPECT_EQ(first.url, "https://wire.example.org/geneva");
    EXPECT_EQ(first.published, "Tue, 03 Mar 2026 09:30:00 GMT");
    // content:encoded wins over the description; its script is dropped.
    EXPECT_EQ(first.text,
              "Talks resume in Geneva\n\nDelegations from Chile and Peru met in Geneva.\n\n"
              "Second paragraph.");
    const Article& second = run.articles[1];
    EXPECT_EQ(second.id, path + "#2");
    EXPECT_EQ(second.published, "");
    EXPECT_EQ(second.text, "Harbour strike ends\n\nDock workers in Rotterdam returned to work.");
}

TEST(Feed, AtomEntriesWithHtmlXhtmlAndTextContent) {
    const IngestRun run = ingest({dataPath("feed.atom")});
    ASSERT_EQ(run.articles.size(), 3u);
    EXPECT_EQ(run.articles[0].title, "Summit postponed");
    EXPECT_EQ(run.articles[0].url, "https://atom.example.org/summit");  // rel=alternate
    EXPECT_EQ(run.articles[0].published, "2026-03-04T08:00:00Z");
    EXPECT_EQ(run.articles[0].text,
              "Summit postponed\n\nThe summit in Oslo was postponed.\n\nNorway gave no reason.");
    EXPECT_EQ(run.articles[1].url, "https://atom.example.org/ceasefire");
    EXPECT_EQ(run.articles[1].published, "2026-03-05T07:00:00Z");  // updated as fallback
    EXPECT_EQ(
        run.articles[1].text,
        "Ceasefire holds\n\nThe ceasefire in Sudan held overnight.\n\nMonitors reported calm.");
    EXPECT_EQ(run.articles[2].text,
              "Plain summary only\n\nOfficials in Kenya confirmed the figures.");
}

TEST(Feed, Rss1RdfIsAFeedWhateverTheExtension) {
    const IngestRun run = ingest({dataPath("rdf.rss")});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].title, "Bridge opens in Tallinn");
    EXPECT_EQ(run.articles[0].published, "2026-02-01");
    EXPECT_EQ(run.articles[0].url, "https://rdf.example.org/a");
    EXPECT_EQ(run.articles[0].text, "Bridge opens in Tallinn\n\nEstonia opened the new bridge.");
}

TEST(Feed, XmlThatIsNotAFeedIsSkipped) {
    const IngestRun run = ingest({dataPath("not-a-feed.xml")});
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_EQ(run.report.warnings[0],
              "skipping '" + dataPath("not-a-feed.xml") +
                  "': not an RSS or Atom feed (the root element is <config>)");
}

TEST(Feed, XhtmlPageWithXmlExtensionIsReadAsHtml) {
    const IngestRun run =
        ingestMemory("page.xml",
                     "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                     "<h1>Page</h1><p>Body text.</p></body></html>");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].text, "Page\n\nBody text.");
}

TEST(Feed, DamageAfterTheFirstItemKeepsIt) {
    const std::string path = dataPath("broken-feed.xml");
    const IngestRun run = ingest({path});
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].title, "First item survives");
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_TRUE(run.report.warnings[0].starts_with("'" + path + "': malformed XML at line 4"))
        << run.report.warnings[0];
    EXPECT_TRUE(run.report.warnings[0].ends_with("kept the 1 item before it"));
    EXPECT_TRUE(run.report.errors.empty());
}

TEST(Feed, DamageBeforeAnyItemIsAnError) {
    const IngestRun run = ingestMemory("bad.rss", "<rss><channel><item><title>x</ti<<<<");
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.errors.size(), 1u);
    EXPECT_TRUE(run.report.errors[0].starts_with("cannot read 'bad.rss': malformed XML"))
        << run.report.errors[0];
}

TEST(Feed, FeedWithoutItemsIsSkipped) {
    const IngestRun run =
        ingestMemory("quiet.xml", "<rss><channel><title>t</title></channel></rss>");
    EXPECT_TRUE(run.articles.empty());
    ASSERT_EQ(run.report.warnings.size(), 1u);
    EXPECT_EQ(run.report.warnings[0], "skipping 'quiet.xml': the feed has no items");
}

TEST(Feed, InvalidUtf8InAFeedIsReplacedNotFatal) {
    const IngestRun run =
        ingestMemory("latin.rss",
                     "<rss><channel><item><title>Caf\xe9 news</title><description>Z\xfcrich "
                     "and \xc3\xa9t\xc3\xa9.</description></item></channel></rss>");
    ASSERT_EQ(run.articles.size(), 1u) << (run.report.errors.empty() ? "" : run.report.errors[0]);
    EXPECT_EQ(run.articles[0].title, "Caf\xEF\xBF\xBD news");
    EXPECT_EQ(run.articles[0].text,
              "Caf\xEF\xBF\xBD news\n\nZ\xEF\xBF\xBDrich and \xC3\xA9t\xC3\xA9.");
}

TEST(Feed, EntitiesAreNotExpandedFromOutside) {
    // An external entity must neither be fetched nor read from disk.
    const IngestRun run = ingestMemory(
        "xxe.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<rss><channel><item><title>Entity &x; test</title><description>Body.</description>"
        "</item></channel></rss>");
    for (const Article& a : run.articles) EXPECT_FALSE(contains(a.text, "root:"));
}

TEST(Feed, ManyItemsStreamInOrder) {
    std::string xml = "<?xml version=\"1.0\"?><rss><channel>";
    for (int i = 1; i <= 500; ++i)
        xml += "<item><title>Item " + std::to_string(i) + "</title><description>Body " +
               std::to_string(i) + ".</description></item>";
    xml += "</channel></rss>";
    TempDir dir;
    const std::string path = dir.write("big.xml", xml);
    std::vector<std::string> titles;
    const IngestReport report =
        forEachArticle({path}, [&](Article&& a) { titles.push_back(a.title); });
    ASSERT_EQ(titles.size(), 500u);
    EXPECT_EQ(report.articles, 500u);
    EXPECT_EQ(titles.front(), "Item 1");
    EXPECT_EQ(titles.back(), "Item 500");
}

TEST(Feed, MarkupInAnRssTitleIsRemoved) {
    const IngestRun run =
        ingestMemory("t.rss",
                     "<rss><channel><item><title><![CDATA[<b>Talks</b> in Oslo]]></title>"
                     "<description>Body.</description></item></channel></rss>");
    ASSERT_EQ(run.articles.size(), 1u);
    EXPECT_EQ(run.articles[0].title, "Talks in Oslo");
}
