#pragma once
// Small text helpers shared by the workspace's importer, editor and merge suggester.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entgraph::store {

// The key names are compared by: ASCII letters lower-cased, runs of whitespace collapsed to
// one space, trimmed.  Non-ASCII bytes are kept as they are (no Unicode case folding).
std::string foldKey(std::string_view name);

// Words of a name for suggestion matching: lower-cased, split on anything that is not a
// letter, digit or non-ASCII byte; a leading "the" dropped.
std::vector<std::string> nameTokens(std::string_view name);

// 64-bit FNV-1a of the bytes.
uint64_t fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL);

}  // namespace entgraph::store
