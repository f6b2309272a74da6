// The casing of a whole sentence (classifySentenceCase, NerFeatures.h), from what each word
// gives it (summarizeCase, kept in WordFacts so that the tagger's cached words need no
// second look).
#include "ner/SentenceCase.h"

#include <algorithm>

#include "ner/NerFeatures.h"

namespace entgraph::ner {

namespace {
constexpr uint8_t kCaseAlpha = 1, kCaseAllCaps = 2, kCaseFirstUpper = 4, kCaseLong = 8;
}  // namespace

void summarizeCase(std::string_view t, uint8_t& bits, uint8_t& capsLetters) {
    size_t upper = 0, lower = 0;
    for (char c : t) {
        if (c >= 'A' && c <= 'Z')
            ++upper;
        else if (c >= 'a' && c <= 'z')
            ++lower;
    }
    bits = 0;
    capsLetters = 0;
    if (upper + lower == 0) return;
    bits |= kCaseAlpha;
    if (lower == 0) {
        bits |= kCaseAllCaps;
        capsLetters = static_cast<uint8_t>(std::min<size_t>(upper, 255));  // only >= 3 matters
    }
    if (t[0] >= 'A' && t[0] <= 'Z') bits |= kCaseFirstUpper;
    if (t.size() > 3) bits |= kCaseLong;
}

namespace {
struct CaseCounts {
    size_t alpha = 0, allCaps = 0, capitalised = 0, longWords = 0, longCapitalised = 0,
           capsLetters = 0;
    void add(uint8_t bits, uint8_t caps) {
        if (!(bits & kCaseAlpha)) return;
        ++alpha;
        if (bits & kCaseAllCaps) {
            ++allCaps;
            capsLetters += caps;
        }
        const bool first = (bits & kCaseFirstUpper) != 0;
        capitalised += first;
        if (bits & kCaseLong) {
            ++longWords;
            longCapitalised += first;
        }
    }
    SentenceCase result() const {
        // Datelines ("ROME 1996-12-06") have a single all-caps word.
        if (alpha >= 1 && allCaps * 10 >= alpha * 8 && (alpha >= 2 || capsLetters >= 3))
            return SentenceCase::AllCaps;
        if (longWords >= 3 && longCapitalised * 10 >= longWords * 8) return SentenceCase::Title;
        if (alpha >= 3 && capitalised == 0) return SentenceCase::Lower;
        return SentenceCase::Normal;
    }
};
}  // namespace

SentenceCase classifySentenceCase(std::span<const std::string_view> tokens) {
    CaseCounts counts;
    for (std::string_view t : tokens) {
        uint8_t bits, caps;
        summarizeCase(t, bits, caps);
        counts.add(bits, caps);
    }
    return counts.result();
}

SentenceCase classifySentenceCase(std::span<const WordFacts> facts) {
    CaseCounts counts;
    for (const WordFacts& f : facts) counts.add(f.caseBits, f.capsLetters);
    return counts.result();
}

}  // namespace entgraph::ner
