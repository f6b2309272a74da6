#pragma once
// Turning paths into Articles.  Accepts files (.txt .md .html .htm .xml/.rss/.atom feeds
// .jsonl), directories (recursive, by extension) and "-" for stdin.
//
// Bad input never throws out of here: unreadable paths are reported as errors, binary and
// empty files as warnings, and the caller decides the exit code (see IngestReport).
// Exceptions thrown by the caller's own `onArticle` pass through unchanged.
//
// What each format becomes (Article.text):
//   .txt       the file's bytes unchanged, invalid UTF-8 included; offsets are byte offsets
//              into the file.  Title: the first non-blank line when it is under 200 bytes.
//   .md        plain text: heading markers, emphasis, link syntax (-> link text), code
//              fence lines, list/quote markers and reference definitions removed; paragraphs
//              separated by a blank line.  Title: YAML front matter `title:`, else the first
//              heading.
//   .html/.htm libxml2's HTML parser (recovering).  script/style/nav/header/footer/aside/
//              noscript/form/template/iframe/svg are dropped, except that a <header> inside
//              an <article> is kept (it usually holds the headline).  Block elements become
//              paragraphs separated by a blank line, <br> a line break.  Title: <title>, else
//              the first <h1>; when the page has no <h1> the title also opens the text, so
//              the headline's names are not lost.
//   feeds      RSS 2.0, RSS 1.0 (rdf:RDF) and Atom, recognised by their root element whatever
//              the extension (.xml .rss .atom).  One article per item/entry: id "PATH#N"
//              (N counts items from 1), url = link, published = pubDate/dc:date/published/
//              updated as found, text = title + blank line + content (content:encoded or
//              Atom content, else description/summary) run through the HTML-to-text code.
//              Items are delivered one at a time while the file is streamed.
//   .jsonl     one JSON object per line, streamed line by line: keys id, title, text, url,
//              published, source (unknown keys ignored; numbers accepted for id).  `text` is
//              used unchanged (but for U+FFFD in place of invalid UTF-8).  id defaults to
//              "PATH#LINE" (LINE = line number from 1); source is the record's `source`
//              (e.g. the outlet) when present, else PATH.
//   other      an explicitly named file with another extension is sniffed (sniffFormat) and
//              read as HTML, a feed, JSONL, Markdown or, by default, plain text.
//   directories are walked recursively; files with the extensions above are read in byte
//              order of their paths (so runs are deterministic), other files are ignored
//              silently, hidden entries (".name") are skipped, symbolic links to files are
//              followed and links to directories are not (no loops).
//
// Every extracted format (all but .txt) replaces invalid UTF-8 sequences with U+FFFD before
// parsing, so their text is always valid UTF-8; .txt keeps its bytes (the tokenizer treats
// bad bytes as separators).  Titles are always valid UTF-8.  In extracted text a no-break
// space counts as whitespace (it becomes a plain space).
//
// Limits: a single article (a whole .txt/.md/.html file, one JSONL line, one feed item) may
// not exceed IngestOptions::maxArticleBytes; beyond it the file is reported as an error (the
// JSONL line or feed item is skipped with a warning) and nothing more of it is read than
// needed.  Malformed feeds: an error when no item could be read, else a warning naming the
// line; an .xml whose root is not a feed is skipped with a warning.
//
// Thread safety: the functions keep no state between calls and may run on several threads
// at once.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Article.h"

namespace entgraph {

struct IngestReport {
    std::vector<std::string> errors;    // "cannot read 'PATH': <reason>"
    std::vector<std::string> warnings;  // "skipping 'PATH': binary file" ...
    size_t articles = 0;                // articles delivered
};

struct IngestOptions {
    // The largest single article accepted, in bytes.
    size_t maxArticleBytes = size_t{64} << 20;
};

// What a file holds, as far as ingest is concerned.
enum class InputFormat { Text, Markdown, Html, Feed, Jsonl, Binary, Empty };

// Calls `onArticle` for each article as soon as it is read, so a huge input is never
// held in memory whole.  Returns what happened.
IngestReport forEachArticle(const std::vector<std::string>& paths,
                            const std::function<void(Article&&)>& onArticle);
IngestReport forEachArticle(const std::vector<std::string>& paths,
                            const std::function<void(Article&&)>& onArticle,
                            const IngestOptions& options);

// Convenience: collects everything.
std::vector<Article> readArticles(const std::vector<std::string>& paths, IngestReport& report);

// The same reading for bytes already in memory (e.g. the embedded demo articles).  `name`
// plays the part of the path: its extension picks the format exactly as for a file named on
// the command line, and it is used in ids and messages.  Appends to `report`.
void forEachArticleInMemory(std::string_view name, std::string_view bytes,
                            const std::function<void(Article&&)>& onArticle, IngestReport& report,
                            const IngestOptions& options = {});

// Guesses the format from the first bytes of an input (up to 8 KiB are looked at); used for
// stdin and for files whose extension says nothing.  Binary: a NUL byte.  Empty: nothing but
// whitespace (say so only when `head` is the whole input).  Feed: the first element is
// <rss>, <feed> or <rdf:RDF>.  Html: any other markup first.  Jsonl: the first line is a JSON
// object.  Markdown: the first non-blank line is an ATX heading ("# ...") or front matter.
// Text otherwise.
InputFormat sniffFormat(std::string_view head);

// The format an extension promises inside a directory walk ("txt", ".MD"...; case-insensitive),
// or nullopt when files with that extension are not articles.  .xml/.rss/.atom map to Feed;
// their content is still checked when read.
std::optional<InputFormat> formatForExtension(std::string_view extension);

// A short name for messages and tests ("text", "markdown", "html", "feed", "jsonl"...).
std::string_view formatName(InputFormat format);

}  // namespace entgraph
