#pragma once
// Internal to src/ner: reading the embedded lexicons line by line.
#include <string>
#include <string_view>

#include "core/Resources.h"

namespace entgraph::ner {

// Calls fn(line) for each non-empty, non-comment line of an embedded lexicon (none when
// the build lacks it).
template <typename Fn>
void forEachLexiconLine(std::string_view path, Fn&& fn) {
    auto text = findResource(std::string(path));
    if (!text) return;
    size_t pos = 0;
    while (pos < text->size()) {
        size_t eol = text->find('\n', pos);
        if (eol == std::string_view::npos) eol = text->size();
        const std::string_view line = text->substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line[0] != '#') fn(line);
    }
}

}  // namespace entgraph::ner
