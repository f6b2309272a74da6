#include "export/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/Error.h"

namespace entgraph {

namespace {

[[noreturn]] void fail(const std::string& path, int error) {
    throw Error("cannot write " + path + ": " + std::strerror(error));
}

// Writes `data` to a new temporary beside `path`; returns the temporary's name.
std::string writeTemporary(const std::string& path, std::string_view data) {
    std::string name = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) fail(path, errno);
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            ::unlink(name.c_str());
            fail(path, error);
        }
        done += static_cast<size_t>(n);
    }
    // mkstemp creates 0600; an export is an ordinary document.
    ::fchmod(fd, 0644);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(name.c_str());
        fail(path, error);
    }
    return name;
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view data) {
    writeFilesAtomically({{path, std::string(data)}});
}

void writeFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<std::string> temporaries;
    try {
        for (const auto& [path, data] : files) temporaries.push_back(writeTemporary(path, data));
    } catch (...) {
        for (const std::string& t : temporaries) ::unlink(t.c_str());
        throw;
    }
    for (size_t i = 0; i < files.size(); ++i) {
        if (::rename(temporaries[i].c_str(), files[i].first.c_str()) != 0) {
            const int error = errno;
            for (size_t k = i; k < temporaries.size(); ++k) ::unlink(temporaries[k].c_str());
            fail(files[i].first, error);
        }
    }
}

}  // namespace entgraph
