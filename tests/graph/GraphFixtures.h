#pragma once
// Hand-built inputs for the graph tests: articles written sentence by sentence with their
// extraction, and small weighted graphs with known metric answers.
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/Article.h"
#include "core/Extraction.h"
#include "graph/EntityGraph.h"

namespace entgraph::testing {

class ArticleBuilder {
public:
    explicit ArticleBuilder(std::string id) {
        m_article.id = id;
        m_extraction.doc = std::move(id);
    }

    size_t entity(std::string name, EntityType type, std::vector<std::string> aliases = {}) {
        m_extraction.entities.push_back({std::move(name), type, std::move(aliases)});
        return m_extraction.entities.size() - 1;
    }

    // Appends a sentence and mentions each (entity, surface) in order: every surface is
    // looked for after the previous mention.
    ByteSpan sentence(const std::string& text,
                      const std::vector<std::pair<size_t, std::string>>& mentions) {
        if (!m_article.text.empty()) m_article.text += ' ';
        const ByteSpan span{m_article.text.size(), m_article.text.size() + text.size()};
        m_article.text += text;
        size_t from = span.start;
        for (const auto& [entity, surface] : mentions) {
            const size_t at = m_article.text.find(surface, from);
            if (at == std::string::npos || at + surface.size() > span.end)
                throw std::logic_error("fixture: '" + surface + "' not in sentence");
            const ByteSpan ms{at, at + surface.size()};
            m_extraction.mentions.push_back({entity, ms, surface, span});
            from = ms.end;
        }
        return span;
    }

    void relation(size_t source, size_t target, std::string label, RelationType type,
                  ByteSpan evidence, bool negated = false) {
        ExtractedRelation r;
        r.source = source;
        r.target = target;
        r.label = std::move(label);
        r.type = type;
        r.evidence = evidence;
        r.negated = negated;
        for (const auto& m : m_extraction.mentions) {
            if (!evidence.contains(m.span)) continue;
            if (m.entity == source && r.sourceMention.empty()) r.sourceMention = m.span;
            if (m.entity == target && r.targetMention.empty()) r.targetMention = m.span;
        }
        m_extraction.relations.push_back(std::move(r));
    }

    const Article& article() const { return m_article; }
    const ArticleExtraction& extraction() const { return m_extraction; }
    ArticleExtraction& extraction() { return m_extraction; }

private:
    Article m_article;
    ArticleExtraction m_extraction;
};

inline EntityGraph buildGraph(const std::vector<ArticleBuilder>& builders) {
    std::vector<Article> articles;
    std::vector<ArticleExtraction> extractions;
    for (const auto& b : builders) {
        articles.push_back(b.article());
        extractions.push_back(b.extraction());
    }
    return EntityGraph::build(std::move(articles), extractions);
}

// A graph of `n` entities named "v0".."v{n-1}" and the given (a, b, weight) edges.
inline EntityGraph makeGraph(size_t n, const std::vector<std::tuple<size_t, size_t, double>>& edges,
                             EntityType type = EntityType::Person) {
    EntityGraph g;
    for (size_t i = 0; i < n; ++i) {
        EntityProps p;
        p.name = std::string("v").append(
            std::to_string(i));  // not "v" + s: GCC 12 -Wrestrict false positive
        p.type = type;
        boost::add_vertex(std::move(p), g.graph());
    }
    for (auto [a, b, w] : edges) {
        RelationProps r;
        r.weight = w;
        boost::add_edge(std::min(a, b), std::max(a, b), std::move(r), g.graph());
    }
    return g;
}

inline std::vector<std::tuple<size_t, size_t, double>> clique(size_t first, size_t size) {
    std::vector<std::tuple<size_t, size_t, double>> edges;
    for (size_t i = first; i < first + size; ++i)
        for (size_t j = i + 1; j < first + size; ++j) edges.emplace_back(i, j, 1.0);
    return edges;
}

}  // namespace entgraph::testing
