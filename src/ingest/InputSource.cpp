#include "ingest/InputSource.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace entgraph::ingest {

namespace {
constexpr size_t kChunk = 64 * 1024;
}

InputSource InputSource::openFile(const std::string& path) {
    InputSource in;
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw InputError(std::strerror(errno ? errno : EIO));
    in.m_owned.reset(f);
    in.m_file = f;
    return in;
}

InputSource InputSource::standardInput() {
    InputSource in;
    in.m_file = stdin;
    return in;
}

InputSource InputSource::memory(std::string_view bytes) {
    InputSource in;
    in.m_memory = bytes;
    in.m_isMemory = true;
    return in;
}

size_t InputSource::readSource(char* buffer, size_t n) {
    if (m_sourceDone || n == 0) return 0;
    if (m_isMemory) {
        const size_t k = std::min(n, m_memory.size());
        std::memcpy(buffer, m_memory.data(), k);
        m_memory.remove_prefix(k);
        if (m_memory.empty()) m_sourceDone = true;
        return k;
    }
    const size_t k = std::fread(buffer, 1, n, m_file);
    if (k < n) {
        if (std::ferror(m_file)) {
            const int err = errno ? errno : EIO;
            m_sourceDone = true;
            throw InputError(std::strerror(err));
        }
        m_sourceDone = true;
    }
    return k;
}

bool InputSource::fill() {
    if (m_sourceDone) return false;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    const size_t old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const size_t k = readSource(m_buffer.data() + old, kChunk);
    m_buffer.resize(old + k);
    return k > 0;
}

std::string_view InputSource::head() {
    while (m_buffer.size() - m_pos < kSniffBytes && fill()) {
    }
    return std::string_view(m_buffer).substr(m_pos, kSniffBytes);
}

size_t InputSource::read(char* buffer, size_t n) {
    if (m_pos < m_buffer.size()) {
        const size_t k = std::min(n, m_buffer.size() - m_pos);
        std::memcpy(buffer, m_buffer.data() + m_pos, k);
        m_pos += k;
        return k;
    }
    return readSource(buffer, n);
}

std::string InputSource::readAll(size_t maxBytes) {
    const auto tooLarge = [&] {
        return InputError("larger than the " + ReadContext::sizeText(maxBytes) +
                          " per-article limit; split it into smaller files");
    };
    std::string out = m_buffer.substr(m_pos);
    m_buffer.clear();
    m_pos = 0;
    if (out.size() > maxBytes) throw tooLarge();
    // A regular file's size tells up front whether it fits, so nothing is read in vain.
    if (m_file && !m_sourceDone) {
        struct stat st {};
        if (::fstat(fileno(m_file), &st) == 0 && S_ISREG(st.st_mode)) {
            const auto size = static_cast<unsigned long long>(st.st_size);
            if (size > maxBytes) throw tooLarge();
            out.reserve(static_cast<size_t>(size));
        }
    }
    while (!m_sourceDone) {
        const size_t old = out.size();
        const size_t want = std::min(kChunk, maxBytes + 1 - std::min(old, maxBytes));
        out.resize(old + want);
        const size_t k = readSource(out.data() + old, want);
        out.resize(old + k);
        if (out.size() > maxBytes) throw tooLarge();
    }
    return out;
}

bool InputSource::readLine(std::string& line, size_t maxBytes, bool& tooLong) {
    line.clear();
    tooLong = false;
    bool any = false;
    for (;;) {
        if (m_pos == m_buffer.size() && !fill()) return any;
        any = true;
        const char* begin = m_buffer.data() + m_pos;
        const size_t avail = m_buffer.size() - m_pos;
        const void* nl = std::memchr(begin, '\n', avail);
        const size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - begin) : avail;
        if (!tooLong) {
            if (line.size() + len > maxBytes) {
                tooLong = true;
                std::string().swap(line);
            } else {
                line.append(begin, len);
            }
        }
        m_pos += nl ? len + 1 : len;
        if (nl) return true;
    }
}

std::string ReadContext::sizeText(size_t bytes) {
    constexpr size_t kMiB = size_t{1} << 20;
    constexpr size_t kKiB = size_t{1} << 10;
    if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
    return std::to_string(bytes) + " bytes";
}

}  // namespace entgraph::ingest
