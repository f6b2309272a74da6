// Cancel during a Graphviz layout: the engine cannot poll the token, so it runs in a child
// process that Cancel kills.  The run must end with Cancelled long before the engine would
// have finished, leave the caller's attributes alone and leave no process behind.
#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <thread>

#include <sys/wait.h>

#include "layout/LayoutEngine.h"
#include "layout/TestGraphs.h"

using namespace entgraph;
using namespace entgraph::testing;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST(GraphvizCancel, CancelStopsNeatoMidRunAndLeavesTheAttributes) {
    const auto engine = makeLayoutEngine("neato");
    // neato needs seconds for 700 nodes (BENCHMARKS.md: 5 s of CPU at 1000).
    const EntityGraph g = randomGraph(700, 1400, 7);
    GraphAttributes a = GraphAttributes::styled(g);
    a.position[5] = {321, 654};

    // How long the uncancelled run takes on this machine, for comparison.
    GraphAttributes full = a;
    auto t0 = std::chrono::steady_clock::now();
    engine->run(g, full, LayoutOptions{});
    const double fullSeconds = secondsSince(t0);

    CancelToken token;
    LayoutOptions options;
    options.cancel = &token;
    std::thread canceller([&token, fullSeconds] {
        std::this_thread::sleep_for(std::chrono::duration<double>(fullSeconds / 10));
        token.cancel();
    });
    t0 = std::chrono::steady_clock::now();
    EXPECT_THROW(engine->run(g, a, options), Cancelled);
    const double cancelledSeconds = secondsSince(t0);
    canceller.join();

    EXPECT_LT(cancelledSeconds, fullSeconds / 2)
        << "the run ended " << cancelledSeconds << " s after it started; the whole layout takes "
        << fullSeconds << " s";
    EXPECT_EQ(a.position[5].x, 321);
    EXPECT_EQ(a.position[5].y, 654);
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1) << "a child process was left behind";
    EXPECT_EQ(errno, ECHILD);
}
