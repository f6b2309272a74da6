#pragma once
// Small text helpers for the panels (search, sorting, evidence display).
#include <string>
#include <string_view>

namespace entgraph::gui {

// Lower-cases ASCII and the Latin-1/Cyrillic two-byte UTF-8 letters, for case-insensitive
// matching in search and filters.  Other bytes are kept as they are.
std::string foldCase(std::string_view s);

// A sentence for display: whitespace runs collapsed, cut to `maxBytes` on a UTF-8
// boundary with an ellipsis.
std::string displaySentence(std::string_view s, size_t maxBytes = 400);

}  // namespace entgraph::gui
