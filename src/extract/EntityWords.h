#pragma once
// Internal to src/extract: the word tests of the entity rules (EntityRules.cpp; counts also
// RuleTagger.cpp): numbers, months, counts, currencies, dates.  Arguments named `lower` are
// ASCII-lower-cased tokens.
// Inline: they run on every token, and the rules call them from one file.
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/ExtractLexicons.h"
#include "extract/WordList.h"

namespace entgraph::entitywords {

inline bool isNumberTok(std::string_view t) {
    return !t.empty() && std::isdigit(static_cast<unsigned char>(t[0]));
}

inline bool isMonth(std::string_view lower) {
    static constexpr WordList kMonths(std::array<std::string_view, 24>{
        "january",   "february", "march",    "april",    "may",   "june", "july", "august",
        "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
        "jun.",      "jul.",     "aug.",     "sep.",     "sept.", "oct.", "nov.", "dec."});
    return kMonths.contains(lower);
}

// Spelled-out counts ("three shipping companies", "Thirteen members"); "one" is left out
// ("one of the ...").
inline bool isCountWord(std::string_view lower) {
    static constexpr WordList kCounts(std::array<std::string_view, 27>{
        "two",     "three",     "four",     "five",     "six",      "seven",    "eight",
        "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",   "forty",
        "fifty",   "sixty",     "seventy",  "eighty",   "ninety",   "dozens"});
    return kCounts.contains(lower);
}

// Plural nouns that a spelled-out count makes no quantity worth a node: "two years ago",
// "three times", "both sides", and the actors a story already names ("the two countries").
inline bool isVagueCountNoun(std::string_view lower) {
    static constexpr WordList kVague(std::array<std::string_view, 22>{
        "years",   "months",  "weeks",   "days",     "hours",     "minutes",
        "seconds", "decades", "times",   "sides",    "ways",      "things",
        "ones",    "others",  "rounds",  "reasons",  "countries", "governments",
        "nations", "leaders", "parties", "companies"});
    return kVague.contains(lower);
}

// A plural the word lexicon lacks whose singular it knows as a noun: "engineers" (the
// lexicon holds the words of two treebanks, so many plurals appear only as singulars).
inline bool isPluralOfCommonNoun(std::string_view lower) {
    if (lower.size() < 4 || lower.back() != 's' || lower.ends_with("ss")) return false;
    const auto& words = ExtractLexicons::get().words;
    auto isNoun = [&](std::string_view singular) {
        auto it = words.find(singular);
        return it != words.end() && it->second.cls == WordClass::Noun;
    };
    if (lower.ends_with("ies")) return isNoun(std::string(lower.substr(0, lower.size() - 3)) + "y");
    return isNoun(lower.substr(0, lower.size() - 1)) ||
           (lower.ends_with("es") && isNoun(lower.substr(0, lower.size() - 2)));
}

// "last month", "next spring", "this year", "first quarter": dates relative to the story.
inline bool isRelativeDateStart(std::string_view lower) {
    static constexpr WordList kStarts(std::array<std::string_view, 8>{
        "last", "next", "this", "past", "first", "second", "third", "fourth"});
    return kStarts.contains(lower);
}

inline bool isDatePeriod(std::string_view lower, bool quarterOnly) {
    if (quarterOnly) return lower == "quarter";
    static constexpr WordList kPeriods(
        std::array<std::string_view, 10>{"week", "weekend", "month", "year", "spring", "summer",
                                         "autumn", "fall", "winter", "quarter"});
    return kPeriods.contains(lower);
}

// "the 1980s"
inline bool isDecade(std::string_view t) {
    return t.size() == 5 && t[4] == 's' && t[3] == '0' &&
           std::isdigit(static_cast<unsigned char>(t[0])) &&
           (t.starts_with("19") || t.starts_with("20")) &&
           std::isdigit(static_cast<unsigned char>(t[2]));
}

// Words before a bare month that make it a date: "in March", "since May", "by early June".
inline bool isMonthPreposition(std::string_view lower) {
    return lower == "in" || lower == "since" || lower == "until" || lower == "by" ||
           lower == "before" || lower == "after" || lower == "from" || lower == "through" ||
           lower == "early" || lower == "late" || lower == "mid" || lower == "of" ||
           lower == "last" || lower == "next" || lower == "this";
}

// "Nov 15", "Aug 19": a month abbreviated without its point, a date only before a day.
inline bool isBareMonthAbbreviation(std::string_view lower) {
    static constexpr WordList kShort(std::array<std::string_view, 11>{
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
    return kShort.contains(lower);
}

inline bool isWeekday(std::string_view lower) {
    static constexpr WordList kDays(std::array<std::string_view, 7>{
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
    return kDays.contains(lower);
}

inline bool isScale(std::string_view lower) {
    static constexpr WordList kScales(std::array<std::string_view, 9>{
        "million", "billion", "trillion", "thousand", "hundred", "bn", "m", "k", "mn"});
    return kScales.contains(lower);
}

// A currency's noun after an amount ("dollars", "zloty", "tenge"): assets/lexicons/
// currencies.txt, derived from ISO 4217 (ExtractLexicons.cpp).
bool isCurrencyWord(std::string_view lower);

inline bool isCurrencySymbol(std::string_view t) {
    // every token comes here: most start with a byte no symbol starts with
    if (t.empty() || (t[0] != '$' && t[0] != 'U' && static_cast<unsigned char>(t[0]) < 0x80))
        return false;
    return t == "$" || t == "\xE2\x82\xAC" || t == "\xC2\xA3" || t == "\xC2\xA5" || t == "US$";
}

inline bool isYear(std::string_view t) {
    if (t.size() != 4) return false;
    for (char c : t)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
}

inline bool isDayNumber(std::string_view t) {
    if (t.empty() || t.size() > 4) return false;
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits == 0 || digits > 2) return false;
    const std::string_view rest = t.substr(digits);
    return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

inline bool isOrdinal(std::string_view t) {
    size_t d = 0;
    while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
    const std::string_view rest = t.substr(d);
    return d > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

}  // namespace entgraph::entitywords
