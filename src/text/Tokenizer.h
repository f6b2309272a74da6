#pragma once
// Tokenizer for English news text.  Every token keeps its UTF-8 byte span into the text it
// was cut from, so later stages never copy or re-find text.
//
// What it gets right (see tests/text/TokenizerTest.cpp):
//  - abbreviations and initials keep their period: "U.S.", "Mr.", "W." (single capital +
//    period), "Inc."; a sentence-final period stays its own token otherwise;
//  - hyphenated words are one token ("Kim Jong-un", "anti-aircraft"), dashes are not;
//  - possessives split off: "Russia's" and "Russia’s" -> "Russia" + "'s"/"’s";
//    "didn't" -> "did" + "n't"; other inner apostrophes stay ("O'Brien");
//  - numbers keep their grouping and decimals ("100,000", "3.5", "1st"); "$" is its own token;
//  - curly quotes, dashes and other symbols are single punctuation tokens;
//  - invalid UTF-8 bytes separate tokens like spaces (never inside a token), so spans
//    still index the original bytes.
//
// Thread safety: pure functions.  Cost: one pass, ICU only for non-ASCII code points.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/ByteSpan.h"

namespace entgraph {

enum class TokenKind : uint8_t {
    Word,    // starts with a letter ("Kim", "Jong-un", "U.S.", "'s", "n't")
    Number,  // starts with a digit ("100,000", "1st")
    Punct,   // . , ; : ! ? quotes brackets dashes ...
    Symbol,  // $ € £ % & and any other single symbol
};

struct Token {
    ByteSpan span;
    TokenKind kind = TokenKind::Word;
    bool upperInitial = false;     // first letter is upper case (Unicode-aware)
    bool allUpper = false;         // every letter upper case, at least two letters ("NATO", "U.S.")
    bool spaceBefore = false;      // whitespace (or an invalid byte) right before it
    bool lineBreakBefore = false;  // a '\n' between the previous token and this one
    bool paragraphBreakBefore = false;  // two or more '\n' (blank line) before it

    std::string_view text(std::string_view source) const {
        return source.substr(span.start, span.size());
    }
};

std::vector<Token> tokenize(std::string_view text);
// The same into `tokens` (cleared first): a caller tokenizing many texts reuses its memory.
void tokenizeInto(std::string_view text, std::vector<Token>& tokens);

// Decodes one UTF-8 code point at text[pos]; returns its length (1-4) or 0 when the bytes
// there are not valid UTF-8 (overlong, surrogate, truncated, stray continuation).
size_t decodeUtf8(std::string_view text, size_t pos, char32_t& codePoint);

}  // namespace entgraph
