#pragma once
// The NER model's 64-bit hashes: features, words and gazetteer phrases are all numbers
// (FNV-1a over the bytes, then a murmur finaliser for mixing).  Changing any of these
// invalidates trained models.
#include <cstdint>
#include <string_view>

namespace entgraph::ner {

// Fast 64-bit hashing (FNV-1a bytes + a murmur finaliser for mixing).
uint64_t hashBytes(std::string_view s, uint64_t seed = 0);
inline uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb93e53ca6dbaULL;
    h ^= h >> 33;
    return h;
}
inline uint64_t combine(uint64_t a, uint64_t b) {
    return mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// The hash of the ASCII-lower-cased bytes (the per-token word hash, also WordClusters' key).
uint64_t hashLowerAscii(std::string_view s);

}  // namespace entgraph::ner
