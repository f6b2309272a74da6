#pragma once
// UTF-8 helpers for the extracted formats: every format but .txt hands its parser valid
// UTF-8, so a stray Latin-1 byte costs one U+FFFD instead of libxml2 switching the rest of
// the document to another encoding or nlohmann-json rejecting the line.
#include <cstddef>
#include <string>
#include <string_view>

namespace entgraph::ingest {

// Length of the valid UTF-8 sequence starting at bytes[0] (1..4), or 0 when it is invalid
// (stray continuation byte, overlong form, surrogate, above U+10FFFF, cut short).
// `truncated` is set when the bytes are a valid start that the end of `bytes` cuts short.
size_t utf8SequenceLength(std::string_view bytes, bool& truncated);

bool isValidUtf8(std::string_view bytes);

// `bytes` with each invalid byte replaced by U+FFFD (EF BF BD).
std::string sanitizeUtf8(std::string_view bytes);

// The same for a stream cut into chunks: a sequence split across two chunks is kept whole.
class Utf8Sanitizer {
public:
    // Appends the sanitized part of `chunk` to `out`; an incomplete tail waits for the next.
    void feed(std::string_view chunk, std::string& out);
    // Flushes a tail the input ended in the middle of (as U+FFFD).
    void finish(std::string& out);

private:
    std::string m_pending;
};

// True when `bytes` holds nothing but ASCII whitespace (and perhaps a UTF-8 byte-order mark).
bool isBlank(std::string_view bytes);

// Trims ASCII whitespace at both ends and turns every inner run into one space.
std::string collapseWhitespace(std::string_view text);

// `bytes` without a leading UTF-8 byte-order mark.
std::string_view skipBom(std::string_view bytes);

}  // namespace entgraph::ingest
