#include "text/Tokenizer.h"

#include <unicode/uchar.h>

#include <array>
#include <cctype>
#include <string>

namespace entgraph {

size_t decodeUtf8(std::string_view text, size_t pos, char32_t& cp) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    size_t len;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (pos + len > text.size()) return 0;
    for (size_t i = 1; i < len; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

namespace {

enum class CharClass : uint8_t {
    Space,
    Newline,
    Letter,
    Digit,
    Apostrophe,
    Hyphen,
    Period,
    Punct,
    Symbol,
    Invalid
};

struct Char {
    CharClass cls = CharClass::Invalid;
    uint8_t len = 1;  // bytes (1-4): a small struct is returned in registers
    bool upper = false;
    bool lower = false;
};

// The class of an ASCII code point.
constexpr Char asciiChar(char32_t cp) {
    Char c;
    if (cp >= 'a' && cp <= 'z')
        c.cls = CharClass::Letter, c.lower = true;
    else if (cp >= 'A' && cp <= 'Z')
        c.cls = CharClass::Letter, c.upper = true;
    else if (cp >= '0' && cp <= '9')
        c.cls = CharClass::Digit;
    else if (cp == '\n')
        c.cls = CharClass::Newline;
    else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp < 0x20 ||
             cp == 0x7F)
        c.cls = CharClass::Space;
    else if (cp == '\'')
        c.cls = CharClass::Apostrophe;
    else if (cp == '-')
        c.cls = CharClass::Hyphen;
    else if (cp == '.')
        c.cls = CharClass::Period;
    else if (cp == '$' || cp == '%' || cp == '&' || cp == '#' || cp == '@' || cp == '+' ||
             cp == '=' || cp == '<' || cp == '>' || cp == '|' || cp == '~' || cp == '^' ||
             cp == '*' || cp == '/' || cp == '\\' || cp == '`')
        c.cls = CharClass::Symbol;
    else
        c.cls = CharClass::Punct;
    return c;
}

// Most bytes of news text are ASCII: one table load instead of UTF-8 decoding and a chain
// of comparisons.
constexpr std::array<Char, 128> kAscii = [] {
    std::array<Char, 128> table{};
    for (char32_t b = 0; b < 128; ++b) table[b] = asciiChar(b);
    return table;
}();

Char classifySlow(std::string_view text, size_t pos);

Char classify(std::string_view text, size_t pos) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) return kAscii[b];
    return classifySlow(text, pos);
}

Char classifySlow(std::string_view text, size_t pos) {
    Char c;
    char32_t cp = 0;
    c.len = static_cast<uint8_t>(decodeUtf8(text, pos, cp));
    if (c.len == 0) {
        c.len = 1;
        c.cls = CharClass::Invalid;
        return c;
    }
    if (cp < 0x80) return asciiChar(cp);
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
        c.cls = CharClass::Apostrophe;
    else if (cp == 0x2010 || cp == 0x2011)
        c.cls = CharClass::Hyphen;  // real hyphens, not dashes
    else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
        c.cls = CharClass::Newline;
    else if (u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B || cp == 0xFEFF)
        c.cls = CharClass::Space;
    else if (u_isalpha(static_cast<UChar32>(cp)) ||
             u_getCombiningClass(static_cast<UChar32>(cp)) != 0 ||
             u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) {
        c.cls = CharClass::Letter;
        c.upper = u_isUUppercase(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
        c.lower = u_isULowercase(static_cast<UChar32>(cp));
    } else if (u_isdigit(static_cast<UChar32>(cp)))
        c.cls = CharClass::Digit;
    else if (u_ispunct(static_cast<UChar32>(cp)))
        c.cls = CharClass::Punct;
    else
        c.cls = CharClass::Symbol;
    return c;
}

// Abbreviations that keep their period ("Mr.", "Gen.", "Inc.").  Lower-case ASCII.
bool isAbbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 58> kList = {
        "mr",  "mrs", "ms",   "dr",   "prof", "gen",    "lt",   "col",  "sgt",  "capt",
        "maj", "adm", "sen",  "rep",  "gov",  "st",     "jr",   "sr",   "inc",  "corp",
        "ltd", "co",  "vs",   "etc",  "jan",  "feb",    "mar",  "apr",  "jun",  "jul",
        "aug", "sep", "sept", "oct",  "nov",  "dec",    "no",   "mt",   "ft",   "pres",
        "rev", "hon", "dept", "univ", "est",  "approx", "cmdr", "brig", "gens", "messrs",
        "fig", "vol", "pp",   "ed",   "al",   "cf",     "ave",  "blvd"};
    if (word.size() > 6) return false;
    char buf[6];
    for (size_t i = 0; i < word.size(); ++i)
        buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    const std::string_view lower(buf, word.size());
    for (std::string_view a : kList)
        if (a == lower) return true;
    return false;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokenizeInto(text, tokens);
    return tokens;
}

