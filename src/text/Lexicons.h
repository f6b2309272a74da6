#pragma once
// Lexicons derived from open data (assets/lexicons/, see scripts/derive-lexicons.py),
// embedded in the binary and loaded once.  Lookups are by normalised phrase: ASCII
// lower-cased, runs of whitespace as one space, curly apostrophes as "'".
//
// Thread safety: Lexicons::get() is initialised once (thread-safe static) and read-only.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace entgraph {

// A fast hash for the short keys of the lexicons (words, phrases): 8 bytes at a time with a
// multiply-xorshift mix; about twice as fast as std::hash on 3-20 byte keys.  Inline: every
// token is hashed once or more (the lexicon look-ups, the per-token caches).
inline uint64_t shortStringHash(std::string_view s) noexcept {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
    const char* p = s.data();
    size_t n = s.size();
    auto mix = [&](uint64_t v) {
        h ^= v;
        h *= kMul;
        h ^= h >> 29;
    };
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        mix(v);
    }
    if (n > 0) {
        uint64_t v = 0;
        if constexpr (std::endian::native == std::endian::little) {
            // The same value as the memcpy below from fixed-size loads: a memcpy of a
            // variable length is a library call, and most keys end here (words < 8 bytes).
            size_t at = 0;
            if (n & 4) {
                uint32_t w;
                std::memcpy(&w, p, 4);
                v = w;
                at = 4;
            }
            if (n & 2) {
                uint16_t w;
                std::memcpy(&w, p + at, 2);
                v |= uint64_t{w} << (8 * at);
                at += 2;
            }
            if (n & 1) v |= uint64_t{static_cast<unsigned char>(p[at])} << (8 * at);
        } else {
            std::memcpy(&v, p, n);
        }
        mix(v);
    }
    h ^= h >> 32;
    h *= kMul;
    return h ^ (h >> 29);
}

// Hashing that lets std::string-keyed maps be searched with a string_view (no copy).
struct TransparentStringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
        return static_cast<size_t>(shortStringHash(s));
    }
};

// A phrase -> value map (the value is "" for plain word lists).
class Gazetteer {
public:
    void add(std::string_view phrase, std::string_view value = {});
    // nullptr when the phrase is not listed.
    const std::string* find(std::string_view phrase) const;
    bool contains(std::string_view phrase) const { return find(phrase) != nullptr; }
    // Like find, for a key that is already normalizePhrase()d (no copy, no allocation).
    const std::string* findNormalized(std::string_view key) const;
    bool containsNormalized(std::string_view key) const { return findNormalized(key) != nullptr; }
    // The most tokens (space-separated words) any entry has: bounds phrase matching.
    size_t maxWords() const { return m_maxWords; }
    size_t size() const { return m_entries.size(); }
    // Calls fn(normalized phrase) for every entry (index building).
    template <class Fn>
    void forEachPhrase(Fn&& fn) const {
        for (const auto& [key, value] : m_entries) fn(std::string_view(key));
    }

    // Loads "phrase[<TAB>value[<TAB>...]]" lines ('#' lines skipped); valueColumn selects
    // which column becomes the value (0: none).
    static Gazetteer fromTsv(std::string_view text, size_t valueColumn = 1);

private:
    std::unordered_map<std::string, std::string, TransparentStringHash, std::equal_to<>> m_entries;
    size_t m_maxWords = 0;
};

// The normalised key used by Gazetteer.
std::string normalizePhrase(std::string_view phrase);
// The same, written to out (cleared first): no allocation once out has grown.
void normalizePhraseInto(std::string_view phrase, std::string& out);

struct Lexicons {
    Gazetteer countries;     // name -> canonical country name ("DPRK" -> "North Korea")
    Gazetteer demonyms;      // "North Korean(s)" -> "North Korea"
    Gazetteer capitals;      // "Pyongyang" -> "North Korea"
    Gazetteer subdivisions;  // "Kursk Oblast" -> "RU"
    Gazetteer cities;        // "Rio de Janeiro" -> "BR"
    Gazetteer firstNames;    // "bruce"
    Gazetteer knownPeople;   // "vladimir putin"
    Gazetteer knownOrgs;     // "rand corporation", "nato"; and companies.txt ("saab")

    // The embedded lexicons, loaded on first use.
    static const Lexicons& get();
};

}  // namespace entgraph
