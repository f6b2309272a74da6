#include "ner/NerModel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>
#include <sstream>

#include "core/Error.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace entgraph::ner {

namespace {
constexpr char kMagic[8] = {'E', 'G', 'N', 'E', 'R', 'M', '0', '1'};
constexpr char kMagic2[8] = {'E', 'G', 'N', 'E', 'R', 'M', '0', '2'};
constexpr float kNegInf = -std::numeric_limits<float>::infinity();

template <typename T>
void put(std::string& out, const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}
}  // namespace

void* allocateTable(size_t bytes) {
    constexpr size_t kHuge = size_t{2} << 20;
    const bool large = bytes >= (size_t{1} << 20);
    const size_t align = large ? kHuge : 64;
    const size_t size = (bytes + align - 1) / align * align;  // aligned_alloc wants a multiple
    void* p = std::aligned_alloc(align, size ? size : align);
    if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (large) madvise(p, size, MADV_HUGEPAGE);  // a hint: failure only costs speed
#endif
    return p;
}

void freeTable(void* p) noexcept {
    std::free(p);
}

int nerTypeIndex(EntityType type) {
    for (size_t k = 0; k < kNerTypeCount; ++k)
        if (kNerTypes[k] == type) return static_cast<int>(k);
    return -1;
}

std::string labelName(int label) {
    if (label <= 0 || label >= static_cast<int>(kLabelCount)) return "O";
    return std::string(isInside(label) ? "I-" : "B-") +
           std::string(entityTypeName(kNerTypes[labelType(label)]));
}

std::vector<TaggedSpan> labelsToSpans(std::span<const int> labels) {
    std::vector<TaggedSpan> spans;
    int openType = -1;
    for (size_t i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        const int type = labelType(l);
        const bool continues = isInside(l) && type == openType;
        if (openType >= 0 && !continues) {
            spans.back().end = i;
            openType = -1;
        }
        if (type >= 0 && !continues) {
            spans.push_back({i, i + 1, kNerTypes[type], 1.0f});
            openType = type;
        }
    }
    if (openType >= 0) spans.back().end = labels.size();
    return spans;
}

namespace {
// Labels padded to a multiple of the vector width, so that the forward pass is plain
// fixed-size loops the compiler vectorises; the padding labels score -inf.
constexpr size_t kPadded = 12;
static_assert(kPadded >= kLabelCount && kPadded % 4 == 0);

// The best predecessor of `label` at a token whose predecessor scores are prev: the first
// label p (ascending) with the strictly greatest prev[p] + trans[p][label] (0 when none is
// finite).  The same float additions as the forward pass, hence the same maximum.
int bestPredecessor(const float* prev, const float* trans, size_t label) {
    float best = kNegInf;
    int arg = 0;
    for (size_t p = 0; p < kLabelCount; ++p) {
        const float s = prev[p] + trans[p * kPadded + label];
        if (s > best) {
            best = s;
            arg = static_cast<int>(p);
        }
    }
    return arg;
}
}  // namespace

