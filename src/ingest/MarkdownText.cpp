#include "ingest/MarkdownText.h"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/Utf8.h"

namespace entgraph::ingest {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}
bool isAlnum(char c) {
    // Bytes of multibyte UTF-8 characters count as word characters, so "naïve_name" stays.
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}
bool isPunct(char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

std::string_view trimLeft(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    return s;
}
std::string_view trim(std::string_view s) {
    s = trimLeft(s);
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Index of the bracket closing the one at `open` (same kind, nesting and escapes
// respected), or npos.
size_t matchingBracket(std::string_view s, size_t open, char openCh, char closeCh) {
    int depth = 0;
    for (size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == openCh) ++depth;
        if (s[i] == closeCh && --depth == 0) return i;
    }
    return std::string_view::npos;
}

bool startsWithCaseless(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

// A few entities news exports use; anything else stays as written.
bool decodeEntity(std::string_view s, size_t& i, std::string& out) {
    static const std::pair<std::string_view, std::string_view> kEntities[] = {
        {"&amp;", "&"},        {"&lt;", "<"},         {"&gt;", ">"},   {"&quot;", "\""},
        {"&#39;", "'"},        {"&apos;", "'"},       {"&nbsp;", " "}, {"&mdash;", "\u2014"},
        {"&ndash;", "\u2013"}, {"&hellip;", "\u2026"}};
    for (const auto& [name, value] : kEntities) {
        if (s.substr(i, name.size()) == name) {
            out.append(value);
            i += name.size();
            return true;
        }
    }
    return false;
}

// Length of an inline HTML tag or autolink starting at s[i] == '<', or 0.
size_t tagLength(std::string_view s, size_t i) {
    if (i + 1 >= s.size()) return 0;
    const char c = s[i + 1];
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '!')) return 0;
    const size_t close = s.find('>', i + 1);
    if (close == std::string_view::npos) return 0;
    const std::string_view inner = s.substr(i + 1, close - i - 1);
    if (inner.find('<') != std::string_view::npos) return 0;
    return close - i + 1;
}

}  // namespace

std::string markdownInlineText(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && isPunct(s[i + 1])) {
            out.push_back(s[i + 1]);
            i += 2;
            continue;
        }
        if (c == '`') {
            size_t n = 0;
            while (i + n < s.size() && s[i + n] == '`') ++n;
            const std::string fence(n, '`');
            const size_t close = s.find(fence, i + n);
            if (close == std::string_view::npos) {
                out.append(fence);
                i += n;
                continue;
            }
            out.append(trim(s.substr(i + n, close - i - n)));
            i = close + n;
            continue;
        }
        if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
            const size_t open = c == '!' ? i + 1 : i;
            const size_t close = matchingBracket(s, open, '[', ']');
            if (close != std::string_view::npos && close + 1 < s.size() &&
                (s[close + 1] == '(' || s[close + 1] == '[')) {
                const char closer = s[close + 1] == '(' ? ')' : ']';
                const size_t end = matchingBracket(s, close + 1, s[close + 1], closer);
                if (end != std::string_view::npos) {
                    out.append(markdownInlineText(s.substr(open + 1, close - open - 1)));
                    i = end + 1;
                    continue;
                }
            }
            out.push_back(c);
            ++i;
            continue;
        }
        if (c == '<') {
            if (const size_t n = tagLength(s, i)) {
                const std::string_view inner = s.substr(i + 1, n - 2);
                if (startsWithCaseless(inner, "http://") || startsWithCaseless(inner, "https://") ||
                    startsWithCaseless(inner, "mailto:"))
                    out.append(inner);  // autolink: the address is the text
                i += n;
                continue;
            }
        }
        if (c == '&' && decodeEntity(s, i, out)) continue;
        if (c == '*' || c == '_' || c == '~') {
            size_t n = 0;
            while (i + n < s.size() && s[i + n] == c) ++n;
            const char before = i > 0 ? s[i - 1] : ' ';
            const char after = i + n < s.size() ? s[i + n] : ' ';
            bool marker = !(isSpace(before) && isSpace(after));  // "5 * 3" is arithmetic
            if (c == '_' && isAlnum(before) && isAlnum(after)) marker = false;  // snake_case
            if (c == '~' && n < 2) marker = false;
            if (!marker) out.append(s.substr(i, n));
            i += n;
            continue;
        }
        out.push_back(c);
        ++i;
    }
    return out;
}

