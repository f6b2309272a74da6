#pragma once
// What the explorer shows: the graph plus everything about how it is on screen right now
// (positions, metrics, filters, visibility, hidden and pinned nodes, selection, focus).
// Plain data, no ImGui or OpenGL, so it can be built on a worker thread (Scene::build)
// and handed to the UI thread, which alone mutates it afterwards.
//
// Node index i is the EntityGraph vertex index; edge index e follows boost::edges order.
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Palette.h"
#include "core/Types.h"
#include "graph/EntityGraph.h"
#include "layout/GraphAttributes.h"

namespace entgraph::gui {

enum class SizeMeasure { Mentions, Degree, PageRank };

struct SceneFilter {
    std::array<bool, kEntityTypeCount> types{};
    std::array<bool, kRelationTypeCount> relationTypes{};
    size_t minMentions = 0;
    double minEdgeWeight = 0.0;
    bool showCooccurrence = true;
    bool hideIsolated = false;
    // The article subset: entry a (index into EntityGraph::articles()) is 0 when article a is
    // left out.  Empty, the default, and articles past its end are shown, so a default filter
    // shows everything whatever the number of articles.  With articles left out, an entity
    // is shown only when a shown article mentions it (minMentions counts those mentions),
    // and a link only when a shown article states one of its relations or has its two ends
    // in one sentence (its weight, for minEdgeWeight, counts only that evidence).
    std::vector<uint8_t> articleShown;
    bool showsArticle(size_t a) const { return a >= articleShown.size() || articleShown[a] != 0; }
    bool allArticlesShown() const {
        return std::find(articleShown.begin(), articleShown.end(), 0) == articleShown.end();
    }
    SceneFilter() {
        types.fill(true);
        relationTypes.fill(true);
    }
};

struct SceneEdge {
    uint32_t a = 0, b = 0;  // drawn from a to b (swapped when the relations point b->a)
    float weight = 1.0f;
    bool directed = false;  // every typed, non-negated relation points the same way
    bool cooccurrenceOnly = true;
    RelationType type = RelationType::CoOccurrence;
    Edge descriptor{};
};

struct NodeMetrics {
    std::vector<uint32_t> degree;
    std::vector<float> pageRank;
    std::vector<float> betweenness;  // exact below a few thousand nodes, sampled above
    bool betweennessSampled = false;
    std::vector<uint32_t> component;  // component id, largest first
    std::vector<uint32_t> community;  // Louvain (graph/Metrics.h), largest first
    size_t componentCount = 0;
    size_t communityCount = 0;
};

NodeMetrics computeMetrics(const EntityGraph& graph, const std::vector<SceneEdge>& edges);

class Scene {
public:
    // Builds edges, metrics and initial styling.  `positions` (may be empty) seeds the
    // layout; missing entries are NaN so the layout places them.
    static std::unique_ptr<Scene> build(std::shared_ptr<const EntityGraph> graph,
                                        std::vector<Point> positions = {});

    const EntityGraph& graph() const { return *m_graph; }
    std::shared_ptr<const EntityGraph> graphPtr() const { return m_graph; }
    size_t nodeCount() const { return m_pos.size(); }
    size_t edgeCount() const { return m_edges.size(); }
    const std::vector<SceneEdge>& edges() const { return m_edges; }
    const NodeMetrics& metrics() const { return m_metrics; }
    const EntityProps& node(size_t i) const { return m_graph->graph()[i]; }
    // Edge indices touching node i.
    const std::vector<uint32_t>& incident(size_t i) const { return m_incident[i]; }

    // ---- positions (world units: points, y up)
    std::vector<Point>& positions() { return m_pos; }
    const std::vector<Point>& positions() const { return m_pos; }
    std::vector<uint8_t>& pinned() { return m_pinned; }
    const std::vector<uint8_t>& pinned() const { return m_pinned; }

    // ---- style
    SizeMeasure sizeMeasure() const { return m_sizeMeasure; }
    void setSizeMeasure(SizeMeasure m);
    bool colorByCommunity() const { return m_colorByCommunity; }
    void setColorByCommunity(bool on) { m_colorByCommunity = on, ++m_version; }
    float radius(size_t i) const { return m_radius[i]; }
    float importance(size_t i) const { return m_importance[i]; }
    // Nodes sorted by importance, most important first (label priority).
    const std::vector<uint32_t>& byImportance() const { return m_byImportance; }
    Rgb color(size_t i) const;
    int shape(size_t i) const;  // 0 circle, 1 square, 2 diamond, 3 hexagon