void viterbi(const float* emissions, size_t n, const float* transitions, const uint16_t* allowed,
             int* out) {
    if (n == 0) return;
    constexpr size_t L = kLabelCount;
    // Transitions with the BIO constraints folded in as -inf: prev + -inf never beats the
    // running best (which starts at -inf), exactly as skipping the pair would.
    alignas(16) float trans[L * kPadded];
    for (size_t p = 0; p < L; ++p)
        for (size_t l = 0; l < kPadded; ++l)
            trans[p * kPadded + l] =
                l < L && transitionAllowed(static_cast<int>(p), static_cast<int>(l))
                    ? transitions[(p + 1) * L + l]
                    : kNegInf;
    // Forward pass: best path scores only (no back-pointers: the backward pass recomputes
    // the argmax for the n labels on the path instead of storing n * L of them).
    thread_local std::vector<float> scoreBuf;
    if (scoreBuf.size() < n * kPadded) scoreBuf.resize(n * kPadded);
    float* score = scoreBuf.data();
    for (size_t l = 0; l < kPadded; ++l) {
        const bool ok = l < L && transitionAllowed(-1, static_cast<int>(l)) &&
                        (!allowed || (allowed[0] >> l & 1));
        score[l] = ok ? transitions[l] + emissions[l] : kNegInf;
    }
    for (size_t i = 1; i < n; ++i) {
        const float* prev = score + (i - 1) * kPadded;
        float* cur = score + i * kPadded;
        alignas(16) float best[kPadded];
#if defined(__SSE2__)
        // maxps(s, best) is exactly `s > best ? s : best`.
        __m128 b0 = _mm_set1_ps(kNegInf), b1 = b0, b2 = b0;
        for (size_t p = 0; p < L; ++p) {
            const __m128 pp = _mm_set1_ps(prev[p]);
            const float* t = trans + p * kPadded;
            b0 = _mm_max_ps(_mm_add_ps(pp, _mm_load_ps(t)), b0);
            b1 = _mm_max_ps(_mm_add_ps(pp, _mm_load_ps(t + 4)), b1);
            b2 = _mm_max_ps(_mm_add_ps(pp, _mm_load_ps(t + 8)), b2);
        }
        if (!allowed) {  // no mask (the tagger's case): the emissions added four at a time
            const float* e = emissions + i * L;
            _mm_storeu_ps(cur, _mm_add_ps(b0, _mm_loadu_ps(e)));
            _mm_storeu_ps(cur + 4, _mm_add_ps(b1, _mm_loadu_ps(e + 4)));
            cur[8] = _mm_cvtss_f32(b2) + e[8];
            for (size_t l = L; l < kPadded; ++l) cur[l] = kNegInf;
            continue;
        }
        _mm_store_ps(best, b0);
        _mm_store_ps(best + 4, b1);
        _mm_store_ps(best + 8, b2);
#else
        for (size_t l = 0; l < kPadded; ++l) best[l] = kNegInf;
        for (size_t p = 0; p < L; ++p) {
            const float pp = prev[p];
            const float* t = trans + p * kPadded;
            for (size_t l = 0; l < kPadded; ++l) {
                const float s = pp + t[l];
                best[l] = s > best[l] ? s : best[l];
            }
        }
#endif
        const float* e = emissions + i * L;
        for (size_t l = 0; l < L; ++l) {
            const bool ok = !allowed || (allowed[i] >> l & 1);
            cur[l] = ok ? best[l] + e[l] : kNegInf;
        }
        for (size_t l = L; l < kPadded; ++l) cur[l] = kNegInf;
    }
    const float* last = score + (n - 1) * kPadded;
    int label = 0;
    for (size_t l = 1; l < L; ++l)
        if (last[l] > last[label]) label = static_cast<int>(l);
    for (size_t i = n; i-- > 0;) {
        out[i] = label;
        if (i == 0) break;
        // A label the mask forbids (only on an all -inf path) points back to 0, as before.
        const bool ok = !allowed || (allowed[i] >> label & 1);
        label =
            ok ? bestPredecessor(score + (i - 1) * kPadded, trans, static_cast<size_t>(label)) : 0;
    }
}

// ------------------------------------------------------------------ NerModel

NerModel::NerModel() {
    reserve(0);
}

void NerModel::reserve(size_t count) {
    size_t cap = 16;
    while (cap < count * 2 + 2) cap *= 2;
    m_slots.assign(cap, Slot{});
    m_mask = cap - 1;
    m_count = 0;
}

void NerModel::insert(uint64_t key, const int16_t* weights) {
    if (key == 0) key = 1;
    size_t p = key & m_mask;
    while (m_slots[p].key && m_slots[p].key != key) p = (p + 1) & m_mask;
    if (m_slots[p].key == key) throw Error("NER model: duplicate feature key");
    m_slots[p].key = key;
    std::copy(weights, weights + kLabelCount, m_slots[p].weights);
    ++m_count;
}

NerModel::NerModel(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
                   std::array<float, (kLabelCount + 1) * kLabelCount> transitions,
                   WordClusters clusters)
    : m_clusters(std::move(clusters)), m_transitions(transitions) {
    if (weights.size() != keys.size() * kLabelCount)
        throw Error("NER model: weights do not match features");
    float maxAbs = 0;
    for (float w : weights) maxAbs = std::max(maxAbs, std::fabs(w));
    m_scale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
    reserve(keys.size());
    int16_t q[kLabelCount];
    for (size_t r = 0; r < keys.size(); ++r) {
        for (size_t l = 0; l < kLabelCount; ++l)
            q[l] = static_cast<int16_t>(std::clamp<long>(
                std::lround(weights[r * kLabelCount + l] / m_scale), -32767, 32767));
        insert(keys[r], q);
    }
}

bool NerModel::addToWeight(uint64_t key, int label, float delta) {
    if (key == 0) key = 1;
    if (label < 0 || label >= static_cast<int>(kLabelCount)) return false;
    for (size_t p = key & m_mask;; p = (p + 1) & m_mask) {
        Slot& s = m_slots[p];
        if (s.key == 0) return false;
        if (s.key != key) continue;
        const long q = std::lround(s.weights[label] + delta / m_scale);
        s.weights[label] = static_cast<int16_t>(std::clamp<long>(q, -32767, 32767));
        return true;
    }
}

