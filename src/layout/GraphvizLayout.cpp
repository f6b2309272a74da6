#include "layout/GraphvizLayout.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/ChildProcess.h"
#include "core/Error.h"
#include "layout/Graphviz.h"
#include "layout/GraphvizStyle.h"
#include "layout/OverlapRemoval.h"

namespace entgraph {

namespace {

struct EngineSpec {
    std::string_view name;
    size_t maxNodes;  // beyond these the engine takes minutes (see layout_bench)
    size_t maxEdges;
    bool avoidsOverlap;
    bool honoursPins;         // neato and fdp keep pos="x,y!" fixed
    bool seeded;              // random start: start=<seed>
    std::string_view faster;  // what to suggest when refusing
};

// Limits from tests/bench/layout_bench.cpp (2 cores, random graphs with 2 and 4 edges per
// node): at its limit each engine needs roughly 5-20 s of CPU.  circo and dot grow with
// the edges more than with the nodes (circo: 100 nodes and 200 edges take ~3 s, 100 nodes
// and 380 edges ~40 s), hence the edge limits.
constexpr std::array<EngineSpec, 6> kEngines = {{
    {"dot", 600, 2000, true, false, false, "sfdp"},
    {"neato", 1500, 6000, true, true, true, "sfdp"},
    {"fdp", 2000, 8000, true, true, true, "sfdp"},
    {"sfdp", 50000, 500000, true, false, true, "--top N"},
    {"circo", 100, 200, false, false, false, "sfdp"},
    {"twopi", 3000, 12000, true, false, false, "sfdp"},
}};

// Above this many nodes overlaps are removed by scaling the layout (fast) instead of
// prism (11 s of 13 on sfdp's 5000-node benchmark).
constexpr size_t kPrismMaxNodes = 2000;

class GraphvizLayoutEngine final : public LayoutEngine {
public:
    explicit GraphvizLayoutEngine(const EngineSpec& spec) : m_spec(spec) {}

    std::string_view name() const override { return m_spec.name; }
    bool avoidsOverlap() const override { return m_spec.avoidsOverlap; }
    size_t maxNodes() const override { return m_spec.maxNodes; }

