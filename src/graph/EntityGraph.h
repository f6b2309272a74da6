#pragma once
// The entity-relationship graph: one vertex per real-world entity across all articles,
// one undirected edge per entity pair carrying every relation between them (each with
// its direction, label, type and evidence sentence) and the co-occurrence count.
//
// Structure only: positions, sizes and colours live in layout/GraphAttributes.h.
// Ownership: the graph owns copies of its articles so evidence can always be shown.
// Thread safety: const methods may run concurrently; mutation needs exclusive access.
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/Article.h"
#include "core/ByteSpan.h"
#include "core/Extraction.h"
#include "core/Types.h"

namespace entgraph {

struct MentionRef {
    uint32_t article = 0;  // index into EntityGraph::articles()
    ByteSpan span;
    ByteSpan sentence;
};

struct EntityProps {
    std::string name;
    EntityType type = EntityType::Person;
    std::vector<std::string> aliases;
    std::vector<uint32_t> articles;  // sorted, unique
    std::vector<MentionRef> mentions;
    // Type votes that lost the majority vote when articles disagreed (kept as evidence).
    std::vector<EntityType> minorityTypes;
    size_t mentionCount() const { return mentions.size(); }
};

// One typed relation on an edge.  Direction: the edge's endpoints are stored as
// (lower vertex index, higher vertex index) -- build() and filtered() keep that order, and
// code that adds edges must too -- so `forward` means "from the lower-index vertex to the
// higher-index one".  EntityGraph::relationSource/relationTarget spell it out.
struct RelationEvidence {
    uint32_t article = 0;
    ByteSpan sentence;
    ByteSpan sourceMention;
    ByteSpan targetMention;
    std::string label;
    RelationType type = RelationType::Action;
    bool forward = true;  // true: lower-index vertex -> higher-index vertex; false: reversed
    bool negated = false;
};

struct RelationProps {
    std::vector<RelationEvidence> relations;  // typed relations (not co-occurrence)
    std::vector<MentionRef> cooccurrences;    // one per shared sentence (span = sentence)
    // weight = cooccurrences.size() + (number of non-negated typed relations).
    // A sentence stating a relation also makes its two entities co-occur, so it counts
    // twice; a negated relation ("did not send") adds nothing.  recomputeWeight() applies it.
    double weight = 0.0;
    bool hasTypedRelation() const { return !relations.empty(); }
    void recomputeWeight();
    // The most frequent non-negated label, or "" for co-occurrence only.
    std::string strongestLabel() const;
    // The type of that label, CoOccurrence when there is none.
    RelationType strongestType() const;
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, EntityProps, RelationProps>;
using Vertex = BoostGraph::vertex_descriptor;
using Edge = BoostGraph::edge_descriptor;

// What to keep when showing or exporting a part of the graph.
struct GraphFilter {
    std::set<EntityType> types;            // empty: all
    std::set<RelationType> relationTypes;  // empty: all
    double minWeight = 0.0;                // drop lighter edges
    size_t minMentions = 0;
    size_t topN = 0;                  // 0: all; else the N most important (PageRank) entities
    bool includeCooccurrence = true;  // false: edges with only co-occurrence are dropped
    bool hideIsolated = false;
};

// Every entity type except DATE, MONEY and QUANTITY: for GraphFilter::types when values
// should not crowd the picture (they stay in the graph as evidence).
inline std::set<EntityType> namedEntityTypes() {
    std::set<EntityType> types(kAllEntityTypes.begin(), kAllEntityTypes.end());
    types.erase(EntityType::Date);
    types.erase(EntityType::Money);
    types.erase(EntityType::Quantity);
    return types;
}

class EntityGraph {
public:
    EntityGraph() = default;

    // Builds the graph from articles and their extractions (same order, same size):
    // resolves entities across articles (canonical name and aliases; type by majority),
    // merges parallel relations and counts co-occurring sentences.
    // Resolution rules are in graph/EntityResolution.h.  Every pair of distinct entities
    // with mentions in one sentence (non-empty sentence span) gets one co-occurrence record
    // per sentence; relations and co-occurrences whose two ends resolve to the same entity
    // are dropped (no self-loops).  Vertices are numbered by first appearance (article
    // order, then entity order in the extraction).  Throws Error when the sizes differ or an
    // extraction refers to an entity index it does not have.
    static EntityGraph build(std::vector<Article> articles,
                             const std::vector<ArticleExtraction>& extractions);

    const BoostGraph& graph() const { return m_graph; }
    BoostGraph& graph() { return m_graph; }
    const std::vector<Article>& articles() const { return m_articles; }
    std::vector<Article>& articles() { return m_articles; }

    size_t nodeCount() const { return boost::num_vertices(m_graph); }
    size_t edgeCount() const { return boost::num_edges(m_graph); }

    // By canonical name or alias, case-insensitive (compared after normalizeEntityName,
    // so "Kim Jong Un" finds "Kim Jong-un").  A canonical-name match wins over an alias
    // match; among equals the lowest vertex index.  Linear in the number of vertices.
    std::optional<Vertex> findEntity(std::string_view name) const;

    // The edge between two vertices, if any.
    std::optional<Edge> findEdge(Vertex a, Vertex b) const;
    // Where a relation on edge `e` starts and ends, from its `forward` flag.
    Vertex relationSource(Edge e, const RelationEvidence& relation) const;
    Vertex relationTarget(Edge e, const RelationEvidence& relation) const;

    // Totals: mentions over all entities; typed relation records over all edges
    // (negated ones included).
    size_t mentionCount() const;
    size_t relationCount() const;

    // A new graph with only what the filter keeps (vertex indices change but keep their
    // relative order; articles kept).  Order of application: entity types and minMentions
    // drop vertices; relationTypes drops typed relations of other types (CoOccurrence in the
    // set keeps co-occurrence-only edges, a non-empty set without it drops them);
    // includeCooccurrence=false drops edges with no non-negated typed relation left;
    // weights lose 1 per dropped stated relation and minWeight applies; then topN keeps the N
    // highest-PageRank vertices of that intermediate graph (ties: more mentions, lower
    // index); last hideIsolated drops vertices left without edges.  Co-occurrence records
    // stay on the edges that are kept (they are evidence).
    EntityGraph filtered(const GraphFilter& filter) const;

    // The text of a span of an article; empty for an unknown article, clamped to the text.
    std::string_view text(uint32_t article, ByteSpan span) const;

private:
    BoostGraph m_graph;
    std::vector<Article> m_articles;
};

}  // namespace entgraph
