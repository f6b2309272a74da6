#pragma once
// Where ingest's bytes come from (a file, stdin or memory) and the bookkeeping every format
// reader shares (ids, messages, the per-article limit).  Internal to src/ingest.
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ingest/Ingest.h"

namespace entgraph::ingest {

// How much of an input is read ahead to guess its format.
inline constexpr size_t kSniffBytes = 8 * 1024;

// An input that cannot be read on; `what()` is the reason a user sees after
// "cannot read 'PATH': ".
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A forward-only byte stream with a read-ahead buffer.  Move-only; closes files it opened.
class InputSource {
public:
    // Throws InputError with strerror's text when the file cannot be opened.
    static InputSource openFile(const std::string& path);
    static InputSource standardInput();
    // `bytes` must outlive the InputSource.
    static InputSource memory(std::string_view bytes);

    // The first bytes of the input (up to kSniffBytes, fewer only at the end), read ahead
    // without consuming them.  Call before any read.
    std::string_view head();
    // True when head() returned the whole input (call after head()).
    bool headIsWhole() const { return m_sourceDone && m_buffer.size() - m_pos <= kSniffBytes; }

    // Up to `n` bytes; 0 only at the end.  Throws InputError on a read error.
    size_t read(char* buffer, size_t n);
    // Everything left; throws InputError when it exceeds `maxBytes` (after reading no more
    // than maxBytes + 1 bytes, or none when the file's size already says so).
    std::string readAll(size_t maxBytes);
    // The next line without its '\n'; false at the end of input.  A line longer than
    // `maxBytes` is consumed to its end without being kept, and `tooLong` is set.
    bool readLine(std::string& line, size_t maxBytes, bool& tooLong);

private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    InputSource() = default;
    // Appends up to one chunk from the source to m_buffer; false at the end.
    bool fill();
    size_t readSource(char* buffer, size_t n);

    std::unique_ptr<std::FILE, FileCloser> m_owned;
    std::FILE* m_file = nullptr;
    std::string_view m_memory;
    bool m_isMemory = false;
    bool m_sourceDone = false;
    std::string m_buffer;  // bytes read from the source and not yet consumed from m_pos
    size_t m_pos = 0;
};

// What a format reader needs besides the bytes: the input's name (path as given, "-" for
// stdin), the options, the article sink and the report.
struct ReadContext {
    std::string name;
    const IngestOptions& options;
    const std::function<void(Article&&)>& onArticle;
    IngestReport& report;

    void deliver(Article&& article) {
        ++report.articles;
        onArticle(std::move(article));
    }
    // "skipping 'NAME': reason"
    void skip(std::string_view reason) {
        report.warnings.push_back("skipping '" + name + "': " + std::string(reason));
    }
    // "cannot read 'NAME': reason"
    void fail(std::string_view reason) {
        report.errors.push_back("cannot read '" + name + "': " + std::string(reason));
    }
    // "62.5 MiB"-style text for size limits in messages.
    static std::string sizeText(size_t bytes);
    std::string limitText() const {
        return "over the " + sizeText(options.maxArticleBytes) + " per-article limit";
    }
};

}  // namespace entgraph::ingest
