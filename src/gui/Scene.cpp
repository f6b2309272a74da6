#include "gui/Scene.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <random>

namespace entgraph::gui {

uint64_t Scene::nextInstanceId() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1);
}

// ------------------------------------------------------------------ building

std::unique_ptr<Scene> Scene::build(std::shared_ptr<const EntityGraph> graph,
                                    std::vector<Point> positions) {
    auto s = std::make_unique<Scene>();
    s->m_graph = std::move(graph);
    const auto& g = s->m_graph->graph();
    const size_t n = boost::num_vertices(g);
    s->m_incident.resize(n);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto& props = g[*it];
        SceneEdge e;
        e.descriptor = *it;
        e.a = static_cast<uint32_t>(boost::source(*it, g));
        e.b = static_cast<uint32_t>(boost::target(*it, g));
        e.weight = static_cast<float>(std::max(props.weight, 0.0));
        e.cooccurrenceOnly = !props.hasTypedRelation();
        e.type = props.strongestType();
        int forward = 0, backward = 0;
        for (const auto& r : props.relations) {
            if (r.negated) continue;
            (r.forward ? forward : backward)++;
        }
        e.directed = (forward > 0) != (backward > 0);
        if (e.directed && backward > 0) std::swap(e.a, e.b);
        const auto idx = static_cast<uint32_t>(s->m_edges.size());
        s->m_incident[e.a].push_back(idx);
        if (e.b != e.a) s->m_incident[e.b].push_back(idx);
        s->m_edges.push_back(e);
    }
    s->m_metrics = computeMetrics(*s->m_graph, s->m_edges);
    positions.resize(n, Point{std::numeric_limits<double>::quiet_NaN(), 0.0});
    s->m_pos = std::move(positions);
    s->m_pinned.assign(n, 0);
    s->m_userHidden.assign(n, 0);
    s->m_selected.assign(n, 0);
    s->m_focus.assign(n, 0);
    s->m_onPath.assign(n, 0);
    s->m_edgeOnPath.assign(s->m_edges.size(), 0);
    s->recomputeStyle();
    s->recomputeVisibility();
    return s;
}

void Scene::setSizeMeasure(SizeMeasure m) {
    m_sizeMeasure = m;
    recomputeStyle();
}

void Scene::recomputeStyle() {
    const size_t n = nodeCount();
    m_importance.resize(n);
    m_radius.resize(n);
    float maxValue = 0.0f;
    for (size_t i = 0; i < n; ++i) {
        float v = 0.0f;
        switch (m_sizeMeasure) {
            case SizeMeasure::Mentions:
                v = static_cast<float>(node(i).mentionCount());
                break;
            case SizeMeasure::Degree:
                v = static_cast<float>(m_metrics.degree[i]);
                break;
            case SizeMeasure::PageRank:
                v = m_metrics.pageRank[i] * static_cast<float>(n);
                break;
        }
        m_importance[i] = v;
        maxValue = std::max(maxValue, v);
    }
    for (size_t i = 0; i < n; ++i) {
        // Area grows with the measure, so the radius grows with its square root.
        const float t = maxValue > 0 ? std::sqrt(m_importance[i] / maxValue) : 0.0f;
        m_radius[i] = 6.0f + 18.0f * t;
    }
    m_byImportance.resize(n);
    for (size_t i = 0; i < n; ++i) m_byImportance[i] = static_cast<uint32_t>(i);
    std::stable_sort(m_byImportance.begin(), m_byImportance.end(),
                     [&](uint32_t a, uint32_t b) { return m_importance[a] > m_importance[b]; });
    ++m_version;
}

Rgb Scene::color(size_t i) const {
    if (m_colorByCommunity && !m_metrics.community.empty()) {
        // A fixed qualitative palette; communities beyond it cycle.
        static constexpr Rgb kCommunity[] = {
            {0x4e, 0x79, 0xa7}, {0xf2, 0x8e, 0x2b}, {0xe1, 0x57, 0x59}, {0x76, 0xb7, 0xb2},
            {0x59, 0xa1, 0x4f}, {0xed, 0xc9, 0x48}, {0xb0, 0x7a, 0xa1}, {0xff, 0x9d, 0xa7},
            {0x9c, 0x75, 0x5f}, {0xba, 0xb0, 0xac}, {0x86, 0xbc, 0xb6}, {0xd3, 0x72, 0x95}};
        return kCommunity[m_metrics.community[i] % std::size(kCommunity)];
    }
    return entityColor(node(i).type);
}

