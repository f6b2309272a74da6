#include "text/SentenceSplitter.h"

#include <array>
#include <cctype>

namespace entgraph {

namespace {

bool startsLower(std::string_view text, const Token& t) {
    return t.kind == TokenKind::Word && !t.upperInitial &&
           std::islower(static_cast<unsigned char>(text[t.span.start]));
}

bool isTerminal(std::string_view tok) {
    return tok == "." || tok == "!" || tok == "?" || tok == "..." || tok == "\xE2\x80\xA6" ||
           tok == "?!" || tok == "!?";
}

bool isCloser(std::string_view tok) {
    return tok == "\"" || tok == "'" || tok == ")" || tok == "]" || tok == "\xE2\x80\x9D" ||
           tok == "\xE2\x80\x99" || tok == "\xC2\xBB";
}

// Titles and initials whose period never ends a sentence.
bool isTitleAbbreviation(std::string_view tok) {
    static constexpr std::array<std::string_view, 22> kTitles = {
        "mr.",  "mrs.",  "ms.",   "dr.",   "prof.", "gen.",   "lt.",  "col.",
        "sgt.", "capt.", "maj.",  "adm.",  "sen.",  "rep.",   "gov.", "st.",
        "rev.", "hon.",  "pres.", "cmdr.", "brig.", "messrs."};
    if (tok.size() == 2 && std::isalpha(static_cast<unsigned char>(tok[0]))) return true;  // "W."
    if (tok.size() > 7) return false;
    char lower[8] = {};
    for (size_t i = 0; i < tok.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(tok[i])));
    for (std::string_view t : kTitles)
        if (t == std::string_view(lower, tok.size())) return true;
    return false;
}

bool isSentenceOpener(std::string_view tok) {
    static constexpr std::array<std::string_view, 34> kOpeners = {
        "The",   "A",       "An",        "In",   "On",  "At",    "It",      "He",    "She",
        "They",  "We",      "I",         "But",  "And", "This",  "That",    "These", "Those",
        "There", "However", "Meanwhile", "Its",  "His", "Her",   "Their",   "Our",   "As",
        "After", "Before",  "While",     "When", "If",  "Since", "Although"};
    for (std::string_view o : kOpeners)
        if (o == tok) return true;
    return false;
}

}  // namespace

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> sentences;
    size_t first = 0;
    auto close = [&](size_t end, bool headline) {
        if (end <= first) return;
        Sentence s;
        s.firstToken = first;
        s.endToken = end;
        s.span = {tokens[first].span.start, tokens[end - 1].span.end};
        s.headline = headline;
        sentences.push_back(s);
        first = end;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
        // Breaks before token i.
        if (i > first) {
            const Token& t = tokens[i];
            if (t.paragraphBreakBefore || (t.lineBreakBefore && !startsLower(text, t))) {
                const std::string_view prev = tokens[i - 1].text(text);
                close(i, !isTerminal(prev) && !isCloser(prev));
            }
        }
        const std::string_view tok = tokens[i].text(text);
        const bool terminal = tokens[i].kind == TokenKind::Punct && isTerminal(tok);
        const bool abbreviation =
            tokens[i].kind == TokenKind::Word && tok.size() > 1 && tok.back() == '.';
        if (!terminal && !abbreviation) continue;
        size_t end = i + 1;
        if (terminal)
            while (end < tokens.size() && !tokens[end].lineBreakBefore &&
                   isCloser(tokens[end].text(text)))
                ++end;
        if (end >= tokens.size()) continue;  // the final sentence closes below
        const Token& next = tokens[end];
        if (next.lineBreakBefore) continue;  // the line-break rule handles it
        if (terminal) {
            if (startsLower(text, next)) continue;
            if (next.kind == TokenKind::Punct && (next.text(text) == "," || next.text(text) == ";"))
                continue;
        } else {
            if (isTitleAbbreviation(tok)) continue;
            if (!isSentenceOpener(next.text(text))) continue;
        }
        close(end, false);
        i = end - 1;
    }
    if (first < tokens.size()) {
        const std::string_view last = tokens.back().text(text);
        close(tokens.size(), !isTerminal(last) && !isCloser(last));
    }
    return sentences;
}

}  // namespace entgraph
