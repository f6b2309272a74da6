#pragma once
// The live force-directed layout: Fruchterman-Reingold forces with Barnes-Hut
// approximation of the repulsion (a quadtree rebuilt every step), so a step costs
// O(n log n) and 10k+ node graphs stay interactive.
//
// ForceSimulation is the incremental form the GUI drives from a worker thread: it owns
// its positions; step() advances one iteration and cools the temperature; pinned nodes
// never move.  It is not thread-safe: the owner serialises calls (the GUI's layout
// worker owns it and takes commands through a queue).
//
// makeForceLayoutEngine() wraps the same simulation as a LayoutEngine ("force") that runs
// until it settles, for the CLI and the GUI's Layout panel.
#include <cstdint>
#include <memory>
#include <vector>

#include "layout/GraphAttributes.h"
#include "layout/LayoutEngine.h"

namespace entgraph {

struct ForceEdge {
    uint32_t a = 0, b = 0;
    float weight = 1.0f;
};

struct ForceParams {
    double springLength = 60.0;  // ideal edge length in points
    double theta = 0.9;          // Barnes-Hut opening angle: larger is faster, coarser
    double gravity = 1.0;        // linear pull to the centre: one compact disc, no strays
    double cooling = 0.975;      // temperature factor per step
    // Degree-scaled repulsion (ForceAtlas2's idea): a node repels with a mass that grows
    // as (1 + degree)^degreeRepulsion, normalised to a mean of 1.  Hubs push each other
    // apart, so a dense news graph (everyone co-occurs with a few hubs) opens up instead
    // of collapsing into one hairball; leaves stay near their hub.  0: plain FR.
    double degreeRepulsion = 1.0;
    double collisionGap = 4.0;  // points kept between node boxes (see setBoxes)
};

// A node's box relative to its position, in points (all >= 0): the circle, or the circle
// with its label under it.  Boxes never overlap once the simulation has settled.
struct ForceBox {
    double left = 0, right = 0, bottom = 0, top = 0;
};

// Edges of an EntityGraph, weight-aware (log of the edge weight), self-loops dropped.
std::vector<ForceEdge> forceEdgesOf(const EntityGraph& graph);

class ForceSimulation {
public:
    // `initial` may be empty or shorter than n: missing positions are seeded randomly
    // (deterministic for a seed) in a disc sized for n nodes.  Edge endpoints >= n are
    // ignored.
    ForceSimulation(size_t n, std::vector<ForceEdge> edges, std::vector<Point> initial = {},
                    ForceParams params = {}, unsigned seed = 1);

    // One iteration.  Returns the largest displacement of this step (points).
    double step();
    // True once the temperature has fallen so low that nodes barely move.
    bool settled() const;
    // Raises the temperature again (after a drag, new nodes, a filter change).
    void reheat(double fraction = 0.3);

    // Overlap avoidance: after every step, boxes that overlap (plus params.collisionGap)
    // are pushed apart along the axis that separates them soonest (pinned nodes stay).
    // Empty (the default): no overlap avoidance.  Sizes other than n are ignored.
    void setBoxes(std::vector<ForceBox> boxes);
    // Node pairs whose boxes overlap now, pinned pairs left out (tests, diagnostics);
    // O(n log n + overlaps).
    size_t overlappingPairs() const;

    void setPosition(size_t i, Point p);
    void setPinned(size_t i, bool pinned);
    bool pinned(size_t i) const { return m_pinned[i] != 0; }

    const std::vector<Point>& positions() const { return m_pos; }
    size_t size() const { return m_pos.size(); }
    size_t iterations() const { return m_iterations; }
    double temperature() const { return m_temperature; }
    const ForceParams& params() const { return m_params; }

private:
    void computeRepulsion();
    size_t separateBoxes(bool apply);

    ForceParams m_params;
    std::vector<ForceEdge> m_edges;
    std::vector<Point> m_pos;
    std::vector<Point> m_force;
    std::vector<uint8_t> m_pinned;
    std::vector<double> m_mass;  // repulsion mass per node (mean 1)
    std::vector<ForceBox> m_boxes;
    std::vector<uint32_t> m_order;  // sweep order scratch
    size_t m_overlaps = 0;          // overlapping box pairs after the last step
    size_t m_coldSteps = 0;         // steps taken at the lowest temperature
    double m_temperature = 0.0;
    double m_minTemperature = 0.0;
    size_t m_iterations = 0;
};

std::unique_ptr<LayoutEngine> makeForceLayoutEngine();

}  // namespace entgraph