    // ---- filtering and visibility
    const SceneFilter& filter() const { return m_filter; }
    void setFilter(const SceneFilter& f);
    bool nodeVisible(size_t i) const { return m_nodeVisible[i] != 0; }
    bool edgeVisible(size_t e) const { return m_edgeVisible[e] != 0; }
    size_t visibleNodeCount() const { return m_visibleNodes; }
    size_t visibleEdgeCount() const { return m_visibleEdges; }
    // Articles the filter shows (of graph().articles().size()).
    size_t shownArticleCount() const;
    // Edge e's weight counted over the shown articles' evidence (SceneEdge::weight when the
    // filter shows every article).
    float shownWeight(size_t e) const {
        return m_shownWeight.empty() ? m_edges[e].weight : m_shownWeight[e];
    }
    bool hidden(size_t i) const { return m_userHidden[i] != 0; }
    size_t hiddenCount() const;
    void hide(const std::vector<uint32_t>& nodes);
    void unhideAll();
    // Unhides the hidden neighbours of i; returns how many came back.
    size_t expand(size_t i);

    // ---- selection and focus
    const std::vector<uint32_t>& selection() const { return m_selection; }
    bool selected(size_t i) const { return m_selected[i] != 0; }
    void select(size_t i, bool additive);
    void clearSelection();
    std::optional<size_t> selectedEdge() const { return m_selectedEdge; }
    void selectEdge(std::optional<size_t> e) { m_selectedEdge = e, ++m_version; }
    // Dimmed: there is a focus (selection or path) and i is neither in it nor next to it.
    bool dimmed(size_t i) const { return m_hasFocus && !m_focus[i]; }
    bool inFocusNeighbourhood(size_t i) const { return m_hasFocus && m_focus[i]; }

    // ---- paths
    // Shortest path over visible edges (fewest hops); empty when none.
    std::vector<uint32_t> shortestPath(size_t from, size_t to) const;
    void setPath(std::vector<uint32_t> nodes);
    const std::vector<uint32_t>& path() const { return m_path; }
    bool onPath(size_t i) const { return m_onPath[i] != 0; }
    bool edgeOnPath(size_t e) const { return m_edgeOnPath[e] != 0; }
    // The edge joining a and b, if any.
    std::optional<size_t> edgeBetween(size_t a, size_t b) const;

    // ---- export of what is on screen: visible nodes and edges, positions, colours,
    // labels.  `map` receives, per exported vertex, its index here.  With articles left out
    // by the filter, their mentions and evidence are left out too (weights recomputed).
    std::pair<EntityGraph, GraphAttributes> visibleSubgraph(
        std::vector<uint32_t>* map = nullptr) const;

    // Bumped on any change that affects drawing other than positions.
    uint64_t version() const { return m_version; }
    // Unique per scene built (kept by a move): a cache keyed by the Scene's address
    // would miss a reload that happens to get the old address back.
    uint64_t instanceId() const { return m_instanceId; }

private:
    void recomputeStyle();
    void recomputeVisibility();
    void recomputeFocus();

    std::shared_ptr<const EntityGraph> m_graph;
    std::vector<SceneEdge> m_edges;
    std::vector<std::vector<uint32_t>> m_incident;
    NodeMetrics m_metrics;
    std::vector<Point> m_pos;
    std::vector<uint8_t> m_pinned;
    std::vector<float> m_radius, m_importance;
    std::vector<uint32_t> m_byImportance;
    SizeMeasure m_sizeMeasure = SizeMeasure::Mentions;
    bool m_colorByCommunity = false;
    SceneFilter m_filter;
    std::vector<uint8_t> m_nodeVisible, m_edgeVisible, m_userHidden;
    size_t m_visibleNodes = 0, m_visibleEdges = 0;
    std::vector<float> m_shownWeight;  // empty while every article is shown
    std::vector<uint32_t> m_selection;
    std::vector<uint8_t> m_selected, m_focus;
    bool m_hasFocus = false;
    std::optional<size_t> m_selectedEdge;
    std::vector<uint32_t> m_path;
    std::vector<uint8_t> m_onPath, m_edgeOnPath;
    uint64_t m_version = 1;
    uint64_t m_instanceId = nextInstanceId();
    static uint64_t nextInstanceId();
};

// A graph for tests and benchmarks: n entities in clusters, about 2n edges (typed and
// co-occurrence, some directed), with positions already spread out.  Deterministic.
std::pair<std::shared_ptr<EntityGraph>, std::vector<Point>> makeSyntheticGraph(size_t n,
                                                                               unsigned seed = 7);

}  // namespace entgraph::gui
