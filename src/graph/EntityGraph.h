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

struct RelationEvidence {
    uint32_t article = 0;
    ByteSpan sentence;
    ByteSpan sourceMention;
    ByteSpan targetMention;
    std::string label;
    RelationType type = RelationType::Action;
    bool forward = true;  // true: edge's source vertex -> target vertex; false: reversed
    bool negated = false;
};

struct RelationProps {
    std::vector<RelationEvidence> relations;  // typed relations (not co-occurrence)
    std::vector<MentionRef> cooccurrences;    // one per shared sentence (span = sentence)
    // weight = number of supporting sentences (typed relations count double).
    double weight = 0.0;
    bool hasTypedRelation() const { return !relations.empty(); }
    // The most frequent non-negated label, or "" for co-occurrence only.
    std::string strongestLabel() const;
    // The type of that label, CoOccurrence when there is none.
    RelationType strongestType() const;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         EntityProps, RelationProps>;
using Vertex = BoostGraph::vertex_descriptor;
using Edge = BoostGraph::edge_descriptor;

// What to keep when showing or exporting a part of the graph.
struct GraphFilter {
    std::set<EntityType> types;       // empty: all
    std::set<RelationType> relationTypes;  // empty: all
    double minWeight = 0.0;           // drop lighter edges
    size_t minMentions = 0;
    size_t topN = 0;                  // 0: all; else the N most important (PageRank) entities
    bool includeCooccurrence = true;  // false: edges with only co-occurrence are dropped
    bool hideIsolated = false;
};

class EntityGraph {
public:
    EntityGraph() = default;

    // Builds the graph from articles and their extractions (same order, same size):
    // resolves entities across articles (canonical name and aliases; type by majority),
    // merges parallel relations and counts co-occurring sentences.
    static EntityGraph build(std::vector<Article> articles,
                             const std::vector<ArticleExtraction>& extractions);

    const BoostGraph& graph() const { return m_graph; }
    BoostGraph& graph() { return m_graph; }
    const std::vector<Article>& articles() const { return m_articles; }
    std::vector<Article>& articles() { return m_articles; }

    size_t nodeCount() const { return boost::num_vertices(m_graph); }
    size_t edgeCount() const { return boost::num_edges(m_graph); }

    // By canonical name or alias, case-insensitive.
    std::optional<Vertex> findEntity(std::string_view name) const;

    // A new graph with only what the filter keeps (vertex indices change; articles kept).
    EntityGraph filtered(const GraphFilter& filter) const;

    // The text of a span of an article.
    std::string_view text(uint32_t article, ByteSpan span) const;

private:
    BoostGraph m_graph;
    std::vector<Article> m_articles;
};

}  // namespace entgraph