NerModel NerModel::average(const std::vector<NerModel>& models, size_t maxFeatures) {
    if (models.empty()) throw Error("NER model average: no models");
    std::vector<uint64_t> keys;
    for (const NerModel& m : models)
        for (const Slot& s : m.m_slots)
            if (s.key) keys.push_back(s.key);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<float> sums(keys.size() * kLabelCount, 0.0f);
    std::array<float, (kLabelCount + 1) * kLabelCount> trans{};
    const float inv = 1.0f / static_cast<float>(models.size());
    for (const NerModel& m : models) {
        for (const Slot& s : m.m_slots) {
            if (!s.key) continue;
            const size_t r = std::lower_bound(keys.begin(), keys.end(), s.key) - keys.begin();
            for (size_t l = 0; l < kLabelCount; ++l)
                sums[r * kLabelCount + l] += s.weights[l] * m.m_scale * inv;
        }
        for (size_t i = 0; i < trans.size(); ++i) trans[i] += m.m_transitions[i] * inv;
    }
    std::vector<uint64_t> keptKeys;
    std::vector<float> kept;
    std::vector<float> strength(keys.size(), 0.0f);
    for (size_t r = 0; r < keys.size(); ++r)
        for (size_t l = 0; l < kLabelCount; ++l)
            strength[r] = std::max(strength[r], std::fabs(sums[r * kLabelCount + l]));
    float threshold = 0;
    if (keys.size() > maxFeatures && maxFeatures > 0) {
        std::vector<float> sorted(strength);
        std::nth_element(sorted.begin(), sorted.begin() + (sorted.size() - maxFeatures),
                         sorted.end());
        threshold = sorted[sorted.size() - maxFeatures];
    }
    for (size_t r = 0; r < keys.size(); ++r) {
        if (strength[r] <= threshold) continue;
        keptKeys.push_back(keys[r]);
        kept.insert(kept.end(), sums.begin() + r * kLabelCount,
                    sums.begin() + (r + 1) * kLabelCount);
    }
    return NerModel(keptKeys, kept, trans, models[0].m_clusters);
}

std::string NerModel::toBytes() const {
    std::vector<const Slot*> slots;
    slots.reserve(m_count);
    for (const Slot& s : m_slots)
        if (s.key) slots.push_back(&s);
    std::sort(slots.begin(), slots.end(),
              [](const Slot* a, const Slot* b) { return a->key < b->key; });
    std::string out;
    out.reserve(32 + m_transitions.size() * 4 + m_count * (8 + 2 * kLabelCount));
    out.append(m_clusters.empty() ? kMagic : kMagic2, sizeof kMagic);
    put(out, static_cast<uint32_t>(kLabelCount));
    put(out, static_cast<uint32_t>(m_count));
    put(out, m_scale);
    for (float t : m_transitions) put(out, t);
    for (const Slot* s : slots) put(out, s->key);
    for (const Slot* s : slots)
        for (int16_t w : s->weights) put(out, w);
    if (!m_clusters.empty()) m_clusters.appendBytes(out);
    return out;
}

NerModel NerModel::fromBytes(std::string_view bytes) {
    auto fail = [](const char* why) {
        return Error(std::string("NER model is not usable: ") + why);
    };
    size_t pos = 0;
    auto take = [&](void* dst, size_t size) {
        if (bytes.size() - pos < size) throw fail("file is truncated");
        std::memcpy(dst, bytes.data() + pos, size);
        pos += size;
    };
    char magic[8];
    take(magic, sizeof magic);
    const bool withClusters = std::memcmp(magic, kMagic2, sizeof magic) == 0;
    if (!withClusters && std::memcmp(magic, kMagic, sizeof magic) != 0)
        throw fail("not an entgraph NER model (bad magic)");
    uint32_t labels = 0, count = 0;
    float scale = 0;
    take(&labels, 4);
    take(&count, 4);
    take(&scale, 4);
    if (labels != kLabelCount) throw fail("label set differs from this program's");
    if (!std::isfinite(scale) || scale <= 0) throw fail("bad weight scale");
    NerModel model;
    take(model.m_transitions.data(), sizeof(float) * model.m_transitions.size());
    for (float t : model.m_transitions)
        if (!std::isfinite(t)) throw fail("bad transition weight");
    const size_t need = static_cast<size_t>(count) * (8 + 2 * kLabelCount);
    if (withClusters ? bytes.size() - pos < need : bytes.size() - pos != need)
        throw fail("size does not match its feature count");
    model.m_scale = scale;
    model.reserve(count);
    const char* keys = bytes.data() + pos;
    const char* weights = keys + 8ull * count;
    int16_t q[kLabelCount];
    for (size_t r = 0; r < count; ++r) {
        uint64_t key;
        std::memcpy(&key, keys + 8 * r, 8);
        std::memcpy(q, weights + 2 * kLabelCount * r, sizeof q);
        model.insert(key, q);
    }
    if (withClusters) {
        size_t cpos = pos + need;
        model.m_clusters = WordClusters::fromBytes(bytes, cpos);
        if (cpos != bytes.size()) throw fail("trailing bytes after the word clusters");
    }
    return model;
}

NerModel NerModel::loadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open NER model " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return fromBytes(s.str());
}

void NerModel::saveFile(const std::string& path) const {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const std::string bytes = toBytes();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Error("cannot write NER model " + path);
}

}  // namespace entgraph::ner
