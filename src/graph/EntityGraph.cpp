#include "graph/EntityGraph.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "core/Error.h"
#include "graph/EntityResolution.h"
#include "graph/Metrics.h"

namespace entgraph {

// ---------------------------------------------------------------- RelationProps

namespace {
// Index of the first relation carrying the most frequent non-negated label, or npos.
size_t strongestIndex(const std::vector<RelationEvidence>& relations) {
    std::map<std::string_view, std::pair<size_t, size_t>> counts;  // label -> (count, first)
    for (size_t i = 0; i < relations.size(); ++i) {
        if (relations[i].negated || relations[i].label.empty()) continue;
        auto [it, inserted] = counts.try_emplace(relations[i].label, 0, i);
        ++it->second.first;
    }
    size_t best = std::string::npos, bestCount = 0;
    for (const auto& [label, cf] : counts) {
        if (cf.first > bestCount || (cf.first == bestCount && cf.second < best)) {
            best = cf.second;
            bestCount = cf.first;
        }
    }
    return best;
}
}  // namespace

std::string RelationProps::strongestLabel() const {
    const size_t i = strongestIndex(relations);
    return i == std::string::npos ? std::string() : relations[i].label;
}

RelationType RelationProps::strongestType() const {
    const size_t i = strongestIndex(relations);
    return i == std::string::npos ? RelationType::CoOccurrence : relations[i].type;
}

void RelationProps::recomputeWeight() {
    size_t typed = 0;
    for (const auto& r : relations) typed += r.negated ? 0 : 1;
    weight = static_cast<double>(cooccurrences.size() + typed);
}

// ---------------------------------------------------------------- build

EntityGraph EntityGraph::build(std::vector<Article> articles,
                               const std::vector<ArticleExtraction>& extractions) {
    if (articles.size() != extractions.size())
        throw Error("cannot build the graph: " + std::to_string(articles.size()) +
                    " articles but " + std::to_string(extractions.size()) + " extractions");
    for (size_t a = 0; a < extractions.size(); ++a) {
        const auto& ex = extractions[a];
        const size_t n = ex.entities.size();
        auto bad = [&](const std::string& what, size_t index) {
            return Error("extraction of article '" + articles[a].id + "' is inconsistent: " + what +
                         " refers to entity " + std::to_string(index) + " of " + std::to_string(n));
        };
        for (const auto& m : ex.mentions)
            if (m.entity >= n) throw bad("a mention", m.entity);
        for (const auto& r : ex.relations) {
            if (r.source >= n) throw bad("a relation source", r.source);
            if (r.target >= n) throw bad("a relation target", r.target);
        }
    }

    EntityGraph g;
    g.m_articles = std::move(articles);
    EntityResolution res = resolveEntities(extractions);
    for (auto& e : res.entities) {
        EntityProps p;
        p.name = std::move(e.name);
        p.type = e.type;
        p.aliases = std::move(e.aliases);
        p.minorityTypes = std::move(e.minorityTypes);
        boost::add_vertex(std::move(p), g.m_graph);
    }

    // One edge per unordered pair, stored as (lower, higher) so `forward` has a meaning.
    std::unordered_map<uint64_t, Edge> edgeOf;
    auto edgeFor = [&](Vertex a, Vertex b) -> Edge {
        if (b < a) std::swap(a, b);
        const uint64_t key = (static_cast<uint64_t>(a) << 32) | static_cast<uint64_t>(b);
        auto it = edgeOf.find(key);
        if (it != edgeOf.end()) return it->second;
        const Edge e = boost::add_edge(a, b, g.m_graph).first;
        edgeOf.emplace(key, e);
        return e;
    };

    for (size_t a = 0; a < extractions.size(); ++a) {
        const auto& ex = extractions[a];
        const auto& vertexOf = res.vertexOf[a];
        const auto article = static_cast<uint32_t>(a);

        // Mentions, and the entities of each sentence for co-occurrence.
        std::map<ByteSpan, std::vector<Vertex>> bySentence;
        for (const auto& m : ex.mentions) {
            const Vertex v = vertexOf[m.entity];
            auto& props = g.m_graph[v];
            props.mentions.push_back({article, m.span, m.sentence});
            if (props.articles.empty() || props.articles.back() != article)
                props.articles.push_back(article);  // articles arrive in order: stays sorted
            if (!m.sentence.empty()) bySentence[m.sentence].push_back(v);
        }
        for (auto& [sentence, vs] : bySentence) {
            std::sort(vs.begin(), vs.end());
            vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
            for (size_t i = 0; i < vs.size(); ++i)
                for (size_t j = i + 1; j < vs.size(); ++j)
                    g.m_graph[edgeFor(vs[i], vs[j])].cooccurrences.push_back(
                        {article, sentence, sentence});
        }

        for (const auto& r : ex.relations) {
            const Vertex s = vertexOf[r.source], t = vertexOf[r.target];
            if (s == t) continue;
            RelationEvidence ev;
            ev.article = article;
            ev.sentence = r.evidence;
            ev.sourceMention = r.sourceMention;
            ev.targetMention = r.targetMention;
            ev.label = r.label;
            ev.type = r.type;
            ev.forward = s < t;
            ev.negated = r.negated;
            g.m_graph[edgeFor(s, t)].relations.push_back(std::move(ev));
        }
    }
    for (auto [it, end] = boost::edges(g.m_graph); it != end; ++it)
        g.m_graph[*it].recomputeWeight();
    return g;
}

// ---------------------------------------------------------------- queries

std::optional<Vertex> EntityGraph::findEntity(std::string_view name) const {
    const std::string key = normalizeEntityName(name);
    if (key.empty()) return std::nullopt;
    std::optional<Vertex> byAlias;
    for (Vertex v = 0; v < nodeCount(); ++v) {
        const auto& p = m_graph[v];
        if (normalizeEntityName(p.name) == key) return v;
        if (!byAlias)
            for (const auto& a : p.aliases)
                if (normalizeEntityName(a) == key) {
                    byAlias = v;
                    break;
                }
    }
    return byAlias;
}

std::optional<Edge> EntityGraph::findEdge(Vertex a, Vertex b) const {
    if (a >= nodeCount() || b >= nodeCount()) return std::nullopt;
    auto [e, found] = boost::edge(a, b, m_graph);
    if (!found) return std::nullopt;
    return e;
}

Vertex EntityGraph::relationSource(Edge e, const RelationEvidence& r) const {
    const Vertex a = std::min(boost::source(e, m_graph), boost::target(e, m_graph));
    const Vertex b = std::max(boost::source(e, m_graph), boost::target(e, m_graph));
    return r.forward ? a : b;
}

Vertex EntityGraph::relationTarget(Edge e, const RelationEvidence& r) const {
    const Vertex a = std::min(boost::source(e, m_graph), boost::target(e, m_graph));
    const Vertex b = std::max(boost::source(e, m_graph), boost::target(e, m_graph));
    return r.forward ? b : a;
}

size_t EntityGraph::mentionCount() const {
    size_t n = 0;
    for (Vertex v = 0; v < nodeCount(); ++v) n += m_graph[v].mentions.size();
    return n;
}

size_t EntityGraph::relationCount() const {
    size_t n = 0;
    for (auto [it, end] = boost::edges(m_graph); it != end; ++it)
        n += m_graph[*it].relations.size();
    return n;
}

std::string_view EntityGraph::text(uint32_t article, ByteSpan span) const {
    if (article >= m_articles.size()) return {};
    const std::string& t = m_articles[article].text;
    const size_t start = std::min(span.start, t.size());
    const size_t end = std::clamp(span.end, start, t.size());
    return std::string_view(t).substr(start, end - start);
}

// ---------------------------------------------------------------- filtered

namespace {
// The subgraph on the kept vertices (index order preserved) and the edges `keepEdge`
// accepts (it may also edit the edge's properties it receives).
template <class KeepEdge>
EntityGraph induced(const EntityGraph& from, const std::vector<bool>& keepVertex,
                    KeepEdge keepEdge) {
    EntityGraph out;
    out.articles() = from.articles();
    const auto& g = from.graph();
    std::vector<Vertex> newIndex(from.nodeCount(), 0);
    for (Vertex v = 0; v < from.nodeCount(); ++v)
        if (keepVertex[v]) newIndex[v] = boost::add_vertex(g[v], out.graph());
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        Vertex a = boost::source(*it, g), b = boost::target(*it, g);
        if (!keepVertex[a] || !keepVertex[b]) continue;
        RelationProps props = g[*it];
        if (!keepEdge(props)) continue;
        if (b < a) std::swap(a, b);
        boost::add_edge(newIndex[a], newIndex[b], std::move(props), out.graph());
    }
    return out;
}
}  // namespace

