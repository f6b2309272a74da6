#pragma once
// A read-mostly string -> value map for the per-token lexicon look-ups: open addressing over
// 8-byte slots (hash fingerprint + index), each key stored next to its value in one dense
// array.  A miss usually costs one cache line, a hit two (the slot, then the key -- inline
// when short -- with its value); std::unordered_map costs a bucket, a node chain and a
// re-hash of every chained key (TransparentStringHash is not cached), which matters when
// every token of every article is looked up.
//
// Build with insert()/operator[]; find() never allocates.  Not thread-safe while being built;
// concurrent find()s on a built map are fine.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/Lexicons.h"

namespace entgraph {

template <class V>
class FlatStringMap {
public:
    const V* find(std::string_view key) const { return find(key, shortStringHash(key)); }
    // The same for a key whose shortStringHash the caller has already computed.
    const V* find(std::string_view key, uint64_t h) const {
        if (m_slots.empty()) return nullptr;
        const uint32_t tag = static_cast<uint32_t>(h >> 32);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot s = m_slots[i];
            if (s.index == 0) return nullptr;
            if (s.tag == tag) {
                const Entry& e = m_entries[s.index - 1];
                if (e.key == key) return &e.value;
            }
        }
    }
    // Hints the cache to fetch key's first slot (a find() soon after is faster).
    void prefetch(std::string_view key) const { prefetchHashed(shortStringHash(key)); }
    void prefetchHashed(uint64_t h) const {
        if (!m_slots.empty()) __builtin_prefetch(&m_slots[h & m_mask]);
    }
    // The value for key, default-constructed when new.
    V& operator[](std::string_view key) {
        if (V* v = const_cast<V*>(find(key))) return *v;
        if ((m_entries.size() + 1) * 2 > m_slots.size()) grow();
        m_entries.push_back({std::string(key), V{}});
        place(shortStringHash(key), static_cast<uint32_t>(m_entries.size()));
        return m_entries.back().value;
    }
    size_t size() const { return m_entries.size(); }
    // Drops the spare capacity of the entry array once the map is built.
    void shrinkToFit() { m_entries.shrink_to_fit(); }

private:
    struct Slot {
        uint32_t tag = 0;
        uint32_t index = 0;  // 1-based into m_entries; 0: empty
    };
    struct Entry {
        std::string key;
        V value;
    };
    void place(uint64_t h, uint32_t index) {
        size_t i = h & m_mask;
        while (m_slots[i].index != 0) i = (i + 1) & m_mask;
        m_slots[i] = {static_cast<uint32_t>(h >> 32), index};
    }
    void grow() {
        const size_t n = m_slots.empty() ? 64 : m_slots.size() * 2;
        m_slots.assign(n, Slot{});
        m_mask = n - 1;
        for (size_t k = 0; k < m_entries.size(); ++k)
            place(shortStringHash(m_entries[k].key), static_cast<uint32_t>(k + 1));
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::vector<Entry> m_entries;
};

// 64-bit hash -> OR of flag bytes, open addressing over the hashes alone (no keys): a
// filter whose hits the caller confirms (distinct keys may share a hash).
class HashFlags {
public:
    void reserve(size_t entries) {
        size_t n = 64;
        while (n < entries * 2) n *= 2;
        rehash(n);
    }
    void add(uint64_t hash, uint8_t bits) {
        hash = hash ? hash : 1;
        if ((m_count + 1) * 2 > m_hashes.size())
            rehash(m_hashes.empty() ? 64 : m_hashes.size() * 2);
        size_t i = hash & m_mask;
        while (m_hashes[i] != 0 && m_hashes[i] != hash) i = (i + 1) & m_mask;
        if (m_hashes[i] == 0) ++m_count;
        m_hashes[i] = hash;
        m_bits[i] |= bits;
    }
    uint8_t get(uint64_t hash) const {
        if (m_hashes.empty()) return 0;
        hash = hash ? hash : 1;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            if (m_hashes[i] == hash) return m_bits[i];
            if (m_hashes[i] == 0) return 0;
        }
    }

private:
    void rehash(size_t n) {
        std::vector<uint64_t> hashes(n, 0);
        std::vector<uint8_t> bits(n, 0);
        const size_t mask = n - 1;
        for (size_t k = 0; k < m_hashes.size(); ++k) {
            if (m_hashes[k] == 0) continue;
            size_t i = m_hashes[k] & mask;
            while (hashes[i] != 0) i = (i + 1) & mask;
            hashes[i] = m_hashes[k];
            bits[i] = m_bits[k];
        }
        m_hashes.swap(hashes);
        m_bits.swap(bits);
        m_mask = mask;
    }

    std::vector<uint64_t> m_hashes;  // 0: empty
    std::vector<uint8_t> m_bits;
    size_t m_mask = 0;
    size_t m_count = 0;
};

}  // namespace entgraph
