#include "ingest/Utf8.h"

namespace entgraph::ingest {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

size_t utf8SequenceLength(std::string_view bytes, bool& truncated) {
    truncated = false;
    if (bytes.empty()) return 0;
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    if (b0 < 0x80) return 1;
    size_t need = 0;
    // The allowed range of the second byte excludes overlong forms, surrogates and code
    // points above U+10FFFF (RFC 3629, table 3-7 of the Unicode standard).
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    for (size_t i = 1; i < need; ++i) {
        if (i >= bytes.size()) {
            truncated = true;
            return 0;
        }
        const auto b = static_cast<unsigned char>(bytes[i]);
        const unsigned char l = i == 1 ? lo : 0x80;
        const unsigned char h = i == 1 ? hi : 0xBF;
        if (b < l || b > h) return 0;
    }
    return need;
}

bool isValidUtf8(std::string_view bytes) {
    size_t i = 0;
    bool truncated = false;
    while (i < bytes.size()) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const size_t n = utf8SequenceLength(bytes.substr(i), truncated);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string sanitizeUtf8(std::string_view bytes) {
    if (isValidUtf8(bytes)) return std::string(bytes);
    std::string out;
    Utf8Sanitizer s;
    s.feed(bytes, out);
    s.finish(out);
    return out;
}

void Utf8Sanitizer::feed(std::string_view chunk, std::string& out) {
    std::string joined;
    std::string_view in = chunk;
    if (!m_pending.empty()) {
        joined = m_pending + std::string(chunk);
        m_pending.clear();
        in = joined;
    }
    out.reserve(out.size() + in.size());
    size_t i = 0;
    size_t runStart = 0;  // start of the current run of valid bytes, copied in one go
    bool truncated = false;
    while (i < in.size()) {
        if (static_cast<unsigned char>(in[i]) < 0x80) {
            ++i;
            continue;
        }
        const size_t n = utf8SequenceLength(in.substr(i), truncated);
        if (n > 0) {
            i += n;
            continue;
        }
        out.append(in.substr(runStart, i - runStart));
        if (truncated) {  // may complete in the next chunk
            m_pending.assign(in.substr(i));
            return;
        }
        out.append(kReplacement);
        ++i;
        runStart = i;
    }
    out.append(in.substr(runStart));
}

void Utf8Sanitizer::finish(std::string& out) {
    // A sequence cut short by the end of input is one invalid unit per byte.
    for (size_t i = 0; i < m_pending.size(); ++i) out.append(kReplacement);
    m_pending.clear();
}

std::string_view skipBom(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes;
}

bool isBlank(std::string_view bytes) {
    for (char c : skipBom(bytes))
        if (!isSpace(c)) return false;
    return true;
}

std::string collapseWhitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

}  // namespace entgraph::ingest
