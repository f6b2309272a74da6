#pragma once
// Splits a tokenized article into sentences.
//
// Rules (see tests/text/SentenceSplitterTest.cpp):
//  - ".", "!", "?", "..." end a sentence (closing quotes and brackets right after them
//    stay in it) unless the next token starts with a lower-case letter;
//  - a token that keeps its period ("U.S.", "Inc.") ends a sentence only when the next
//    word is a typical sentence opener ("The", "He", ...) or starts a new line; titles
//    ("Mr.", "Gen.") and initials ("W.") never do;
//  - a blank line always ends a sentence; a single line break ends one unless the next
//    line starts with a lower-case letter (hard-wrapped text), so headlines and title
//    lines without final punctuation are sentences of their own.
//
// Thread safety: pure function.
#include <string_view>
#include <vector>

#include "core/ByteSpan.h"
#include "text/Tokenizer.h"

namespace entgraph {

struct Sentence {
    size_t firstToken = 0;  // index into the token vector
    size_t endToken = 0;    // one past the last token
    ByteSpan span;          // from the first token's start to the last token's end
    bool headline = false;  // ended by a line break without final punctuation
};

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace entgraph
