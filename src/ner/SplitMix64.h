#pragma once
// splitmix64: a tiny, portable, seedable random generator for training.  The standard
// library's distributions differ between implementations; this one gives the same numbers
// everywhere, which keeps train-ner's output byte-identical across machines.
#include <cstdint>

namespace entgraph::ner {

struct SplitMix64 {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) from the top 53 bits.
    double uniform() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
};

}  // namespace entgraph::ner