int Scene::shape(size_t i) const {
    switch (node(i).type) {
        case EntityType::Person:
            return 0;
        case EntityType::Organization:
        case EntityType::MilitaryUnit:
            return 1;
        case EntityType::Location:
        case EntityType::Nationality:
            return 3;
        case EntityType::Weapon:
        case EntityType::Event:
        case EntityType::Vessel:
            return 2;
        default:
            return 0;
    }
}

// ------------------------------------------------------------------ filtering

void Scene::setFilter(const SceneFilter& f) {
    m_filter = f;
    recomputeVisibility();
}

void Scene::recomputeVisibility() {
    const size_t n = nodeCount();
    m_nodeVisible.assign(n, 0);
    m_edgeVisible.assign(m_edges.size(), 0);
    // The article subset: every test below counts only the shown articles' evidence.  When
    // all are shown (the usual case) the totals stored on the graph are used as they are.
    const bool allArticles = m_filter.allArticlesShown();
    const auto shown = [&](uint32_t article) {
        return allArticles || m_filter.showsArticle(article);
    };
    for (size_t i = 0; i < n; ++i) {
        const auto& p = node(i);
        size_t mentions = p.mentionCount();
        if (!allArticles)
            mentions = static_cast<size_t>(
                std::count_if(p.mentions.begin(), p.mentions.end(),
                              [&](const MentionRef& m) { return shown(m.article); }));
        const bool inShownArticle =
            allArticles || std::any_of(p.articles.begin(), p.articles.end(), shown);
        m_nodeVisible[i] = m_filter.types[static_cast<size_t>(p.type)] && inShownArticle &&
                           mentions >= m_filter.minMentions && !m_userHidden[i];
    }
    const auto& g = m_graph->graph();
    if (allArticles)
        m_shownWeight.clear();
    else
        m_shownWeight.assign(m_edges.size(), 0.0f);
    std::vector<uint32_t> visibleDegree(n, 0);
    for (size_t e = 0; e < m_edges.size(); ++e) {
        const auto& se = m_edges[e];
        const auto& props = g[se.descriptor];
        if (!allArticles) {
            // RelationProps::recomputeWeight's rule over the shown articles only.
            size_t w = 0;
            for (const auto& c : props.cooccurrences) w += shown(c.article) ? 1 : 0;
            for (const auto& r : props.relations) w += !r.negated && shown(r.article) ? 1 : 0;
            m_shownWeight[e] = static_cast<float>(w);
        }
        if (!m_nodeVisible[se.a] || !m_nodeVisible[se.b]) continue;
        if (shownWeight(e) < m_filter.minEdgeWeight) continue;
        bool keep = false;
        for (const auto& r : props.relations)
            if (m_filter.relationTypes[static_cast<size_t>(r.type)] && shown(r.article))
                keep = true;
        if (!keep && m_filter.showCooccurrence &&
            m_filter.relationTypes[static_cast<size_t>(RelationType::CoOccurrence)] &&
            std::any_of(props.cooccurrences.begin(), props.cooccurrences.end(),
                        [&](const MentionRef& c) { return shown(c.article); }))
            keep = true;
        if (!keep) continue;
        m_edgeVisible[e] = 1;
        ++visibleDegree[se.a];
        ++visibleDegree[se.b];
    }
    if (m_filter.hideIsolated)
        for (size_t i = 0; i < n; ++i)
            if (visibleDegree[i] == 0) m_nodeVisible[i] = 0;
    m_visibleNodes = static_cast<size_t>(std::count(m_nodeVisible.begin(), m_nodeVisible.end(), 1));
    m_visibleEdges = static_cast<size_t>(std::count(m_edgeVisible.begin(), m_edgeVisible.end(), 1));
    // Hidden nodes leave the selection.
    std::erase_if(m_selection, [&](uint32_t i) {
        if (m_nodeVisible[i]) return false;
        m_selected[i] = 0;
        return true;
    });
    if (m_selectedEdge && !m_edgeVisible[*m_selectedEdge]) m_selectedEdge.reset();
    recomputeFocus();
}