    void run(const EntityGraph& graph, GraphAttributes& attributes,
             const LayoutOptions& options) const override {
        const size_t n = graph.nodeCount();
        const size_t m = graph.edgeCount();
        if (n > m_spec.maxNodes || m > m_spec.maxEdges) {
            const std::string alternative =
                m_spec.faster == "--top N" ? "filter with --top N"
                                           : "use " + std::string(m_spec.faster) + " or --top N";
            const std::string size = n > m_spec.maxNodes
                                         ? std::to_string(n) + " nodes (its limit is " +
                                               std::to_string(m_spec.maxNodes) + ")"
                                         : std::to_string(m) + " edges (its limit is " +
                                               std::to_string(m_spec.maxEdges) + ")";
            throw Error(std::string(m_spec.name) + " would take minutes on " + size + "; " +
                        alternative);
        }
        if (options.cancel && options.cancel->cancelled()) throw Cancelled{};
        GraphAttributes result =
            attributes.size() == n ? attributes : GraphAttributes::styled(graph);
        if (options.progress) options.progress(0.0, std::string(m_spec.name) + " layout");
        if (n > 0) layoutInto(graph, result, options);
        result.updateBounds();
        if (options.cancel && options.cancel->cancelled()) throw Cancelled{};
        attributes = std::move(result);
        if (options.progress) options.progress(1.0, std::string(m_spec.name) + " layout");
    }

private:
    void layoutInto(const EntityGraph& graph, GraphAttributes& a,
                    const LayoutOptions& options) const {
        const size_t n = a.size();
        bool anyPinned = false;
        for (size_t i = 0; i < n; ++i) anyPinned = anyPinned || a.pinned[i];

        auto lock = gv::graphvizLock();
        gv::GvStyleOptions style;
        style.pinPinned = m_spec.honoursPins && anyPinned;
        style.namedNodes = false;
        gv::GvEntityGraph g = gv::toGraphviz(graph, a, style);
        gv::GvGraph& gg = g.graph;
        // Edge routes are not used (the exports route their own): skipping them saves
        // most of dot's time and all of neato's spline work.
        gg.set("splines", "false");
        if (m_spec.seeded) {
            gg.set("start", std::to_string(options.seed));
            // Graphviz's overlap removal scales the layout, pins included: with pins we
            // remove overlaps ourselves afterwards (removeOverlaps keeps pins fixed).
            gg.set("overlap", style.pinPinned ? "true" : n > kPrismMaxNodes ? "scale" : "false");
            gg.set("sep", "+6");
        }
        if (m_spec.name == "twopi") gg.set("overlap", n > kPrismMaxNodes ? "scale" : "false");
        if (m_spec.name == "dot") gg.set("nodesep", "0.3");
        if (style.pinPinned) gg.set("inputscale", "72");  // pos in points, as we store it
        if (m_spec.name == "fdp") {
            // fdp keeps the initial temperature it derived in a global and reuses it on
            // the next run in the process, so give it explicitly (its default formula:
            // Tfact * K * sqrt(n) / 5 with K = 0.3).
            gg.set("K", "0.3");
            gg.set("T0", std::to_string(0.3 * std::sqrt(static_cast<double>(n)) / 5.0));
        }
        // Parts of Graphviz (overlap removal, fdp's grid) draw from the C library's random
        // generators without seeding them, so a second run in one process would differ
        // from the first: seed them for every layout.
        ::srand48(static_cast<long>(options.seed));
        std::srand(options.seed);
        const std::string engine(m_spec.name);
        auto run = [&g, &engine] { return layoutGeometry(g, engine); };
        // An interactive caller can cancel: Graphviz cannot be interrupted, so the engine
        // runs in a child process that Cancel kills (see ChildProcess.h).  sharedContext()
        // is created here first so the child does not load the plugins again.
        gv::sharedContext();
        const std::string geometry =
            options.cancel ? runInChildProcess(run, *options.cancel, engine + " layout") : run();
        if (geometry.size() != n * 4 * sizeof(double))
            throw Error(engine + " layout returned " + std::to_string(geometry.size()) +
                        " bytes for " + std::to_string(n) + " nodes");

        const std::vector<Point> given = a.position;
        for (size_t i = 0; i < n; ++i) {
            double v[4];
            std::memcpy(v, geometry.data() + i * sizeof v, sizeof v);
            a.position[i] = {v[0], v[1]};
            a.width[i] = v[2];
            a.height[i] = v[3];
        }
        if (anyPinned) {
            restorePins(a, given, style.pinPinned);
            if (m_spec.avoidsOverlap) removeOverlaps(a, 6.0);
        }
    }

    // Runs the engine and returns each node's centre and size in points, four doubles per
    // node, as bytes: the same on both sides of a process boundary.
    static std::string layoutGeometry(gv::GvEntityGraph& g, const std::string& engine) {
        g.graph.layout(engine);
        std::string out(g.nodes.size() * 4 * sizeof(double), '\0');
        for (size_t i = 0; i < g.nodes.size(); ++i) {
            const pointf c = ND_coord(g.nodes[i]);
            const double v[4] = {c.x, c.y, gv::nodeWidthPoints(g.nodes[i]),
                                 gv::nodeHeightPoints(g.nodes[i])};
            std::memcpy(out.data() + i * sizeof v, v, sizeof v);
        }
        return out;
    }

    // Graphviz translates its result (the bounding box starts at the origin): when the
    // engine honoured the pins, shift the whole layout back so they sit where the user put
    // them.  Either way pinned nodes end exactly at their given positions.
    static void restorePins(GraphAttributes& a, const std::vector<Point>& given,
                            bool engineHonoured) {
        if (engineHonoured) {
            double dx = 0, dy = 0;
            size_t count = 0;
            for (size_t i = 0; i < a.size(); ++i) {
                if (!a.pinned[i]) continue;
                dx += given[i].x - a.position[i].x;
                dy += given[i].y - a.position[i].y;
                ++count;
            }
            dx /= static_cast<double>(count);
            dy /= static_cast<double>(count);
            for (Point& p : a.position) {
                p.x += dx;
                p.y += dy;
            }
        }
        for (size_t i = 0; i < a.size(); ++i)
            if (a.pinned[i]) a.position[i] = given[i];
    }

    const EngineSpec& m_spec;
};

}  // namespace

std::unique_ptr<LayoutEngine> makeGraphvizLayoutEngine(std::string_view name) {
    for (const EngineSpec& spec : kEngines)
        if (spec.name == name) return std::make_unique<GraphvizLayoutEngine>(spec);
    return nullptr;
}

}  // namespace entgraph
