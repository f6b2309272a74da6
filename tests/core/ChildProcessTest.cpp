// runInChildProcess: the bytes come back, errors and crashes in the child become Errors
// in the parent, and Cancel kills a child that would never end.
#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "core/ChildProcess.h"
#include "core/Error.h"

using namespace entgraph;

namespace {

void expectNoChildLeft() {
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1) << "a child process was left behind";
    EXPECT_EQ(errno, ECHILD);
}

}  // namespace

TEST(ChildProcess, ReturnsTheBytesTheWorkReturns) {
    CancelToken token;
    const pid_t parent = ::getpid();
    // Larger than a pipe's buffer, with NUL bytes inside.
    std::string expected(300000, '\0');
    for (size_t i = 0; i < expected.size(); ++i) expected[i] = static_cast<char>(i * 7);
    const std::string got = runInChildProcess(
        [&] {
            if (::getpid() == parent) throw std::runtime_error("ran in the parent");
            return expected;
        },
        token, "test work");
    EXPECT_EQ(got, expected);
    expectNoChildLeft();
}

TEST(ChildProcess, AnExceptionInTheChildBecomesAnErrorWithItsMessage) {
    CancelToken token;
    try {
        runInChildProcess([]() -> std::string { throw Error("the engine refused"); }, token,
                          "test work");
        FAIL() << "no exception";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "the engine refused");
    }
    expectNoChildLeft();
}

TEST(ChildProcess, ACrashInTheChildIsAnErrorNotACrashOfTheCaller) {
    CancelToken token;
    try {
        runInChildProcess(
            []() -> std::string {
                ::raise(SIGSEGV);
                return "unreached";
            },
            token, "test work");
        FAIL() << "no exception";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("test work crashed (signal 11)"), std::string::npos)
            << e.what();
    }
    expectNoChildLeft();
}

TEST(ChildProcess, CancelKillsAChildThatWouldNeverEnd) {
    CancelToken token;
    std::thread canceller([&token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        token.cancel();
    });
    EXPECT_THROW(runInChildProcess(
                     []() -> std::string {
                         for (;;) ::pause();
                     },
                     token, "test work"),
                 Cancelled);
    canceller.join();
    expectNoChildLeft();
}

TEST(ChildProcess, AlreadyCancelledStartsNothing) {
    CancelToken token;
    token.cancel();
    bool ran = false;
    EXPECT_THROW(runInChildProcess(
                     [&ran] {
                         ran = true;
                         return std::string();
                     },
                     token, "test work"),
                 Cancelled);
    EXPECT_FALSE(ran);
    expectNoChildLeft();
}
