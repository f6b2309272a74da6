// The workspace commands end to end through the real `entgraph` binary (skipped when the
// binary has not been built, e.g. while only test_store is built).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>

#include "StoreTestUtil.h"

using namespace entgraph::testing;

namespace {

struct CliRun {
    int code = -1;
    std::string out, err;
};

CliRun run(const std::string& args, const TempDir& dir) {
    const std::string errFile = dir.file("stderr.txt");
    const std::string cmd = std::string(ENTGRAPH_BINARY) + " " + args + " 2>" + errFile;
    CliRun r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = readBytes(errFile);
    return r;
}

std::string q(const std::string& s) {
    return "'" + s + "'";
}

class WorkspaceCli : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::exists(ENTGRAPH_BINARY)) GTEST_SKIP() << "build the entgraph target first";
    }
    TempDir dir;
    const std::string data = std::string(ENTGRAPH_TEST_DATA) + "/store/";
};

}  // namespace

TEST_F(WorkspaceCli, ImportTwiceSearchEditUndo) {
    const std::string ws = q(dir.file("news.entgraph"));
    const std::string inputs = q(data + "kyiv-talks.txt") + " " + q(data + "brussels-summit.txt");
    CliRun r = run("import -w " + ws + " " + inputs, dir);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("2 of 2 article(s) added, 0 skipped"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("imported 2 article(s)"), std::string::npos) << r.err;  // progress

    r = run("import -w " + ws + " " + inputs, dir);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("0 of 2 article(s) added, 2 skipped"), std::string::npos) << r.out;

    r = run("search -w " + ws + " brussels", dir);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("article"), std::string::npos);
    EXPECT_NE(r.out.find("[Brussels]"), std::string::npos) << r.out;

    r = run("rename -w " + ws + " NATO 'North Atlantic Alliance'", dir);
    ASSERT_EQ(r.code, 0) << r.err;
    r = run("search -w " + ws + " alliance", dir);
    EXPECT_NE(r.out.find("North Atlantic Alliance"), std::string::npos) << r.out;
    r = run("undo -w " + ws, dir);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("undid: rename 'NATO'"), std::string::npos) << r.out;
    r = run("search -w " + ws + " alliance", dir);
    EXPECT_EQ(r.code, 1);
    r = run("redo -w " + ws, dir);
    EXPECT_EQ(r.code, 0) << r.err;

    r = run("merge -w " + ws + " 'Nobody Known' NATO", dir);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("no entity named 'Nobody Known'"), std::string::npos) << r.err;
    r = run("history -w " + ws, dir);
    EXPECT_NE(r.out.find("import 2 article(s)"), std::string::npos) << r.out;
}

TEST_F(WorkspaceCli, BadWorkspacesGetAClearMessage) {
    const std::string text = dir.file("notes.txt");
    writeBytes(text, "not a workspace\n");
    CliRun r = run("import -w " + q(text) + " " + q(data + "kyiv-talks.txt"), dir);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("not an entgraph workspace"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(text), "not a workspace\n");

    // Nothing readable: no workspace is left behind.
    r = run("import -w " + q(dir.file("new.entgraph")) + " " + q(dir.file("no-such-dir")), dir);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("no article could be read"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("new.entgraph")));

    r = run("undo -w " + q(dir.file("missing.entgraph")), dir);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("no workspace at"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("missing.entgraph")));

    r = run("undo -w " + q(dir.file("fresh.entgraph")) + " --nonsense", dir);
    EXPECT_EQ(r.code, 2);
}
