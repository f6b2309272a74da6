// Guessing an input's format from its first bytes and its extension (see Ingest.h).
#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/Ingest.h"
#include "ingest/InputSource.h"
#include "ingest/Utf8.h"

namespace entgraph {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view skipSpace(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    return s;
}

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_' || c == '-' ||
           c == '.';
}

// The input starts with '<': skip the XML declaration, comments and doctype and look at the
// first element.  A feed's root element decides; any other markup means HTML.
InputFormat sniffMarkup(std::string_view s) {
    for (;;) {
        s = skipSpace(s);
        if (s.size() < 2 || s.front() != '<') return InputFormat::Html;
        if (s.substr(0, 4) == "<!--") {
            const size_t end = s.find("-->");
            if (end == std::string_view::npos) return InputFormat::Html;
            s.remove_prefix(end + 3);
            continue;
        }
        if (s[1] == '?' || s[1] == '!') {
            const size_t end = s.find('>');
            if (s[1] == '!' &&
                lower(s.substr(0, std::min(end, s.size()))).find("html") != std::string::npos)
                return InputFormat::Html;
            if (end == std::string_view::npos) return InputFormat::Html;
            s.remove_prefix(end + 1);
            continue;
        }
        size_t n = 1;
        while (n < s.size() && isNameChar(s[n])) ++n;
        std::string name = lower(s.substr(1, n - 1));
        if (const size_t colon = name.rfind(':'); colon != std::string::npos)
            name = name.substr(colon + 1);
        if (name == "rss" || name == "feed" || name == "rdf") return InputFormat::Feed;
        return InputFormat::Html;
    }
}

// A JSON object opens the first line: '{' then a key or '}'.  Looking at the opening alone
// keeps this right for JSONL lines far longer than the sniffed head.
bool looksLikeJsonObject(std::string_view s) {
    if (s.empty() || s.front() != '{') return false;
    s.remove_prefix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    return !s.empty() && (s.front() == '"' || s.front() == '}');
}

std::string_view firstLine(std::string_view s) {
    const size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

bool isAtxHeading(std::string_view line) {
    size_t n = 0;
    while (n < line.size() && line[n] == '#') ++n;
    return n >= 1 && n <= 6 && n < line.size() && (line[n] == ' ' || line[n] == '\t');
}

// "---" followed by a "key: value" line: YAML front matter as Markdown tools write it.
bool isFrontMatter(std::string_view s) {
    if (firstLine(s) != "---") return false;
    const size_t nl = s.find('\n');
    if (nl == std::string_view::npos) return false;
    const std::string_view next = firstLine(s.substr(nl + 1));
    const size_t colon = next.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    return std::all_of(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

}  // namespace

InputFormat sniffFormat(std::string_view head) {
    head = head.substr(0, ingest::kSniffBytes);
    if (head.find('\0') != std::string_view::npos) return InputFormat::Binary;
    if (ingest::isBlank(head)) return InputFormat::Empty;
    const std::string_view s = skipSpace(ingest::skipBom(head));
    if (s.front() == '<') return sniffMarkup(s);
    if (looksLikeJsonObject(s)) return InputFormat::Jsonl;
    if (isAtxHeading(firstLine(s)) || isFrontMatter(s)) return InputFormat::Markdown;
    return InputFormat::Text;
}

std::optional<InputFormat> formatForExtension(std::string_view extension) {
    if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
    const std::string ext = lower(extension);
    if (ext == "txt" || ext == "text") return InputFormat::Text;
    if (ext == "md" || ext == "markdown") return InputFormat::Markdown;
    if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::Html;
    if (ext == "xml" || ext == "rss" || ext == "atom") return InputFormat::Feed;
    if (ext == "jsonl" || ext == "ndjson") return InputFormat::Jsonl;
    return std::nullopt;
}

std::string_view formatName(InputFormat format) {
    switch (format) {
        case InputFormat::Text:
            return "text";
        case InputFormat::Markdown:
            return "markdown";
        case InputFormat::Html:
            return "html";
        case InputFormat::Feed:
            return "feed";
        case InputFormat::Jsonl:
            return "jsonl";
        case InputFormat::Binary:
            return "binary";
        case InputFormat::Empty:
            return "empty";
    }
    return "unknown";
}

}  // namespace entgraph
