// The bundled demo (assets/demo/) must read cleanly, from disk and from the embedded copy,
// and form one connected story: short articles that share their actors.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "IngestTestSupport.h"
#include "core/Resources.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {

const std::string kDemoDir = std::string(ENTGRAPH_SOURCE_DIR) + "/assets/demo";

size_t wordCount(const std::string& text) {
    std::istringstream in(text);
    size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

}  // namespace

TEST(DemoArticles, EveryFileOnDiskReadsWithoutComplaint) {
    const IngestRun run = ingest({kDemoDir});
    EXPECT_TRUE(run.report.errors.empty()) << run.report.errors.front();
    EXPECT_TRUE(run.report.warnings.empty()) << run.report.warnings.front();
    EXPECT_GE(run.articles.size(), 7u);
    EXPECT_LE(run.articles.size(), 10u);
    std::set<std::string> formats;
    for (const Article& a : run.articles) {
        EXPECT_FALSE(a.title.empty()) << a.id;
        const size_t words = wordCount(a.text);
        EXPECT_GE(words, 150u) << a.id;
        EXPECT_LE(words, 400u) << a.id;
        formats.insert(a.source.substr(a.source.rfind('.')));
    }
    // The demo exercises several readers.
    EXPECT_EQ(formats, (std::set<std::string>{".html", ".md", ".txt", ".xml"}));
}

TEST(DemoArticles, HtmlFurnitureIsNotPartOfTheStory) {
    const IngestRun run = ingest({kDemoDir});
    for (const Article& a : run.articles)
        for (const char* junk : {"dataLayer", "Subscribe", "Markets close", "All rights reserved",
                                 "loadComments", "<p>", "&lt;"})
            EXPECT_FALSE(contains(a.text, junk)) << a.id << " contains " << junk;
}

TEST(DemoArticles, RecurringActorsTieTheStoryTogether) {
    const IngestRun run = ingest({kDemoDir});
    std::map<std::string, size_t> articlesMentioning;
    for (const char* actor : {"Liisa Kask", "Aleksi Venho", "Helena Sorensen", "Johan Ekberg",
                              "Baltic Link 3", "Caspian Meridian Shipping", "Estonia", "Finland"})
        for (const Article& a : run.articles)
            if (contains(a.text, actor)) ++articlesMentioning[actor];
    EXPECT_GE(articlesMentioning["Liisa Kask"], 5u);
    EXPECT_GE(articlesMentioning["Aleksi Venho"], 4u);
    EXPECT_GE(articlesMentioning["Helena Sorensen"], 4u);
    EXPECT_GE(articlesMentioning["Johan Ekberg"], 3u);
    EXPECT_GE(articlesMentioning["Baltic Link 3"], 6u);
    EXPECT_GE(articlesMentioning["Caspian Meridian Shipping"], 4u);
    EXPECT_EQ(articlesMentioning["Estonia"], run.articles.size());
}

TEST(DemoArticles, EmbeddedCopyReadsLikeTheFiles) {
    const auto paths = resourcesUnder("assets/demo/");
    if (paths.empty()) GTEST_SKIP() << "this build embedded no demo (re-run cmake configure)";
    const IngestRun fromDisk = ingest({kDemoDir});
    IngestRun fromMemory;
    for (std::string_view path : paths)
        forEachArticleInMemory(
            path, resource(path), [&](Article&& a) { fromMemory.articles.push_back(std::move(a)); },
            fromMemory.report);
    EXPECT_TRUE(fromMemory.report.errors.empty());
    EXPECT_TRUE(fromMemory.report.warnings.empty());
    ASSERT_EQ(fromMemory.articles.size(), fromDisk.articles.size());
    for (size_t i = 0; i < fromDisk.articles.size(); ++i) {
        EXPECT_EQ(fromMemory.articles[i].title, fromDisk.articles[i].title);
        EXPECT_EQ(fromMemory.articles[i].text, fromDisk.articles[i].text);
        EXPECT_TRUE(fromDisk.articles[i].id.ends_with(fromMemory.articles[i].id));
    }
}
