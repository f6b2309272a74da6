#pragma once
// Internal to src/extract: small fixed word lists the rule stages test tokens against.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace entgraph {

// A fixed list of lower-case words, asked of nearly every token: a 256-bit filter on each
// entry's length, first and last byte rules out almost every other word before any
// comparison (std::find over the lists cost about 3% of a whole extraction).
template <size_t N>
class WordList {
public:
    constexpr explicit WordList(const std::array<std::string_view, N>& words) : m_words(words) {
        for (std::string_view w : words) {
            const size_t bit = filterBit(w);
            m_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
        }
    }
    constexpr bool contains(std::string_view w) const {
        if (w.empty()) return false;
        const size_t bit = filterBit(w);
        if (!((m_filter[bit >> 6] >> (bit & 63)) & 1)) return false;
        for (std::string_view a : m_words)
            if (a == w) return true;
        return false;
    }

private:
    static constexpr size_t filterBit(std::string_view w) {
        return (w.size() * 67 + static_cast<unsigned char>(w.front()) * 7 +
                static_cast<unsigned char>(w.back())) &
               255;
    }
    std::array<std::string_view, N> m_words;
    std::array<uint64_t, 4> m_filter{};
};

}  // namespace entgraph