namespace {

// ---------------------------------------------------------------- block structure

bool isFenceLine(std::string_view line, char& fenceChar, size_t& fenceLen) {
    const std::string_view t = trimLeft(line);
    if (line.size() - t.size() > 3 || t.size() < 3) return false;
    if (t[0] != '`' && t[0] != '~') return false;
    size_t n = 0;
    while (n < t.size() && t[n] == t[0]) ++n;
    if (n < 3) return false;
    fenceChar = t[0];
    fenceLen = n;
    return true;
}

// "---", "***", "___" (spaces allowed between), or "" when not a rule.
bool isRule(std::string_view line, char& ch) {
    const std::string_view t = trim(line);
    if (t.empty() || (t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
    size_t count = 0;
    for (char c : t) {
        if (c == t[0])
            ++count;
        else if (!isSpace(c))
            return false;
    }
    ch = t[0];
    return count >= 3;
}

bool isSetextUnderline(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.empty() || (t[0] != '=' && t[0] != '-')) return false;
    for (char c : t)
        if (c != t[0]) return false;
    return true;
}

// Heading level 1..6 and its text for "## Text ##", or 0.
int atxHeading(std::string_view line, std::string_view& text) {
    const std::string_view t = trimLeft(line);
    if (line.size() - t.size() > 3) return 0;
    size_t n = 0;
    while (n < t.size() && t[n] == '#') ++n;
    if (n == 0 || n > 6 || (n < t.size() && !isSpace(t[n]))) return 0;
    std::string_view rest = trim(t.substr(n));
    // A closing run of '#' preceded by a space is decoration.
    size_t end = rest.size();
    while (end > 0 && rest[end - 1] == '#') --end;
    if (end == 0 || isSpace(rest[end - 1])) rest = trim(rest.substr(0, end));
    text = rest;
    return static_cast<int>(n);
}

// Strips a list bullet or number; true when there was one.
bool stripListMarker(std::string_view& line) {
    std::string_view t = trimLeft(line);
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && isSpace(t[1])) {
        line = trimLeft(t.substr(2));
        return true;
    }
    size_t n = 0;
    while (n < t.size() && n < 9 && std::isdigit(static_cast<unsigned char>(t[n]))) ++n;
    if (n > 0 && n + 1 < t.size() && (t[n] == '.' || t[n] == ')') && isSpace(t[n + 1])) {
        line = trimLeft(t.substr(n + 2));
        return true;
    }
    return false;
}

bool isReferenceDefinition(std::string_view line) {
    const std::string_view t = trimLeft(line);
    if (t.empty() || t[0] != '[') return false;
    const size_t close = t.find("]:");
    return close != std::string_view::npos && close > 1;
}

bool isTableSeparator(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.find('|') == std::string_view::npos || t.find('-') == std::string_view::npos)
        return false;
    for (char c : t)
        if (c != '|' && c != '-' && c != ':' && !isSpace(c)) return false;
    return true;
}

std::vector<std::string_view> splitLines(std::string_view s) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= s.size()) {
        size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) nl = s.size();
        std::string_view line = s.substr(start, nl - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        start = nl + 1;
    }
    return lines;
}

std::string unquote(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    return std::string(v);
}

}  // namespace

ExtractedText markdownToText(std::string_view bytes) {
    ExtractedText result;
    const std::vector<std::string_view> lines = splitLines(skipBom(bytes));
    size_t i = 0;

    // YAML front matter: only when it is closed, else the "---" is a rule.
    if (!lines.empty() && trim(lines[0]) == "---") {
        size_t end = 1;
        while (end < lines.size() && trim(lines[end]) != "---" && trim(lines[end]) != "...") ++end;
        if (end < lines.size()) {
            for (size_t k = 1; k < end; ++k)
                if (lines[k].substr(0, 6) == "title:")
                    result.title = collapseWhitespace(unquote(lines[k].substr(6)));
            i = end + 1;
        }
    }

    TextBuilder b;
    bool inFence = false;
    char fenceChar = 0;
    size_t fenceLen = 0;
    std::string_view lastText;  // the previous line, when it was paragraph text
    const auto noteHeading = [&](std::string_view text) {
        if (result.heading.empty()) result.heading = collapseWhitespace(markdownInlineText(text));
    };

    for (; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        char ch = 0;
        size_t len = 0;
        if (inFence) {
            if (isFenceLine(line, ch, len) && ch == fenceChar && len >= fenceLen &&
                trim(line).size() == len) {
                inFence = false;
                b.paragraphBreak();
            } else {
                b.addVerbatim(line);
                b.addVerbatim("\n");
            }
            continue;
        }
        if (isFenceLine(line, ch, len)) {
            b.paragraphBreak();
            inFence = true;
            fenceChar = ch;
            fenceLen = len;
            lastText = {};
            continue;
        }
        // Blockquote markers go; what they quote is read like any line.
        for (std::string_view t = trimLeft(line); !t.empty() && t[0] == '>'; t = trimLeft(line))
            line = t.substr(1);
        if (trim(line).empty()) {
            b.paragraphBreak();
            lastText = {};
            continue;
        }
        if (!lastText.empty() && isSetextUnderline(line)) {
            noteHeading(lastText);
            b.paragraphBreak();
            lastText = {};
            continue;
        }
        if (isRule(line, ch) || isTableSeparator(line) || isReferenceDefinition(line)) {
            if (!isReferenceDefinition(line)) b.paragraphBreak();
            lastText = {};
            continue;
        }
        std::string_view heading;
        if (atxHeading(line, heading) > 0) {
            b.paragraphBreak();
            noteHeading(heading);
            b.addText(markdownInlineText(heading));
            b.paragraphBreak();
            lastText = {};
            continue;
        }
        if (trimLeft(line).substr(0, 1) == "|") {  // a table row: cells become words
            std::string_view row = trim(line);
            size_t start = 0;
            while (start < row.size()) {
                size_t bar = row.find('|', start);
                if (bar == std::string_view::npos) bar = row.size();
                b.addText(markdownInlineText(trim(row.substr(start, bar - start))));
                b.addSpace();
                start = bar + 1;
            }
            b.lineBreak();
            lastText = {};
            continue;
        }
        if (stripListMarker(line)) {
            b.paragraphBreak();
        }
        if (!b.empty()) b.addSpace();
        b.addText(markdownInlineText(line));
        lastText = line;
    }
    result.text = b.finish();
    if (result.title.empty()) result.title = result.heading;
    return result;
}

}  // namespace entgraph::ingest