namespace {

// Whether the letters at `pos` are a participle that makes a hyphenated compound of the
// name before it ("-based", "-led", "-backed", ...), ending there.
bool namedCompoundSuffix(std::string_view text, size_t pos) {
    static constexpr std::string_view kSuffixes[] = {
        "based",  "led",       "backed",    "born",     "run",        "owned",
        "linked", "made",      "funded",    "flagged",  "registered", "controlled",
        "allied", "supported", "sponsored", "operated", "built",      "headquartered"};
    size_t end = pos;
    while (end < text.size() && std::islower(static_cast<unsigned char>(text[end]))) ++end;
    if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                              text[end] == '-' || static_cast<unsigned char>(text[end]) >= 0x80))
        return false;
    const std::string_view word = text.substr(pos, end - pos);
    for (std::string_view s : kSuffixes)
        if (word == s) return true;
    return false;
}

}  // namespace

void tokenizeInto(std::string_view text, std::vector<Token>& tokens) {
    tokens.clear();
    tokens.reserve(text.size() / 5 + 4);
    size_t pos = 0;
    bool space = false;
    int newlines = 0;

    auto peek = [&](size_t at) {
        return at < text.size() ? classify(text, at) : Char{CharClass::Space, 0};
    };

    while (pos < text.size()) {
        if (text[pos] == ' ') {  // most bytes between tokens: no classification
            space = true;
            ++pos;
            continue;
        }
        Char c = classify(text, pos);
        if (c.cls == CharClass::Space || c.cls == CharClass::Invalid) {
            space = true;
            pos += c.len;
            continue;
        }
        if (c.cls == CharClass::Newline) {
            space = true;
            ++newlines;
            pos += c.len;
            continue;
        }
        Token tok;
        tok.spaceBefore = space || tokens.empty();
        tok.lineBreakBefore = newlines > 0;
        tok.paragraphBreakBefore = newlines > 1;
        space = false;
        newlines = 0;
        const size_t start = pos;

        if ((text[pos] == 'n' || text[pos] == 'N') && pos + 1 < text.size() && !tok.spaceBefore) {
            // the "n't" left by a split "didn't"
            Char apostrophe = peek(pos + 1);
            const size_t t = pos + 1 + apostrophe.len;
            if (apostrophe.cls == CharClass::Apostrophe && t < text.size() &&
                (text[t] == 't' || text[t] == 'T')) {
                Char after = peek(t + 1);
                if (after.cls != CharClass::Letter && after.cls != CharClass::Digit) {
                    tok.kind = TokenKind::Word;
                    tok.span = {start, t + 1};
                    pos = t + 1;
                    tokens.push_back(tok);
                    continue;
                }
            }
        }
        if (c.cls == CharClass::Letter || c.cls == CharClass::Digit) {
            tok.kind = c.cls == CharClass::Letter ? TokenKind::Word : TokenKind::Number;
            size_t letters = 0, uppers = 0;
            bool first = true;
            while (pos < text.size()) {
                if (!first) {
                    // Most bytes of a word are ASCII lower-case letters after its first: a run
                    // of them needs no classification (one compare a byte).
                    size_t run = pos;
                    while (run < text.size() &&
                           static_cast<unsigned>(static_cast<unsigned char>(text[run]) - 'a') < 26)
                        ++run;
                    letters += run - pos;
                    pos = run;
                    if (pos == text.size()) break;
                }
                Char d = classify(text, pos);
                if (d.cls == CharClass::Letter || d.cls == CharClass::Digit) {
                    if (d.cls == CharClass::Letter) {
                        ++letters;
                        uppers += d.upper;
                        if (first) tok.upperInitial = d.upper;
                        first = false;
                    }
                    pos += d.len;
                    continue;
                }
                Char next = peek(pos + d.len);
                const bool alnumNext =
                    next.cls == CharClass::Letter || next.cls == CharClass::Digit;
                if (d.cls == CharClass::Hyphen && alnumNext) {
                    // "Dubai-based", "Iran-backed", "Russian-led": a name before a participle
                    // is a token of its own, as the UD treebanks the tagger learned from
                    // split them ("US - based"), so the place can be found
                    if (tok.upperInitial && namedCompoundSuffix(text, pos + d.len)) break;
                    pos += d.len;
                    continue;
                }
                if (d.cls == CharClass::Period && tok.kind == TokenKind::Number &&
                    next.cls == CharClass::Digit) {
                    pos += d.len;  // 3.5
                    continue;
                }
                if (tok.kind == TokenKind::Number && text[pos] == ',' &&
                    next.cls == CharClass::Digit) {
                    // 100,000: a comma followed by exactly three digits
                    size_t k = pos + 1, digits = 0;
                    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])))
                        ++k, ++digits;
                    if (digits == 3) {
                        pos = k;
                        continue;
                    }
                    break;
                }
                if (d.cls == CharClass::Apostrophe && next.cls == CharClass::Letter &&
                    tok.kind == TokenKind::Word) {
                    // 's and n't split off; other inner apostrophes (O'Brien) stay.
                    const size_t after = pos + d.len;
                    const char n0 = text[after];
                    Char afterS = peek(after + 1);
                    const bool endsAfterOne =
                        afterS.cls != CharClass::Letter && afterS.cls != CharClass::Digit;
                    if ((n0 == 's' || n0 == 'S') && endsAfterOne) break;
                    if ((n0 == 't' || n0 == 'T') && endsAfterOne && pos > start &&
                        (text[pos - 1] == 'n' || text[pos - 1] == 'N')) {
                        pos -= 1;  // "did" + "n't"
                        break;
                    }
                    if ((n0 == 'l' || n0 == 'r' || n0 == 'v' || n0 == 'd' || n0 == 'm') &&
                        endsAfterOne)
                        break;
                    pos += d.len;
                    continue;
                }
                if (d.cls == CharClass::Period && tok.kind == TokenKind::Word) {
                    const std::string_view word = text.substr(start, pos - start);
                    // Initials and dotted acronyms: "W.", "U.S.", "e.g."
                    const bool singleLetter = letters == 1 && pos - start == c.len;
                    const bool dotted = word.find('.') != std::string_view::npos;
                    if (singleLetter || dotted) {
                        pos += d.len;
                        Char n2 = peek(pos + next.len);
                        if (next.cls == CharClass::Letter && n2.cls == CharClass::Period) {
                            pos += next.len;  // continue "U.S" ...
                            ++letters;
                            uppers += next.upper;
                            continue;
                        }
                        break;
                    }
                    if (isAbbreviation(word)) {
                        pos += d.len;
                        break;
                    }
                }
                break;
            }
            tok.allUpper = letters >= 2 && uppers == letters;
        } else if (c.cls == CharClass::Apostrophe) {
            // 's / n't / 'll ... after a word; otherwise a quote mark.
            Char next = peek(pos + c.len);
            pos += c.len;
            if (next.cls == CharClass::Letter && !tokens.empty() && !tok.spaceBefore) {
                size_t k = pos;
                while (k < text.size()) {
                    Char d = classify(text, k);
                    if (d.cls != CharClass::Letter) break;
                    k += d.len;
                }
                if (k - pos <= 2) {
                    tok.kind = TokenKind::Word;
                    pos = k;
                } else {
                    tok.kind = TokenKind::Punct;
                }
            } else {
                tok.kind = TokenKind::Punct;
            }
        } else if (c.cls == CharClass::Period) {
            tok.kind = TokenKind::Punct;
            while (pos < text.size() && text[pos] == '.') ++pos;  // "." or "..."
        } else {
            tok.kind = c.cls == CharClass::Symbol ? TokenKind::Symbol : TokenKind::Punct;
            pos += c.len;
            if (c.cls == CharClass::Hyphen && pos < text.size() && text[pos] == '-') ++pos;  // "--"
        }
        tok.span = {start, pos};
        tokens.push_back(tok);
    }
}

}  // namespace entgraph
