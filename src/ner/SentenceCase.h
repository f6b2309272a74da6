#pragma once
// Internal to src/ner: what a sentence's casing (classifySentenceCase, NerFeatures.h) takes
// from one word, kept in WordFacts::caseBits and capsLetters.
#include <cstdint>
#include <string_view>

namespace entgraph::ner {

void summarizeCase(std::string_view word, uint8_t& bits, uint8_t& capsLetters);

}  // namespace entgraph::ner
