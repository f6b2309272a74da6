#pragma once
// Markdown (CommonMark-ish, as news exports write it) to plain text.  Internal to src/ingest.
//
// Kept: the words.  Removed: ATX/setext heading markers, emphasis/strong/strikethrough
// markers (underscores inside words stay), link and image syntax (-> link text / alt text),
// autolink brackets, inline HTML tags, code spans' backticks, code fence lines (the code
// lines stay, verbatim), list bullets and numbers, blockquote '>', table pipes and
// separator rows, horizontal rules, reference definitions and YAML front matter.
// Blocks (paragraphs, headings, list items, code blocks) come out as paragraphs separated by
// a blank line.  The title is the front matter's `title:` or else the first heading.
#include <string_view>

#include "ingest/TextBuilder.h"

namespace entgraph::ingest {

// `bytes` must be valid UTF-8 (sanitize first).
ExtractedText markdownToText(std::string_view bytes);

// The inline part alone: one line's (or paragraph's) text without its markup.
std::string markdownInlineText(std::string_view text);

}  // namespace entgraph::ingest
