// The promises of README "Bad input": clear messages, the documented exit codes, no crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "RunCli.h"

namespace fs = std::filesystem;

namespace {
class BadInput : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("entgraph-bad-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path write(const std::string& name, const std::string& bytes) {
        const fs::path p = m_dir / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }
    fs::path m_dir;
};
}  // namespace

TEST_F(BadInput, MissingFileIsNamedAndExitsOne) {
    const CliResult r = runCli("extract --json " + quoted(m_dir / "nope.txt"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("entgraph: cannot read '" + (m_dir / "nope.txt").string() +
                         "': No such file or directory"),
              std::string::npos)
        << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST_F(BadInput, EmptyAndBinaryFilesAreSkippedWithAWarning) {
    const fs::path empty = write("empty.txt", "");
    const fs::path binary = write("blob.txt", std::string("\x7f"
                                                          "ELF\0\0\x01\x02 binary",
                                                          14));
    const CliResult r = runCli("extract --json " + quoted(empty) + " " + quoted(binary));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
}

TEST_F(BadInput, OneGoodArticleAmongBadOnesExitsZero) {
    const fs::path good = write("good.txt", "Germany sent 500 soldiers to Lithuania on Monday.\n");
    const CliResult r =
        runCli("extract --json " + quoted(good) + " " + quoted(m_dir / "missing.txt"));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("cannot read"), std::string::npos);
    EXPECT_NE(r.out.find("\"doc\""), std::string::npos);
}

TEST_F(BadInput, InvalidUtf8IsToleratedWithOffsetsIntoTheOriginalBytes) {
    const std::string text = "Poland \xff\xfe welcomed Canada\xc3 troops in Warsaw.\n";
    const fs::path p = write("bad-utf8.txt", text);
    const CliResult r = runCli("extract --json " + quoted(p));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Warsaw"), std::string::npos) << r.out;
}

TEST_F(BadInput, UsageErrorsExitTwo) {
    EXPECT_EQ(runCli("no-such-command").exitCode, 2);
    EXPECT_EQ(runCli("extract --no-such-flag x").exitCode, 2);
    EXPECT_EQ(runCli("--help").exitCode, 0);
}

TEST_F(BadInput, StdinIsReadWithDash) {
    const CliResult r = runCli("extract --json -", "France and Italy signed a treaty in Rome.\n");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("France"), std::string::npos);
}
