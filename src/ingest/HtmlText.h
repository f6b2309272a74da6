#pragma once
// HTML to plain text with libxml2's recovering HTML parser (see Ingest.h for what is dropped
// and how paragraphs come out).  Internal to src/ingest.
#include <string_view>

#include "ingest/TextBuilder.h"

struct _xmlNode;

namespace entgraph::ingest {

// Parses an HTML document or fragment.  The bytes are taken as UTF-8 (invalid sequences
// become U+FFFD) unless the document declares another charset, which libxml2 then honours.
// Broken markup is recovered, never an error; no input yields an empty result.  Throws
// InputError only for input over 2 GiB (libxml2 takes an int length).
ExtractedText htmlToText(std::string_view bytes);

// The text of the children of an already parsed (X)HTML node, e.g. Atom's xhtml content.
std::string nodeChildrenToText(const _xmlNode* node);

}  // namespace entgraph::ingest
