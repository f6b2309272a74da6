#include "ner/WordClusters.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/Error.h"
#include "ner/NerFeatures.h"
#include "ner/SplitMix64.h"
#include "ner/WordVectors.h"

namespace entgraph::ner {

namespace {

void normalise(float* v, size_t d) {
    double s = 0;
    for (size_t i = 0; i < d; ++i) s += double(v[i]) * v[i];
    if (s <= 0) return;
    const float inv = static_cast<float>(1.0 / std::sqrt(s));
    for (size_t i = 0; i < d; ++i) v[i] *= inv;
}

// Spherical k-means of the n unit rows of x (d columns) into k clusters; returns each
// row's cluster.  Initial centres: rows picked by a seeded farthest-first pass.
std::vector<uint32_t> sphericalKMeans(const std::vector<float>& x, size_t n, size_t d, size_t k,
                                      int iterations, uint64_t seed) {
    k = std::min(k, n);
    std::vector<float> centres(k * d);
    SplitMix64 rng{seed};
    // k-means++-like seeding, deterministic: first centre random, then each next centre is
    // the row least similar to its nearest centre among a seeded sample.
    std::vector<float> bestSim(n, -2.0f);
    size_t first = rng.next() % n;
    std::copy(&x[first * d], &x[first * d] + d, &centres[0]);
    for (size_t c = 1; c < k; ++c) {
        const float* prev = &centres[(c - 1) * d];
        for (size_t i = 0; i < n; ++i) {
            float s = 0;
            for (size_t j = 0; j < d; ++j) s += x[i * d + j] * prev[j];
            bestSim[i] = std::max(bestSim[i], s);
        }
        size_t pick = rng.next() % n;
        for (int t = 0; t < 64; ++t) {
            const size_t cand = rng.next() % n;
            if (bestSim[cand] < bestSim[pick]) pick = cand;
        }
        std::copy(&x[pick * d], &x[pick * d] + d, &centres[c * d]);
    }
    std::vector<uint32_t> assign(n, 0);
    std::vector<double> sums(k * d);
    // The centres transposed (dimension-major), so that one row's similarities to all
    // centres accumulate side by side: the compiler vectorises across centres while each
    // similarity still sums its dimensions in order (the same numbers as a dot product
    // per centre, several times faster on a few hundred thousand pre-trained vectors).
    std::vector<float> centresByDim(d * k);
    std::vector<float> sims(k);
    for (int it = 0; it < iterations; ++it) {
        for (size_t c = 0; c < k; ++c)
            for (size_t j = 0; j < d; ++j) centresByDim[j * k + c] = centres[c * d + j];
        for (size_t i = 0; i < n; ++i) {
            const float* row = &x[i * d];
            std::fill(sims.begin(), sims.end(), 0.0f);
            for (size_t j = 0; j < d; ++j) {
                const float xj = row[j];
                const float* column = &centresByDim[j * k];
                for (size_t c = 0; c < k; ++c) sims[c] += xj * column[c];
            }
            float best = -3.0f;
            uint32_t arg = 0;
            for (size_t c = 0; c < k; ++c) {
                if (sims[c] > best) {
                    best = sims[c];
                    arg = static_cast<uint32_t>(c);
                }
            }
            assign[i] = arg;
        }
        std::fill(sums.begin(), sums.end(), 0.0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < d; ++j) sums[assign[i] * d + j] += x[i * d + j];
        for (size_t c = 0; c < k; ++c) {
            double s = 0;
            for (size_t j = 0; j < d; ++j) s += sums[c * d + j] * sums[c * d + j];
            if (s <= 0) continue;  // empty cluster keeps its centre
            for (size_t j = 0; j < d; ++j)
                centres[c * d + j] = static_cast<float>(sums[c * d + j] / std::sqrt(s));
        }
    }
    return assign;
}

}  // namespace

void WordClusters::reserve(size_t count) {
    size_t cap = 16;
    while (cap * 3 < count * 4 + 4) cap *= 2;  // at most three quarters full
    m_entries.assign(cap, Entry{});
    m_mask = cap - 1;
    m_count = 0;
}

void WordClusters::insert(uint64_t key, uint32_t packed) {
    if (key == 0) key = 1;
    if (m_entries.empty() || (m_count + 1) * 4 > m_entries.size() * 3) {
        std::vector<Entry> old;
        for (const Entry& e : m_entries)
            if (e.key) old.push_back(e);
        reserve(std::max<size_t>(old.size() * 2, 64));
        for (const Entry& e : old) insert(e.key, e.value);
    }
    size_t p = key & m_mask;
    while (m_entries[p].key && m_entries[p].key != key) p = (p + 1) & m_mask;
    if (!m_entries[p].key) {
        m_entries[p].key = key;
        ++m_count;
    }
    m_entries[p].value = packed;
}

WordClusters WordClusters::induce(const std::vector<std::vector<std::string_view>>& sentences,
                                  const Options& opt) {
    // Vocabulary by lower-cased hash, counted; sorted by (count desc, hash) for determinism.
    std::unordered_map<uint64_t, uint32_t> counts;
    for (const auto& s : sentences)
        for (std::string_view w : s) ++counts[hashLowerAscii(w)];
    std::vector<std::pair<uint32_t, uint64_t>> byFreq;
    for (const auto& [h, c] : counts)
        if (c >= opt.minCount) byFreq.emplace_back(c, h);
    std::sort(byFreq.begin(), byFreq.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (byFreq.size() < 2) return WordClusters();
    std::unordered_map<uint64_t, uint32_t> index;  // word hash -> row
    for (size_t i = 0; i < byFreq.size(); ++i) index[byFreq[i].second] = static_cast<uint32_t>(i);
    const size_t n = byFreq.size();
    const size_t ctx = std::min(opt.contextWords, n);  // context ids: rows < ctx, plus boundary
    const size_t boundary = ctx;
    // Co-occurrence counts: feature = offset slot * (ctx + 1) + context id, slots ordered
    // -window .. -1, +1 .. +window.
    const int window = std::max(1, opt.window);
    const size_t features = 2 * static_cast<size_t>(window) * (ctx + 1);
    std::vector<std::unordered_map<uint32_t, float>> cooc(n);
    std::vector<double> featureTotals(features, 0.0);
    double total = 0;
    std::vector<int64_t> rows;
    for (const auto& s : sentences) {
        rows.assign(s.size(), -1);
        for (size_t i = 0; i < s.size(); ++i) {
            auto it = index.find(hashLowerAscii(s[i]));
            if (it != index.end()) rows[i] = it->second;
        }
        auto ctxId = [&](ptrdiff_t j) -> int64_t {
            if (j < 0 || j >= static_cast<ptrdiff_t>(s.size())) return boundary;
            return rows[j] >= 0 && static_cast<size_t>(rows[j]) < ctx ? rows[j] : -1;
        };
        for (size_t i = 0; i < s.size(); ++i) {
            if (rows[i] < 0) continue;
            for (int slot = 0; slot < 2 * window; ++slot) {
                const int offset = slot < window ? slot - window : slot - window + 1;
                const int64_t id = ctxId(static_cast<ptrdiff_t>(i) + offset);
                if (id < 0) continue;
                const uint32_t f = static_cast<uint32_t>(slot * (ctx + 1) + id);
                cooc[rows[i]][f] += 1;
                featureTotals[f] += 1;
                total += 1;
            }
        }
    }
    // PPMI, random projection (+-1 entries from a hash of feature and dimension), unit rows.
    const size_t d = opt.dimensions;
    std::vector<float> proj(features * d);
    SplitMix64 prng{opt.seed * 0x9e3779b97f4a7c15ULL + 1};
    for (float& v : proj) v = (prng.next() >> 63) ? 1.0f : -1.0f;
    std::vector<float> x(n * d, 0.0f);
    std::vector<std::pair<uint32_t, float>> entries;
    for (size_t r = 0; r < n; ++r) {
        double rowTotal = 0;
        entries.assign(cooc[r].begin(), cooc[r].end());
        std::sort(entries.begin(), entries.end());  // map order is not deterministic
        for (const auto& e : entries) rowTotal += e.second;
        if (rowTotal <= 0) continue;
        float* out = &x[r * d];
        for (const auto& [f, c] : entries) {
            const double pmi = std::log(c * total / (rowTotal * featureTotals[f]));
            if (pmi <= 0) continue;
            const float v = static_cast<float>(pmi);
            const float* p = &proj[f * d];
            for (size_t j = 0; j < d; ++j) out[j] += v * p[j];
        }
        normalise(out, d);
    }
    std::vector<uint64_t> keys(n);
    for (size_t r = 0; r < n; ++r) keys[r] = byFreq[r].second;
    return clustered(keys, x, d, opt);
}

WordClusters WordClusters::fromVectors(const WordVectors& vectors, const Options& opt) {
    const size_t d = vectors.dimensions;
    std::vector<uint64_t> keys;
    std::vector<float> x;
    std::unordered_map<uint64_t, bool> seen;
    for (size_t i = 0; i < vectors.size(); ++i) {
        const uint64_t key = hashLowerAscii(vectors.words[i]);
        if (!seen.emplace(key, true).second) continue;
        keys.push_back(key);
        x.insert(x.end(), vectors.row(i), vectors.row(i) + d);
        normalise(&x[x.size() - d], d);
    }
    if (keys.size() < 2) return WordClusters();
    return clustered(keys, x, d, opt);
}

WordClusters WordClusters::clustered(const std::vector<uint64_t>& keys, const std::vector<float>& x,
                                     size_t d, const Options& opt) {
    const size_t n = keys.size();
    std::vector<uint32_t> packed(n, 0);
    for (size_t level = 0; level < kLevels; ++level) {
        const size_t k = std::min<size_t>(opt.clusters[level], 1023);
        const std::vector<uint32_t> a =
            sphericalKMeans(x, n, d, k, opt.iterations, opt.seed + 101 * level);
        for (size_t r = 0; r < n; ++r) packed[r] |= a[r] << (10 * level);
    }
    WordClusters result;
    result.reserve(n);
    for (size_t r = 0; r < n; ++r) result.insert(keys[r], packed[r]);
    return result;
}

void WordClusters::appendBytes(std::string& out) const {
    std::vector<std::pair<uint64_t, uint32_t>> rows;
    rows.reserve(m_count);
    for (const Entry& e : m_entries)
        if (e.key) rows.emplace_back(e.key, e.value);
    std::sort(rows.begin(), rows.end());
    const uint32_t count = static_cast<uint32_t>(rows.size());
    out.append(reinterpret_cast<const char*>(&count), 4);
    for (const auto& r : rows) out.append(reinterpret_cast<const char*>(&r.first), 8);
    for (const auto& r : rows) out.append(reinterpret_cast<const char*>(&r.second), 4);
}

WordClusters WordClusters::fromBytes(std::string_view bytes, size_t& pos) {
    auto fail = [](const char* why) {
        return Error(std::string("NER model is not usable: word clusters ") + why);
    };
    uint32_t count = 0;
    if (bytes.size() - pos < 4) throw fail("are truncated");
    std::memcpy(&count, bytes.data() + pos, 4);
    pos += 4;
    if ((bytes.size() - pos) / 12 < count) throw fail("are truncated");
    WordClusters w;
    w.reserve(count);
    const char* keys = bytes.data() + pos;
    const char* values = keys + 8ull * count;
    for (size_t i = 0; i < count; ++i) {
        uint64_t k;
        uint32_t v;
        std::memcpy(&k, keys + 8 * i, 8);
        std::memcpy(&v, values + 4 * i, 4);
        if (k == 0) throw fail("hold a zero key");
        w.insert(k, v);
    }
    pos += 12ull * count;
    return w;
}

}  // namespace entgraph::ner
