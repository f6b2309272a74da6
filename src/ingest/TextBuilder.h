#pragma once
// Assembling extracted plain text: runs of whitespace collapse to one space, paragraphs are
// separated by one blank line, leading/trailing blanks never appear.  Shared by the HTML and
// Markdown readers so both produce text of the same shape.
#include <string>
#include <string_view>

namespace entgraph::ingest {

// A document reduced to what extraction needs.
struct ExtractedText {
    std::string title;    // whitespace collapsed, may be empty
    std::string heading;  // the document's first main heading (<h1>, Markdown's first), or ""
    std::string text;     // paragraphs separated by "\n\n"
};

class TextBuilder {
public:
    // Flowing text: whitespace (newlines and no-break spaces included) collapses into single
    // spaces.
    void addText(std::string_view text);
    // Text kept as it is, line breaks included (preformatted blocks).
    void addVerbatim(std::string_view text);
    // A soft separator (table cells): one space unless one is pending already.
    void addSpace();
    // A line break inside the current paragraph (<br>, a Markdown hard break).
    void lineBreak();
    // Ends the current paragraph; an empty paragraph adds nothing.
    void paragraphBreak();
    // The text so far, the open paragraph included.  Leaves the builder empty.
    std::string finish();

    // True when nothing at all was written yet (an open paragraph counts).
    bool empty() const { return m_out.empty() && m_paragraph.empty(); }

private:
    std::string m_out;
    std::string m_paragraph;
    bool m_pendingSpace = false;
};

}  // namespace entgraph::ingest
