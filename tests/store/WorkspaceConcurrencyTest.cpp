// Two connections at once, and a process killed mid-import.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include "StoreTestUtil.h"
#include "core/Error.h"

using namespace entgraph;
using namespace entgraph::testing;

TEST(WorkspaceConcurrency, OneWriterOneReader) {
    TempDir dir;
    const std::string path = dir.file("ws.entgraph");
    Workspace writer = Workspace::create(path);
    Workspace reader = Workspace::open(path, true);
    DictionaryExtractor x;
    writer.importArticles(generatedArticles(5), x);
    EXPECT_EQ(reader.articleCount(), 5u);
    const size_t nodes = reader.loadGraph().graph.nodeCount();
    writer.importArticles(generatedArticles(5, 5), x);
    EXPECT_EQ(reader.articleCount(), 10u);
    EXPECT_GE(reader.loadGraph().graph.nodeCount(), nodes);
}

TEST(WorkspaceConcurrency, TwoWritersWaitForEachOther) {
    TempDir dir;
    const std::string path = dir.file("ws.entgraph");
    {
        Workspace ws = Workspace::create(path);
        DictionaryExtractor x;
        ws.importArticles(generatedArticles(12), x);
    }
    std::vector<int64_t> ids;
    {
        Workspace ws = Workspace::open(path, true);
        for (const auto& e : ws.entities()) ids.push_back(e.id);
    }
    ASSERT_GE(ids.size(), 4u);
    std::atomic<int> failures{0};
    auto work = [&](int who) {
        try {
            Workspace ws = Workspace::open(path);
            DictionaryExtractor x;
            for (int round = 0; round < 20; ++round) {
                ws.setNotes(ids[static_cast<size_t>(round) % ids.size()],
                            "writer " + std::to_string(who) + " round " + std::to_string(round));
                if (round % 5 == 0)
                    ws.importArticles(
                        generatedArticles(2, 100 + static_cast<size_t>(who * 50 + round)), x);
            }
        } catch (const Error& e) {
            ADD_FAILURE() << e.what();
            ++failures;
        }
    };
    std::thread a(work, 1), b(work, 2);
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    Workspace ws = Workspace::open(path);
    EXPECT_EQ(ws.history().size(), 1u + 2u * (20u + 4u));
    EXPECT_EQ(ws.articleCount(), 12u + 2u * 4u * 2u);
    EXPECT_EQ(ws.integrityCheck(), "ok");
}

// A child imports 400 generated articles one transaction each; the parent kills it with
// SIGKILL after some commits.  What is left must be sound and a complete prefix.
TEST(WorkspaceCrash, KillDuringImportLeavesACommittedPrefix) {
    TempDir dir;
    const std::string path = dir.file("ws.entgraph");
    { Workspace::create(path); }
    const std::vector<Article> articles = generatedArticles(400);

    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        try {
            Workspace ws = Workspace::open(path);
            DictionaryExtractor x;
            ImportOptions opt;
            opt.batchSize = 1;
            // Slow enough that the parent's kill lands mid-way.
            ws.importArticles(
                articles,
                [&](const std::vector<Article>& b) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                    return x(b);
                },
                opt);
        } catch (...) {
            _exit(3);
        }
        _exit(0);
    }

    // Wait for some commits, then kill without warning.
    size_t seen = 0;
    for (int i = 0; i < 6000 && seen < 40; ++i) {  // up to 30 s on a loaded machine
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        try {
            Workspace ro = Workspace::open(path, true);
            seen = ro.articleCount();
        } catch (const Error&) {
        }
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the import finished before the kill; status " << status;
    ASSERT_GE(seen, 40u);

    Workspace ws = Workspace::open(path);
    EXPECT_EQ(ws.integrityCheck(), "ok");
    const size_t n = ws.articleCount();
    EXPECT_GE(n, seen);
    EXPECT_LT(n, 400u);

    // Exactly the first n articles, each with all its mentions and evidence.
    DictionaryExtractor x;
    sqlite::Statement st(
        ws.db(),
        "SELECT doc, text, (SELECT count(*) FROM mentions m WHERE m.article = a.id),"
        " (SELECT count(*) FROM evidence v WHERE v.article = a.id)"
        " FROM articles a ORDER BY id");
    size_t i = 0;
    while (st.step()) {
        ASSERT_LT(i, articles.size());
        EXPECT_EQ(st.getText(0), articles[i].id);
        EXPECT_EQ(st.getText(1), articles[i].text);
        const ArticleExtraction expected = x.extract(articles[i]);
        EXPECT_EQ(static_cast<size_t>(st.getInt(2)), expected.mentions.size()) << articles[i].id;
        EXPECT_EQ(static_cast<size_t>(st.getInt(3)), expected.relations.size()) << articles[i].id;
        ++i;
    }
    EXPECT_EQ(i, n);
    EXPECT_EQ(ws.db().queryInt("SELECT count(*) FROM mentions m LEFT JOIN entities e ON "
                               "e.id = m.entity WHERE e.id IS NULL"),
              0);

    // The interrupted import can be finished, and undone as one edit.
    const ImportStats rest = ws.importArticles(articles, x);
    EXPECT_EQ(rest.articlesSkipped, n);
    EXPECT_EQ(ws.articleCount(), 400u);
    EXPECT_EQ(ws.integrityCheck(), "ok");
}
