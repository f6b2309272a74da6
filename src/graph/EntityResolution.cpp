#include "graph/EntityResolution.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace entgraph {

// ---------------------------------------------------------------- names

std::string normalizeEntityName(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pendingSpace = false;
    auto put = [&](char c) {
        if (pendingSpace && !out.empty()) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    };
    for (size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_' ||
                c == '/') {
                pendingSpace = true;
            } else if (c == '.' || c == ',' || c == '\'' || c == '"' || c == '`') {
                // dropped: "U.S." == "US", "Reuters'" == "Reuters"
            } else {
                put(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            }
            continue;
        }
        // U+2019 RIGHT SINGLE QUOTATION MARK and U+2018, U+201C, U+201D: dropped like ASCII.
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
            const auto c2 = static_cast<unsigned char>(name[i + 2]);
            if (c2 == 0x98 || c2 == 0x99 || c2 == 0x9C || c2 == 0x9D) {
                i += 2;
                continue;
            }
            if (c2 == 0x90 || c2 == 0x91 || c2 == 0x93 || c2 == 0x94) {  // hyphens and dashes
                pendingSpace = true;
                i += 2;
                continue;
            }
        }
        // Latin-1 capitals U+00C0..U+00DE (except U+00D7) are C3 80..9E in UTF-8.
        if (c == 0xC3 && i + 1 < name.size()) {
            const auto c2 = static_cast<unsigned char>(name[i + 1]);
            put(static_cast<char>(c));
            out.push_back(
                static_cast<char>(c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2));
            ++i;
            continue;
        }
        put(static_cast<char>(c));
    }
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return out;
}

std::vector<std::string> nameTokens(std::string_view normalized) {
    std::vector<std::string> tokens;
    size_t start = 0;
    while (start <= normalized.size()) {
        size_t end = normalized.find(' ', start);
        if (end == std::string_view::npos) end = normalized.size();
        if (end > start) tokens.emplace_back(normalized.substr(start, end - start));
        start = end + 1;
    }
    return tokens;
}

// ---------------------------------------------------------------- resolution

namespace {

bool isNumericType(EntityType t) {
    return t == EntityType::Date || t == EntityType::Money || t == EntityType::Quantity;
}

// Rule 4: a short name joins a full name only when the types agree.
bool strictlyCompatible(EntityType a, EntityType b) {
    if (a == b) return true;
    auto orgLike = [](EntityType t) {
        return t == EntityType::Organization || t == EntityType::MilitaryUnit;
    };
    return orgLike(a) && orgLike(b);
}

// "EU", "NATO", "U.S.": 2 to 6 capital ASCII letters once dots are removed.
bool looksLikeAcronym(std::string_view name) {
    size_t letters = 0;
    for (char c : name) {
        if (c == '.') continue;
        if (c < 'A' || c > 'Z') return false;
        ++letters;
    }
    return letters >= 2 && letters <= 6;
}

// Initials of a normalized multi-token name, function words skipped:
// "north atlantic treaty organization" -> "nato", "bank of england" -> "be".
std::string initials(std::string_view normalized) {
    static const std::set<std::string, std::less<>> kSkip = {"of", "the", "and", "for",
                                                             "on", "in",  "de",  "&"};
    std::string out;
    for (const auto& t : nameTokens(normalized)) {
        if (kSkip.count(t)) continue;
        const auto c = static_cast<unsigned char>(t[0]);
        if (c >= 0x80) return {};  // no reliable initial: no acronym
        out.push_back(static_cast<char>(c));
    }
    return out.size() >= 2 ? out : std::string();
}

class UnionFind {
public:
    explicit UnionFind(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    size_t find(size_t x) {
        while (m_parent[x] != x) x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    // The lower index stays the root so that group order follows first appearance.
    void unite(size_t a, size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b);
        m_parent[b] = a;
    }

private:
    std::vector<size_t> m_parent;
};

struct Candidate {
    const ExtractedEntity* entity = nullptr;
    size_t mentions = 0;
    std::string key;                      // normalized canonical name
    std::vector<std::string> strongKeys;  // key + strong aliases
    std::vector<std::string> weakKeys;    // single-token aliases of a multi-token name
    bool multiToken = false;
};

struct Group {
    std::vector<size_t> members;  // candidate indices, ascending
    EntityType type = EntityType::Person;
    std::vector<EntityType> minority;
};

void voteType(Group& g, const std::vector<Candidate>& cands) {
    std::array<size_t, kEntityTypeCount> votes{}, mentions{};
    for (size_t c : g.members) {
        const auto t = static_cast<size_t>(cands[c].entity->type);
        ++votes[t];
        mentions[t] += cands[c].mentions;
    }
    std::vector<size_t> order;
    for (size_t t = 0; t < kEntityTypeCount; ++t)
        if (votes[t] > 0) order.push_back(t);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (votes[a] != votes[b]) return votes[a] > votes[b];
        return mentions[a] > mentions[b];
    });
    g.type = static_cast<EntityType>(order.front());
    g.minority.clear();
    for (size_t i = 1; i < order.size(); ++i)
        g.minority.push_back(static_cast<EntityType>(order[i]));
}

}  // namespace

