// End to end through the CLI on the bundled demo articles: extract -> stats -> export.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "RunCli.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {
const std::string kDemo = std::string(ENTGRAPH_SOURCE_DIR) + "/assets/demo";

fs::path tempDir() {
    const fs::path d = fs::temp_directory_path() / ("entgraph-pipe-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}
}  // namespace

TEST(Pipeline, ExtractFollowsTheContractOnEveryDemoArticle) {
    const CliResult r = runCli("extract --json --with-text '" + kDemo + "'");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    size_t lines = 0;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        ++lines;
        const json doc = json::parse(line);
        ASSERT_TRUE(doc.contains("doc"));
        const std::string text = doc.at("text");
        std::set<std::string> ids;
        for (const auto& e : doc.at("entities")) EXPECT_TRUE(ids.insert(e.at("id")).second);
        for (const auto& m : doc.at("mentions")) {
            EXPECT_TRUE(ids.count(m.at("entity")));
            const size_t start = m.at("start"), end = m.at("end");
            ASSERT_LT(start, end);
            ASSERT_LE(end, text.size());
            EXPECT_EQ(text.substr(start, end - start), m.at("text").get<std::string>());
        }
        for (const auto& rel : doc.at("relations")) {
            EXPECT_TRUE(ids.count(rel.at("source")));
            EXPECT_TRUE(ids.count(rel.at("target")));
            EXPECT_FALSE(rel.at("label").get<std::string>().empty());
            EXPECT_LE(rel.at("evidence").at("end").get<size_t>(), text.size());
        }
    }
    EXPECT_GE(lines, 6u);
}

TEST(Pipeline, StatsJsonHasTheCountsAndOneConnectedStory) {
    const CliResult r = runCli("stats --json '" + kDemo + "'");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json stats = json::parse(r.out);
    for (const char* key : {"articles", "entities", "mentions", "relations"})
        EXPECT_GT(stats.at(key).get<long>(), 0) << key;
    EXPECT_GE(stats.at("articles").get<long>(), 6);
}

TEST(Pipeline, ExportWritesEveryFormat) {
    const fs::path dir = tempDir();
    for (const char* ext : {"svg", "png", "pdf", "dot", "graphml", "gexf", "json", "csv"}) {
        const fs::path out = dir / (std::string("demo.") + ext);
        const CliResult r = runCli("export '" + kDemo + "' -o " + quoted(out));
        ASSERT_EQ(r.exitCode, 0) << ext << ": " << r.err;
        ASSERT_TRUE(fs::exists(out)) << ext;
        EXPECT_GT(fs::file_size(out), 100u) << ext;
    }
    EXPECT_TRUE(fs::exists(dir / "demo.nodes.csv"));
    EXPECT_EQ(readWholeFile(dir / "demo.png").substr(1, 3), "PNG");
    EXPECT_EQ(readWholeFile(dir / "demo.pdf").substr(0, 5), "%PDF-");
    fs::remove_all(dir);
}

TEST(Pipeline, ExportRejectsAnUnknownFormatAsUsageError) {
    const fs::path dir = tempDir();
    const CliResult r = runCli("export '" + kDemo + "' -o " + quoted(dir / "x.unknownfmt"));
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_FALSE(r.err.empty());
}
