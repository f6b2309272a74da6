#pragma once
// One small interface for every layout engine (OGDF's LayoutModule::call): it reads the
// graph and fills positions (and may adjust sizes) in a GraphAttributes.
//
// Engines: Graphviz dot, neato, fdp, sfdp, circo, twopi (via cgraph/gvc) and the live
// force layout.  Slow engines refuse graphs they cannot lay out in reasonable time:
// `run` throws entgraph::Error with a message that names a faster engine.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Progress.h"
#include "graph/EntityGraph.h"
#include "layout/GraphAttributes.h"

namespace entgraph {

struct LayoutOptions {
    unsigned seed = 1;  // fixed seed: same input, same positions
    const CancelToken* cancel = nullptr;
    ProgressCallback progress;  // may be empty
};

class LayoutEngine {
public:
    virtual ~LayoutEngine() = default;
    virtual std::string_view name() const = 0;
    // True when this engine promises nodes do not overlap.
    virtual bool avoidsOverlap() const = 0;
    // The largest node count it accepts before refusing (keeps the UI and CLI responsive).
    // dot and circo also refuse too many edges (their time grows with the edges): `run`
    // throws Error naming a faster engine either way.
    virtual size_t maxNodes() const = 0;
    virtual void run(const EntityGraph& graph, GraphAttributes& attributes,
                     const LayoutOptions& options) const = 0;
};

// "dot", "neato", "fdp", "sfdp", "circo", "twopi", "force".  Throws Error for others.
std::unique_ptr<LayoutEngine> makeLayoutEngine(std::string_view name);
std::vector<std::string> layoutEngineNames();

}  // namespace entgraph
