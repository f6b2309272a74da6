// `entgraph extract --json` end to end: one compact JSON line per article, equal to the
// in-process extraction; exit codes.  Skips when the entgraph binary is not built.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "ExtractTestUtil.h"
#include "extract/ExtractionJson.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {

int runCommand(const std::string& command, std::string& out) {
    out.clear();
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return -1;
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST(CliExtract, JsonLinesMatchTheLibraryAndExitCodes) {
    const std::string binary = ENTGRAPH_BINARY;
    if (!std::filesystem::exists(binary)) GTEST_SKIP() << "entgraph not built at " << binary;
    const std::string a = std::string(ENTGRAPH_TEST_DATA) + "/extract/korea-summit.txt";
    const std::string b = std::string(ENTGRAPH_TEST_DATA) + "/extract/sanctions-economy.txt";
    std::string out;
    ASSERT_EQ(runCommand("'" + binary + "' extract --json '" + a + "' '" + b + "'", out), 0);
    std::vector<std::string> lines;
    size_t pos = 0;
    while (pos < out.size()) {
        const size_t eol = out.find('\n', pos);
        ASSERT_NE(eol, std::string::npos);
        lines.push_back(out.substr(pos, eol - pos));
        pos = eol + 1;
    }
    ASSERT_EQ(lines.size(), 2u);
    const Extractor extractor;  // the same default pipeline as the CLI
    for (size_t i = 0; i < 2; ++i) {
        const std::string path = i == 0 ? a : b;
        const nlohmann::json j = nlohmann::json::parse(lines[i]);
        EXPECT_EQ(j["doc"], path);
        const std::string text = readFile(path);
        EXPECT_EQ(j, extractionToJson(extractor.extract(article(text, path))));
    }
    ASSERT_EQ(runCommand("'" + binary + "' extract --json --with-text '" + a + "'", out), 0);
    EXPECT_EQ(nlohmann::json::parse(out)["text"], readFile(a));
    EXPECT_EQ(runCommand("'" + binary + "' extract --json /nonexistent/file.txt", out), 1);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(runCommand("'" + binary + "' extract '" + a + "'", out), 0);
    EXPECT_NE(out.find("Lee Jae-myung"), std::string::npos);
    EXPECT_NE(out.find("president of"), std::string::npos);
}
