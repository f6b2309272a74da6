// FlatStringMap (keys stored beside their values, looked up through hashed slots) against
// std::map, and HashFlags' OR-ed bits.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

#include "text/FlatStringMap.h"

using namespace entgraph;

TEST(FlatStringMap, AgreesWithStdMapThroughGrowth) {
    std::mt19937 rng(5);
    FlatStringMap<int> flat;
    std::map<std::string, int> ref;
    // Short (inline) and long (heap) keys, repeats, and the empty key.
    for (int i = 0; i < 5000; ++i) {
        std::string key = std::to_string(rng() % 3000);
        if (i % 3 == 0) key += "-a-long-key-beyond-the-small-string-buffer";
        if (i == 17) key.clear();
        flat[key] += i;
        ref[key] += i;
    }
    flat.shrinkToFit();
    EXPECT_EQ(flat.size(), ref.size());
    for (const auto& [key, value] : ref) {
        const int* found = flat.find(key);
        ASSERT_NE(found, nullptr) << key;
        EXPECT_EQ(*found, value) << key;
    }
    EXPECT_EQ(flat.find("3001"), nullptr);
    EXPECT_EQ(flat.find("1-a-long-key-beyond-the-small-string-buffeR"), nullptr);
    // find() on a built map returns stable addresses: the same entry twice.
    EXPECT_EQ(flat.find(ref.begin()->first), flat.find(ref.begin()->first));
}

TEST(FlatStringMap, EmptyMapFindsNothing) {
    const FlatStringMap<int> flat;
    EXPECT_EQ(flat.find(""), nullptr);
    EXPECT_EQ(flat.find("x"), nullptr);
    EXPECT_EQ(flat.size(), 0u);
}

TEST(HashFlags, OrsBitsPerHash) {
    HashFlags flags;
    flags.add(42, 1);
    flags.add(42, 4);
    flags.add(0, 2);  // hash 0 is stored as 1
    for (uint64_t h = 100; h < 1100; ++h) flags.add(h * 0x9e3779b97f4a7c15ULL, 8);
    EXPECT_EQ(flags.get(42), 5);
    EXPECT_EQ(flags.get(0), 2);
    EXPECT_EQ(flags.get(1), 2);
    EXPECT_EQ(flags.get(7), 0);
    EXPECT_EQ(flags.get(500 * 0x9e3779b97f4a7c15ULL), 8);
}
