// The word and phrase tests RuleTagger.h exports for the other entity stages: capitals,
// possessives, speech verbs, the organisation cues before a name, title-case lines and the
// gazetteer key of a token range.  The tagger itself is RuleTagger.cpp.
#include <unicode/uchar.h>

#include <string>

#include "extract/ExtractLexicons.h"
#include "extract/RuleTagger.h"
#include "text/Lexicons.h"
#include "text/Tokenizer.h"

namespace entgraph {

bool startsUpper(std::string_view token) {
    if (token.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(token[0]);
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    char32_t cp = 0;
    if (decodeUtf8(token, 0, cp) == 0) return false;
    return u_isUUppercase(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool isSpeechVerb(std::string_view w) {
    return w == "said" || w == "says" || w == "announced" || w == "stated" || w == "confirmed" ||
           w == "denied" || w == "warned" || w == "reported" || w == "added" || w == "claimed";
}

bool isPossessive(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'S";
}

bool institutionWithArticle(std::span<const std::string> lower, std::span<const TokenInfo> info,
                            size_t i) {
    if (i == 0 || i + 1 >= lower.size() || lower[i - 1] != "the" || info[i + 1].cap) return false;
    if (isSpeechVerb(lower[i + 1])) return true;
    const WordInfo* next = info[i + 1].word;
    return next && (next->cls == WordClass::VerbPast || next->cls == WordClass::Verb3sg ||
                    next->cls == WordClass::Participle || next->cls == WordClass::Modal);
}

bool describedAsOrganisation(std::span<const std::string> lower, std::span<const TokenInfo> info,
                             size_t i) {
    const auto& descriptors = ExtractLexicons::get().orgDescriptors;
    if (i == 0 || info[i].firstName) return false;
    if (!info[i - 1].cap && descriptors.count(lower[i - 1])) return true;
    // what only a company is: acquired, taken over, merged with, owned in shares
    const std::string& before = lower[i - 1];
    if (before == "acquire" || before == "acquired" || before == "acquires" ||
        before == "acquiring")
        return true;
    if (i >= 2 &&
        ((before == "of" && (lower[i - 2] == "takeover" || lower[i - 2] == "acquisition" ||
                             lower[i - 2] == "shares")) ||
         (before == "with" && lower[i - 2] == "merger") ||
         (before == "in" && (lower[i - 2] == "stake" || lower[i - 2] == "shares"))))
        return true;
    if (i >= 3 && lower[i - 1] == "as" && lower[i - 2] == "known")  // "... known as X"
        for (size_t k = i - 3; k + 6 > i && k < i; --k)
            if (descriptors.count(lower[k])) return true;
    return false;
}

bool isTitleCase(std::span<const std::string_view> tokens) {
    std::vector<TokenInfo> info;
    info.reserve(tokens.size());
    for (const std::string_view t : tokens) info.push_back(tokenInfo(t, asciiLower(t)));
    return isTitleCase(info);
}

bool isTitleCase(std::span<const TokenInfo> tokens) {
    // Common content words after the first token: a headline capitalises (nearly) all.
    size_t words = 0, caps = 0;
    for (size_t i = 1; i < tokens.size(); ++i) {
        const WordInfo* w = tokens[i].word;
        if (!w || w->cls == WordClass::Determiner || w->cls == WordClass::Preposition ||
            w->cls == WordClass::Conjunction || w->cls == WordClass::To ||
            w->cls == WordClass::Pronoun)
            continue;
        ++words;
        caps += tokens[i].cap;
    }
    return words >= 2 && (caps == words || (words >= 5 && caps * 10 >= words * 9));
}

std::string joinTokens(std::span<const std::string_view> tokens) {
    std::string out;
    joinTokensInto(tokens, out);
    return out;
}

namespace {
// "'s", "’s", "n't": joined without a space before them
bool gluesToPrevious(std::string_view t) {
    return !t.empty() && (t[0] == '\'' || t.starts_with("\xE2\x80\x99") || t == "n't");
}
}  // namespace

void joinTokensInto(std::span<const std::string_view> tokens, std::string& out) {
    out.clear();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && !gluesToPrevious(tokens[i])) out.push_back(' ');
        out.append(tokens[i]);
    }
}

std::string_view phraseKey(std::span<const std::string_view> tokens,
                           std::span<const std::string> lower, std::span<const TokenInfo> info,
                           size_t b, size_t e, std::string& buffer) {
    // Plain tokens hold no byte normalizePhrase changes but ASCII capitals, so normalising
    // their join is joining their lower case (the rule stages ask for several phrases a
    // token: this saves a pass and a copy over each).
    bool plain = true;
    for (size_t k = b; k < e && plain; ++k) plain = info[k].plain;
    if (!plain) {
        thread_local std::string joined;
        joinTokensInto(tokens.subspan(b, e - b), joined);
        normalizePhraseInto(joined, buffer);
        return buffer;
    }
    if (e == b + 1) return lower[b];
    buffer.clear();
    for (size_t k = b; k < e; ++k) {
        if (k > b && !gluesToPrevious(tokens[k])) buffer.push_back(' ');
        buffer.append(lower[k]);
    }
    return buffer;
}

}  // namespace entgraph
