#pragma once
// Equality of two short byte ranges (words, tokens) without a library call: the per-token
// caches of extraction compare every token's bytes with their entry's, and memcmp's call and
// dispatch cost more than the compare itself for words of a few bytes.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace entgraph {

// a[0..n) == b[0..n), reading no byte outside either range.
inline bool sameShortBytes(const char* a, const char* b, size_t n) {
    auto load8 = [](const char* p) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    };
    auto load4 = [](const char* p) {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    };
    auto load2 = [](const char* p) {
        uint16_t v;
        std::memcpy(&v, p, 2);
        return v;
    };
    if (n >= 8) {  // 8 bytes at a time, the last 8 overlapping the ones before
        for (size_t i = 0; i + 8 < n; i += 8)
            if (load8(a + i) != load8(b + i)) return false;
        return load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    if (n >= 2) return load2(a) == load2(b) && load2(a + n - 2) == load2(b + n - 2);
    return n == 0 || a[0] == b[0];
}

}  // namespace entgraph