EntityResolution resolveEntities(const std::vector<ArticleExtraction>& extractions) {
    // Flatten every extracted entity into one candidate list, in first-appearance order.
    std::vector<Candidate> cands;
    std::vector<size_t> firstOfArticle;
    for (const auto& ex : extractions) {
        firstOfArticle.push_back(cands.size());
        std::vector<size_t> mentions(ex.entities.size(), 0);
        for (const auto& m : ex.mentions)
            if (m.entity < mentions.size()) ++mentions[m.entity];
        for (size_t i = 0; i < ex.entities.size(); ++i) {
            Candidate c;
            c.entity = &ex.entities[i];
            c.mentions = mentions[i];
            c.key = normalizeEntityName(c.entity->name);
            c.multiToken = nameTokens(c.key).size() > 1;
            if (!c.key.empty()) c.strongKeys.push_back(c.key);
            for (const auto& alias : c.entity->aliases) {
                std::string k = normalizeEntityName(alias);
                if (k.empty() || k == c.key) continue;
                const bool aliasMulti = nameTokens(k).size() > 1;
                if (aliasMulti || !c.multiToken) {
                    c.strongKeys.push_back(std::move(k));
                } else {
                    c.weakKeys.push_back(std::move(k));
                }
            }
            cands.push_back(std::move(c));
        }
    }

    // Rules 2 and 3: union on shared strong keys.  Loose compatibility is an equivalence
    // (named types | DATE | MONEY | QUANTITY), so uniting each candidate with the first one
    // of its class under the key is enough, and linear.
    auto typeClass = [](EntityType t) { return isNumericType(t) ? static_cast<int>(t) : -1; };
    UnionFind uf(cands.size());
    std::unordered_map<std::string, std::vector<std::pair<int, size_t>>> firstByKey;
    for (size_t i = 0; i < cands.size(); ++i) {
        const int cls = typeClass(cands[i].entity->type);
        for (const auto& k : cands[i].strongKeys) {
            auto& firsts = firstByKey[k];
            auto it = std::find_if(firsts.begin(), firsts.end(),
                                   [&](const auto& f) { return f.first == cls; });
            if (it == firsts.end()) {
                firsts.emplace_back(cls, i);
            } else {
                uf.unite(it->second, i);
            }
        }
    }

    auto collect = [&] {
        std::map<size_t, Group> groups;  // root -> group; roots are the lowest member
        for (size_t i = 0; i < cands.size(); ++i) groups[uf.find(i)].members.push_back(i);
        for (auto& [root, g] : groups) voteType(g, cands);
        return groups;
    };
    std::map<size_t, Group> groups = collect();

    // Rule 4: single-token groups join the one multi-token group that contains the token.
    std::unordered_map<std::string, std::vector<size_t>> tokenIndex;  // token -> group roots
    std::unordered_map<std::string, std::vector<size_t>> acronymIndex;
    std::map<size_t, bool> isMulti;
    for (const auto& [root, g] : groups) {
        bool multi = false;
        for (size_t c : g.members) multi = multi || cands[c].multiToken;
        isMulti[root] = multi;
        if (!multi) continue;
        auto addTo = [&](auto& index, const std::string& token) {
            auto& roots = index[token];
            if (roots.empty() || roots.back() != root) roots.push_back(root);
        };
        auto add = [&](const std::string& token) { addTo(tokenIndex, token); };
        // Name tokens only for people: "Putin" is Vladimir Putin, but "Korea" is not
        // "North Korea" nor "Sudan" "South Sudan".  Explicit aliases count for every type.
        const bool person = g.type == EntityType::Person;
        for (size_t c : g.members) {
            if (person)
                for (const auto& k : cands[c].strongKeys)
                    for (const auto& t : nameTokens(k))
                        if (t.size() >= 2) add(t);
            for (const auto& k : cands[c].weakKeys) add(k);
            if (!person)
                for (const auto& k : cands[c].strongKeys)
                    if (nameTokens(k).size() > 1)
                        if (std::string a = initials(k); !a.empty()) addTo(acronymIndex, a);
        }
    }
    std::vector<std::pair<size_t, size_t>> joins;
    for (const auto& [root, g] : groups) {
        if (isMulti[root]) continue;
        std::vector<size_t> targets;
        auto consider = [&](const auto& index, const std::string& key) {
            auto it = index.find(key);
            if (it == index.end()) return;
            for (size_t r : it->second)
                if (strictlyCompatible(g.type, groups[r].type)) targets.push_back(r);
        };
        for (size_t c : g.members) {
            for (const auto& k : cands[c].strongKeys) consider(tokenIndex, k);
            const ExtractedEntity& ent = *cands[c].entity;
            if (looksLikeAcronym(ent.name)) consider(acronymIndex, normalizeEntityName(ent.name));
            for (const auto& a : ent.aliases)
                if (looksLikeAcronym(a)) consider(acronymIndex, normalizeEntityName(a));
        }
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
        if (targets.size() == 1) joins.emplace_back(root, targets.front());
    }
    for (auto [a, b] : joins) uf.unite(a, b);
    if (!joins.empty()) groups = collect();

    // Rules 5 and 6: one resolved entity per group, numbered by first appearance.
    EntityResolution result;
    std::vector<size_t> vertexOfCandidate(cands.size());
    for (auto& [root, g] : groups) {
        ResolvedEntity e;
        e.type = g.type;
        e.minorityTypes = g.minority;
        std::map<std::string, size_t> canonicalCount;
        for (size_t c : g.members) ++canonicalCount[cands[c].entity->name];
        const ExtractedEntity* best = nullptr;
        size_t bestTokens = 0, bestCount = 0;
        for (size_t c : g.members) {  // ascending: the first seen wins remaining ties
            const auto* ent = cands[c].entity;
            const size_t tokens = nameTokens(cands[c].key).size();
            const size_t count = canonicalCount[ent->name];
            if (!best || tokens > bestTokens || (tokens == bestTokens && count > bestCount)) {
                best = ent;
                bestTokens = tokens;
                bestCount = count;
            }
        }
        e.name = best->name;
        for (size_t c : g.members) {
            const auto* ent = cands[c].entity;
            if (ent->name != e.name) e.aliases.push_back(ent->name);
            for (const auto& a : ent->aliases)
                if (a != e.name && !a.empty()) e.aliases.push_back(a);
        }
        std::sort(e.aliases.begin(), e.aliases.end());
        e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
        for (size_t c : g.members) vertexOfCandidate[c] = result.entities.size();
        result.entities.push_back(std::move(e));
    }
    result.vertexOf.resize(extractions.size());
    for (size_t a = 0; a < extractions.size(); ++a) {
        const size_t n = extractions[a].entities.size();
        result.vertexOf[a].assign(
            vertexOfCandidate.begin() + static_cast<long>(firstOfArticle[a]),
            vertexOfCandidate.begin() + static_cast<long>(firstOfArticle[a] + n));
    }
    return result;
}

}  // namespace entgraph
