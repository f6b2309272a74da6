// Likely duplicate entities: name variants (same normalised form, one name's words inside
// the other's, an acronym of the other's initials) of the same type, strengthened by shared
// relation neighbours and shared articles.  Dismissed pairs are remembered and skipped.
#include <algorithm>
#include <map>
#include <set>

#include "core/Error.h"
#include "store/StoreUtil.h"
#include "store/Workspace.h"

namespace entgraph {

namespace {

struct Candidate {
    int64_t id;
    std::string name;
    EntityType type;
    size_t mentions;
    std::vector<std::vector<std::string>> names;  // tokens of the name and of each alias
};

bool isStopword(const std::string& t) {
    return t == "of" || t == "the" || t == "and" || t == "for" || t == "in" || t == "on";
}

std::string acronym(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens)
        if (!isStopword(t)) out += t[0];
    return out;
}

bool subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    if (small.empty() || small.size() >= big.size()) return false;
    return std::all_of(small.begin(), small.end(), [&](const std::string& t) {
        return std::find(big.begin(), big.end(), t) != big.end();
    });
}

double jaccard(const std::set<int64_t>& a, const std::set<int64_t>& b) {
    if (a.empty() || b.empty()) return 0.0;
    size_t common = 0;
    for (int64_t x : a) common += b.count(x);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// The strongest name evidence between two entities: (score, reason); score 0 when none.
std::pair<double, std::string> nameScore(const Candidate& a, const Candidate& b) {
    std::pair<double, std::string> best{0.0, ""};
    auto offer = [&](double s, std::string r) {
        if (s > best.first) best = {s, std::move(r)};
    };
    for (const auto& x : a.names)
        for (const auto& y : b.names) {
            if (x.empty() || y.empty()) continue;
            if (x == y) offer(0.9, "same normalised name");
            if (x.size() == 1 && y.size() >= 2 && x[0].size() >= 2 && x[0] == acronym(y))
                offer(0.7, "acronym of the other's initials");
            if (y.size() == 1 && x.size() >= 2 && y[0].size() >= 2 && y[0] == acronym(x))
                offer(0.7, "acronym of the other's initials");
            if (subset(x, y) || subset(y, x)) {
                const auto& small = x.size() < y.size() ? x : y;
                const auto& big = x.size() < y.size() ? y : x;
                offer(
                    0.4 + 0.3 * static_cast<double>(small.size()) / static_cast<double>(big.size()),
                    "one name's words inside the other's");
            }
        }
    return best;
}

}  // namespace

std::vector<MergeSuggestion> Workspace::suggestMerges(size_t limit) {
    std::vector<Candidate> cands;
    std::map<int64_t, size_t> indexOf;
    for (const auto& e : entities(false)) {
        Candidate c{e.id, e.name, e.type, e.mentions, {store::nameTokens(e.name)}};
        for (const auto& a : e.aliases) c.names.push_back(store::nameTokens(a));
        indexOf[e.id] = cands.size();
        cands.push_back(std::move(c));
    }

    // Candidate pairs share a word or an acronym; a word held by very many entities ("al",
    // "new") says nothing and would make this quadratic.
    std::map<std::string, std::vector<size_t>> byToken;
    for (size_t i = 0; i < cands.size(); ++i) {
        std::set<std::string> keys;
        for (const auto& n : cands[i].names) {
            for (const auto& t : n) keys.insert(t);
            if (n.size() >= 2) keys.insert(acronym(n));
        }
        for (const auto& k : keys) byToken[k].push_back(i);
    }
    std::set<std::pair<size_t, size_t>> pairs;
    for (const auto& [token, members] : byToken) {
        if (members.size() > 200) continue;
        for (size_t i = 0; i < members.size(); ++i)
            for (size_t j = i + 1; j < members.size(); ++j)
                if (cands[members[i]].type == cands[members[j]].type)
                    pairs.insert({members[i], members[j]});
    }

    std::set<std::pair<int64_t, int64_t>> dismissed;
    if (schemaVersion() >= 2) {  // a version 1 file opened read-only has no such table
        sqlite::Statement st(m_db, "SELECT a, b FROM dismissed_pairs");
        while (st.step()) dismissed.insert({st.getInt(0), st.getInt(1)});
    }
    std::map<int64_t, std::set<int64_t>> neighbours, articles;
    {
        sqlite::Statement st(m_db, "SELECT source, target FROM relations WHERE source <> target");
        while (st.step()) {
            neighbours[st.getInt(0)].insert(st.getInt(1));
            neighbours[st.getInt(1)].insert(st.getInt(0));
        }
        sqlite::Statement ar(m_db, "SELECT DISTINCT entity, article FROM mentions");
        while (ar.step()) articles[ar.getInt(0)].insert(ar.getInt(1));
    }

    std::vector<MergeSuggestion> out;
    for (const auto& [i, j] : pairs) {
        const Candidate& a = cands[i];
        const Candidate& b = cands[j];
        if (dismissed.count(std::minmax(a.id, b.id))) continue;
        auto [score, reason] = nameScore(a, b);
        if (score <= 0.0) continue;
        score += 0.2 * jaccard(neighbours[a.id], neighbours[b.id]) +
                 0.1 * jaccard(articles[a.id], articles[b.id]);
        // The survivor is the better attested entity, then the fuller name.
        const bool aFirst = a.mentions != b.mentions         ? a.mentions > b.mentions
                            : a.name.size() != b.name.size() ? a.name.size() > b.name.size()
                                                             : a.id < b.id;
        const Candidate& s = aFirst ? a : b;
        const Candidate& o = aFirst ? b : a;
        out.push_back({s.id, o.id, s.name, o.name, score, reason});
    }
    std::sort(out.begin(), out.end(), [](const MergeSuggestion& x, const MergeSuggestion& y) {
        return x.score != y.score ? x.score > y.score
                                  : std::minmax(x.a, x.b) < std::minmax(y.a, y.b);
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

void Workspace::dismissSuggestion(int64_t a, int64_t b) {
    requireWritable();
    const auto [lo, hi] = std::minmax(a, b);
    sqlite::Statement st(m_db, "INSERT OR IGNORE INTO dismissed_pairs(a, b) VALUES (?, ?)");
    st.bind(1, lo).bind(2, hi).exec();
}

}  // namespace entgraph
