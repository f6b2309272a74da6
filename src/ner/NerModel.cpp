#include "ner/NerModel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/Error.h"

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

void viterbi(const float* emissions, size_t n, const float* transitions, const uint16_t* allowed,
             int* out) {
    if (n == 0) return;
    constexpr size_t L = kLabelCount;
    // Small sentences use the stack; long ones a thread-local buffer.
    thread_local std::vector<float> scoreBuf;
    thread_local std::vector<uint8_t> backBuf;
    scoreBuf.resize(n * L);
    backBuf.resize(n * L);
    float* score = scoreBuf.data();
    uint8_t* back = backBuf.data();
    for (size_t l = 0; l < L; ++l) {
        const bool ok =
            transitionAllowed(-1, static_cast<int>(l)) && (!allowed || (allowed[0] >> l & 1));
        score[l] = ok ? transitions[l] + emissions[l] : kNegInf;
    }
    for (size_t i = 1; i < n; ++i) {
        const float* prev = score + (i - 1) * L;
        float* cur = score + i * L;
        for (size_t l = 0; l < L; ++l) {
            float best = kNegInf;
            uint8_t arg = 0;
            if (!allowed || (allowed[i] >> l & 1)) {
                for (size_t p = 0; p < L; ++p) {
                    if (!transitionAllowed(static_cast<int>(p), static_cast<int>(l))) continue;
                    const float s = prev[p] + transitions[(p + 1) * L + l];
                    if (s > best) {
                        best = s;
                        arg = static_cast<uint8_t>(p);
                    }
                }
            }
            cur[l] = best + emissions[i * L + l];
            back[i * L + l] = arg;
        }
    }
    const float* last = score + (n - 1) * L;
    int bestLabel = 0;
    for (size_t l = 1; l < L; ++l)
        if (last[l] > last[bestLabel]) bestLabel = static_cast<int>(l);
    for (size_t i = n; i-- > 0;) {
        out[i] = bestLabel;
        bestLabel = back[i * L + bestLabel];
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