size_t Scene::shownArticleCount() const {
    size_t count = 0;
    for (size_t a = 0; a < m_graph->articles().size(); ++a)
        count += m_filter.showsArticle(a) ? 1 : 0;
    return count;
}

size_t Scene::hiddenCount() const {
    return static_cast<size_t>(std::count(m_userHidden.begin(), m_userHidden.end(), 1));
}

void Scene::hide(const std::vector<uint32_t>& nodes) {
    for (uint32_t i : nodes)
        if (i < nodeCount()) m_userHidden[i] = 1;
    recomputeVisibility();
}

void Scene::unhideAll() {
    std::fill(m_userHidden.begin(), m_userHidden.end(), 0);
    recomputeVisibility();
}

size_t Scene::expand(size_t i) {
    size_t count = 0;
    for (uint32_t e : m_incident[i]) {
        const uint32_t other = m_edges[e].a == i ? m_edges[e].b : m_edges[e].a;
        if (m_userHidden[other]) m_userHidden[other] = 0, ++count;
    }
    if (count) recomputeVisibility();
    return count;
}

// ------------------------------------------------------------------ selection

void Scene::select(size_t i, bool additive) {
    if (i >= nodeCount()) return;
    if (!additive) {
        for (uint32_t s : m_selection) m_selected[s] = 0;
        m_selection.clear();
    }
    if (additive && m_selected[i]) {
        // Shift-click on a selected node removes it.
        m_selected[i] = 0;
        std::erase(m_selection, static_cast<uint32_t>(i));
    } else if (!m_selected[i]) {
        m_selected[i] = 1;
        m_selection.push_back(static_cast<uint32_t>(i));
    }
    m_selectedEdge.reset();
    recomputeFocus();
}

void Scene::clearSelection() {
    for (uint32_t s : m_selection) m_selected[s] = 0;
    m_selection.clear();
    m_selectedEdge.reset();
    setPath({});
}

void Scene::recomputeFocus() {
    std::fill(m_focus.begin(), m_focus.end(), 0);
    m_hasFocus = !m_selection.empty() || !m_path.empty();
    for (uint32_t s : m_selection) {
        m_focus[s] = 1;
        for (uint32_t e : m_incident[s]) {
            if (!m_edgeVisible[e]) continue;
            m_focus[m_edges[e].a] = 1;
            m_focus[m_edges[e].b] = 1;
        }
    }
    for (uint32_t p : m_path) m_focus[p] = 1;
    ++m_version;
}

// ------------------------------------------------------------------ paths

std::optional<size_t> Scene::edgeBetween(size_t a, size_t b) const {
    if (a >= nodeCount()) return std::nullopt;
    for (uint32_t e : m_incident[a]) {
        const auto& se = m_edges[e];
        if ((se.a == a && se.b == b) || (se.a == b && se.b == a)) return e;
    }
    return std::nullopt;
}

std::vector<uint32_t> Scene::shortestPath(size_t from, size_t to) const {
    const size_t n = nodeCount();
    if (from >= n || to >= n || !m_nodeVisible[from] || !m_nodeVisible[to]) return {};
    constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
    std::vector<uint32_t> parent(n, kNone);
    std::deque<uint32_t> queue{static_cast<uint32_t>(from)};
    parent[from] = static_cast<uint32_t>(from);
    while (!queue.empty() && parent[to] == kNone) {
        const uint32_t u = queue.front();
        queue.pop_front();
        for (uint32_t e : m_incident[u]) {
            if (!m_edgeVisible[e]) continue;
            const uint32_t v = m_edges[e].a == u ? m_edges[e].b : m_edges[e].a;
            if (parent[v] != kNone) continue;
            parent[v] = u;
            queue.push_back(v);
        }
    }
    if (parent[to] == kNone) return {};
    std::vector<uint32_t> path{static_cast<uint32_t>(to)};
    while (path.back() != from) path.push_back(parent[path.back()]);
    std::reverse(path.begin(), path.end());
    return path;
}

