// `entgraph export` end to end on the bundled demo: usage errors exit 2, filters shape
// the output, every engine can be chosen.  Skipped when build/entgraph was not built
// (test_export does not depend on the whole program).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "export/ExportTestSupport.h"

using namespace entgraph::testing;

namespace {
const std::string kDemo = std::string(ENTGRAPH_SOURCE_DIR) + "/assets/demo";

struct CliRun {
    int exitCode = -1;
    std::string err;
};

CliRun runEntgraph(const std::string& args, const TempDir& dir) {
    const std::string errPath = dir.file("stderr.txt");
    const std::string command =
        std::string("'") + ENTGRAPH_BINARY + "' " + args + " >/dev/null 2>'" + errPath + "'";
    const int status = std::system(command.c_str());
    CliRun r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    r.err = readFile(errPath);
    std::filesystem::remove(errPath);
    return r;
}

class CliExport : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(ENTGRAPH_BINARY)) GTEST_SKIP() << "build the entgraph target";
    }
    TempDir dir;
};
}  // namespace

TEST_F(CliExport, UsageErrorsExitTwoWithAMessage) {
    for (const std::string& args :
         {"export '" + kDemo + "' -o '" + dir.file("x.unknownfmt") + "'",
          "export '" + kDemo + "' -o '" + dir.file("x.svg") + "' --format docx",
          "export '" + kDemo + "' -o '" + dir.file("x.svg") + "' --layout spring",
          "export '" + kDemo + "' -o '" + dir.file("x.svg") + "' --types PERSON,ALIEN",
          "export '" + kDemo + "'", "export -o '" + dir.file("x.svg") + "'"}) {
        const CliRun r = runEntgraph(args, dir);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_FALSE(r.err.empty()) << args;
    }
    const CliRun r =
        runEntgraph("export '" + kDemo + "' -o '" + dir.file("x.svg") + "' --layout spring", dir);
    EXPECT_NE(r.err.find("sfdp"), std::string::npos) << "lists the known engines: " << r.err;
    EXPECT_EQ(dir.entries(), 0u) << "nothing written on a usage error";
}

TEST_F(CliExport, FiltersShapeTheGraph) {
    const std::string out = dir.file("g.json");
    ASSERT_EQ(
        runEntgraph("export '" + kDemo + "' -o '" + out + "' --types person,LOCATION --top 8", dir)
            .exitCode,
        0);
    const auto doc = nlohmann::json::parse(readFile(out));
    EXPECT_LE(doc.at("nodes").size(), 8u);
    EXPECT_GT(doc.at("nodes").size(), 0u);
    for (const auto& n : doc.at("nodes")) {
        const std::string type = n.at("type");
        EXPECT_TRUE(type == "PERSON" || type == "LOCATION") << type;
    }
    ASSERT_EQ(
        runEntgraph("export '" + kDemo + "' -o '" + out + "' --no-cooccurrence", dir).exitCode, 0);
    for (const auto& e : nlohmann::json::parse(readFile(out)).at("edges"))
        EXPECT_FALSE(e.at("relations").empty()) << "co-occurrence-only edges dropped";
}

TEST_F(CliExport, FormatFlagOverridesTheExtensionAndCsvWritesTwoTables) {
    const std::string out = dir.file("table.txt");
    ASSERT_EQ(runEntgraph("export '" + kDemo + "' -o '" + out + "' --format csv", dir).exitCode, 0);
    EXPECT_EQ(parseCsv(readFile(out)).at(0).at(0), "source");
    EXPECT_TRUE(std::filesystem::exists(dir.file("table.txt.nodes.csv")));
}

TEST_F(CliExport, EveryEngineCanBeChosenAndTheSeedIsReproducible) {
    for (const char* engine : {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "force"}) {
        const std::string out = dir.file(std::string("g-") + engine + ".json");
        const CliRun r =
            runEntgraph("export '" + kDemo + "' --top 25 -o '" + out + "' --layout " + engine, dir);
        ASSERT_EQ(r.exitCode, 0) << engine << ": " << r.err;
        EXPECT_NE(r.err.find(std::string(engine) + " layout"), std::string::npos) << r.err;
    }
    const std::string a = dir.file("a.json"), b = dir.file("b.json");
    ASSERT_EQ(runEntgraph("export '" + kDemo + "' -o '" + a + "' --seed 7", dir).exitCode, 0);
    ASSERT_EQ(runEntgraph("export '" + kDemo + "' -o '" + b + "' --seed 7", dir).exitCode, 0);
    const auto first = nlohmann::json::parse(readFile(a)),
               second = nlohmann::json::parse(readFile(b));
    ASSERT_EQ(first.at("nodes").size(), second.at("nodes").size());
    for (size_t i = 0; i < first.at("nodes").size(); ++i) {
        EXPECT_NEAR(first["nodes"][i]["x"].get<double>(), second["nodes"][i]["x"].get<double>(),
                    0.01);
        EXPECT_NEAR(first["nodes"][i]["y"].get<double>(), second["nodes"][i]["y"].get<double>(),
                    0.01);
    }
}

TEST_F(CliExport, SlowEngineOnTooLargeAGraphIsRefusedWithAFasterOneNamed) {
    // The demo graph has a few hundred edges: circo would take a minute.
    const CliRun r =
        runEntgraph("export '" + kDemo + "' -o '" + dir.file("g.svg") + "' --layout circo", dir);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("circo would take minutes"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sfdp"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("g.svg")));
}