EntityGraph EntityGraph::filtered(const GraphFilter& filter) const {
    std::vector<bool> keep(nodeCount(), true);
    for (Vertex v = 0; v < nodeCount(); ++v) {
        const auto& p = m_graph[v];
        if (!filter.types.empty() && !filter.types.count(p.type)) keep[v] = false;
        if (p.mentionCount() < filter.minMentions) keep[v] = false;
    }
    const bool typeFilter = !filter.relationTypes.empty();
    const bool keepCoOnly =
        filter.includeCooccurrence &&
        (!typeFilter || filter.relationTypes.count(RelationType::CoOccurrence) > 0);
    EntityGraph out = induced(*this, keep, [&](RelationProps& e) {
        if (typeFilter) {
            // Take the dropped relations' share out of the weight (keeps any weight a caller
            // set by other means, e.g. a workspace merge, instead of recomputing it).
            size_t droppedStated = 0;
            std::erase_if(e.relations, [&](const RelationEvidence& r) {
                const bool drop = !filter.relationTypes.count(r.type);
                if (drop && !r.negated) ++droppedStated;
                return drop;
            });
            e.weight = std::max(0.0, e.weight - static_cast<double>(droppedStated));
        }
        // No stated (non-negated) relation left: a co-occurrence-only edge for the filter.
        if (e.strongestType() == RelationType::CoOccurrence && !keepCoOnly) return false;
        return e.weight >= filter.minWeight;
    });

    if (filter.topN > 0 && filter.topN < out.nodeCount()) {
        const std::vector<double> rank = pageRank(out);
        std::vector<Vertex> order(out.nodeCount());
        for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
        std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
            if (rank[a] != rank[b]) return rank[a] > rank[b];
            return out.graph()[a].mentionCount() > out.graph()[b].mentionCount();
        });
        std::vector<bool> top(out.nodeCount(), false);
        for (size_t i = 0; i < filter.topN; ++i) top[order[i]] = true;
        out = induced(out, top, [](RelationProps&) { return true; });
    }
    if (filter.hideIsolated) {
        std::vector<bool> connected(out.nodeCount(), false);
        for (Vertex v = 0; v < out.nodeCount(); ++v)
            connected[v] = boost::degree(v, out.graph()) > 0;
        out = induced(out, connected, [](RelationProps&) { return true; });
    }
    return out;
}

}  // namespace entgraph