void Scene::setPath(std::vector<uint32_t> nodes) {
    for (uint32_t p : m_path) m_onPath[p] = 0;
    std::fill(m_edgeOnPath.begin(), m_edgeOnPath.end(), 0);
    m_path = std::move(nodes);
    for (uint32_t p : m_path) m_onPath[p] = 1;
    for (size_t k = 1; k < m_path.size(); ++k)
        if (auto e = edgeBetween(m_path[k - 1], m_path[k])) m_edgeOnPath[*e] = 1;
    recomputeFocus();
}

// ------------------------------------------------------------------ export

std::pair<EntityGraph, GraphAttributes> Scene::visibleSubgraph(std::vector<uint32_t>* map) const {
    EntityGraph sub;
    sub.articles() = m_graph->articles();
    const auto& g = m_graph->graph();
    auto& sg = sub.graph();
    std::vector<uint32_t> newIndex(nodeCount(), std::numeric_limits<uint32_t>::max());
    std::vector<uint32_t> order;
    // Articles left out by the filter take their mentions and evidence with them.
    const bool allArticles = m_filter.allArticlesShown();
    const auto hiddenArticle = [&](const auto& x) { return !m_filter.showsArticle(x.article); };
    for (size_t i = 0; i < nodeCount(); ++i) {
        if (!m_nodeVisible[i]) continue;
        const auto v = boost::add_vertex(g[i], sg);
        if (!allArticles) {
            auto& p = sg[v];
            std::erase_if(p.articles, [&](uint32_t a) { return !m_filter.showsArticle(a); });
            std::erase_if(p.mentions, hiddenArticle);
        }
        newIndex[i] = static_cast<uint32_t>(v);
        order.push_back(static_cast<uint32_t>(i));
    }
    for (size_t e = 0; e < m_edges.size(); ++e) {
        if (!m_edgeVisible[e]) continue;
        const auto& d = m_edges[e].descriptor;
        const auto s = boost::source(d, g), t = boost::target(d, g);
        const auto added = boost::add_edge(newIndex[s], newIndex[t], g[d], sg).first;
        if (!allArticles) {
            auto& props = sg[added];
            std::erase_if(props.relations, hiddenArticle);
            std::erase_if(props.cooccurrences, hiddenArticle);
            props.recomputeWeight();
        }
    }
    GraphAttributes attrs;
    const size_t n = order.size();
    attrs.position.resize(n);
    attrs.width.resize(n);
    attrs.height.resize(n);
    attrs.label.resize(n);
    attrs.fill.resize(n);
    attrs.pinned.resize(n);
    for (size_t k = 0; k < n; ++k) {
        const uint32_t i = order[k];
        const Point p = m_pos[i];
        attrs.position[k] = std::isfinite(p.x) && std::isfinite(p.y) ? p : Point{};
        attrs.width[k] = attrs.height[k] = 2.0 * m_radius[i];
        attrs.label[k] = node(i).name;
        attrs.fill[k] = color(i);
        attrs.pinned[k] = m_pinned[i] != 0;
    }
    // Bounds computed here (not updateBounds) so they include the node extents.
    attrs.minX = attrs.minY = n ? std::numeric_limits<double>::max() : 0.0;
    attrs.maxX = attrs.maxY = n ? std::numeric_limits<double>::lowest() : 0.0;
    for (size_t k = 0; k < n; ++k) {
        const double r = attrs.width[k] * 0.5;
        attrs.minX = std::min(attrs.minX, attrs.position[k].x - r);
        attrs.maxX = std::max(attrs.maxX, attrs.position[k].x + r);
        attrs.minY = std::min(attrs.minY, attrs.position[k].y - r);
        attrs.maxY = std::max(attrs.maxY, attrs.position[k].y + r);
    }
    if (map) *map = std::move(order);
    return {std::move(sub), std::move(attrs)};
}

}  // namespace entgraph::gui
