#include "core/ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/Error.h"

namespace entgraph {

namespace {

// How often the parent looks at the cancel token while the child works.
constexpr int kPollMilliseconds = 50;

class UniqueFd {
public:
    explicit UniqueFd(int fd = -1) : m_fd(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return m_fd; }
    void reset() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

// Kills and reaps the child unless it was reaped already, so no path leaves a zombie or
// a stray process computing for nobody.
class ChildGuard {
public:
    explicit ChildGuard(pid_t pid) : m_pid(pid) {}
    ~ChildGuard() {
        if (m_pid <= 0) return;
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    ChildGuard(const ChildGuard&) = delete;
    ChildGuard& operator=(const ChildGuard&) = delete;

    // Waits for the child to end; returns its wait status.
    int wait() {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0) {
            if (errno != EINTR) break;
        }
        m_pid = -1;
        return status;
    }

private:
    pid_t m_pid;
};

bool writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

// The child's side: one status byte ('0' result, '1' error message), then the bytes.
[[noreturn]] void runChild(const std::function<std::string()>& work, int out) {
    char status = '0';
    std::string payload;
    try {
        payload = work();
    } catch (const std::exception& e) {
        status = '1';
        payload = e.what();
    } catch (...) {
        status = '1';
        payload = "unknown error";
    }
    const bool ok = writeAll(out, &status, 1) && writeAll(out, payload.data(), payload.size());
    // _exit: no atexit handlers or static destructors of the parent's state run here.
    ::_exit(ok ? 0 : 1);
}

}  // namespace

std::string runInChildProcess(const std::function<std::string()>& work, const CancelToken& cancel,
                              const std::string& what) {
    if (cancel.cancelled()) throw Cancelled{};
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw Error(what + ": cannot create a pipe: " + std::strerror(errno));
    UniqueFd readEnd(fds[0]), writeEnd(fds[1]);
    const pid_t pid = ::fork();
    if (pid < 0) throw Error(what + ": cannot start a process: " + std::strerror(errno));
    if (pid == 0) {
        readEnd.reset();
        runChild(work, writeEnd.get());
    }
    ChildGuard child(pid);
    writeEnd.reset();  // so the read end sees end-of-file when the child exits

    std::string received;
    char buffer[1 << 16];
    for (;;) {
        if (cancel.cancelled()) throw Cancelled{};  // ~ChildGuard kills the child
        pollfd p{readEnd.get(), POLLIN, 0};
        const int ready = ::poll(&p, 1, kPollMilliseconds);
        if (ready < 0 && errno != EINTR) throw Error(what + ": poll failed");
        if (ready <= 0) continue;
        const ssize_t n = ::read(readEnd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error(what + ": reading the result failed: " + std::strerror(errno));
        if (n == 0) break;
        received.append(buffer, static_cast<size_t>(n));
    }
    const int status = child.wait();
    if (WIFSIGNALED(status))
        throw Error(what + " crashed (signal " + std::to_string(WTERMSIG(status)) + ")");
    if (received.empty() || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw Error(what + " ended without a result");
    if (received[0] == '1') throw Error(received.substr(1));
    return received.substr(1);
}

}  // namespace entgraph
