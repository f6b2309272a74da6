#pragma once
#include <cstddef>

namespace entgraph {

// A half-open range [start, end) of UTF-8 byte offsets into an article's text.
struct ByteSpan {
    size_t start = 0;
    size_t end = 0;

    size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(const ByteSpan& o) const { return start <= o.start && o.end <= end; }
    bool overlaps(const ByteSpan& o) const { return start < o.end && o.start < end; }
    friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
    friend auto operator<=>(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace entgraph
