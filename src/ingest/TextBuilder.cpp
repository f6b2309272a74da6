#include "ingest/TextBuilder.h"

namespace entgraph::ingest {

namespace {
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool endsWithLineStart(const std::string& s) {
    return s.empty() || s.back() == '\n';
}
}  // namespace

void TextBuilder::addText(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // A no-break space (&nbsp;, U+00A0) joins words only visually; to the tokenizer it
        // must be a space like any other, or "Liisa&nbsp;Kask" becomes one strange word.
        const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
        if (nbsp) ++i;
        if (nbsp || isSpace(c)) {
            m_pendingSpace = !endsWithLineStart(m_paragraph);
            continue;
        }
        if (m_pendingSpace) m_paragraph.push_back(' ');
        m_pendingSpace = false;
        m_paragraph.push_back(c);
    }
}

void TextBuilder::addVerbatim(std::string_view text) {
    if (m_pendingSpace) m_paragraph.push_back(' ');
    m_pendingSpace = false;
    for (char c : text)
        if (c != '\r') m_paragraph.push_back(c);
}

void TextBuilder::addSpace() {
    if (!endsWithLineStart(m_paragraph)) m_pendingSpace = true;
}

void TextBuilder::lineBreak() {
    m_pendingSpace = false;
    while (!m_paragraph.empty() && m_paragraph.back() == ' ') m_paragraph.pop_back();
    if (!m_paragraph.empty() && m_paragraph.back() != '\n') m_paragraph.push_back('\n');
}

void TextBuilder::paragraphBreak() {
    m_pendingSpace = false;
    size_t end = m_paragraph.size();
    while (end > 0 && isSpace(m_paragraph[end - 1])) --end;
    size_t start = 0;
    while (start < end && isSpace(m_paragraph[start])) ++start;
    if (start < end) {
        if (!m_out.empty()) m_out += "\n\n";
        m_out.append(m_paragraph, start, end - start);
    }
    m_paragraph.clear();
}

std::string TextBuilder::finish() {
    paragraphBreak();
    std::string out;
    out.swap(m_out);
    return out;
}

}  // namespace entgraph::ingest
